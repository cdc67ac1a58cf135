import { expect } from 'chai';
import { ManualClock } from '../../../../src/framework/core/Clock';
import { anonymousUser, type UserIdentity } from '../../../../src/framework/core/UserIdentity';
import { SqlUserGroupManager } from '../../../../src/host/users/SqlUserGroupManager';
import { describeEachDatabase } from '../../../support/databases';
import { expectHostError } from './expectHostError';
import { userStoreOn } from './userFixtures';

describeEachDatabase('SqlUserGroupManager', (ctx) => {
  let clock: ManualClock;
  let groups: SqlUserGroupManager;
  let alice: UserIdentity;

  beforeEach(async () => {
    clock = new ManualClock('2026-03-01T12:00:00Z');
    groups = new SqlUserGroupManager(ctx.db(), clock);
    alice = await userStoreOn(ctx.db(), clock).users.createUser('Alice', 'alice-password');
  });

  it('adds a user to groups, forever unless told otherwise', async () => {
    expect(await groups.addUserToGroup(alice, 'sysop')).to.equal(true);
    expect(await groups.addUserToGroup(alice, 'bureaucrat', '20260401000000')).to.equal(true);
    expect(await groups.getUserGroups(alice)).to.deep.equal(['bureaucrat', 'sysop']);
    expect(await groups.getUserGroupMemberships(alice)).to.deep.equal([
      { group: 'bureaucrat', expiry: '20260401000000' },
      { group: 'sysop', expiry: null },
    ]);
  });

  it('reads relative and ISO expiries, and infinity as forever', async () => {
    await groups.addUserToGroup(alice, 'bot', '1 week');
    await groups.addUserToGroup(alice, 'sysop', '2026-06-01T00:00:00Z');
    await groups.addUserToGroup(alice, 'bureaucrat', 'infinite');
    expect(await groups.getUserGroupMemberships(alice)).to.deep.equal([
      { group: 'bot', expiry: '20260308120000' },
      { group: 'bureaucrat', expiry: null },
      { group: 'sysop', expiry: '20260601000000' },
    ]);
  });

  it('reports no change when the membership already is as asked', async () => {
    await groups.addUserToGroup(alice, 'sysop');
    expect(await groups.addUserToGroup(alice, 'sysop')).to.equal(false);
    expect(await groups.addUserToGroup(alice, 'sysop', 'infinity')).to.equal(false);
  });

  it('renews a membership with a new expiry', async () => {
    await groups.addUserToGroup(alice, 'sysop', '1 day');
    expect(await groups.addUserToGroup(alice, 'sysop', '1 month')).to.equal(true);
    expect(await groups.getUserGroupMemberships(alice)).to.deep.equal([{ group: 'sysop', expiry: '20260401120000' }]);
    expect(await groups.addUserToGroup(alice, 'sysop', null)).to.equal(true);
    expect(await groups.getUserGroupMemberships(alice)).to.deep.equal([{ group: 'sysop', expiry: null }]);
  });

  it('ignores a membership once it has expired', async () => {
    await groups.addUserToGroup(alice, 'sysop', '1 hour');
    clock.advance(3599);
    expect(await groups.getUserGroups(alice)).to.deep.equal(['sysop']);
    clock.advance(1);
    expect(await groups.getUserGroups(alice)).to.deep.equal([]);
    expect(await groups.getUserEffectiveGroups(alice)).not.to.include('sysop');
  });

  it('deletes expired memberships of a user when their groups are next changed', async () => {
    await groups.addUserToGroup(alice, 'sysop', '1 hour');
    clock.advance(7200);
    await groups.addUserToGroup(alice, 'bot');
    const rows = await ctx.db().kysely.selectFrom('user_groups').select('ug_group').execute();
    expect(rows.map((row: { ug_group: string }) => row.ug_group)).to.deep.equal(['bot']);
  });

  it('adds again a user whose membership has expired', async () => {
    await groups.addUserToGroup(alice, 'sysop', '1 hour');
    clock.advance(7200);
    expect(await groups.addUserToGroup(alice, 'sysop', '1 hour')).to.equal(true);
    expect(await groups.getUserGroupMemberships(alice)).to.deep.equal([{ group: 'sysop', expiry: '20260301150000' }]);
  });

  it('refuses an expiry in the past', async () => {
    await expectHostError(() => groups.addUserToGroup(alice, 'sysop', '2026-01-01'), 'pastexpiry', 'The expiry time "2026-01-01" is in the past.');
    expect(await groups.getUserGroups(alice)).to.deep.equal([]);
  });

  it('refuses an expiry it cannot read', async () => {
    await expectHostError(() => groups.addUserToGroup(alice, 'sysop', 'next full moon'), 'invalidexpiry', 'Invalid expiry time "next full moon"');
  });

  it('refuses to put an anonymous visitor in a group', async () => {
    await expectHostError(() => groups.addUserToGroup(anonymousUser(), 'sysop'), 'nosuchuser', 'only registered accounts can be in groups');
  });

  it('removes a user from a group', async () => {
    await groups.addUserToGroup(alice, 'sysop');
    await groups.addUserToGroup(alice, 'bot');
    expect(await groups.removeUserFromGroup(alice, 'sysop')).to.equal(true);
    expect(await groups.getUserGroups(alice)).to.deep.equal(['bot']);
  });

  it('reports false when removing a group the user is not (or no longer) in', async () => {
    expect(await groups.removeUserFromGroup(alice, 'sysop')).to.equal(false);
    await groups.addUserToGroup(alice, 'bot', '1 hour');
    clock.advance(3600);
    expect(await groups.removeUserFromGroup(alice, 'bot')).to.equal(false);
    expect(await groups.removeUserFromGroup(anonymousUser(), 'bot')).to.equal(false);
  });

  it('keeps the groups of different users apart', async () => {
    const bob = await userStoreOn(ctx.db(), clock).users.createUser('Bob', 'bob-password');
    await groups.addUserToGroup(alice, 'sysop');
    expect(await groups.getUserGroups(bob)).to.deep.equal([]);
  });

  describe('effective groups', () => {
    it('puts every account in *, user and autoconfirmed, before its own groups', async () => {
      await groups.addUserToGroup(alice, 'sysop');
      expect(await groups.getUserEffectiveGroups(alice)).to.deep.equal(['*', 'user', 'autoconfirmed', 'sysop']);
    });

    it('puts anonymous visitors in * only', async () => {
      expect(await groups.getUserEffectiveGroups(anonymousUser())).to.deep.equal(['*']);
      expect(await groups.getUserGroups(anonymousUser())).to.deep.equal([]);
    });
  });
});
