import { toMwTimestamp } from '../../framework/core/MwTimestamp';
import type { UserRecord } from '../../framework/core/UserLookup';
import { EventError } from '../../events/EventErrors';
import { newEventInput } from '../../events/EventInput';
import { PARTICIPATION_ONLINE } from '../../events/EventRegistration';
import { EventServices } from '../../events/EventServices';
import type { Host } from '../boot/bootHost';

/** A demo account, printed by `npm start` so a newcomer can log in. */
export interface DemoAccount {
  name: string;
  password: string;
  groups: string[];
  role: string;
}

/** The demo accounts; the passwords are public on purpose and only ever used by the demo wiki. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { name: 'Admin', password: 'demo-admin-pass', groups: ['sysop', 'bureaucrat'], role: 'administrator' },
  { name: 'Organizer', password: 'demo-organizer-pass', groups: ['event-organizer'], role: 'event organizer' },
  { name: 'Participant One', password: 'demo-participant-pass', groups: [], role: 'participant' },
  { name: 'Participant Two', password: 'demo-participant-pass', groups: [], role: 'participant' },
];

/** Pages and their revisions, oldest first: [title, author, text, summary]. */
type DemoEdit = readonly [title: string, author: string, text: string, summary: string];

const FIRST_PAGES: readonly DemoEdit[] = [
  ['Main Page', 'Admin', 'Welcome to the wikiext demo wiki.\n\nLog in with one of the demo accounts, read the pages below and edit them.', 'Welcome'],
  ['Community garden', 'Participant One', 'A community garden is a piece of land gardened by a group of people.', 'New article'],
  ['Community garden', 'Participant Two', 'A community garden is a piece of land gardened collectively by a group of people.\n\nMany cities support them.', 'Expand'],
  ['Tree planting', 'Participant Two', 'Tree planting is the process of transplanting tree seedlings.', 'New article'],
  ['Tree planting', 'Organizer', 'Tree planting is the process of transplanting tree seedlings, generally for forestry or land reclamation.', 'Add purposes'],
  ['Event:Spring Edit-a-thon', 'Organizer', 'Join us to improve articles about urban gardening.\n\nWhen: one week in spring, online.\nWhat: editing articles about gardens, parks and trees.', 'Create the event page'],
];

const EVENT_PAGES: readonly DemoEdit[] = [
  [
    'Event:Summer Photo Walk',
    'Organizer',
    'A walk through the city parks to photograph trees, gardens and monuments for Wikimedia Commons.\n\nWhen: a Saturday morning in summer, in person.\nWhere: the main gate of the city park.\nBring a camera or a phone; we upload the photos together afterwards.',
    'Create the event page',
  ],
];

/**
 * One version of the demo content. Each is applied once, in order, and recorded in `updatelog` under its key, so a
 * demo database made by an older wikiext gets only what is new. Interrupted half-way, a version is finished on the
 * next start: accounts and pages that exist are kept as they are.
 */
interface DemoSeed {
  key: string;
  /** Applies this version; returns what was done, printed by `wikiext start`. */
  apply(host: Host): Promise<string>;
}

const DEMO_SEEDS: readonly DemoSeed[] = [
  {
    key: 'demo-seed-1',
    async apply(host) {
      await createAccounts(host);
      await writePages(host, FIRST_PAGES);
      return 'Created the demo accounts and pages.';
    },
  },
  {
    key: 'demo-seed-2',
    async apply(host) {
      await writePages(host, EVENT_PAGES);
      const registration = await enableSpringEditathonRegistration(host);
      return `Added the demo event page Event:Summer Photo Walk; ${registration}`;
    },
  },
];

const DAY_MS = 86_400_000;

/**
 * Organizer enables registration for the Spring Edit-a-thon as the form would: online, an editing event on all
 * wikis, contribution statistics on (kept only where the flag is on), a week starting a month from now (UTC), through
 * CampaignEvents' services. Says what happened; a wiki whose settings refuse the event (other namespaces, no
 * CampaignEvents) still starts.
 */
