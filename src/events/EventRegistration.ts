/**
 * The event registration entity, as CampaignEvents' `EventRegistration`: immutable data about one event page's
 * registration. Built only by EventFactory (validated) or EventStore (read back).
 */

/** Open for registration or closed. */
export type EventStatus = 'open' | 'closed';
export const EVENT_STATUSES: readonly EventStatus[] = ['open', 'closed'];

/** Participation options, a bitmask as in CampaignEvents: online 1, in person 2, both (hybrid) 3. */
export const PARTICIPATION_ONLINE = 1;
export const PARTICIPATION_IN_PERSON = 2;
export const PARTICIPATION_HYBRID = PARTICIPATION_ONLINE | PARTICIPATION_IN_PERSON;
export type ParticipationOptions = 1 | 2 | 3;

/** `wikis` value meaning "all wikis" (REST shows it as `["*"]`, the database as `*all*`). */
export const ALL_WIKIS = true;
export type EventWikis = readonly string[] | typeof ALL_WIKIS;

/** The event page: a local page in an event namespace. */
export interface EventPage {
  readonly namespace: number;
  /** Title without namespace, underscores for spaces. */
  readonly dbKey: string;
  /** `Event:Spring Edit-a-thon`. */
  readonly prefixedText: string;
}

/** Where an in-person event happens. */
export interface EventAddress {
  /** Free text without the country; null when only the country was given. */
  readonly address: string | null;
  /** CLDR region code, upper case (`BH`). */
  readonly countryCode: string;
}

/** An event's link to a tracking tool (only the Programs & Events Dashboard exists). */
export interface TrackingToolAssociation {
  /** `wikimedia-pe-dashboard`. */
  readonly toolId: string;
  /** The event's id on that tool: `<school>/<course>` for the Dashboard. */
  readonly toolEventId: string;
}

export interface EventRegistration {
  /** null until stored. */
  readonly id: number | null;
  /** The event page's text (the title without namespace). */
  readonly name: string;
  readonly page: EventPage;
  readonly status: EventStatus;
  /** `UTC`, an IANA zone (`Europe/Rome`) or an offset (`+05:30`). */
  readonly timezone: string;
  /** MediaWiki 14-digit timestamps in `timezone`. */
  readonly startLocal: string;
  readonly endLocal: string;
  /** The same instants in UTC, 14 digits. */
  readonly startUtc: string;
  readonly endUtc: string;
  /** 1 or 2 event type ids (`editing-event`...), or just `other`. */
  readonly types: readonly string[];
  readonly wikis: EventWikis;
  /** Up to 5 topic ids. */
  readonly topics: readonly string[];
  readonly participationOptions: ParticipationOptions;
  /** Only for online or hybrid events. */
  readonly meetingUrl: string | null;
  /** Required for in-person and hybrid events, null for online ones. */
  readonly address: EventAddress | null;
  readonly chatUrl: string | null;
  readonly isTestEvent: boolean;
  /** "Show contribution statistics". Always false while `CampaignEventsEnableContributionTracking` is off. */
  readonly tracksContributions: boolean;
  /** At most one. */
  readonly trackingTools: readonly TrackingToolAssociation[];
  /** MediaWiki 14-digit UTC timestamps; null before the event is first stored. */
  readonly createdAt: string | null;
  readonly lastEditAt: string | null;
  readonly deletedAt: string | null;
}

/** A registration read from storage. */
export interface ExistingEventRegistration extends EventRegistration {
  readonly id: number;
  readonly createdAt: string;
  readonly lastEditAt: string;
}

export function isOnline(event: Pick<EventRegistration, 'participationOptions'>): boolean {
  return (event.participationOptions & PARTICIPATION_ONLINE) !== 0;
}

export function isInPerson(event: Pick<EventRegistration, 'participationOptions'>): boolean {
  return (event.participationOptions & PARTICIPATION_IN_PERSON) !== 0;
}
