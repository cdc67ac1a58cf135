import type { DateTime } from 'luxon';
import { inject } from 'tsyringe';
import { ContributionTrackingPolicy } from '../contributions/ContributionTrackingPolicy';
import type { Config } from '../framework/config/Config';
import type { Clock } from '../framework/core/Clock';
import { fromMwTimestamp, toMwTimestamp } from '../framework/core/MwTimestamp';
import type { PageLookup } from '../framework/core/PageLookup';
import type { Title, TitleParser } from '../framework/core/Title';
import { listParam, msgParam } from '../framework/i18n/Message';
import { CountryProvider } from './CountryProvider';
import { type EventField, EventError, type EventProblem } from './EventErrors';
import type { EventInput } from './EventInput';
import {
  ALL_WIKIS,
  EVENT_STATUSES,
  type EventAddress,
  type EventRegistration,
  type EventStatus,
  type EventWikis,
  isInPerson,
  isOnline,
  type ParticipationOptions,
  type TrackingToolAssociation,
} from './EventRegistration';
import { EventStore } from './EventStore';
import { parseEventTimezone, localTimestampToDateTime, type EventTimezone } from './eventTimes';
import { EVENT_TYPE_OTHER, EventTypesRegistry } from './EventTypesRegistry';
import { isValidEventUrl } from './eventUrls';
import { TopicRegistry } from './TopicRegistry';
import { WikiLookup } from './WikiLookup';

/** @public */
export interface EventFactoryOptions {
  /** Allow a start in the past (editing an event that has begun). */
  skipDatesPast?: boolean;
  /** Do not check the page's namespace against `CampaignEventsEventNamespaces` if the edited event already uses it. */
  skipUnchangedPageNamespace?: boolean;
}

/** CampaignEvents' limits (EventFactory::MAX_*). */
export const MAX_TYPES = 2;
export const MAX_WIKIS = 100;
export const MAX_TOPICS = 5;
/** Longer addresses are cut (on a character boundary), as CampaignEvents does with mb_strcut. */
export const ADDRESS_MAX_BYTES = 8192;
/** The only tracking tool. */
export const PE_DASHBOARD_TOOL_ID = 'wikimedia-pe-dashboard';

/** Collects problems in the order the checks run. */
class Problems {
  readonly list: EventProblem[] = [];
  add(field: EventField, key: string, ...params: EventProblem['params']): void {
    this.list.push({ field, key, params });
  }
}

/**
 * Builds a validated {@link EventRegistration} from user input, as CampaignEvents' EventFactory: every field is
 * checked in the reference order and all problems are reported together.
 *
 * @public
 */
export class EventFactory {
  constructor(
    @inject('MainConfig') private readonly config: Config,
    @inject('Clock') private readonly clock: Clock,
    @inject('TitleParser') private readonly titleParser: TitleParser,
    @inject('PageStore') private readonly pageLookup: PageLookup,
    @inject('CampaignEvents.EventTypesRegistry') private readonly types: EventTypesRegistry,
    @inject('CampaignEvents.TopicRegistry') private readonly topics: TopicRegistry,
    @inject('CampaignEvents.WikiLookup') private readonly wikiLookup: WikiLookup,
    @inject('CampaignEvents.CountryProvider') private readonly countries: CountryProvider,
    @inject('CampaignEvents.ContributionTrackingPolicy') private readonly trackingPolicy: ContributionTrackingPolicy,
    @inject('CampaignEvents.EventStore') private readonly eventStore: Pick<EventStore, 'findEventById'>,
  ) {}

