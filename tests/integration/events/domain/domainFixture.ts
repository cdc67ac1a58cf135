/**
 * A booted test wiki for the event registration domain: its services, accounts, event pages and a valid input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { DeleteEventCommand } from '../../../../src/events/DeleteEventCommand';
import type { EditEventCommand } from '../../../../src/events/EditEventCommand';
import type { EventFactory, EventInput } from '../../../../src/events/EventFactory';
import type { EventRegistration } from '../../../../src/events/EventRegistration';
import { EventServices } from '../../../../src/events/EventServices';
import type { EventStore } from '../../../../src/events/EventStore';
import type { OrganizersStore } from '../../../../src/events/OrganizersStore';
import type { PermissionChecker } from '../../../../src/events/PermissionChecker';
import type { ManualClock } from '../../../../src/framework/core/Clock';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { Database } from '../../../../src/framework/db/Database';
import type { Host } from '../../../../src/host/boot/bootHost';
import { createTestHost, createTestUser } from '../../../support/hostFixture';

/** The other wikis of the test farm; this wiki is `wiki` (the default wgDBname). */
export const OTHER_WIKIS = ['commonswiki', 'enwiki'];

/** The seed's QA settings: statistics on, Bahrain and Belarus disallowed. */
export const QA_SETTINGS = {
  wgCampaignEventsEnableContributionTracking: true,
  wgCampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' },
};

export interface DomainTestWiki {
  host: Host & { clock: ManualClock };
  factory: EventFactory;
  store: EventStore;
  organizers: OrganizersStore;
  permissions: PermissionChecker;
  editCommand: EditEventCommand;
  deleteCommand: DeleteEventCommand;
  /** Creates an account in `groups`. */
  user(name: string, groups?: string[]): Promise<UserRecord>;
  /** Creates the page `title` as `author` (who is then its creator). */
  writePage(author: UserRecord, title: string): Promise<void>;
  /** Builds a validated event from `eventInput(overrides)`. */
  newEvent(overrides?: Partial<EventInput>): Promise<EventRegistration>;
  /** Changes settings in the settings file and reloads it, as a running wiki does when the file changes. */
  changeSettings(values: Record<string, unknown>): void;
  close(): Promise<void>;
}

/** Boots a host on the suite's database (clock at 2026-03-01 12:00 UTC) with three wikis. */
export async function startDomainWiki(db: Database, settings: Record<string, unknown> = QA_SETTINGS): Promise<DomainTestWiki> {
  // The suite owns the connection: the host gets a view of it that closing the host leaves open.
  const view = new Database(db.type, db.kysely, async () => {});
  const host = await createTestHost({ db: view, settings: { wgLocalDatabases: OTHER_WIKIS, ...settings } });
  const services = host.wiki.services;
  const factory = services.get(EventServices.EventFactory);
  return {
    host,
    factory,
    store: services.get(EventServices.EventStore),
    organizers: services.get(EventServices.OrganizersStore),
    permissions: services.get(EventServices.PermissionChecker),
    editCommand: services.get(EventServices.EditEventCommand),
    deleteCommand: services.get(EventServices.DeleteEventCommand),
    user: (name, groups = []) => createTestUser(host, name, groups),
    async writePage(author, title) {
      await host.pageUpdater.edit({ title: host.titles.parseTitle(title), text: 'An event.', user: author });
    },
    newEvent: (overrides = {}) => factory.newEvent(eventInput(overrides)),
    changeSettings(values) {
      const file = host.wiki.config.file;
      const current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...current, ...values }, null, 2));
      const result = host.wiki.config.reload();
      if (!result.ok) throw result.error;
    },
    close: () => host.close(),
  };
}

/** A valid online editing event on `Event:Spring fair` in May 2026, for this wiki only, with the given changes. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    id: null,
    page: 'Event:Spring fair',
    status: 'open',
    timezone: 'UTC',
    start: '20260501090000',
    end: '20260501170000',
    types: ['editing-event'],
    wikis: ['wiki'],
    topics: [],
    participationOptions: 1,
    meetingUrl: null,
    meetingCountryCode: null,
    meetingAddress: null,
    chatUrl: null,
    isTestEvent: false,
    tracksContributions: false,
    trackingToolId: null,
    trackingToolEventId: null,
    ...overrides,
  };
}
