import { inject } from 'tsyringe';
import type { TitleParser } from '../../framework/core/Title';
import { LocalizedHttpError } from '../../framework/rest/LocalizedHttpError';
import type { RestRequest } from '../../framework/rest/RestHandler';
import { RestResponse } from '../../framework/rest/RestResponse';
import type { ContributionTrackingPolicy } from '../../contributions/ContributionTrackingPolicy';
import type { CountryProvider } from '../CountryProvider';
import type { EditEventCommand } from '../EditEventCommand';
import type { EventFactory } from '../EventFactory';
import type { EventStore } from '../EventStore';
import type { EventTypesRegistry } from '../EventTypesRegistry';
import type { PermissionChecker } from '../PermissionChecker';
import type { TopicRegistry } from '../TopicRegistry';
import type { WikiLookup } from '../WikiLookup';
import { AbstractEditEventRegistrationHandler } from './AbstractEditEventRegistrationHandler';
import { registrationFromPath } from './registrationFromPath';

/**
 * `PUT /campaignevents/v0/event_registration/{id}`: replaces the fields of a registration (CampaignEvents'
 * `UpdateEventRegistrationHandler`). Organizers stay as they are; dates may be in the past and the page may stay
 * in a namespace no longer allowed. Answers 204.
 */
export class UpdateEventRegistrationHandler extends AbstractEditEventRegistrationHandler {
  constructor(
    @inject('CampaignEvents.EventStore') private readonly store: EventStore,
    @inject('CampaignEvents.EventFactory') eventFactory: EventFactory,
    @inject('CampaignEvents.PermissionChecker') permissions: PermissionChecker,
    @inject('CampaignEvents.EditEventCommand') editEventCommand: EditEventCommand,
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
    const fields = this.readFields(request, true);
    const existing = await registrationFromPath(this.store, request);
    // Before validating the fields, so that someone who may not edit learns that first (the command checks again).
    if (existing.deletedAt === null && !(await this.services.permissions.userCanEditRegistration(request.user, existing))) {
      throw new LocalizedHttpError(403, 'campaignevents-edit-not-allowed-registration');
    }
    const { createdAt, lastEditAt, deletedAt } = existing;
    await this.save({ id: existing.id, ...fields, createdAt, lastEditAt, deletedAt }, request.user, [], {
      skipDatesPast: true,
      skipUnchangedPageNamespace: true,
    });
    return RestResponse.noContent();
  }
}
