import { inject } from 'tsyringe';
import type { BlockManager } from '../../framework/core/BlockManager';
import { isRegistered, type UserIdentity } from '../../framework/core/UserIdentity';
import { LocalizedHttpError } from '../../framework/rest/LocalizedHttpError';
import type { RestHandler, RestRequest } from '../../framework/rest/RestHandler';
import type { ContributionTrackingPolicy } from '../../contributions/ContributionTrackingPolicy';
import { ALL_WIKIS, type ExistingEventRegistration, isInPerson, isOnline } from '../EventRegistration';
import type { EventStore } from '../EventStore';
import type { OrganizersStore } from '../OrganizersStore';
import type { WikiLookup } from '../WikiLookup';
import { registrationFromPath } from './registrationFromPath';

/** `wikis` of an event for all wikis, as CampaignEvents writes it. */
const ALL_WIKIS_VALUE = ['*'];

/**
 * `GET /campaignevents/v0/event_registration/{id}` (CampaignEvents' `GetEventRegistrationHandler`), with the
 * response keys of CampaignEvents. Event goals and participant questions do not exist here yet: `goal_type` and
 * `goal_target` are always null and `questions` is always []. `tracks_contributions` is only present while
 * `CampaignEventsEnableContributionTracking` is on. `meeting_url` and `chat_url` are only present for the event's
 * organizers who are not blocked (CampaignEvents also shows them to participants, which do not exist here yet).
 */
export class GetEventRegistrationHandler implements RestHandler {
  constructor(
    @inject('CampaignEvents.EventStore') private readonly store: EventStore,
    @inject('CampaignEvents.OrganizersStore') private readonly organizers: OrganizersStore,
    @inject('CampaignEvents.WikiLookup') private readonly wikis: WikiLookup,
    @inject('CampaignEvents.ContributionTrackingPolicy') private readonly contributionTracking: ContributionTrackingPolicy,
    @inject('BlockManager') private readonly blocks: BlockManager,
  ) {}

  async execute(request: RestRequest): Promise<Record<string, unknown>> {
    const event = await registrationFromPath(this.store, request);
    if (event.deletedAt !== null) {
      throw new LocalizedHttpError(404, 'campaignevents-rest-get-registration-deleted', [String(event.id)]);
    }
    const response: Record<string, unknown> = {
      id: event.id,
      name: event.name,
      event_page: event.page.prefixedText,
      event_page_wiki: this.wikis.getCurrentWikiId(),
      status: event.status,
      timezone: event.timezone,
      start_time: event.startLocal,
      end_time: event.endLocal,
      types: [...event.types],
      wikis: event.wikis === ALL_WIKIS ? ALL_WIKIS_VALUE : [...event.wikis],
      topics: [...event.topics],
      online_meeting: isOnline(event),
      inperson_meeting: isInPerson(event),
      meeting_country_code: event.address?.countryCode ?? null,
      meeting_address: event.address?.address ?? null,
      is_test_event: event.isTestEvent,
      ...(this.contributionTracking.isEnabled() ? { tracks_contributions: event.tracksContributions } : {}),
      goal_type: null,
      goal_target: null,
      tracking_tools: event.trackingTools.map((tool) => ({ tool_id: tool.toolId, tool_event_id: tool.toolEventId })),
      questions: [],
    };
    if (await this.maySeeMeetingLinks(request.user, event)) {
      response.meeting_url = event.meetingUrl;
      response.chat_url = event.chatUrl;
    }
    return response;
  }

  private async maySeeMeetingLinks(user: UserIdentity, event: ExistingEventRegistration): Promise<boolean> {
    if (!isRegistered(user) || !(await this.organizers.isEventOrganizer(event.id, user.id))) return false;
    const block = await this.blocks.getBlock(user);
    return block === null || !block.sitewide;
  }
}
