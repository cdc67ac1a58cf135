import { inject } from 'tsyringe';
import { serverUrl } from '../../framework/core/serverUrl';
import type { Config } from '../../framework/config/Config';
import type { TitleParser } from '../../framework/core/Title';
import { LocalizedHttpError } from '../../framework/rest/LocalizedHttpError';
import type { RestRequest } from '../../framework/rest/RestHandler';
import { RestResponse } from '../../framework/rest/RestResponse';
import type { ContributionTrackingPolicy } from '../../contributions/ContributionTrackingPolicy';
import type { CountryProvider } from '../CountryProvider';
import type { EditEventCommand } from '../EditEventCommand';
import type { EventFactory } from '../EventFactory';
import type { EventTypesRegistry } from '../EventTypesRegistry';
import type { PermissionChecker } from '../PermissionChecker';
import type { TopicRegistry } from '../TopicRegistry';
import type { WikiLookup } from '../WikiLookup';
import { AbstractEditEventRegistrationHandler } from './AbstractEditEventRegistrationHandler';

/** Where the registrations are served, relative to `rest.php`. */
const EVENT_REGISTRATION_PATH = '/campaignevents/v0/event_registration';

/**
 * `POST /campaignevents/v0/event_registration`: enables registration for an event page (CampaignEvents'
 * `EnableEventRegistrationHandler`). The new event is open and its only organizer is the requester. Answers 201
 * `{"id": N}` with the new registration's URL in `Location`.
 */
export class EnableEventRegistrationHandler extends AbstractEditEventRegistrationHandler {
  constructor(
    @inject('CampaignEvents.EventFactory') eventFactory: EventFactory,
    @inject('CampaignEvents.PermissionChecker') permissions: PermissionChecker,
    @inject('CampaignEvents.EditEventCommand') editEventCommand: EditEventCommand,
    @inject('MainConfig') private readonly config: Config,
    @inject('CampaignEvents.EventTypesRegistry') types: EventTypesRegistry,
    @inject('CampaignEvents.WikiLookup') wikis: WikiLookup,
    @inject('CampaignEvents.TopicRegistry') topics: TopicRegistry,
    @inject('CampaignEvents.CountryProvider') countries: CountryProvider,
    @inject('CampaignEvents.ContributionTrackingPolicy') contributionTracking: ContributionTrackingPolicy,
    @inject('TitleParser') titles: TitleParser,
  ) {
    super({ eventFactory, permissions, editEventCommand, types, wikis, topics, countries, contributionTracking, titles });
  }

  async execute(request: RestRequest): Promise<RestResponse> {
    const fields = this.readFields(request, false);
    if (!(await this.services.permissions.userCanEnableRegistrations(request.user))) {
      throw new LocalizedHttpError(403, 'campaignevents-rest-enable-registration-permission-denied');
    }
    const id = await this.save({ id: null, ...fields }, request.user, [request.user.name]);
    // rest.php sits under /w/ like index.php (see framework/html/wikiUrls).
    const location = `${serverUrl(this.config.get<string>('Server'), request.headers)}/w/rest.php${EVENT_REGISTRATION_PATH}/${id}`;
    return RestResponse.json(201, { id }, { location });
  }
}
