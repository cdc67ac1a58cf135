import { inject } from 'tsyringe';
import { isRegistered } from '../../framework/core/UserIdentity';
import { html, type SafeHtml } from '../../framework/html/html';
import { articleUrl } from '../../framework/html/wikiUrls';
import type { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import type { SpecialPageHandler, SpecialPageOutput, SpecialPageRequest } from '../../framework/special/SpecialPage';
import type { ExistingEventRegistration } from '../EventRegistration';
import type { EventStore } from '../EventStore';
import { formatEventDates, formatEventStatus, type PageText, pageText } from './eventSummary';

/**
 * `Special:MyEvents`: the registrations the logged-in user organizes (deleted ones left out), with links to see,
 * edit and delete each, and to enable registration for another event page. Special:DeleteEventRegistration sends
 * the organizer back here with `?deleted=<event name>`.
 */
export class MyEventsPage implements SpecialPageHandler {
  constructor(
    @inject('CampaignEvents.EventStore') private readonly events: EventStore,
    @inject('MessageLocalizer') private readonly messages: MessageLocalizer,
  ) {}

  async execute(request: SpecialPageRequest): Promise<SpecialPageOutput> {
    if (!isRegistered(request.user)) return { kind: 'login-required', reasonMessage: 'campaignevents-myevents-login-required' };
    const text = pageText(this.messages, request.language);
    const events = await this.events.getEventsByOrganizer(request.user.id);
    const deleted = request.param('deleted');
    const body = html`${deleted ? html`<p class="success">${text('campaignevents-myevents-deleted', deleted)}</p>` : null}
<p><a href="${articleUrl('Special:EnableEventRegistration')}">${text('campaignevents-myevents-enable')}</a></p>
${events.length === 0 ? html`<p class="ce-no-events">${text('campaignevents-myevents-none')}</p>` : this.table(events, request.language, text)}`;
    return { kind: 'page', heading: text('campaignevents-myevents-heading'), body };
  }

  private table(events: readonly ExistingEventRegistration[], language: string, text: PageText): SafeHtml {
    const rows = events.map(
      (event) => html`<tr data-event-id="${event.id}">
<td>${link(event.page.prefixedText, event.name)}${event.isTestEvent ? html` <span class="ce-test-event">${text('campaignevents-myevents-test-event')}</span>` : null}</td>
<td>${formatEventDates(event, language, text)}</td>
<td>${formatEventStatus(event, text)}</td>
<td>${link(`Special:EventDetails/${event.id}`, text('campaignevents-myevents-details'))} · ${link(`Special:EditEventRegistration/${event.id}`, text('campaignevents-myevents-edit'))} · ${link(`Special:DeleteEventRegistration/${event.id}`, text('campaignevents-myevents-delete'))}</td>
</tr>`,
    );
    return html`<table class="wikitable ce-my-events">
<thead><tr><th>${text('campaignevents-myevents-name')}</th><th>${text('campaignevents-myevents-dates')}</th><th>${text('campaignevents-myevents-status')}</th><th>${text('campaignevents-myevents-actions')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  }
}

function link(title: string, label: string): SafeHtml {
  return html`<a href="${articleUrl(title)}">${label}</a>`;
}
