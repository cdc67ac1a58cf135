import { expect } from 'chai';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { describeEachDatabase } from '../../../support/databases';
import { type DomainTestWiki, startDomainWiki } from './domainFixture';

describeEachDatabase('OrganizersStore', (ctx) => {
  let wiki: DomainTestWiki;
  let creator: UserRecord;
  let helper: UserRecord;
  let eventId: number;

  beforeEach(async () => {
    wiki = await startDomainWiki(ctx.db());
    creator = await wiki.organizer('Creator', 'Event:Spring fair');
    helper = await wiki.organizer('Helper');
    eventId = await wiki.events.saveRegistration(await wiki.newEvent());
  });
  afterEach(() => wiki?.close());

  const names = async () => (await wiki.organizers.getEventOrganizers(eventId)).map((o) => `${o.userName}:${o.roles.join('+')}`);

  it('records the creator with both roles and the others as organizers, the creator first', async () => {
    await wiki.organizers.setEventOrganizers(eventId, [helper.id, creator.id], { creatorId: creator.id });
    expect(await names()).to.deep.equal(['Creator:creator+organizer', 'Helper:organizer']);
    const [first] = await wiki.organizers.getEventOrganizers(eventId);
    expect(first).to.deep.equal({ userId: creator.id, userName: 'Creator', roles: ['creator', 'organizer'], createdAt: '20260301120000' });
    expect(await wiki.organizers.isEventOrganizer(eventId, helper.id)).to.equal(true);
    expect(await wiki.organizers.getEventCreator(eventId)).to.deep.include({ userId: creator.id, userName: 'Creator' });
  });

  it('removes organizers left out of the list and restores them when added again', async () => {
    await wiki.organizers.setEventOrganizers(eventId, [creator.id, helper.id], { creatorId: creator.id });
    wiki.host.clock.advance(60);
    await wiki.organizers.setEventOrganizers(eventId, [creator.id]);
    expect(await names()).to.deep.equal(['Creator:creator+organizer']);
    expect(await wiki.organizers.isEventOrganizer(eventId, helper.id)).to.equal(false);
    wiki.host.clock.advance(60);
    await wiki.organizers.setEventOrganizers(eventId, [creator.id, helper.id]);
    const restored = (await wiki.organizers.getEventOrganizers(eventId)).find((o) => o.userId === helper.id);
    expect(restored).to.deep.include({ roles: ['organizer'], createdAt: '20260301120200' });
  });

  it('still knows the creator after the creator left the organizers', async () => {
    await wiki.organizers.setEventOrganizers(eventId, [creator.id, helper.id], { creatorId: creator.id });
    await wiki.organizers.setEventOrganizers(eventId, [helper.id]);
    expect(await names()).to.deep.equal(['Helper:organizer']);
    expect((await wiki.organizers.getEventCreator(eventId))?.userName).to.equal('Creator');
  });

  it('knows no organizer for anonymous users or other events', async () => {
    await wiki.organizers.setEventOrganizers(eventId, [creator.id], { creatorId: creator.id });
    expect(await wiki.organizers.isEventOrganizer(eventId, 0)).to.equal(false);
    expect(await wiki.organizers.isEventOrganizer(eventId + 1, creator.id)).to.equal(false);
    expect(await wiki.organizers.getEventCreator(eventId + 1)).to.equal(null);
  });
});
