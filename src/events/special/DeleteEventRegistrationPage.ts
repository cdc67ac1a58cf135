import { inject } from 'tsyringe';
import { isRegistered } from '../../framework/core/UserIdentity';
import { html } from '../../framework/html/html';
import { articleUrl, indexUrl } from '../../framework/html/wikiUrls';
import type { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import type { SpecialPageHandler, SpecialPageOutput, SpecialPageRequest, SpecialPageView } from '../../framework/special/SpecialPage';
import type { DeleteEventCommand } from '../DeleteEventCommand';
import { EventError } from '../EventErrors';
import type { ExistingEventRegistration } from '../EventRegistration';
import type { EventStore } from '../EventStore';
import type { PermissionChecker } from '../PermissionChecker';
import { findEventOfSubpage, noticePage, type PageText, pageText } from './eventSummary';

/** HTTP status of each way DeleteEventCommand refuses. */
const REFUSAL_STATUS: Record<EventError['kind'], number> = { permission: 403, 'not-found': 404, invalid: 400 };

/**
 * `Special:DeleteEventRegistration/<id>`: GET asks the organizer to confirm, POST (with the session's edit token)
 * soft-deletes the registration through DeleteEventCommand and sends them to Special:MyEvents with `?deleted=<name>`.
 * Who may not delete sees why with a 403; an unknown or already deleted registration gives a 404.
 */
export class DeleteEventRegistrationPage implements SpecialPageHandler {
  constructor(
    @inject('CampaignEvents.EventStore') private readonly events: EventStore,
    @inject('CampaignEvents.PermissionChecker') private readonly permissions: PermissionChecker,
    @inject('CampaignEvents.DeleteEventCommand') private readonly deleteCommand: DeleteEventCommand,
    @inject('MessageLocalizer') private readonly messages: MessageLocalizer,
  ) {}

  async execute(request: SpecialPageRequest): Promise<SpecialPageOutput> {
    if (!isRegistered(request.user)) return { kind: 'login-required', reasonMessage: 'campaignevents-delete-login-required' };
    const text = pageText(this.messages, request.language);
    const heading = text('campaignevents-delete-heading');
    const deletedKey = 'campaignevents-delete-already-deleted';
    const event = await findEventOfSubpage(request, { pageName: 'DeleteEventRegistration', heading, deletedKey }, this.events, text);
    if ('kind' in event) return event;
    if (!(await this.permissions.userCanDeleteRegistration(request.user, event))) {
      return noticePage(heading, text('campaignevents-delete-not-allowed-registration'), 403);
    }
    if (request.method === 'GET') return this.confirmation(event, request, text);

    if (!request.matchEditToken(request.param('wpEditToken'))) {
      return this.confirmation(event, request, text, { error: text('campaignevents-delete-bad-token'), status: 400 });
    }
    try {
      if (!(await this.deleteCommand.deleteIfAllowed(event, request.user))) {
        return noticePage(heading, text(deletedKey, event.name), 404);
      }
    } catch (error) {
      if (!(error instanceof EventError)) throw error;
      const problem = error.problems[0];
      return noticePage(heading, text(problem.key, ...problem.params), REFUSAL_STATUS[error.kind]);
    }
    return { kind: 'redirect', location: indexUrl('Special:MyEvents', { deleted: event.name }), status: 303 };
  }

  private confirmation(
    event: ExistingEventRegistration,
    request: SpecialPageRequest,
    text: PageText,
    state: { error?: string; status?: number } = {},
  ): SpecialPageView {
    const body = html`${state.error ? html`<p class="error">${state.error}</p>` : null}
<p>${text('campaignevents-delete-confirm', event.name)}</p>
<form method="post" action="${indexUrl(`Special:DeleteEventRegistration/${event.id}`)}">
<input type="hidden" name="wpEditToken" value="${request.editToken()}">
<button type="submit">${text('campaignevents-delete-submit')}</button>
<a href="${articleUrl(`Special:EventDetails/${event.id}`)}">${text('campaignevents-delete-cancel')}</a>
</form>`;
    return { kind: 'page', heading: text('campaignevents-delete-heading-event', event.name), body, status: state.status };
  }
}
