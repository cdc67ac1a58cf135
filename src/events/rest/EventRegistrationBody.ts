import type { TitleParser } from '../../framework/core/Title';
import { ParamValidator } from '../../framework/rest/ParamValidator';
import type { RestRequest } from '../../framework/rest/RestHandler';
import type { ContributionTrackingPolicy } from '../../contributions/ContributionTrackingPolicy';
import type { CountryProvider } from '../CountryProvider';
import { ADDRESS_MAX_BYTES, MAX_TOPICS, MAX_TYPES, MAX_WIKIS } from '../EventFactory';
import type { EventInput } from '../EventInput';
import { ALL_WIKIS, EVENT_STATUSES, PARTICIPATION_IN_PERSON, PARTICIPATION_ONLINE } from '../EventRegistration';
import type { EventTypesRegistry } from '../EventTypesRegistry';
import type { TopicRegistry } from '../TopicRegistry';
import type { WikiLookup } from '../WikiLookup';

/** What the services of this reader are. */
export interface EventRegistrationBodyServices {
  types: EventTypesRegistry;
  wikis: WikiLookup;
  topics: TopicRegistry;
  countries: CountryProvider;
  contributionTracking: ContributionTrackingPolicy;
  titles: TitleParser;
}

/**
 * The body of `POST` and `PUT /campaignevents/v0/event_registration[/{id}]`, with the parameters of CampaignEvents'
 * `AbstractEditEventRegistrationHandler`, read into the {@link EventInput} EventFactory validates. The accepted
 * values (types, wikis, topics, countries) and whether `tracks_contributions` is read at all are decided per
 * request, so a reloaded settings file applies without a restart.
 */
export class EventRegistrationBody {
  private readonly validator: ParamValidator;

  constructor(private readonly services: EventRegistrationBodyServices) {
    this.validator = new ParamValidator(services.titles);
  }

  /**
   * The event fields of the body; `status` is read only when `withStatus` (PUT), else the event is `open`.
   *
   * @throws LocalizedHttpError 400 for a missing or malformed parameter
   */
  read(request: Pick<RestRequest, 'body' | 'headers'>, options: { withStatus: boolean }): Omit<EventInput, 'id'> {
    const { types, wikis, topics, countries, contributionTracking } = this.services;
    const allWikis = wikis.getAllWikis();
    const p = this.validator.validateBody(
      {
        event_page: { type: 'title', required: true },
        timezone: { type: 'string', required: true },
        start_time: { type: 'timestamp', required: true },
        end_time: { type: 'timestamp', required: true },
        types: { type: 'enum', values: types.getAllTypes(), isMulti: true, maxValues: MAX_TYPES, required: true },
        wikis: { type: 'enum', values: allWikis, isMulti: true, maxValues: MAX_WIKIS, all: true, required: true },
        topics: { type: 'enum', values: topics.getAllTopics(), isMulti: true, maxValues: MAX_TOPICS, default: [] },
        online_meeting: { type: 'boolean', default: false },
        inperson_meeting: { type: 'boolean', default: false },
        meeting_url: { type: 'string' },
        meeting_country_code: { type: 'enum', values: countries.getCountries('en').map((c) => c.code) },
        meeting_address: { type: 'string', maxBytes: ADDRESS_MAX_BYTES },
        chat_url: { type: 'string' },
        is_test_event: { type: 'boolean', default: false },
        tracking_tool_id: { type: 'string' },
        tracking_tool_event_id: { type: 'string' },
      } as const,
      request,
    );
    // Declared only while the feature flag is on; otherwise the field is ignored, as MediaWiki ignored it.
    const tracksContributions = contributionTracking.isEnabled()
      ? this.validator.validateBody({ tracks_contributions: { type: 'boolean', default: false } } as const, request).tracks_contributions
      : false;
    const status = options.withStatus
      ? this.validator.validateBody({ status: { type: 'enum', values: EVENT_STATUSES, required: true } } as const, request).status
      : 'open';
    return {
      page: p.event_page,
      status,
      timezone: p.timezone,
      start: p.start_time,
      end: p.end_time,
      types: p.types,
      // As CampaignEvents: naming every wiki means all of them, including wikis added later.
      wikis: p.wikis.length === allWikis.length ? ALL_WIKIS : p.wikis,
      topics: p.topics,
      participationOptions: (p.online_meeting ? PARTICIPATION_ONLINE : 0) | (p.inperson_meeting ? PARTICIPATION_IN_PERSON : 0),
      meetingUrl: p.meeting_url,
      meetingCountryCode: p.meeting_country_code,
      meetingAddress: p.meeting_address,
      chatUrl: p.chat_url,
      isTestEvent: p.is_test_event,
      tracksContributions,
      trackingToolId: p.tracking_tool_id,
      trackingToolEventId: p.tracking_tool_event_id,
    };
  }
}
