import { expect } from 'chai';
import type { ExistingEventRegistration } from '../../../../src/events/EventRegistration';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { anonymousUser } from '../../../../src/framework/core/UserIdentity';
import { describeEachDatabase } from '../../../support/databases';
import { type DomainTestWiki, startDomainWiki } from './domainFixture';

describeEachDatabase('PermissionChecker', (ctx) => {
  let wiki: DomainTestWiki;
  let organizer: UserRecord;
  let event: ExistingEventRegistration;
  const SPRING = { namespace: 1728, dbKey: 'Spring_fair' };

  beforeEach(async () => {
    wiki = await startDomainWiki(ctx.db());
    organizer = await wiki.organizer('Organizer', 'Event:Spring fair');
    const id = await wiki.editCommand.doEditIfAllowed(await wiki.newEvent(), organizer, []);
    event = (await wiki.events.findEventById(id))!;
  });
  afterEach(() => wiki?.close());

  const block = async (user: UserRecord) => {
    const admin = await wiki.user('Blocker', ['sysop']);
    await wiki.host.blocks.block(user, admin, { expiry: 'infinity', reason: 'test' });
  };

  it('lets event organizers and sysops enable registrations, not plain users or anonymous visitors', async () => {
    expect(await wiki.permissions.userCanEnableRegistrations(organizer)).to.equal(true);
    expect(await wiki.permissions.userCanEnableRegistrations(await wiki.user('Admin', ['sysop']))).to.equal(true);
    expect(await wiki.permissions.userCanEnableRegistrations(await wiki.user('Reader'))).to.equal(false);
    expect(await wiki.permissions.userCanEnableRegistrations(anonymousUser())).to.equal(false);
    expect(await wiki.permissions.userCanOrganizeEvents(organizer)).to.equal(true);
    expect(await wiki.permissions.userCanOrganizeEvents(await wiki.user('Plain'))).to.equal(false);
  });

  it('lets only the creator of a page enable its registration', async () => {
    const other = await wiki.organizer('Other', 'Event:Autumn fair');
    await wiki.host.pageUpdater.edit({ title: wiki.host.titles.parseTitle('Event:Autumn fair'), text: 'Changed.', user: organizer });
    expect(await wiki.permissions.userCanEnableRegistration(other, { namespace: 1728, dbKey: 'Autumn_fair' })).to.equal(true);
    expect(await wiki.permissions.userCanEnableRegistration(organizer, { namespace: 1728, dbKey: 'Autumn_fair' })).to.equal(false);
    expect(await wiki.permissions.userCanEnableRegistration(organizer, { namespace: 1728, dbKey: 'No_such_page' })).to.equal(false);
    expect(await wiki.permissions.userCanEnableRegistration(organizer, SPRING)).to.equal(true);
  });

  it('takes every organizer right away from a sitewide-blocked user', async () => {
    await block(organizer);
    expect(await wiki.permissions.userCanEnableRegistrations(organizer)).to.equal(false);
    expect(await wiki.permissions.userCanEnableRegistration(organizer, SPRING)).to.equal(false);
    expect(await wiki.permissions.userCanOrganizeEvents(organizer)).to.equal(false);
    expect(await wiki.permissions.userCanEditRegistration(organizer, event)).to.equal(false);
    expect(await wiki.permissions.userCanDeleteRegistration(organizer, event)).to.equal(false);
  });

  it('lets organizers of the event edit and delete it, not other event organizers', async () => {
    const stranger = await wiki.organizer('Stranger');
    expect(await wiki.permissions.userCanEditRegistration(organizer, event)).to.equal(true);
    expect(await wiki.permissions.userCanDeleteRegistration(organizer, event)).to.equal(true);
    expect(await wiki.permissions.userCanEditRegistration(stranger, event)).to.equal(false);
    expect(await wiki.permissions.userCanDeleteRegistration(stranger, event)).to.equal(false);
  });

  it('lets an organizer who lost the organizer rights neither edit nor delete', async () => {
    await wiki.host.groups.removeUserFromGroup(organizer, 'event-organizer');
    expect(await wiki.permissions.userCanEditRegistration(organizer, event)).to.equal(false);
    expect(await wiki.permissions.userCanDeleteRegistration(organizer, event)).to.equal(false);
  });

  it('lets a sysop delete any registration but edit only those they organize; not when blocked', async () => {
    const admin = await wiki.user('Admin', ['sysop']);
    expect(await wiki.permissions.userCanEditRegistration(admin, event)).to.equal(false);
    expect(await wiki.permissions.userCanDeleteRegistration(admin, event)).to.equal(true);
    await block(admin);
    expect(await wiki.permissions.userCanDeleteRegistration(admin, event)).to.equal(false);
  });
});
