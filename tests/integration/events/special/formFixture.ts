/**
 * A test wiki for the registration form (Special:EnableEventRegistration and Special:EditEventRegistration) on one
 * of the test databases: organizers who wrote their event page, the form's fields as a browser submits them
 * (repeated names for checkbox groups), and readers for the fields and errors of a rendered form.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { readFileSync, writeFileSync } from 'node:fs';
import type { ManualClock } from '../../../../src/framework/core/Clock';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import type { Database } from '../../../../src/framework/db/Database';
import type { EventStore } from '../../../../src/events/EventStore';
import type { OrganizersStore } from '../../../../src/events/OrganizersStore';
import type { Host } from '../../../../src/host/boot/bootHost';
import { createHttpServer } from '../../../../src/host/http/createHttpServer';
import { createTestHost, createTestUser } from '../../../support/hostFixture';
import { hiddenField, WikiClient } from '../../host/http/support/WikiClient';

export const ENABLE_URL = '/wiki/Special:EnableEventRegistration';
export const ENABLE_POST_URL = '/w/index.php?title=Special:EnableEventRegistration';

/** The wikis of the test farm besides this one (`wiki`, the default wgDBname). */
export const OTHER_WIKIS = ['commonswiki', 'wikidatawiki'];

/** The seed's QA settings: statistics on, Bahrain and Belarus disallowed. */
export const FLAG_ON = {
  wgCampaignEventsEnableContributionTracking: true,
  wgCampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' },
};

/** The exact texts of the seed and the reference. */
export const TEXTS = {
  toggleLabel: 'Show contribution statistics',
  toggleHelp:
    'Enable contribution statistics, so that you can share and understand the impact of the event. A summary and full list of edits is provided.',
  country: 'Contribution statistics cannot be enabled for the selected country.',
  type: 'Contribution statistics can only be enabled for events with the following types: Editing event, Media upload event, Backlog drive, Contest',
  wikis: 'Contribution statistics can only be enabled for events with at least one target wiki.',
};

/** Form fields as a browser posts them: a name may repeat (checkbox groups). */
export type FormFields = [string, string][];

export interface FormTestWiki {
  host: Host & { clock: ManualClock };
  app: FastifyInstance;
  events: EventStore;
  organizers: OrganizersStore;
  client(): WikiClient;
  /** An account in `event-organizer` who wrote the page `Event:<title>`; a client logged in as them. */
  organizer(name: string, pageTitle?: string): Promise<{ user: UserRecord; client: WikiClient }>;
  /** Writes a page as `user`. */
  writePage(user: UserRecord, title: string): Promise<void>;
  /** Changes the settings file and reloads it, as a running wiki does when the file changes. */
  changeSettings(values: Record<string, unknown>): void;
  close(): Promise<void>;
}

/**
 * Boots a host on `db` (clock at 2026-03-01 12:00 UTC) with three wikis and its HTTP server; without `db`, on a
 * SQLite file of its own.
 */
export async function startFormWiki(
  db: Database | undefined,
  settings: Record<string, unknown> = FLAG_ON,
  extensions: string[] = [],
): Promise<FormTestWiki> {
  const host = await createTestHost({ db, settings: { wgLocalDatabases: OTHER_WIKIS, ...settings }, extensions });
  const app = createHttpServer(host);
  await app.ready();
  const writePage = async (user: UserRecord, title: string) => {
    await host.pageUpdater.edit({ title: host.titles.parseTitle(title), text: 'An event.', user });
  };
  return {
    host,
    app,
    events: host.wiki.services.get('CampaignEvents.EventStore') as EventStore,
    organizers: host.wiki.services.get('CampaignEvents.OrganizersStore') as OrganizersStore,
    client: () => new WikiClient(app),
    async organizer(name, pageTitle = 'Event:Spring edit-a-thon') {
      const user = await createTestUser(host, name, ['event-organizer']);
      await writePage(user, pageTitle);
      const client = new WikiClient(app);
      const login = await client.logIn(name);
      if (login.statusCode !== 302 && login.statusCode !== 303) throw new Error(`Could not log in as ${name}: ${login.statusCode}`);
      return { user, client };
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

/**
 * A valid new event as the form submits it: an in-person editing event in Italy on 1 April 2026 (Rome time), all
 * wikis, statistics on. `changes` replace fields by name (a list value repeats the name; null removes the field).
 */
export function validForm(changes: Record<string, string | string[] | null> = {}): FormFields {
  const base: Record<string, string | string[]> = {
    wpEventPage: 'Event:Spring edit-a-thon',
    wpTimezone: 'Europe/Rome',
    wpEventStart: '2026-04-01T10:00',
    wpEventEnd: '2026-04-01T18:00',
    wpEventOrganizers: '',
    wpEventTypes: ['editing-event'],
    wpEventWikisMode: 'all',
    wpParticipationOptions: '2',
    wpEventMeetingURL: '',
    wpEventMeetingCountryCode: 'IT',
    wpEventMeetingAddress: 'Via Roma 1, Milano',
    wpTracksContributions: '1',
    wpEventChatURL: 'https://chat.example.org/spring',
  };
  const fields: FormFields = [];
  for (const [name, value] of Object.entries({ ...base, ...changes })) {
    if (value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) fields.push([name, v]);
  }
  return fields;
}

/** Opens the form at `formUrl` and posts `fields` to `postUrl` with the form's edit token. */
export async function submitForm(client: WikiClient, formUrl: string, postUrl: string, fields: FormFields): Promise<LightMyRequestResponse> {
  const form = await client.get(formUrl);
  if (form.statusCode !== 200) throw new Error(`The form at ${formUrl} answered ${form.statusCode}:\n${form.body}`);
  return postFields(client, postUrl, [...fields, ['wpEditToken', hiddenField(form.body, 'wpEditToken')]]);
}

/** Posts form fields as they are, repeated names included. */
export function postFields(client: WikiClient, url: string, fields: FormFields): Promise<LightMyRequestResponse> {
  return client.request({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** The `data-field` names of the form, in page order. */
export function fieldOrder(body: string): string[] {
  return [...body.matchAll(/<div class="ce-field[^"]*" data-field="([^"]+)">/g)].map((m) => m[1]);
}

/** The HTML of one field's block, or null when the form has no such field. */
export function fieldBlock(body: string, name: string): string | null {
  const match = new RegExp(`<div class="ce-field[^"]*" data-field="${name}">([\\s\\S]*?)\\n</div>`).exec(body);
  return match === null ? null : match[1];
}

/** The texts of the errors shown next to a field. */
export function fieldErrors(body: string, name: string): string[] {
  const block = fieldBlock(body, name);
  if (block === null) throw new Error(`The form has no field ${name}:\n${body}`);
  return [...block.matchAll(/<p class="ce-field-error">([^<]*)<\/p>/g)].map((m) => unescape(m[1]));
}

/** The texts of the problems shown above the form. */
export function generalErrors(body: string): string[] {
  return [...body.matchAll(/<p class="ce-form-error">([^<]*)<\/p>/g)].map((m) => unescape(m[1]));
}

/** The value of a form attribute (`data-reason-country`), unescaped. */
export function formAttribute(body: string, name: string): string {
  const match = new RegExp(`<form id="ce-registration-form"[^>]* ${name}="([^"]*)"`).exec(body);
  if (match === null) throw new Error(`The form has no attribute ${name}:\n${body}`);
  return unescape(match[1]);
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
