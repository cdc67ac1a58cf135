import { expect } from 'chai';
import { ManualClock } from '../../../../src/framework/core/Clock';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { anonymousUser } from '../../../../src/framework/core/UserIdentity';
import { CORE_AVAILABLE_RIGHTS, CORE_GROUP_PERMISSIONS } from '../../../../src/host/permissions/coreRights';
import { HostPermissionManager } from '../../../../src/host/permissions/HostPermissionManager';
import { mergeGroupPermissions } from '../../../../src/host/permissions/mergeGroupPermissions';
import { SqlUserGroupManager } from '../../../../src/host/users/SqlUserGroupManager';
import { describeEachDatabase } from '../../../support/databases';
import { userStoreOn } from '../users/userFixtures';

/** What CampaignEvents' manifest declares (extension.json AvailableRights and GroupPermissions). */
const extension = {
  AvailableRights: ['campaignevents-enable-registration', 'campaignevents-organize-events'],
  GroupPermissions: {
    user: { 'campaignevents-enable-registration': true },
    'event-organizer': { 'campaignevents-organize-events': true },
    sysop: { 'campaignevents-organize-events': true },
  },
};

describeEachDatabase('HostPermissionManager', (ctx) => {
  let clock: ManualClock;
  let groups: SqlUserGroupManager;
  let alice: UserRecord;

  const managerWith = (site: Record<string, Record<string, boolean>> = {}, revokes: Record<string, Record<string, boolean>> = {}) =>
    new HostPermissionManager(
      groups,
      mergeGroupPermissions(CORE_GROUP_PERMISSIONS, extension.GroupPermissions, site),
      mergeGroupPermissions({}, {}, revokes),
      [...CORE_AVAILABLE_RIGHTS, ...extension.AvailableRights],
    );

  beforeEach(async () => {
    clock = new ManualClock('2026-03-01T12:00:00Z');
    groups = new SqlUserGroupManager(ctx.db(), clock);
    alice = await userStoreOn(ctx.db(), clock).users.createUser('Alice', 'alice-password');
  });

  it('gives an anonymous visitor the rights of * only', async () => {
    const permissions = managerWith();
    expect(await permissions.getUserPermissions(anonymousUser())).to.deep.equal(Object.keys(CORE_GROUP_PERMISSIONS['*']).sort());
    expect(await permissions.userHasRight(anonymousUser(), 'edit')).to.equal(true);
    expect(await permissions.userHasRight(anonymousUser(), 'move')).to.equal(false);
  });

  it('gives an account the union of *, user, autoconfirmed and its groups, sorted and each once', async () => {
    const permissions = managerWith();
    await groups.addUserToGroup(alice, 'event-organizer');
    const rights = await permissions.getUserPermissions(alice);
    expect(rights).to.include.members(['read', 'move', 'editsemiprotected', 'campaignevents-enable-registration', 'campaignevents-organize-events']);
    expect(rights).to.deep.equal([...new Set(rights)].sort());
    expect(rights).not.to.include('block');
  });

  it('gives sysops block but not userrights, and bureaucrats userrights', async () => {
    const permissions = managerWith();
    await groups.addUserToGroup(alice, 'sysop');
    expect(await permissions.userHasRight(alice, 'block')).to.equal(true);
    expect(await permissions.userHasRight(alice, 'userrights')).to.equal(false);
    await groups.addUserToGroup(alice, 'bureaucrat');
    expect(await permissions.userHasRight(alice, 'userrights')).to.equal(true);
  });

  it('takes the rights of a group away when the membership expires', async () => {
    const permissions = managerWith();
    await groups.addUserToGroup(alice, 'sysop', '1 day');
    expect(await permissions.userHasRight(alice, 'block')).to.equal(true);
    clock.advance(86400);
    expect(await permissions.userHasRight(alice, 'block')).to.equal(false);
  });

  it('follows the site settings over core', async () => {
    const permissions = managerWith({ '*': { edit: false, createaccount: false }, user: { edit: false } });
    expect(await permissions.userHasRight(anonymousUser(), 'edit')).to.equal(false);
    expect(await permissions.userHasRight(anonymousUser(), 'createaccount')).to.equal(false);
    expect(await permissions.userHasRight(alice, 'edit')).to.equal(false);
  });

  it('does not let a false in one group take away what another group grants', async () => {
    // * grants read; the site's false for user only means user itself does not grant it.
    const permissions = managerWith({ user: { read: false } });
    expect(await permissions.userHasRight(alice, 'read')).to.equal(true);
    expect(permissions.getGroupPermissions(['user'])).not.to.include('read');
  });

  it('takes revoked rights away whatever other groups grant', async () => {
    await groups.addUserToGroup(alice, 'sysop');
    await groups.addUserToGroup(alice, 'probation');
    const permissions = managerWith({}, { probation: { edit: true, block: true } });
    expect(await permissions.userHasRight(alice, 'edit')).to.equal(false);
    expect(await permissions.userHasRight(alice, 'block')).to.equal(false);
    expect(await permissions.userHasRight(alice, 'delete')).to.equal(true);
  });

  it('computes the rights of groups without looking anyone up', () => {
    const permissions = managerWith();
    expect(permissions.getGroupPermissions(['bureaucrat'])).to.deep.equal(['noratelimit', 'userrights']);
    expect(permissions.getGroupPermissions(['no-such-group'])).to.deep.equal([]);
  });

  it('lists every right: available ones and any a group is granted', () => {
    const permissions = managerWith({ reviewer: { 'site-specific-right': true } });
    const all = permissions.getAllPermissions();
    expect(all).to.include.members(['read', 'userrights', 'hideuser', 'campaignevents-organize-events', 'site-specific-right']);
    expect(all).to.deep.equal([...new Set(all)].sort());
  });

  it('lists every group that can be given, without the implicit ones', () => {
    const permissions = managerWith({ reviewer: { patrol: true } }, { probation: { edit: true } });
    const all = permissions.getAllGroups();
    expect(all).to.include.members(['sysop', 'bureaucrat', 'bot', 'interface-admin', 'event-organizer', 'reviewer', 'probation']);
    expect(all).not.to.include.any.members(['*', 'user', 'autoconfirmed']);
    expect(all).to.deep.equal([...all].sort());
  });
});
