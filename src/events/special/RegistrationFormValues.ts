import type { SpecialPageRequest } from '../../framework/special/SpecialPage';
import type { EventInput } from '../EventInput';
import { type ExistingEventRegistration, isInPerson, isOnline } from '../EventRegistration';
import type { DashboardLink } from './DashboardLink';
import type { ExtraFieldValue, ExtraFormFields } from './ExtraFormFields';

/** The two ways to answer "which wikis": every wiki, or the ones ticked. */
export type WikisMode = 'all' | 'specific';

/**
 * Everything on the registration form as the organizer typed it (strings, not yet validated), so a refused form can
 * be shown again exactly as it was sent.
 */
export interface RegistrationFormValues {
  page: string;
  status: string;
  timezone: string;
  /** `datetime-local` values (`2026-04-01T10:00`). */
  start: string;
  end: string;
  /** One user name per line. */
  organizers: string;
  types: string[];
  wikisMode: WikisMode;
  wikis: string[];
  topics: string[];
  /** `1`, `2`, `3`, or '' when none is chosen. */
  participation: string;
  meetingUrl: string;
  country: string;
  address: string;
  tracksContributions: boolean;
  dashboardUrl: string;
  chatUrl: string;
  isTestEvent: boolean;
  /** Fields added through the EventRegistrationForm hook, by the hook's field name. */
  extra: Record<string, ExtraFieldValue>;
}

/** A new form: online, every wiki, statistics on (the seed wants the toggle on by default), the performer organizing. */
export function newEventValues(performerName: string, page: string, extra: ExtraFormFields): RegistrationFormValues {
  return {
    page,
    status: 'open',
    timezone: 'UTC',
    start: '',
    end: '',
    organizers: performerName,
    types: [],
    wikisMode: 'all',
    wikis: [],
    topics: [],
    participation: '1',
    meetingUrl: '',
    country: '',
    address: '',
    tracksContributions: true,
    dashboardUrl: '',
    chatUrl: '',
    isTestEvent: false,
    extra: extra.defaults(),
  };
}

/** The form of a stored event. */
export function storedEventValues(
  event: ExistingEventRegistration,
  organizerNames: readonly string[],
  dashboard: DashboardLink | null,
  extra: ExtraFormFields,
): RegistrationFormValues {
  const tool = event.trackingTools[0];
  return {
    page: event.page.prefixedText,
    status: event.status,
    timezone: event.timezone,
    start: toDatetimeLocal(event.startLocal),
    end: toDatetimeLocal(event.endLocal),
    organizers: organizerNames.join('\n'),
    types: [...event.types],
    wikisMode: event.wikis === true ? 'all' : 'specific',
    wikis: event.wikis === true ? [] : [...event.wikis],
    topics: [...event.topics],
    participation: String(event.participationOptions),
    meetingUrl: event.meetingUrl ?? '',
    country: event.address?.countryCode ?? '',
    address: event.address?.address ?? '',
    tracksContributions: event.tracksContributions,
    dashboardUrl: tool !== undefined && dashboard !== null ? dashboard.urlFor(tool.toolEventId) : '',
    chatUrl: event.chatUrl ?? '',
    isTestEvent: event.isTestEvent,
    extra: extra.defaults(),
  };
}

/** The values of a submitted form. Absent fields read as empty, as a browser omits unticked boxes. */
export function submittedValues(request: SpecialPageRequest, extra: ExtraFormFields): RegistrationFormValues {
  const text = (name: string) => request.param(name) ?? '';
  return {
    page: text('wpEventPage').trim(),
    status: text('wpEventStatus'),
    timezone: text('wpTimezone'),
    start: text('wpEventStart').trim(),
    end: text('wpEventEnd').trim(),
    organizers: text('wpEventOrganizers'),
    types: request.params('wpEventTypes'),
    wikisMode: text('wpEventWikisMode') === 'specific' ? 'specific' : 'all',
    wikis: request.params('wpEventWikis'),
    topics: request.params('wpEventTopics'),
    participation: text('wpParticipationOptions'),
    meetingUrl: text('wpEventMeetingURL').trim(),
    country: text('wpEventMeetingCountryCode'),
    address: text('wpEventMeetingAddress').trim(),
    tracksContributions: request.param('wpTracksContributions') === '1',
    dashboardUrl: text('wpEventDashboardURL').trim(),
    chatUrl: text('wpEventChatURL').trim(),
    isTestEvent: request.param('wpIsTestEvent') === '1',
    extra: extra.submitted(request),
  };
}

