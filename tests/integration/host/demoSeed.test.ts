import { expect } from 'chai';
import { EventServices } from '../../../src/events/EventServices';
import { DEMO_ACCOUNTS, seedDemo } from '../../../src/host/demo/seedDemo';
import { describeEachDatabase } from '../../support/databases';
import { createTestHost, createTestUser } from '../../support/hostFixture';

const FIRST_VERSION = 'Created the demo accounts and pages.';
const SECOND_VERSION = 'Added the demo event page Event:Summer Photo Walk; enabled registration for Event:Spring Edit-a-thon (Special:EventDetails/1).';
/** As in examples/demo/LocalSettings.json. */
const DEMO_SETTINGS = { wgCampaignEventsEnableContributionTracking: true, wgLocalDatabases: ['commonswiki', 'wikidatawiki'] };

describeEachDatabase('The demo content', (ctx) => {
  let host: Awaited<ReturnType<typeof createTestHost>>;

  const boot = async (settings: Record<string, unknown> = DEMO_SETTINGS) => {
    host = await createTestHost({ db: ctx.db(), settings });
  };
  // The suite's database keeps updatelog between tests, and with it the versions of the demo already applied.
  beforeEach(() => ctx.db().kysely.deleteFrom('updatelog').where('ul_key', 'like', 'demo-seed-%').execute());
  afterEach(async () => host?.close());

  /** The page's revisions as [author, summary]. */
  async function history(name: string): Promise<[string, string][]> {
    const page = await host.pages.getPageByTitle(host.titles.parseTitle(name));
    if (page === null) return [];
    return (await host.pages.getRevisions(page.id)).map((r): [string, string] => [r.user.name, r.comment]);
  }

  const seedKeys = async () =>
    (await host.db.kysely.selectFrom('updatelog').select('ul_key').where('ul_key', 'like', 'demo-seed-%').orderBy('ul_key').execute()).map(
      (r: { ul_key: string }) => r.ul_key,
    );
  const registrationOf = (page: string) => host.wiki.services.get(EventServices.EventStore).findEventByPage(host.titles.parseTitle(page));

  /** What the first version of the demo left: its Organizer (outside event-organizer: the group did not exist yet), the event page and its key. */
  async function firstVersionDemo(): Promise<void> {
    const organizer = await host.users.createUser('Organizer', 'demo-organizer-pass', {});
    await host.pageUpdater.edit({ title: host.titles.parseTitle('Event:Spring Edit-a-thon'), text: 'Edited since', summary: 'Mine now', user: organizer });
    await host.db.insert('updatelog', { ul_key: 'demo-seed-1', ul_value: null });
  }

  it('fills a new wiki with every version in order: accounts, pages, then the events', async () => {
    await boot();
    expect(await seedDemo(host)).to.deep.equal([FIRST_VERSION, SECOND_VERSION]);
    expect(await seedKeys()).to.deep.equal(['demo-seed-1', 'demo-seed-2']);
    for (const account of DEMO_ACCOUNTS) expect(await host.users.getUserByName(account.name), account.name).not.to.equal(null);
    const organizer = (await host.users.getUserByName('Organizer'))!;
    expect(await host.groups.getUserGroups(organizer)).to.deep.equal(['event-organizer']);
    expect(await history('Community garden')).to.have.length(2);
    expect(await history('Event:Summer Photo Walk')).to.deep.equal([['Organizer', 'Create the event page']]);
    expect(await registrationOf('Event:Summer Photo Walk')).to.equal(null);
  });

  it('enables registration for the Spring Edit-a-thon: online editing event on all wikis with statistics, a month ahead', async () => {
    await boot();
    host.clock.set('2026-04-10T15:30:00Z');
    await seedDemo(host);
    const event = (await registrationOf('Event:Spring Edit-a-thon'))!;
    expect(event).to.deep.include({
      id: 1,
      name: 'Spring Edit-a-thon',
      status: 'open',
      timezone: 'UTC',
      startLocal: '20260510090000',
      endLocal: '20260517180000',
      startUtc: '20260510090000',
      types: ['editing-event'],
      wikis: true,
      participationOptions: 1,
      tracksContributions: true,
      deletedAt: null,
    });
    const organizers = await host.wiki.services.get(EventServices.OrganizersStore).getEventOrganizers(1);
    expect(organizers.map((o) => [o.userName, o.roles])).to.deep.equal([['Organizer', ['creator', 'organizer']]]);
  });

  it('does nothing the second time', async () => {
    await boot();
    await seedDemo(host);
    expect(await seedDemo(host)).to.deep.equal([]);
    expect(await history('Event:Summer Photo Walk')).to.have.length(1);
    expect(await history('Tree planting')).to.have.length(2);
    expect((await registrationOf('Event:Spring Edit-a-thon'))!.id).to.equal(1);
  });

  it('adds only the new content to a demo wiki made by the first version, putting Organizer in event-organizer', async () => {
    await boot();
    await firstVersionDemo();

    expect(await seedDemo(host)).to.deep.equal([SECOND_VERSION]);
    expect(await history('Event:Summer Photo Walk')).to.deep.equal([['Organizer', 'Create the event page']]);
    expect(await history('Event:Spring Edit-a-thon')).to.deep.equal([['Organizer', 'Mine now']]);
    expect(await host.groups.getUserGroups((await host.users.getUserByName('Organizer'))!)).to.deep.equal(['event-organizer']);
    expect(await registrationOf('Event:Spring Edit-a-thon')).not.to.equal(null);
    expect(await history('Main Page')).to.deep.equal([]);
    expect(await host.users.getUserByName('Admin')).to.equal(null);
  });

  it('keeps a registration the organizer enabled by hand in the meantime', async () => {
    await boot();
    await seedDemo(host);
    await host.db.kysely.deleteFrom('updatelog').where('ul_key', '=', 'demo-seed-2').execute();

    expect(await seedDemo(host)).to.deep.equal(['Added the demo event page Event:Summer Photo Walk; Event:Spring Edit-a-thon already had a registration.']);
    expect(await history('Event:Summer Photo Walk')).to.have.length(1);
    const events = await host.wiki.services.get(EventServices.EventStore).getEventsByOrganizer((await host.users.getUserByName('Organizer'))!.id);
    expect(events).to.have.length(1);
  });

  it('keeps statistics off where the flag is off', async () => {
    await boot({});
    await seedDemo(host);
    expect((await registrationOf('Event:Spring Edit-a-thon'))!.tracksContributions).to.equal(false);
  });

  it('still starts when the settings refuse the registration, saying why', async () => {
    await boot({ wgCampaignEventsEventNamespaces: [4] });
    const done = await seedDemo(host);
    expect(done[1]).to.equal('Added the demo event page Event:Summer Photo Walk; could not enable registration for Event:Spring Edit-a-thon: The event page must be in one of the permitted namespaces');
    expect(await registrationOf('Event:Spring Edit-a-thon')).to.equal(null);
    expect(await seedKeys()).to.deep.equal(['demo-seed-1', 'demo-seed-2']);
  });

  it('leaves pages an account other than Organizer made alone', async () => {
    await boot();
    const someone = await createTestUser(host, 'Someone');
    await host.pageUpdater.edit({ title: host.titles.parseTitle('Event:Summer Photo Walk'), text: 'Mine', summary: 'First', user: someone });
    await seedDemo(host);
    expect(await history('Event:Summer Photo Walk')).to.deep.equal([['Someone', 'First']]);
  });
});
