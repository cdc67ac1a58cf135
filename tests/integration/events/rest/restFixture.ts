/**
 * A test wiki for the CampaignEvents REST API on one of the test databases: the HTTP server, logged-in clients with
 * their CSRF token (from `action=query&meta=tokens`, as API clients get it), event pages, and a valid request body.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { readFileSync, writeFileSync } from 'node:fs';
import type { ManualClock } from '../../../../src/framework/core/Clock';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { Database } from '../../../../src/framework/db/Database';
import type { Host } from '../../../../src/host/boot/bootHost';
import { createHttpServer } from '../../../../src/host/http/createHttpServer';
import { createTestHost, createTestUser } from '../../../support/hostFixture';
import { ApiClient } from '../../host/http/api/support/ApiClient';
import { WikiClient } from '../../host/http/support/WikiClient';

/** The other wikis of the test farm; this wiki is `wiki` (the default wgDBname). */
export const OTHER_WIKIS = ['commonswiki', 'enwiki'];
export const ALL_TEST_WIKIS = ['wiki', ...OTHER_WIKIS];
/** The disallowed countries of the seed's QA case. */
export const DISALLOWED_COUNTRIES = { BH: 'Bahrain', BY: 'Belarus' };
export const REGISTRATIONS = '/w/rest.php/campaignevents/v0/event_registration';

/** Settings of most tests: statistics on, the QA case's countries, three wikis. */
export const FLAG_ON = {
  wgCampaignEventsEnableContributionTracking: true,
  wgCampaignEventsContributionTrackingDisallowedCountries: DISALLOWED_COUNTRIES,
  wgServer: 'https://events.example.org',
};

/** A logged-in API user. */
export interface RestUser {
  record: UserRecord;
  client: WikiClient;
  token: string;
  /** `method` on `path` (relative to the registrations URL) with `body` plus the CSRF token. */
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: Record<string, unknown>): Promise<LightMyRequestResponse>;
  get(path: string): Promise<LightMyRequestResponse>;
}

export interface RestTestWiki {
  host: Host & { clock: ManualClock };
  app: FastifyInstance;
  /** A visitor without a session. */
  anonymous(): WikiClient;
  /** Creates the account (in `groups`), logs it in and fetches its CSRF token. */
  user(name: string, groups?: string[]): Promise<RestUser>;
  /** Writes an event page as `author`. */
  writePage(author: RestUser, title: string): Promise<void>;
  /** Changes settings in the settings file and reloads it, as a running wiki does when the file changes. */
  changeSettings(values: Record<string, unknown>): void;
  close(): Promise<void>;
}

/** Boots a host on `db` (clock at 2026-03-01 12:00 UTC) with three wikis and its HTTP server. */
export async function startRestWiki(db: Database, settings: Record<string, unknown> = FLAG_ON): Promise<RestTestWiki> {
  // The suite owns the connection: the host gets a view of it that closing the host (and its services) leaves open.
  const view = new Database(db.type, db.kysely, async () => {});
  const host = await createTestHost({ db: view, settings: { wgLocalDatabases: OTHER_WIKIS, ...settings } });
  const app = createHttpServer(host);
  await app.ready();
  return {
    host,
    app,
    anonymous: () => new WikiClient(app),
    async user(name, groups = []) {
      const record = await createTestUser(host, name, groups);
      const client = new WikiClient(app);
      const login = await client.logIn(name);
      if (login.statusCode !== 302 && login.statusCode !== 303) throw new Error(`Could not log in as ${name}: ${login.statusCode}`);
      const token = await new ApiClient(client).token();
      return {
        record,
        client,
        token,
        send: (method, path, body = {}) => client.sendJson(method, `${REGISTRATIONS}${path}`, { ...body, token }),
        get: (path) => client.get(`${REGISTRATIONS}${path}`),
      };
    },
    async writePage(author, title) {
      await host.pageUpdater.edit({ title: host.titles.parseTitle(title), text: 'An event.', user: author.record });
    },
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

/** A valid body for POST: an online editing event on all wikis in May 2026, with statistics on. */
export function eventBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    event_page: 'Event:Spring edit-a-thon',
    timezone: 'UTC',
    start_time: '20260501090000',
    end_time: '20260501170000',
    types: ['editing-event'],
    wikis: ['*'],
    online_meeting: true,
    tracks_contributions: true,
    ...overrides,
  };
}

/** The English text of a REST error answer. */
export function englishText(res: LightMyRequestResponse): string {
  return (res.json() as { messageTranslations: { en: string } }).messageTranslations.en;
}
