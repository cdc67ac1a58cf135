/**
 * A booted test wiki for CampaignEvents on one of the test databases: the host and its HTTP server, accounts, event
 * pages and logged-in clients. The domain, REST, form and page fixtures add what their own tests need.
 */
import type { FastifyInstance } from 'fastify';
import { readFileSync, writeFileSync } from 'node:fs';
import { EventServices } from '../../src/events/EventServices';
import type { EventStore } from '../../src/events/EventStore';
import type { OrganizersStore } from '../../src/events/OrganizersStore';
import type { ManualClock } from '../../src/framework/core/Clock';
import type { UserIdentity } from '../../src/framework/core/UserIdentity';
import type { UserRecord } from '../../src/framework/core/UserLookup';
import type { Database } from '../../src/framework/db/Database';
import type { Host } from '../../src/host/boot/bootHost';
import { createHttpServer } from '../../src/host/http/createHttpServer';
import { WikiClient } from '../integration/host/http/support/WikiClient';
import { createTestHost, createTestUser } from './hostFixture';

/** The seed's QA settings: contribution statistics on, Bahrain and Belarus disallowed. */
export const QA_SETTINGS = {
  wgCampaignEventsEnableContributionTracking: true,
  wgCampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' },
};

/** Options of {@link startEventWiki}. */
export interface EventWikiOptions {
  /** Site settings (`wgXxx` names); none by default, so contribution statistics are off. */
  settings?: Record<string, unknown>;
  /** The other wikis of the test farm; this wiki is `wiki` (the default wgDBname). */
  otherWikis?: string[];
  /** Paths of extra extensions to load next to CampaignEvents. */
  extensions?: string[];
}

export interface EventWiki {
  host: Host & { clock: ManualClock };
  /** The HTTP server, not listening: clients go through `app.inject`. */
  app: FastifyInstance;
  events: EventStore;
  organizers: OrganizersStore;
  /** A visitor without a session. */
  client(): WikiClient;
  /** A client logged in as `name`. */
  clientAs(name: string): Promise<WikiClient>;
  /** Creates an account (password `<name>-password`) in `groups`. */
  user(name: string, groups?: string[]): Promise<UserRecord>;
  /** Creates an account in `event-organizer` who wrote each of `eventPages` (and so may enable their registration). */
  organizer(name: string, ...eventPages: string[]): Promise<UserRecord>;
  /** Writes the page `title` as `author`, who is then its creator. */
  writePage(author: UserIdentity, title: string): Promise<void>;
  /** Changes settings in the settings file and reloads it, as a running wiki does when the file changes. */
  changeSettings(values: Record<string, unknown>): void;
  /** Closes the server and the host; the suite's database stays open for the next test. */
  close(): Promise<void>;
}

/**
 * Boots a host (clock at 2026-03-01 12:00 UTC) with two other wikis in its farm and builds its HTTP server. `db` is
 * the suite's database (`ctx.db()`), which the host borrows and leaves open; without one, the host opens a SQLite
 * file of its own.
 */
export async function startEventWiki(db: Database | undefined, options: EventWikiOptions = {}): Promise<EventWiki> {
  const { settings = {}, otherWikis = ['commonswiki', 'enwiki'], extensions } = options;
  const host = await createTestHost({ db, settings: { wgLocalDatabases: otherWikis, ...settings }, extensions });
  const app = createHttpServer(host);
  await app.ready();
  const services = host.wiki.services;
  const writePage = async (author: UserIdentity, title: string) => {
    await host.pageUpdater.edit({ title: host.titles.parseTitle(title), text: 'An event.', user: author });
  };
  return {
    host,
    app,
    events: services.get(EventServices.EventStore),
    organizers: services.get(EventServices.OrganizersStore),
    client: () => new WikiClient(app),
    async clientAs(name) {
      const client = new WikiClient(app);
      const res = await client.logIn(name);
      if (res.statusCode !== 302 && res.statusCode !== 303) throw new Error(`Could not log in as ${name}: ${res.statusCode}\n${res.body}`);
      return client;
    },
    user: (name, groups = []) => createTestUser(host, name, groups),
    async organizer(name, ...eventPages) {
      const user = await createTestUser(host, name, ['event-organizer']);
      for (const title of eventPages) await writePage(user, title);
      return user;
    },
    writePage,
    changeSettings(values) {
      const file = host.wiki.config.file;
      const current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...current, ...values }, null, 2));
      const result = host.wiki.config.reload();
      if (!result.ok) throw result.error;
    },
    async close() {
      await app.close();
      await host.close();
    },
  };
}
