import { inject } from 'tsyringe';
import type { UserIdentity } from '../framework/core/UserIdentity';
import { EventError } from './EventErrors';
import type { ExistingEventRegistration } from './EventRegistration';
import { EventStore } from './EventStore';
import { PermissionChecker } from './PermissionChecker';

/** Deletes (soft) a registration on behalf of a user, as CampaignEvents' DeleteEventCommand. @public */
export class DeleteEventCommand {
  constructor(
    @inject('CampaignEvents.EventStore') private readonly events: EventStore,
    @inject('CampaignEvents.PermissionChecker') private readonly permissions: PermissionChecker,
  ) {}

  /**
   * Marks the registration deleted. False if it already was.
   *
   * @throws EventError `permission` `campaignevents-delete-not-allowed-registration`.
   */
  async deleteIfAllowed(event: ExistingEventRegistration, performer: UserIdentity): Promise<boolean> {
    if (!(await this.permissions.userCanDeleteRegistration(performer, event))) {
      throw EventError.permission('campaignevents-delete-not-allowed-registration');
    }
    return this.events.deleteRegistration(event);
  }
}
