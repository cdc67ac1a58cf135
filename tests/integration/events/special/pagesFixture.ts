/**
 * A test wiki for the event pages (Special:EventDetails, MyEvents, DeleteEventRegistration) on one of the test
 * databases, and small builders for organizers and their events. Events are created as the form does it: the
 * organizer writes the event page, then EditEventCommand saves the registration.
 */
import type { FastifyInstance } from 'fastify';
import type { ManualClock } from '../../../../src/framework/core/Clock';
import type { UserIdentity } from '../../../../src/framework/core/UserIdentity';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { Database } from '../../../../src/framework/db/Database';
import type { Host } from '../../../../src/host/boot/bootHost';
import { createHttpServer } from '../../../../src/host/http/createHttpServer';
import type { EditEventCommand } from '../../../../src/events/EditEventCommand';
import type { EventFactory, EventInput } from '../../../../src/events/EventFactory';
import type { ExistingEventRegistration } from '../../../../src/events/EventRegistration';
import type { EventStore } from '../../../../src/events/EventStore';
import { createTestHost, createTestUser } from '../../../support/hostFixture';
import { WikiClient } from '../../host/http/support/WikiClient';

/** Wiki IDs of the test farm: this wiki (`wiki`, the default wgDBname) and two others. */
export const OTHER_WIKIS = ['commonswiki', 'wikidatawiki'];

export interface EventTestWiki {
  host: Host & { clock: ManualClock };
  app: FastifyInstance;
  client(): WikiClient;
  /** A client already logged in as `name`. */
  clientAs(name: string): Promise<WikiClient>;
  events: EventStore;
  /** An account in `event-organizer` (password `<name>-password`). */
  organizer(name: string): Promise<UserRecord>;
  /** Writes the event page as `organizer` and enables its registration; returns the stored registration. */
  createEvent(organizer: UserIdentity, overrides?: Partial<EventInput>): Promise<ExistingEventRegistration>;
  close(): Promise<void>;
}

/** Boots a host on `db` (the clock at 2026-03-01) with three wikis and its HTTP server. */
export async function startEventWiki(db: Database, settings: Record<string, unknown> = {}): Promise<EventTestWiki> {
  // The suite owns the connection: the host gets a view of it that closing the host (which destroys its services,
  // the Database service included) leaves open for the next test.
  const borrowed = new Database(db.type, db.kysely, async () => {});
  const host = await createTestHost({ db: borrowed, settings: { wgLocalDatabases: OTHER_WIKIS, ...settings } });
  const app = createHttpServer(host);
  await app.ready();
  const services = host.wiki.services;
  const events = services.get('CampaignEvents.EventStore') as EventStore;
  return {
    host,
    app,
    events,
    client: () => new WikiClient(app),
    async clientAs(name) {
      const client = new WikiClient(app);
      const res = await client.logIn(name);
      if (res.statusCode !== 302 && res.statusCode !== 303) throw new Error(`Could not log in as ${name}: ${res.statusCode}\n${res.body}`);
      return client;
    },
    organizer: (name) => createTestUser(host, name, ['event-organizer']),
    async createEvent(organizer, overrides = {}) {
      const input = eventInput(overrides);
      await host.pageUpdater.edit({ title: host.titles.parseTitle(input.page), text: 'An event.', user: organizer });
      const factory = services.get('CampaignEvents.EventFactory') as EventFactory;
      const command = services.get('CampaignEvents.EditEventCommand') as EditEventCommand;
      const id = await command.doEditIfAllowed(await factory.newEvent(input), organizer, [organizer.name]);
      const stored = await events.findEventById(id);
      if (stored === null) throw new Error(`Event ${id} was saved but cannot be read back.`);
      return stored;
    },
    async close() {
      await app.close();
      await host.close();
    },
  };
}

/** A hybrid test event in Italy, all wikis, with both links and statistics on, unless `overrides` say otherwise. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    id: null,
    page: 'Event:Spring meetup',
    status: 'open',
    timezone: 'Europe/Rome',
    start: '20260401100000',
    end: '20260402180000',
    types: ['editing-event', 'workshop'],
    wikis: true,
    topics: [],
    participationOptions: 3,
    meetingUrl: 'https://meet.example.org/spring',
    meetingCountryCode: 'IT',
    meetingAddress: 'Via Roma 1, Milano',
    chatUrl: 'https://chat.example.org/spring',
    isTestEvent: false,
    tracksContributions: true,
    trackingToolId: null,
    trackingToolEventId: null,
    ...overrides,
  };
}

/** The text of the `<dd>` of one detail row (`data-detail="<name>"`), or null when the row is absent. */
export function detail(body: string, name: string): string | null {
  const match = new RegExp(`data-detail="${name}"><dt>[^<]*</dt><dd>(.*?)</dd></div>`, 's').exec(body);
  return match === null ? null : match[1];
}
