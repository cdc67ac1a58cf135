/**
 * A test wiki for the event pages (Special:EventDetails, MyEvents, DeleteEventRegistration) on one of the test
 * databases: the shared event wiki, and events created as the form does it: the organizer writes the event page, then
 * EditEventCommand saves the registration.
 */
import type { EventInput } from '../../../../src/events/EventInput';
import type { ExistingEventRegistration } from '../../../../src/events/EventRegistration';
import { EventServices } from '../../../../src/events/EventServices';
import type { UserIdentity } from '../../../../src/framework/core/UserIdentity';
import type { Database } from '../../../../src/framework/db/Database';
import { hybridEventInput } from '../../../support/eventFixtures';
import { type EventWiki, startEventWiki } from '../../../support/eventWiki';

export interface PagesTestWiki extends EventWiki {
  /** Writes the event page of `hybridEventInput(overrides)` as `organizer` and enables its registration. */
  createEvent(organizer: UserIdentity, overrides?: Partial<EventInput>): Promise<ExistingEventRegistration>;
}

/** The shared event wiki on `db`, with `settings` (none by default: contribution statistics off). */
export async function startPagesWiki(db: Database, settings: Record<string, unknown> = {}): Promise<PagesTestWiki> {
  const wiki = await startEventWiki(db, { settings, otherWikis: ['commonswiki', 'wikidatawiki'] });
  const services = wiki.host.wiki.services;
  return {
    ...wiki,
    async createEvent(organizer, overrides = {}) {
      const input = hybridEventInput(overrides);
      await wiki.writePage(organizer, input.page);
      const event = await services.get(EventServices.EventFactory).newEvent(input);
      const id = await services.get(EventServices.EditEventCommand).doEditIfAllowed(event, organizer, [organizer.name]);
      const stored = await wiki.events.findEventById(id);
      if (stored === null) throw new Error(`Event ${id} was saved but cannot be read back.`);
      return stored;
    },
  };
}

/** The text of the `<dd>` of one detail row (`data-detail="<name>"`), or null when the row is absent. */
export function detail(body: string, name: string): string | null {
  const match = new RegExp(`data-detail="${name}"><dt>[^<]*</dt><dd>(.*?)</dd></div>`, 's').exec(body);
  return match === null ? null : match[1];
}
