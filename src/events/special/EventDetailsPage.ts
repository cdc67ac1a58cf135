import { inject } from 'tsyringe';
import type { BlockManager } from '../../framework/core/BlockManager';
import { isRegistered, type UserIdentity } from '../../framework/core/UserIdentity';
import { html, type SafeHtml } from '../../framework/html/html';
import { articleUrl } from '../../framework/html/wikiUrls';
import type { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import type { SpecialPageHandler, SpecialPageOutput, SpecialPageRequest } from '../../framework/special/SpecialPage';
import type { ContributionTrackingPolicy } from '../../contributions/ContributionTrackingPolicy';
import type { CountryProvider } from '../CountryProvider';
import { ALL_WIKIS, type ExistingEventRegistration, isOnline, PARTICIPATION_HYBRID, PARTICIPATION_ONLINE } from '../EventRegistration';
import type { EventStore } from '../EventStore';
import type { EventTypesRegistry } from '../EventTypesRegistry';
import type { Organizer, OrganizersStore } from '../OrganizersStore';
import type { PermissionChecker } from '../PermissionChecker';
import type { TopicRegistry } from '../TopicRegistry';
import { findEventOfSubpage, formatEventDates, formatEventStatus, type PageText, pageText } from './eventSummary';

/**
 * `Special:EventDetails/<id>`: everything about one registration. Meeting and chat links are shown only to the
 * event's organizers who are not blocked, as `GET /event_registration/{id}` does; organizers who may change the
 * registration get links to edit and delete it. The form redirects here with `?saved=1` after saving.
 */
export class EventDetailsPage implements SpecialPageHandler {
  constructor(
    @inject('CampaignEvents.EventStore') private readonly events: EventStore,
    @inject('CampaignEvents.OrganizersStore') private readonly organizers: OrganizersStore,
    @inject('CampaignEvents.PermissionChecker') private readonly permissions: PermissionChecker,
    @inject('CampaignEvents.EventTypesRegistry') private readonly types: EventTypesRegistry,
    @inject('CampaignEvents.TopicRegistry') private readonly topics: TopicRegistry,
    @inject('CampaignEvents.CountryProvider') private readonly countries: CountryProvider,
    @inject('CampaignEvents.ContributionTrackingPolicy') private readonly tracking: ContributionTrackingPolicy,
    @inject('BlockManager') private readonly blocks: BlockManager,
    @inject('MessageLocalizer') private readonly messages: MessageLocalizer,
  ) {}

  async execute(request: SpecialPageRequest): Promise<SpecialPageOutput> {
    const text = pageText(this.messages, request.language);
    const heading = text('campaignevents-details-heading');
    const refusals = { pageName: 'EventDetails', heading, deletedKey: 'campaignevents-details-deleted' };
    const event = await findEventOfSubpage(request, refusals, this.events, text);
    if ('kind' in event) return event;

    const organizers = await this.organizers.getEventOrganizers(event.id);
    const [seesLinks, canEdit, canDelete] = await Promise.all([
      this.canSeePrivateLinks(request.user, organizers),
      this.permissions.userCanEditRegistration(request.user, event),
      this.permissions.userCanDeleteRegistration(request.user, event),
    ]);
    const body = html`${request.param('saved') === '1' ? html`<p class="success">${text('campaignevents-details-saved')}</p>` : null}
<p class="ce-event-page"><a href="${articleUrl(event.page.prefixedText)}">${event.page.prefixedText}</a></p>
${event.isTestEvent ? html`<p class="ce-test-event">${text('campaignevents-details-test-event')}</p>` : null}
<dl class="ce-event-details">
${this.rows(event, organizers, seesLinks, request.language, text)}
</dl>
${this.tracking.isEnabled() ? statisticsLine(event.tracksContributions, text) : null}
${canEdit || canDelete ? this.actions(event, canEdit, canDelete, text) : null}`;
    return { kind: 'page', heading: text('campaignevents-details-heading-event', event.name), body };
  }

  private rows(
    event: ExistingEventRegistration,
    organizers: readonly Organizer[],
    seesLinks: boolean,
    language: string,
    text: PageText,
  ): SafeHtml[] {
    const rows: SafeHtml[] = [
      row('status', text('campaignevents-details-status'), html`${formatEventStatus(event, text)}`),
      row('dates', text('campaignevents-details-dates'), html`${formatEventDates(event, language, text)}`),
      row('types', text('campaignevents-details-types'), list(event.types.map((id) => text(this.types.getTypeMessageKey(id))), text)),
      row(
        'wikis',
        text('campaignevents-details-wikis'),
        event.wikis === ALL_WIKIS ? html`${text('campaignevents-details-wikis-all')}` : list(event.wikis, text),
      ),
      row('topics', text('campaignevents-details-topics'), list(event.topics.map((id) => this.topicLabel(id, language)), text)),
      row('participation', text('campaignevents-details-participation'), html`${participationLabel(event.participationOptions, text)}`),
    ];
    if (event.address !== null) {
      const country = this.countries.getName(event.address.countryCode, language);
      rows.push(row('country', text('campaignevents-details-country'), html`${country}`));
      if (event.address.address !== null) {
        rows.push(row('address', text('campaignevents-details-address'), html`<span class="ce-address">${event.address.address}</span>`));
      }
    }
    if (isOnline(event)) rows.push(row('meeting-url', text('campaignevents-details-meeting-url'), privateLink(event.meetingUrl, seesLinks, text)));
    rows.push(row('chat-url', text('campaignevents-details-chat-url'), privateLink(event.chatUrl, seesLinks, text)));
    const names = organizers.map((o) => html`<li><a href="${articleUrl(`User:${o.userName}`)}">${o.userName}</a></li>`);
    rows.push(row('organizers', text('campaignevents-details-organizers'), html`<ul>${names}</ul>`));
    return rows;
  }

  private actions(event: ExistingEventRegistration, canEdit: boolean, canDelete: boolean, text: PageText): SafeHtml {
    const edit = canEdit ? html`<li><a href="${articleUrl(`Special:EditEventRegistration/${event.id}`)}">${text('campaignevents-details-edit')}</a></li>` : null;
    const del = canDelete ? html`<li><a href="${articleUrl(`Special:DeleteEventRegistration/${event.id}`)}">${text('campaignevents-details-delete')}</a></li>` : null;
    return html`<ul class="ce-event-actions">${edit}${del}</ul>`;
  }

  /** Organizers who are not under a sitewide block (there are no participants yet to share the links with). */
  private async canSeePrivateLinks(user: UserIdentity, organizers: readonly Organizer[]): Promise<boolean> {
    if (!isRegistered(user) || !organizers.some((o) => o.userId === user.id)) return false;
    const block = await this.blocks.getBlock(user);
    return block === null || !block.sitewide;
  }

  /** The topic's label, or its id when the wiki has no text for it. */
  private topicLabel(id: string, language: string): string {
    const message = this.messages.msg(this.topics.getTopicMessageKey(id)).inLanguage(language);
    return message.exists() ? message.text() : id;
  }
}

function row(name: string, label: string, value: SafeHtml): SafeHtml {
  return html`<div class="ce-detail" data-detail="${name}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** Items as a list, or "None" when there are none. */
function list(items: readonly string[], text: PageText): SafeHtml {
  if (items.length === 0) return html`${text('campaignevents-details-none')}`;
  return html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** Shown only while CampaignEventsEnableContributionTracking is on: with the flag off nothing is collected. */
function statisticsLine(tracksContributions: boolean, text: PageText): SafeHtml {
  const key = tracksContributions ? 'campaignevents-details-contribution-statistics-on' : 'campaignevents-details-contribution-statistics-off';
  return html`<p class="ce-contribution-statistics">${text(key)}</p>`;
}

function participationLabel(options: number, text: PageText): string {
  if (options === PARTICIPATION_HYBRID) return text('campaignevents-details-participation-hybrid');
  return text(options === PARTICIPATION_ONLINE ? 'campaignevents-details-participation-online' : 'campaignevents-details-participation-in-person');
}

function privateLink(url: string | null, visible: boolean, text: PageText): SafeHtml {
  if (url === null) return html`${text('campaignevents-details-none')}`;
  if (!visible) return html`<span class="ce-link-hidden">${text('campaignevents-details-link-organizers-only')}</span>`;
  return html`<a href="${url}" rel="nofollow noopener">${url}</a>`;
}
