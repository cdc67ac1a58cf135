/**
 * A booted test wiki for the event registration domain: the shared event wiki, its domain services, and events
 * built from a valid input.
 */
import type { DeleteEventCommand } from '../../../../src/events/DeleteEventCommand';
import type { EditEventCommand } from '../../../../src/events/EditEventCommand';
import type { EventFactory } from '../../../../src/events/EventFactory';
import type { EventInput } from '../../../../src/events/EventInput';
import type { EventRegistration } from '../../../../src/events/EventRegistration';
import { EventServices } from '../../../../src/events/EventServices';
import type { PermissionChecker } from '../../../../src/events/PermissionChecker';
import type { Database } from '../../../../src/framework/db/Database';
import { eventInput } from '../../../support/eventFixtures';
import { type EventWiki, QA_SETTINGS, startEventWiki } from '../../../support/eventWiki';

export interface DomainTestWiki extends EventWiki {
  factory: EventFactory;
  permissions: PermissionChecker;
  editCommand: EditEventCommand;
  deleteCommand: DeleteEventCommand;
  /** Builds a validated event from `eventInput(overrides)`. */
  newEvent(overrides?: Partial<EventInput>): Promise<EventRegistration>;
}

/** The shared event wiki on `db`, with the seed's QA settings unless `settings` says otherwise. */
export async function startDomainWiki(db: Database, settings: Record<string, unknown> = QA_SETTINGS): Promise<DomainTestWiki> {
  const wiki = await startEventWiki(db, { settings });
  const services = wiki.host.wiki.services;
  const factory = services.get(EventServices.EventFactory);
  return {
    ...wiki,
    factory,
    permissions: services.get(EventServices.PermissionChecker),
    editCommand: services.get(EventServices.EditEventCommand),
    deleteCommand: services.get(EventServices.DeleteEventCommand),
    newEvent: (overrides = {}) => factory.newEvent(eventInput(overrides)),
  };
}
