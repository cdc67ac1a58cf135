import { inject } from 'tsyringe';
import { LocalizedHttpError } from '../../framework/rest/LocalizedHttpError';
import type { RestHandler, RestRequest } from '../../framework/rest/RestHandler';
import { RestResponse } from '../../framework/rest/RestResponse';
import type { DeleteEventCommand } from '../DeleteEventCommand';
import type { EventStore } from '../EventStore';
import { answeringEventErrors } from './eventHttpError';
import { registrationFromPath } from './registrationFromPath';

/**
 * `DELETE /campaignevents/v0/event_registration/{id}` (CampaignEvents' `DeleteEventRegistrationHandler`): a soft
 * delete by one of the event's organizers or someone with the right to delete registrations (sysops). Answers 204.
 */
export class DeleteEventRegistrationHandler implements RestHandler {
  constructor(
    @inject('CampaignEvents.EventStore') private readonly store: EventStore,
    @inject('CampaignEvents.DeleteEventCommand') private readonly deleteEventCommand: DeleteEventCommand,
  ) {}

  async execute(request: RestRequest): Promise<RestResponse> {
    const event = await registrationFromPath(this.store, request);
    const deleted = event.deletedAt === null && (await answeringEventErrors(() => this.deleteEventCommand.deleteIfAllowed(event, request.user)));
    if (!deleted) throw new LocalizedHttpError(404, 'campaignevents-rest-delete-already-deleted', [String(event.id)]);
    return RestResponse.noContent();
  }
}
