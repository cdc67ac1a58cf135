import type { ArticleViewHeaderData, ArticleViewHeaderHook } from '../../hooks';
import type { Config } from '../framework/config/Config';
import { html, type SafeHtml } from '../framework/html/html';
import { articleUrl, indexUrl } from '../framework/html/wikiUrls';
import type { MessageLocalizer } from '../framework/i18n/MessageLocalizer';
import type { ExistingEventRegistration } from './EventRegistration';
import type { EventStore } from './EventStore';
import type { PermissionChecker } from './PermissionChecker';
import { formatEventDates, type PageText, pageText } from './special/eventSummary';

/**
 * Shows an event page's registration above its text (CampaignEvents' ArticleViewHeaderHandler and
 * EventPageDecorator, reference 1.3): a box with the dates and a link to the details for everyone, and "Edit
 * registration" for those who may edit it; on a page without registration, a link to enable it for those who may.
 * Only pages in `CampaignEventsEventNamespaces` are decorated.
 */
export class EventPageDecorator implements ArticleViewHeaderHook {
  constructor(
    private readonly config: Config,
    private readonly events: EventStore,
    private readonly permissions: PermissionChecker,
    private readonly messages: MessageLocalizer,
  ) {}

  async onArticleViewHeader(view: ArticleViewHeaderData): Promise<void> {
    // Read on every view: the namespaces can change while the wiki runs (the settings file is watched).
    if (!view.exists || !this.config.get<number[]>('CampaignEventsEventNamespaces').includes(view.title.namespace)) return;
    const text = pageText(this.messages, view.language);
    const event = await this.events.findEventByPage(view.title);
    if (event === null) {
      if (await this.permissions.userCanEnableRegistration(view.viewer, view.title)) view.addHtml(enableBox(view, text));
      return;
    }
    // A deleted registration stays with its page and cannot be enabled again, so there is nothing to offer.
    if (event.deletedAt !== null) return;
    const canEdit = await this.permissions.userCanEditRegistration(view.viewer, event);
    view.addHtml(registrationBox(event, canEdit, view.language, text));
  }
}

function registrationBox(event: ExistingEventRegistration, canEdit: boolean, language: string, text: PageText): SafeHtml {
  const details = html`<li><a href="${articleUrl(`Special:EventDetails/${event.id}`)}">${text('campaignevents-eventpage-details-link')}</a></li>`;
  const edit = canEdit
    ? html`<li><a href="${articleUrl(`Special:EditEventRegistration/${event.id}`)}">${text('campaignevents-eventpage-edit-link')}</a></li>`
    : null;
  return html`<div class="ce-eventpage-registration">
<p>${text('campaignevents-eventpage-registration-text')}</p>
<p class="ce-eventpage-dates">${text('campaignevents-eventpage-dates', formatEventDates(event, language, text))}</p>
<ul class="ce-eventpage-actions">${details}${edit}</ul>
</div>`;
}

function enableBox(view: ArticleViewHeaderData, text: PageText): SafeHtml {
  const url = indexUrl('Special:EnableEventRegistration', { wpEventPage: view.title.prefixedText });
  return html`<div class="ce-eventpage-enable">
<p>${text('campaignevents-eventpage-enable-text')}</p>
<p><a href="${url}">${text('campaignevents-eventpage-enable-link')}</a></p>
</div>`;
}
