/**
 * A test wiki for the registration form (Special:EnableEventRegistration and Special:EditEventRegistration) on one
 * of the test databases: the shared event wiki with organizers who wrote their event page, the form's fields as a
 * browser submits them (repeated names for checkbox groups), and readers for the fields and errors of a rendered form.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import type { Database } from '../../../../src/framework/db/Database';
import { type EventWiki, type EventWikiOptions, QA_SETTINGS, startEventWiki } from '../../../support/eventWiki';
import { hiddenField, type WikiClient } from '../../host/http/support/WikiClient';

/** Where a form is shown, and where it posts to. */
export interface FormPage {
  url: string;
  postUrl: string;
}

export const ENABLE_FORM: FormPage = {
  url: '/wiki/Special:EnableEventRegistration',
  postUrl: '/w/index.php?title=Special:EnableEventRegistration',
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

/** Fields to change in {@link validForm}, by name: a list value repeats the name; null removes the field. */
export type FormChanges = Record<string, string | string[] | null>;

export interface FormTestWiki extends EventWiki {
  /** An organizer who wrote `eventPage`, and a client logged in as them. */
  loggedInOrganizer(name: string, eventPage?: string): Promise<{ user: UserRecord; client: WikiClient }>;
}

/**
 * The shared event wiki on `db` (without one, on a SQLite file of its own), with `commonswiki` and `wikidatawiki` in
 * its farm, and the seed's QA settings unless `options.settings` says otherwise.
 */
export async function startFormWiki(db: Database | undefined, options: Omit<EventWikiOptions, 'otherWikis'> = {}): Promise<FormTestWiki> {
  const { settings = QA_SETTINGS, extensions } = options;
  const wiki = await startEventWiki(db, { settings, otherWikis: ['commonswiki', 'wikidatawiki'], extensions });
  return {
    ...wiki,
    async loggedInOrganizer(name, eventPage = 'Event:Spring edit-a-thon') {
      const user = await wiki.organizer(name, eventPage);
      return { user, client: await wiki.clientAs(name) };
    },
  };
}

/**
 * A valid new event as the form submits it: an in-person editing event in Italy on 1 April 2026 (Rome time), all
 * wikis, statistics on, with `changes`.
 */
export function validForm(changes: FormChanges = {}): FormFields {
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

/** Opens `form` as `client` and posts {@link validForm} with `changes` to it, with the form's edit token. */
export async function submitForm(client: WikiClient, form: FormPage, changes: FormChanges = {}): Promise<LightMyRequestResponse> {
  const page = await client.get(form.url);
  if (page.statusCode !== 200) throw new Error(`The form at ${form.url} answered ${page.statusCode}:\n${page.body}`);
  return postFields(client, form.postUrl, [...validForm(changes), ['wpEditToken', hiddenField(page.body, 'wpEditToken')]]);
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
