import { expect } from 'chai';
import { sql } from 'kysely';
import { ALL_WIKIS, type EventRegistration } from '../../../../src/events/EventRegistration';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { describeEachDatabase } from '../../../support/databases';
import { rejection } from '../../../support/rejection';
import { QA_SETTINGS } from '../../../support/eventWiki';
import { type DomainTestWiki, startDomainWiki } from './domainFixture';

describeEachDatabase('EventStore', (ctx) => {
  let wiki: DomainTestWiki;
  let author: UserRecord;

  beforeEach(async () => {
    wiki = await startDomainWiki(ctx.db());
    author = await wiki.organizer('Organizer', 'Event:Spring fair', 'Event:Autumn fair');
  });
  afterEach(() => wiki?.close());

  const count = async (table: string) =>
    Number((await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(ctx.db().kysely)).rows[0].n);

  /** A hybrid event using every field. */
  const fullEvent = () =>
    wiki.newEvent({
      timezone: 'Asia/Kolkata',
      types: ['contest', 'meetup'],
      wikis: ['wiki', 'enwiki'],
      topics: ['history', 'women'],
      participationOptions: 3,
      meetingUrl: 'https://meet.example.org/room',
      meetingCountryCode: 'IN',
      meetingAddress: 'MG Road 1, Bengaluru',
      chatUrl: 'https://chat.example.org/spring',
      isTestEvent: true,
      tracksContributions: true,
      trackingToolId: 'wikimedia-pe-dashboard',
      trackingToolEventId: 'Wiki_School/Spring_fair',
    });

  it('stores every field and reads it back', async () => {
    const event = await fullEvent();
    const id = await wiki.events.saveRegistration(event);
    expect(id).to.equal(1);
    expect(await wiki.events.findEventById(id)).to.deep.equal({
      ...event,
      id,
      createdAt: '20260301120000',
      lastEditAt: '20260301120000',
      deletedAt: null,
    });
    expect(await wiki.events.findEventByPage({ namespace: 1728, dbKey: 'Spring_fair' })).to.deep.include({ id, name: 'Spring fair' });
    expect(await wiki.events.findEventByPage({ namespace: 1728, dbKey: 'Autumn_fair' })).to.equal(null);
    expect(await wiki.events.findEventById(99)).to.equal(null);
  });

  it('stores "all wikis", no wikis, the type "other", a closed status and an address without text', async () => {
    const allWikis = await wiki.newEvent({ wikis: true, types: ['other'], participationOptions: 2, meetingCountryCode: 'FR' });
    const noWikis = await wiki.newEvent({ page: 'Event:Autumn fair', wikis: [], status: 'closed' });
    const first = await wiki.events.findEventById(await wiki.events.saveRegistration(allWikis));
    const second = await wiki.events.findEventById(await wiki.events.saveRegistration(noWikis));
    expect(first).to.deep.include({ wikis: ALL_WIKIS, types: ['other'], participationOptions: 2, meetingUrl: null, chatUrl: null });
    expect(first!.address).to.deep.equal({ address: null, countryCode: 'FR' });
    expect(second).to.deep.include({ wikis: [], status: 'closed', address: null, trackingTools: [] });
  });

  it('updates an event and all that goes with it, keeping its creation time', async () => {
    const id = await wiki.events.saveRegistration(await fullEvent());
    wiki.host.clock.advance(3600);
    const changed = await wiki.newEvent({ id, page: 'Event:Spring fair', wikis: true, topics: ['sports'], status: 'closed' });
    expect(await wiki.events.saveRegistration(changed)).to.equal(id);
    const stored = await wiki.events.findEventById(id);
    expect(stored).to.deep.equal({ ...changed, id, createdAt: '20260301120000', lastEditAt: '20260301130000', deletedAt: null });
    expect(await count('ce_event_address')).to.equal(0);
    expect(await count('ce_tracking_tools')).to.equal(0);
    expect(await count('ce_event_topics')).to.equal(1);
  });

  it('shares one address row between events at the same address', async () => {
    const at = { participationOptions: 2, meetingCountryCode: 'IT', meetingAddress: 'Via Roma 1' } as const;
    await wiki.events.saveRegistration(await wiki.newEvent(at));
    await wiki.events.saveRegistration(await wiki.newEvent({ ...at, page: 'Event:Autumn fair' }));
    expect(await count('ce_address')).to.equal(1);
    expect(await count('ce_event_address')).to.equal(2);
  });

  it('keeps the tracking tool row (and its sync state) when it does not change', async () => {
    const id = await wiki.events.saveRegistration(await fullEvent());
    await sql`UPDATE ce_tracking_tools SET cett_sync_status = 1`.execute(ctx.db().kysely);
    await wiki.events.saveRegistration({ ...(await fullEvent()), id });
    const rows = await sql<{ s: number }>`SELECT cett_sync_status AS s FROM ce_tracking_tools`.execute(ctx.db().kysely);
    expect(rows.rows.map((r) => Number(r.s))).to.deep.equal([1]);
  });

  it('refuses to update an id that is not stored', async () => {
    const event = { ...(await wiki.newEvent()), id: 42 };
    expect((await rejection(() => wiki.events.saveRegistration(event))).message).to.equal(
      'EventStore: there is no event registration with id 42 to update.',
    );
  });

  it('soft-deletes: the row stays, with its deletion time, and a second delete does nothing', async () => {
    const id = await wiki.events.saveRegistration(await wiki.newEvent());
    const event = (await wiki.events.findEventById(id))!;
    wiki.host.clock.advance(60);
    expect(await wiki.events.deleteRegistration(event)).to.equal(true);
    expect(await wiki.events.deleteRegistration(event)).to.equal(false);
    expect((await wiki.events.findEventById(id))!.deletedAt).to.equal('20260301120100');
    expect((await wiki.events.findEventByPage(event.page))!.deletedAt).to.equal('20260301120100');
  });

  it('lists the events a user organizes, latest start first, deleted ones only when asked', async () => {
    const spring = await wiki.events.saveRegistration(await wiki.newEvent());
    const autumn = await wiki.events.saveRegistration(await wiki.newEvent({ page: 'Event:Autumn fair', start: '20261001090000', end: '20261001170000' }));
    const other = await wiki.organizer('Someone');
    await wiki.organizers.setEventOrganizers(spring, [author.id], { creatorId: author.id });
    await wiki.organizers.setEventOrganizers(autumn, [author.id, other.id], { creatorId: author.id });
    const ids = async (userId: number, includeDeleted = false) =>
      (await wiki.events.getEventsByOrganizer(userId, { includeDeleted })).map((e) => e.id);
    expect(await ids(author.id)).to.deep.equal([autumn, spring]);
    expect(await ids(other.id)).to.deep.equal([autumn]);
    await wiki.events.deleteRegistration((await wiki.events.findEventById(autumn))!);
    expect(await ids(author.id)).to.deep.equal([spring]);
    expect(await ids(author.id, true)).to.deep.equal([autumn, spring]);
    await wiki.organizers.setEventOrganizers(spring, [other.id]);
    expect(await ids(author.id)).to.deep.equal([]);
  });

  describe('contribution statistics and the feature flag', () => {
    const statsOn = () => wiki.newEvent({ tracksContributions: true });
    const storedFlag = async (id: number) =>
      Number((await sql<{ t: number }>`SELECT event_track_contributions AS t FROM campaign_events WHERE event_id = ${id}`.execute(ctx.db().kysely)).rows[0].t);

    it('reads false while the flag is off and the stored value again once it is on, without a restart', async () => {
      const id = await wiki.events.saveRegistration(await statsOn());
      expect((await wiki.events.findEventById(id))!.tracksContributions).to.equal(true);
      wiki.changeSettings({ wgCampaignEventsEnableContributionTracking: false });
      expect((await wiki.events.findEventById(id))!.tracksContributions).to.equal(false);
      wiki.changeSettings(QA_SETTINGS);
      expect((await wiki.events.findEventById(id))!.tracksContributions).to.equal(true);
    });

    it('leaves the stored value alone when an event is updated while the flag is off', async () => {
      const id = await wiki.events.saveRegistration(await statsOn());
      wiki.changeSettings({ wgCampaignEventsEnableContributionTracking: false });
      const edited: EventRegistration = { ...(await wiki.newEvent({ id, tracksContributions: true, topics: ['music'] })) };
      expect(edited.tracksContributions).to.equal(false);
      await wiki.events.saveRegistration(edited);
      expect(await storedFlag(id)).to.equal(1);
      wiki.changeSettings(QA_SETTINGS);
      expect((await wiki.events.findEventById(id))!).to.deep.include({ tracksContributions: true, topics: ['music'] });
    });

    it('writes 0 for a new event while the flag is off, whatever the entity says', async () => {
      const event = await statsOn();
      wiki.changeSettings({ wgCampaignEventsEnableContributionTracking: false });
      const id = await wiki.events.saveRegistration(event);
      expect(await storedFlag(id)).to.equal(0);
    });

    it('turns statistics off on update while the flag is on', async () => {
      const id = await wiki.events.saveRegistration(await statsOn());
      await wiki.events.saveRegistration(await wiki.newEvent({ id, tracksContributions: false }));
      expect(await storedFlag(id)).to.equal(0);
    });
  });
});