  /** @throws EventError `invalid` with every problem found, each naming its field. */
  async newEvent(input: EventInput, options: EventFactoryOptions = {}): Promise<EventRegistration> {
    const problems = new Problems();

    if (input.id !== null && !(Number.isSafeInteger(input.id) && input.id > 0)) problems.add('general', 'campaignevents-error-invalid-id');
    const title = await this.validatePage(input, options, problems);

    const status = input.status.trim();
    if (!(EVENT_STATUSES as readonly string[]).includes(status)) problems.add('status', 'campaignevents-error-invalid-status');

    const timezone = parseEventTimezone(input.timezone);
    if (timezone === null) problems.add('timezone', 'campaignevents-error-invalid-timezone');
    const dates = this.validateDates(input, timezone, options, problems);

    const types = this.validateTypes(input.types, problems);
    const wikis = this.validateWikis(input.wikis, problems);
    const topics = this.validateTopics(input.topics, problems);
    const meeting = this.validateParticipation(input, problems);

    const chatUrl = emptyToNull(input.chatUrl);
    if (chatUrl !== null && !isValidEventUrl(chatUrl)) problems.add('chatUrl', 'campaignevents-error-invalid-chat-url');

    const tracksContributions = this.trackingPolicy.isEnabled() && input.tracksContributions;
    if (tracksContributions) this.validateContributionTracking(meeting, types, wikis, problems);

    const trackingTools = this.validateTrackingTool(input, problems);

    if (problems.list.length > 0) throw EventError.invalid(problems.list);

    const zone = timezone!;
    return {
      id: input.id,
      name: title!.text,
      page: { namespace: title!.namespace, dbKey: title!.dbKey, prefixedText: title!.prefixedText },
      status: status as EventStatus,
      timezone: zone.name,
      startLocal: input.start,
      endLocal: input.end,
      startUtc: dates.startUtc!,
      endUtc: dates.endUtc!,
      types,
      wikis: wikis!,
      topics,
      participationOptions: meeting.options!,
      meetingUrl: meeting.url,
      address: meeting.address,
      chatUrl,
      isTestEvent: input.isTestEvent,
      tracksContributions,
      trackingTools,
      createdAt: checkedTimestamp(input.createdAt, 'createdAt'),
      lastEditAt: checkedTimestamp(input.lastEditAt, 'lastEditAt'),
      deletedAt: checkedTimestamp(input.deletedAt, 'deletedAt'),
    };
  }

  /** Empty, invalid, interwiki, namespace, section, existence: the first failing check is reported. */
  private async validatePage(input: EventInput, options: EventFactoryOptions, problems: Problems): Promise<Title | null> {
    const text = input.page.trim();
    if (text === '') {
      problems.add('page', 'campaignevents-error-empty-title');
      return null;
    }
    // The title parser refuses '#'; MediaWiki's splits it off as a section, which an event page must not have.
    const hash = text.indexOf('#');
    const pageText = hash === -1 ? text : text.slice(0, hash);
    let title: Title;
    try {
      title = this.titleParser.parseTitle(pageText);
    } catch (error) {
      problems.add('page', 'campaignevents-error-invalid-title', (error as Error).message.replace(/\.$/, ''));
      return null;
    }
    if (this.isInterwiki(pageText)) {
      problems.add('page', 'campaignevents-error-invalid-title-interwiki');
      return null;
    }
    if (!(await this.isNamespaceAllowed(title, input, options))) {
      problems.add('page', 'campaignevents-error-page-namespace-not-allowed');
      return null;
    }
    if (hash !== -1) {
      problems.add('page', 'campaignevents-error-page-with-section');
      return null;
    }
    if (title.namespace < 0 || (await this.pageLookup.getPageByTitle(title)) === null) {
      problems.add('page', 'campaignevents-error-page-not-found');
      return null;
    }
    return title;
  }

  /** A prefix naming another wiki of the farm (`enwiki:Event:X`) points outside this wiki. */
  private isInterwiki(text: string): boolean {
    const prefix = /^\s*([^:]+?)\s*:/.exec(text)?.[1];
    if (prefix === undefined) return false;
    const current = this.wikiLookup.getCurrentWikiId();
    return this.wikiLookup.getAllWikis().some((wiki) => wiki !== current && wiki.toLowerCase() === prefix.toLowerCase());
  }

  private async isNamespaceAllowed(title: Title, input: EventInput, options: EventFactoryOptions): Promise<boolean> {
    if (title.namespace < 0) return false; // Special and Media pages are virtual
    if (this.config.get<number[]>('CampaignEventsEventNamespaces').includes(title.namespace)) return true;
    if (options.skipUnchangedPageNamespace && input.id !== null && input.id > 0) {
      const existing = await this.eventStore.findEventById(input.id);
      return existing !== null && existing.page.namespace === title.namespace;
    }
    return false;
  }

