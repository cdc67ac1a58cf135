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
const DEMO_EDITS: readonly [string, string, string, string][] = [
  ['Main Page', 'Admin', 'Welcome to the wikiext demo wiki.\n\nLog in with one of the demo accounts, read the pages below and edit them.', 'Welcome'],
  ['Community garden', 'Participant One', 'A community garden is a piece of land gardened by a group of people.', 'New article'],
  ['Community garden', 'Participant Two', 'A community garden is a piece of land gardened collectively by a group of people.\n\nMany cities support them.', 'Expand'],
  ['Tree planting', 'Participant Two', 'Tree planting is the process of transplanting tree seedlings.', 'New article'],
  ['Tree planting', 'Organizer', 'Tree planting is the process of transplanting tree seedlings, generally for forestry or land reclamation.', 'Add purposes'],
  ['Event:Spring Edit-a-thon', 'Organizer', 'Join us to improve articles about urban gardening.\n\nWhen: one week in spring, online.\nWhat: editing articles about gardens, parks and trees.', 'Create the event page'],
];

/** Key in `updatelog` marking that this version of the demo content was written. */
const SEED_KEY = 'demo-seed-1';

/**
 * Fills a new demo wiki once: the demo accounts (in the groups that exist on this wiki) and a few pages with several
 * revisions each. Interrupted half-way, the next start finishes the job: accounts and pages that exist are kept as
 * they are. Returns false when the demo was already complete.
 */
export async function seedDemo(host: Host): Promise<boolean> {
  const db = host.db.as<{ updatelog: { ul_key: string; ul_value: string | null } }>();
  const done = await db.kysely.selectFrom('updatelog').select('ul_key').where('ul_key', '=', SEED_KEY).executeTakeFirst();
  if (done !== undefined) return false;
  const known = new Set(host.permissions.getAllGroups());
  const users = new Map<string, { id: number; name: string }>();
  for (const account of DEMO_ACCOUNTS) {
    const user = (await host.users.getUserByName(account.name)) ?? (await host.users.createUser(account.name, account.password, {}));
    for (const group of account.groups.filter((g) => known.has(g))) await host.groups.addUserToGroup(user, group);
    users.set(account.name, user);
  }
  const untouched = new Set<string>();
  for (const [name, author, text, summary] of DEMO_EDITS) {
    const title = host.titles.parseTitle(name);
    if (!untouched.has(name) && (await host.pages.getPageByTitle(title)) !== null) continue;
    untouched.add(name);
    await host.pageUpdater.edit({ title, text, summary, user: users.get(author)! });
  }
  await db.insert('updatelog', { ul_key: SEED_KEY, ul_value: null });
  return true;
}
