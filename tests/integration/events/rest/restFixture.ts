/**
 * A test wiki for the CampaignEvents REST API on one of the test databases: the shared event wiki, logged-in API
 * clients with their CSRF token (from `action=query&meta=tokens`, as API clients get it), and a valid request body.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import type { Database } from '../../../../src/framework/db/Database';
import { type EventWiki, QA_SETTINGS, startEventWiki } from '../../../support/eventWiki';
import { ApiClient } from '../../host/http/api/support/ApiClient';
import type { WikiClient } from '../../host/http/support/WikiClient';

export const REGISTRATIONS = '/w/rest.php/campaignevents/v0/event_registration';

/** Settings of most tests: the seed's QA settings, and the server that `Location` answers name. */
export const FLAG_ON = { ...QA_SETTINGS, wgServer: 'https://events.example.org' };

/** A logged-in API user. */
export interface RestUser {
  record: UserRecord;
  client: WikiClient;
  token: string;
  /** `method` on `path` (relative to the registrations URL) with `body` plus the CSRF token. */
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: Record<string, unknown>): Promise<LightMyRequestResponse>;
  get(path: string): Promise<LightMyRequestResponse>;
}

export interface RestTestWiki extends EventWiki {
  /** Creates the account (in `groups`), logs it in and fetches its CSRF token. */
  restUser(name: string, groups?: string[]): Promise<RestUser>;
  /** {@link EventWiki.organizer}, logged in with a CSRF token. */
  restOrganizer(name: string, ...eventPages: string[]): Promise<RestUser>;
}

/** The shared event wiki on `db`, with {@link FLAG_ON} unless `settings` says otherwise. */
export async function startRestWiki(db: Database, settings: Record<string, unknown> = FLAG_ON): Promise<RestTestWiki> {
  const wiki = await startEventWiki(db, { settings });
  const logIn = async (record: UserRecord): Promise<RestUser> => {
    const client = await wiki.clientAs(record.name);
    const token = await new ApiClient(client).token();
    return {
      record,
      client,
      token,
      send: (method, path, body = {}) => client.sendJson(method, `${REGISTRATIONS}${path}`, { ...body, token }),
      get: (path) => client.get(`${REGISTRATIONS}${path}`),
    };
  };
  return {
    ...wiki,
    restUser: async (name, groups = []) => logIn(await wiki.user(name, groups)),
    restOrganizer: async (name, ...eventPages) => logIn(await wiki.organizer(name, ...eventPages)),
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