/** The organizer names of the textarea: one a line, blank lines skipped. */
export function organizerNames(values: RegistrationFormValues): string[] {
  return values.organizers
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * What EventFactory validates. Meeting URL, country and address count only for the participation options they
 * belong to (the hidden ones may still hold text the organizer typed before switching); empty means "not given".
 */
export function toEventInput(
  values: RegistrationFormValues,
  tool: { toolId: string; toolEventId: string } | null,
  existing: ExistingEventRegistration | null,
): EventInput {
  const participation = /^[123]$/.test(values.participation) ? Number(values.participation) : 0;
  const options = { participationOptions: participation as 1 | 2 | 3 };
  const online = participation !== 0 && isOnline(options);
  const inPerson = participation !== 0 && isInPerson(options);
  return {
    id: existing?.id ?? null,
    page: values.page,
    status: existing === null ? 'open' : values.status,
    timezone: values.timezone,
    start: toMwLocalTimestamp(values.start),
    end: toMwLocalTimestamp(values.end),
    types: values.types,
    wikis: values.wikisMode === 'all' ? true : values.wikis,
    topics: values.topics,
    participationOptions: participation,
    meetingUrl: online ? nullIfEmpty(values.meetingUrl) : null,
    meetingCountryCode: inPerson ? nullIfEmpty(values.country) : null,
    meetingAddress: inPerson ? nullIfEmpty(values.address) : null,
    chatUrl: nullIfEmpty(values.chatUrl),
    isTestEvent: values.isTestEvent,
    tracksContributions: values.tracksContributions,
    trackingToolId: tool?.toolId ?? null,
    trackingToolEventId: tool?.toolEventId ?? null,
    createdAt: existing?.createdAt ?? null,
    lastEditAt: existing?.lastEditAt ?? null,
    deletedAt: existing?.deletedAt ?? null,
  };
}

/**
 * What the 'saved' stage of the EventRegistrationForm hook receives: every field by its name without `wp` (as
 * MediaWiki's HTMLForm hands `$data` over), lists joined with newlines, the handlers' fields by their own names.
 */
export function savedHookValues(values: RegistrationFormValues, extra: ExtraFormFields): Record<string, string | number | boolean | null> {
  return {
    EventPage: values.page,
    EventStatus: values.status,
    Timezone: values.timezone,
    EventStart: values.start,
    EventEnd: values.end,
    EventOrganizers: values.organizers,
    EventTypes: values.types.join('\n'),
    EventWikisMode: values.wikisMode,
    EventWikis: values.wikis.join('\n'),
    EventTopics: values.topics.join('\n'),
    ParticipationOptions: values.participation,
    EventMeetingURL: values.meetingUrl,
    EventMeetingCountryCode: values.country,
    EventMeetingAddress: values.address,
    TracksContributions: values.tracksContributions,
    EventDashboardURL: values.dashboardUrl,
    EventChatURL: values.chatUrl,
    IsTestEvent: values.isTestEvent,
    ...extra.hookValues(values.extra),
  };
}

/**
 * `2026-04-01T10:00` (or with seconds) -> `20260401100000`. Anything else is passed on unchanged, so EventFactory
 * refuses it with its own "time is invalid" message; '' stays '' ("not given").
 */
export function toMwLocalTimestamp(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  return m === null ? value : `${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6] ?? '00'}`;
}

/** `20260401100000` -> `2026-04-01T10:00` (seconds only when not zero). */
export function toDatetimeLocal(timestamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timestamp);
  if (m === null) return timestamp;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] === '00' ? '' : `:${m[6]}`}`;
}

function nullIfEmpty(value: string): string | null {
  return value === '' ? null : value;
}