  private validateDates(
    input: EventInput,
    timezone: EventTimezone | null,
    options: EventFactoryOptions,
    problems: Problems,
  ): { startUtc: string | null; endUtc: string | null } {
    // Without a valid timezone the timestamps are still checked, as if they were UTC.
    const zone = timezone?.zone ?? parseEventTimezone('UTC')!.zone;
    let start: DateTime | null = null;
    if (input.start === '') {
      problems.add('start', 'campaignevents-error-empty-start');
    } else {
      start = localTimestampToDateTime(input.start, zone);
      if (start === null) problems.add('start', 'campaignevents-error-invalid-start');
      else if (!options.skipDatesPast && start.toMillis() < this.clock.now().getTime()) {
        problems.add('start', 'campaignevents-error-start-past');
      }
    }
    let end: DateTime | null = null;
    if (input.end === '') {
      problems.add('end', 'campaignevents-error-empty-end');
    } else {
      end = localTimestampToDateTime(input.end, zone);
      if (end === null) problems.add('end', 'campaignevents-error-invalid-end');
    }
    if (start !== null && end !== null && start.toMillis() > end.toMillis()) problems.add('end', 'campaignevents-error-start-after-end');
    const utc = (dt: DateTime | null) => (dt === null ? null : toMwTimestamp(dt.toJSDate()));
    return { startUtc: utc(start), endUtc: utc(end) };
  }

  private validateTypes(input: readonly string[], problems: Problems): string[] {
    const types = [...new Set(input.map((t) => t.trim()))].filter((t) => t !== '');
    if (types.length === 0) {
      problems.add('types', 'campaignevents-error-no-types');
    } else if (types.length > MAX_TYPES) {
      problems.add('types', 'campaignevents-error-too-many-types', MAX_TYPES);
    } else {
      const unknown = types.filter((t) => !this.types.isValidType(t));
      if (unknown.length > 0) {
        problems.add('types', 'campaignevents-error-invalid-types', listParam(unknown));
      } else if (types.includes(EVENT_TYPE_OTHER) && types.length > 1) {
        problems.add('types', 'campaignevents-error-invalid-other-selection', msgParam(this.types.getTypeMessageKey(EVENT_TYPE_OTHER)));
      }
    }
    return types;
  }

  /** A list naming every wiki becomes ALL_WIKIS; null when invalid. */
  private validateWikis(input: readonly string[] | true, problems: Problems): EventWikis | null {
    if (input === ALL_WIKIS) return ALL_WIKIS;
    const wikis = [...new Set(input.map((w) => w.trim()))].filter((w) => w !== '');
    if (wikis.length > MAX_WIKIS) {
      problems.add('wikis', 'campaignevents-error-too-many-wikis', MAX_WIKIS);
      return null;
    }
    const all = this.wikiLookup.getAllWikis();
    const unknown = wikis.filter((w) => !all.includes(w));
    if (unknown.length > 0) {
      problems.add('wikis', 'campaignevents-error-invalid-wikis', listParam(unknown));
      return null;
    }
    return wikis.length === all.length ? ALL_WIKIS : wikis;
  }

  private validateTopics(input: readonly string[], problems: Problems): string[] {
    const topics = [...new Set(input.map((t) => t.trim()))].filter((t) => t !== '');
    if (topics.length > MAX_TOPICS) {
      problems.add('topics', 'campaignevents-error-too-many-topics', MAX_TOPICS);
    } else {
      const unknown = topics.filter((t) => !this.topics.isValidTopic(t));
      if (unknown.length > 0) problems.add('topics', 'campaignevents-error-invalid-topics', listParam(unknown));
    }
    return topics;
  }

