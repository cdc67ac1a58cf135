import type { UserIdentity } from '../../framework/core/UserIdentity';
import type { RestHandler, RestRequest } from '../../framework/rest/RestHandler';
import type { RestResponse } from '../../framework/rest/RestResponse';
import type { EditEventCommand } from '../EditEventCommand';
import type { EventFactory, EventFactoryOptions } from '../EventFactory';
import type { EventInput } from '../EventInput';
import type { PermissionChecker } from '../PermissionChecker';
import { EventRegistrationBody, type EventRegistrationBodyServices } from './EventRegistrationBody';
import { answeringEventErrors } from './eventHttpError';

/** The services POST and PUT share: those that read the body, and those that check and save the event. */
export interface EditEventRegistrationServices extends EventRegistrationBodyServices {
  eventFactory: EventFactory;
  permissions: PermissionChecker;
  editEventCommand: EditEventCommand;
}

/**
 * What `POST` and `PUT /campaignevents/v0/event_registration[/{id}]` share (CampaignEvents'
 * `AbstractEditEventRegistrationHandler`): reading the body, then validating the event and saving it. Each handler's
 * constructor lists its services as its route in extension.json does.
 */
export abstract class AbstractEditEventRegistrationHandler implements RestHandler {
  private readonly body: EventRegistrationBody;

  protected constructor(protected readonly services: EditEventRegistrationServices) {
    this.body = new EventRegistrationBody(services);
  }

  abstract execute(request: RestRequest): Promise<RestResponse>;

  /**
   * The event fields of the body; `status` only `withStatus` (PUT).
   *
   * @throws LocalizedHttpError 400 for a missing or malformed parameter
   */
  protected readFields(request: RestRequest, withStatus: boolean): Omit<EventInput, 'id'> {
    return this.body.read(request, { withStatus });
  }

  /**
   * Validates `input` and saves it as `user` with `organizers` (`[]` on an update keeps them); returns its id.
   *
   * @throws LocalizedHttpError for the first problem of a refused event (400, 403 or 404)
   */
  protected save(input: EventInput, user: UserIdentity, organizers: string[], options?: EventFactoryOptions): Promise<number> {
    return answeringEventErrors(async () => {
      const event = await this.services.eventFactory.newEvent(input, options);
      return this.services.editEventCommand.doEditIfAllowed(event, user, organizers);
    });
  }
}