async function enableSpringEditathonRegistration(host: Host): Promise<string> {
  const page = 'Event:Spring Edit-a-thon';
  const services = host.wiki.services;
  if (!services.hasService(EventServices.EditEventCommand.name)) return `${page} has no registration (CampaignEvents is not loaded).`;
  const title = host.titles.parseTitle(page);
  if ((await services.get(EventServices.EventStore).findEventByPage(title)) !== null) return `${page} already had a registration.`;
  const organizer = await demoUser(host, 'Organizer');
  await addDemoGroups(host, organizer, 'Organizer');
  const day = Math.floor(host.clock.now().getTime() / DAY_MS) * DAY_MS + 30 * DAY_MS;
  try {
    const event = await services.get(EventServices.EventFactory).newEvent(
      newEventInput({
        page,
        timezone: 'UTC',
        start: toMwTimestamp(new Date(day + 9 * 3_600_000)),
        end: toMwTimestamp(new Date(day + 7 * DAY_MS + 18 * 3_600_000)),
        types: ['editing-event'],
        wikis: true,
        participationOptions: PARTICIPATION_ONLINE,
        tracksContributions: true,
      }),
    );
    const id = await services.get(EventServices.EditEventCommand).doEditIfAllowed(event, organizer, [organizer.name]);
    return `enabled registration for ${page} (Special:EventDetails/${id}).`;
  } catch (error) {
    if (!(error instanceof EventError)) throw error;
    const reasons = error.problems.map((p) => host.wiki.messages.msg(p.key, ...p.params).text());
    return `could not enable registration for ${page}: ${reasons.join(' ')}`;
  }
}

/**
 * Brings the demo content of a wiki up to date: applies the versions of the demo content it does not have yet.
 * Returns what was done, one sentence per version applied; empty when the demo was already complete.
 */
export async function seedDemo(host: Host): Promise<string[]> {
  const db = host.db.as<{ updatelog: { ul_key: string; ul_value: string | null } }>();
  const applied = new Set((await db.kysely.selectFrom('updatelog').select('ul_key').where('ul_key', 'like', 'demo-seed-%').execute()).map((r) => r.ul_key));
  const done: string[] = [];
  for (const seed of DEMO_SEEDS) {
    if (applied.has(seed.key)) continue;
    done.push(await seed.apply(host));
    await db.insert('updatelog', { ul_key: seed.key, ul_value: null });
  }
  return done;
}

/** The demo accounts, in the groups that exist on this wiki; existing accounts are kept as they are. */
async function createAccounts(host: Host): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const user = (await host.users.getUserByName(account.name)) ?? (await host.users.createUser(account.name, account.password, {}));
    await addDemoGroups(host, user, account.name);
  }
}

/**
 * Puts a demo account in its groups that exist on this wiki and it is not in yet (a demo made before CampaignEvents
 * defined `event-organizer` has an Organizer outside it).
 */
async function addDemoGroups(host: Host, user: UserRecord, name: string): Promise<void> {
  const known = new Set(host.permissions.getAllGroups());
  const groups = DEMO_ACCOUNTS.find((a) => a.name === name)?.groups ?? [];
  const current = new Set(await host.groups.getUserGroups(user));
  for (const group of groups.filter((g) => known.has(g) && !current.has(g))) await host.groups.addUserToGroup(user, group);
}

/** Writes the revisions of pages that do not exist yet; a page that exists is left alone with all its revisions. */
async function writePages(host: Host, edits: readonly DemoEdit[]): Promise<void> {
  const started = new Set<string>();
  for (const [name, author, text, summary] of edits) {
    const title = host.titles.parseTitle(name);
    if (!started.has(name) && (await host.pages.getPageByTitle(title)) !== null) continue;
    started.add(name);
    await host.pageUpdater.edit({ title, text, summary, user: await demoUser(host, author) });
  }
}

async function demoUser(host: Host, name: string): Promise<UserRecord> {
  const user = await host.users.getUserByName(name);
  if (user === null) throw new Error(`The demo account ${name} is missing; the first version of the demo content creates it.`);
  return user;
}