  /** Participation options, then the meeting URL, the country and the address that go with them. */
  private validateParticipation(input: EventInput, problems: Problems): Meeting {
    const options = input.participationOptions;
    if (!isParticipationOptions(options)) {
      problems.add('participation', 'campaignevents-error-no-participation-options');
      return { options: null, url: null, address: null, country: null };
    }
    const event = { participationOptions: options };
    const url = emptyToNull(input.meetingUrl);
    if (isOnline(event)) {
      if (url !== null && !isValidEventUrl(url)) problems.add('meetingUrl', 'campaignevents-error-invalid-meeting-url');
    } else if (url !== null) {
      problems.add('meetingUrl', 'campaignevents-error-meeting-url-not-online');
    }

    const country = emptyToNull(input.meetingCountryCode)?.toUpperCase() ?? null;
    const addressText = input.meetingAddress === null ? null : truncateBytes(input.meetingAddress.trim(), ADDRESS_MAX_BYTES);
    let address: EventAddress | null = null;
    if (isInPerson(event)) {
      const countryValid = country !== null && this.countries.isValidCountryCode(country);
      if (!countryValid) problems.add('country', 'campaignevents-error-invalid-country-code');
      if (addressText === '') problems.add('address', 'campaignevents-error-invalid-address');
      if (countryValid && addressText !== '') address = { address: addressText, countryCode: country! };
    } else if (country !== null || addressText !== null) {
      problems.add(country !== null ? 'country' : 'address', 'campaignevents-error-countryoraddress-not-in-person');
    }
    return { options, url: isOnline(event) ? url : null, address, country: isInPerson(event) ? country : null };
  }

  /** Country, then types, then wikis: only the first failure is reported. */
  private validateContributionTracking(meeting: Meeting, types: readonly string[], wikis: EventWikis | null, problems: Problems): void {
    // `country` is only set for in-person and hybrid events: online-only events are never blocked by country.
    if (meeting.country !== null && this.trackingPolicy.isCountryDisallowed(meeting.country)) {
      problems.add('tracksContributions', 'campaignevents-error-contribs-tracking-disallowed-country');
    } else if (!types.some((t) => this.types.isContributionType(t))) {
      const labels = this.types.getContributionTypes().map((t) => msgParam(this.types.getTypeMessageKey(t)));
      problems.add('tracksContributions', 'campaignevents-error-contribs-tracking-invalid-type', listParam(labels));
    } else if (wikis !== ALL_WIKIS && wikis !== null && wikis.length === 0) {
      problems.add('tracksContributions', 'campaignevents-error-contribs-tracking-no-wikis');
    }
  }

  private validateTrackingTool(input: EventInput, problems: Problems): TrackingToolAssociation[] {
    const toolId = emptyToNull(input.trackingToolId);
    const toolEventId = emptyToNull(input.trackingToolEventId);
    if (toolId === null && toolEventId === null) return [];
    if (toolEventId === null) {
      problems.add('trackingTool', 'campaignevents-error-trackingtool-without-eventid');
    } else if (toolId === null) {
      problems.add('trackingTool', 'campaignevents-error-trackingtool-eventid-without-toolid');
    } else if (toolId !== PE_DASHBOARD_TOOL_ID) {
      problems.add('trackingTool', 'campaignevents-error-invalid-trackingtool');
    } else {
      return [{ toolId, toolEventId }];
    }
    return [];
  }
}

interface Meeting {
  options: ParticipationOptions | null;
  url: string | null;
  address: EventAddress | null;
  /** The country as given (upper case) for in-person and hybrid events, valid or not. */
  country: string | null;
}

function isParticipationOptions(value: number): value is ParticipationOptions {
  return value === 1 || value === 2 || value === 3;
}

function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The longest prefix of `text` of at most `maxBytes` UTF-8 bytes that does not split a character. */
export function truncateBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--; // back off continuation bytes
  return bytes.subarray(0, end).toString('utf8');
}

/** Stored timestamps are trusted but must be 14 digits (a programming error otherwise). */
function checkedTimestamp(value: string | null | undefined, what: string): string | null {
  if (value === null || value === undefined) return null;
  try {
    fromMwTimestamp(value);
  } catch {
    throw new Error(`EventFactory: ${what} "${value}" is not a 14-digit timestamp (YYYYMMDDHHMMSS).`);
  }
  return value;
}
