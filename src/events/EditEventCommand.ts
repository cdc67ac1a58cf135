import { inject } from 'tsyringe';
import type { UserIdentity } from '../framework/core/UserIdentity';
import type { UserLookup, UserRecord } from '../framework/core/UserLookup';
import type { Database } from '../framework/db/Database';
import { listParam } from '../framework/i18n/Message';
import { EventError, type EventProblem } from './EventErrors';
import type { EventRegistration, ExistingEventRegistration } from './EventRegistration';
import { EventStore } from './EventStore';
import { OrganizersStore } from './OrganizersStore';
import { PermissionChecker } from './PermissionChecker';

/** At most this many organizers, the creator included. */
export const MAX_ORGANIZERS = 10;

/**
 * Saves a registration on behalf of a user, as CampaignEvents' EditEventCommand: checks that the user may, that the
 * page has no other registration and that the organizers are valid, then writes the event and its organizers in
 * one transaction.
 *
 * @public
 */
export class EditEventCommand {
  constructor(
    @inject('Database') private readonly db: Database,
    @inject('UserIdentityLookup') private readonly users: UserLookup,
    @inject('CampaignEvents.EventStore') private readonly events: EventStore,
    @inject('CampaignEvents.OrganizersStore') private readonly organizers: OrganizersStore,
    @inject('CampaignEvents.PermissionChecker') private readonly permissions: PermissionChecker,
  ) {}

  /**
   * Saves a new (id null) or existing registration with its organizers, given by user name. A new event defaults to
   * the performer as its only organizer; `[]` on an update keeps the current organizers. Returns the event id.
   *
   * @throws EventError `permission` (not allowed), `not-found` (unknown id) or `invalid` (page already registered,
   *   deleted registration, organizers).
   */
  async doEditIfAllowed(event: EventRegistration, performer: UserIdentity, organizerNames: string[]): Promise<number> {
    const existing = event.id === null ? null : await this.checkUpdate(event, performer);
    if (existing === null) {
      if (!(await this.permissions.userCanEnableRegistration(performer, event.page))) {
        throw EventError.permission('campaignevents-enable-registration-not-allowed-page');
      }
    }
    await this.checkPageFree(event);

    const names = event.id === null && organizerNames.length === 0 ? [performer.name] : organizerNames;
    const organizerIds = names.length === 0 ? null : await this.validateOrganizers(names, performer, existing);

    try {
      return await this.db.transaction(async (trx) => {
        const id = await this.events.saveRegistration(event, trx);
        if (organizerIds !== null) {
          await this.organizers.setEventOrganizers(id, organizerIds, { creatorId: existing === null ? performer.id : undefined, trx });
        }
        return id;
      });
    } catch (error) {
      // Someone registered the same page meanwhile: the unique index refused this one.
      if (!(error instanceof EventError)) await this.checkPageFree(event);
      throw error;
    }
  }

  /** The stored registration that `event` updates, if the performer may edit it. */
  private async checkUpdate(event: EventRegistration, performer: UserIdentity): Promise<ExistingEventRegistration> {
    const existing = await this.events.findEventById(event.id!);
    if (existing === null) throw EventError.notFound('campaignevents-error-event-not-found', [event.id!]);
    if (existing.deletedAt !== null) throw EventError.invalid([{ field: 'general', key: 'campaignevents-edit-registration-deleted', params: [] }]);
    if (!(await this.permissions.userCanEditRegistration(performer, existing))) {
      throw EventError.permission('campaignevents-edit-not-allowed-registration');
    }
    return existing;
  }

  /** No other registration, deleted or not, may use the event's page. */
  private async checkPageFree(event: EventRegistration): Promise<void> {
    const other = await this.events.findEventByPage(event.page);
    if (other === null || other.id === event.id) return;
    const key = other.deletedAt === null ? 'campaignevents-error-page-already-registered' : 'campaignevents-error-page-already-registered-deleted';
    throw EventError.invalid([{ field: 'page', key, params: [] }]);
  }

  /** User ids of the organizers named, checked; every problem found is reported. */
  private async validateOrganizers(
    names: readonly string[],
    performer: UserIdentity,
    existing: ExistingEventRegistration | null,
  ): Promise<number[]> {
    const problem = (key: string, ...params: EventProblem['params']): EventProblem => ({ field: 'organizers', key, params });
    const trimmed = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
    if (trimmed.length === 0) throw EventError.invalid([problem('campaignevents-edit-no-organizers')]);
    if (trimmed.length > MAX_ORGANIZERS) throw EventError.invalid([problem('campaignevents-edit-too-many-organizers', MAX_ORGANIZERS)]);

    const problems: EventProblem[] = [];
    const found: UserRecord[] = [];
    const invalid: string[] = [];
    for (const name of trimmed) {
      const user = await this.users.getUserByName(name);
      if (user === null) invalid.push(name);
      else if (!found.some((u) => u.id === user.id)) found.push(user); // two spellings of one name
    }
    if (invalid.length > 0) problems.push(problem('campaignevents-edit-invalid-username', listParam(invalid), invalid.length));

    const notAllowed: string[] = [];
    for (const user of found) {
      if (!(await this.permissions.userCanOrganizeEvents(user)) && !(await this.permissions.userCanEnableRegistrations(user))) {
        notAllowed.push(user.name);
      }
    }
    if (notAllowed.length > 0) problems.push(problem('campaignevents-edit-organizers-not-allowed', listParam(notAllowed), notAllowed.length));

    const ids = found.map((u) => u.id);
    if (existing === null) {
      if (!ids.includes(performer.id)) problems.push(problem('campaignevents-edit-no-creator'));
    } else {
      // Only the creator may take themselves off the list (and once gone, they may be left out).
      const creator = await this.organizers.getEventCreator(existing.id);
      const creatorActive = creator !== null && (await this.organizers.isEventOrganizer(existing.id, creator.userId));
      if (creatorActive && creator.userId !== performer.id && !ids.includes(creator.userId)) {
        problems.push(problem('campaignevents-edit-removed-creator'));
      }
    }
    if (problems.length > 0) throw EventError.invalid(problems);
    return ids;
  }
}
