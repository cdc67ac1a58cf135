/**
 * What the event pages around the registration form (EventDetails, MyEvents, DeleteEventRegistration) share: the
 * texts in the request's language, finding the event a subpage names, and an event's dates and status as shown.
 */
import { fromMwTimestamp } from '../../framework/core/MwTimestamp';
import { html } from '../../framework/html/html';
import type { MessageParam } from '../../framework/i18n/Message';
import type { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import type { SpecialPageRequest, SpecialPageView } from '../../framework/special/SpecialPage';
import type { EventRegistration, ExistingEventRegistration } from '../EventRegistration';
import type { EventStore } from '../EventStore';

/** A message's plain text in one language. */
export type PageText = (key: string, ...params: MessageParam[]) => string;

/** The texts of `messages` in `language` (the request's). */
export function pageText(messages: MessageLocalizer, language: string): PageText {
  return (key, ...params) => messages.msg(key, ...params).inLanguage(language).text();
}

/** A page that only says why it cannot show what was asked for. */
export function noticePage(heading: string, text: string, status: number): SpecialPageView {
  return { kind: 'page', heading, status, body: html`<p class="error">${text}</p>` };
}

/** The registration id a subpage names (`7`), or null when it is not one. */
export function eventIdOf(subpage: string): number | null {
  return /^[1-9]\d{0,15}$/.test(subpage) ? Number(subpage) : null;
}

/** How a page that shows one registration refuses the ones it cannot show. */
export interface EventPageRefusals {
  /** The special page's name (`EventDetails`), for the example of how to write the address. */
  pageName: string;
  heading: string;
  /** The message for a deleted registration; its parameter is the event's name. */
  deletedKey: string;
}

/**
 * The registration the request's subpage names (`Special:EventDetails/7` -> 7), or the page to show instead: 400
 * when the subpage is not an id, 404 when no registration has it or it was deleted.
 */
export async function findEventOfSubpage(
  request: Pick<SpecialPageRequest, 'subpage'>,
  refusals: EventPageRefusals,
  store: EventStore,
  text: PageText,
): Promise<ExistingEventRegistration | SpecialPageView> {
  const { pageName, heading, deletedKey } = refusals;
  const subpage = request.subpage.trim();
  if (subpage === '') return noticePage(heading, text('campaignevents-details-no-id', pageName), 400);
  const id = eventIdOf(subpage);
  if (id === null) return noticePage(heading, text('campaignevents-details-invalid-id', subpage, pageName), 400);
  const event = await store.findEventById(id);
  if (event === null) return noticePage(heading, text('campaignevents-details-not-found', subpage), 404);
  if (event.deletedAt !== null) return noticePage(heading, text(deletedKey, event.name), 404);
  return event;
}

/** "1 April 2026, 10:00 – 2 April 2026, 18:00 (Europe/Rome)": local times of the event in its own timezone. */
export function formatEventDates(event: EventRegistration, language: string, text: PageText): string {
  const format = dateFormat(language);
  const local = (timestamp: string) => format.format(fromMwTimestamp(timestamp));
  return text('campaignevents-details-dates-value', local(event.startLocal), local(event.endLocal), event.timezone);
}

/** "Open" or "Closed". */
export function formatEventStatus(event: EventRegistration, text: PageText): string {
  return text(event.status === 'open' ? 'campaignevents-details-status-open' : 'campaignevents-details-status-closed');
}

/**
 * The local timestamps are wall-clock digits, so they are read as UTC and printed as UTC: no zone conversion
 * happens here, the event's own zone is named beside them.
 */
function dateFormat(language: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(language, options);
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}
