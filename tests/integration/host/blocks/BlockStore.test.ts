import { expect } from 'chai';
import { ManualClock } from '../../../../src/framework/core/Clock';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { anonymousUser } from '../../../../src/framework/core/UserIdentity';
import { BlockStore } from '../../../../src/host/blocks/BlockStore';
import { describeEachDatabase } from '../../../support/databases';
import { expectHostError } from '../users/expectHostError';
import { userStoreOn } from '../users/userFixtures';

describeEachDatabase('BlockStore', (ctx) => {
  let clock: ManualClock;
  let blocks: BlockStore;
  let admin: UserRecord;
  let vandal: UserRecord;

  beforeEach(async () => {
    clock = new ManualClock('2026-03-01T12:00:00Z');
    blocks = new BlockStore(ctx.db(), clock);
    const { users } = userStoreOn(ctx.db(), clock);
    admin = await users.createUser('Admin', 'admin-password');
    vandal = await users.createUser('Vandal', 'vandal-password');
  });

  it('blocks an account and finds the block in force', async () => {
    const block = await blocks.block(vandal, admin, { reason: 'Spam', expiry: '2 weeks' });
    expect(block).to.deep.equal({
      id: block.id,
      target: { id: vandal.id, name: 'Vandal' },
      by: { id: admin.id, name: 'Admin' },
      reason: 'Spam',
      timestamp: '20260301120000',
      expiry: '20260315120000',
      sitewide: true,
    });
    expect(await blocks.getBlock(vandal)).to.deep.equal(block);
    expect(await blocks.getBlock(admin)).to.equal(null);
  });

  it('blocks forever with infinity or its synonyms, with an empty reason by default', async () => {
    const block = await blocks.block(vandal, admin, { expiry: 'indefinite' });
    expect(block).to.include({ expiry: 'infinity', reason: '' });
    clock.advance(10 * 365 * 86400);
    expect(await blocks.getBlock(vandal)).to.deep.equal(block);
  });

  it('accepts 14-digit and ISO 8601 expiries', async () => {
    expect((await blocks.block(vandal, admin, { expiry: '20260401000000' })).expiry).to.equal('20260401000000');
    expect((await blocks.block(admin, vandal, { expiry: '2026-04-01T06:00:00+02:00' })).expiry).to.equal('20260401040000');
  });

  it('stops counting a block once its expiry has come', async () => {
    await blocks.block(vandal, admin, { expiry: '1 day' });
    clock.advance(86399);
    expect(await blocks.getBlock(vandal)).not.to.equal(null);
    clock.advance(1);
    expect(await blocks.getBlock(vandal)).to.equal(null);
  });

  it('blocks again an account whose block has expired, replacing the old row', async () => {
    await blocks.block(vandal, admin, { expiry: '1 day', reason: 'First' });
    clock.advance(2 * 86400);
    const again = await blocks.block(vandal, admin, { expiry: '1 week', reason: 'Second' });
    expect(again).to.include({ reason: 'Second', expiry: '20260310120000' });
    expect(await ctx.db().kysely.selectFrom('block').select('bl_id').execute()).to.have.length(1);
  });

  it('refuses to block an account that is already blocked', async () => {
    const first = await blocks.block(vandal, admin, { expiry: '1 day', reason: 'First' });
    await expectHostError(() => blocks.block(vandal, admin, { expiry: '1 week' }), 'alreadyblocked', '"Vandal" is already blocked.');
    expect(await blocks.getBlock(vandal)).to.deep.equal(first);
  });

  it('lets only one of two simultaneous blocks of an account through', async () => {
    const results = await Promise.allSettled([
      blocks.block(vandal, admin, { expiry: '1 day', reason: 'One' }),
      blocks.block(vandal, admin, { expiry: '1 week', reason: 'Two' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).to.have.property('code', 'alreadyblocked');
  });

  it('changes the block in force when asked to reblock, keeping its id', async () => {
    const first = await blocks.block(vandal, admin, { expiry: '1 day', reason: 'First' });
    clock.advance(60);
    const second = await blocks.block(vandal, admin, { expiry: 'infinity', reason: 'Worse', reblock: true });
    expect(second).to.deep.equal({ ...first, reason: 'Worse', expiry: 'infinity', timestamp: '20260301120100' });
    expect(await blocks.getBlock(vandal)).to.deep.equal(second);
  });

  it('refuses an expiry in the past', async () => {
    await expectHostError(() => blocks.block(vandal, admin, { expiry: '2025-12-31' }), 'pastexpiry', 'The expiry time "2025-12-31" is in the past.');
    expect(await blocks.getBlock(vandal)).to.equal(null);
  });

  it('refuses an expiry it cannot read', async () => {
    await expectHostError(
      () => blocks.block(vandal, admin, { expiry: 'until he behaves' }),
      'invalidexpiry',
      'Invalid expiry time "until he behaves". Use "infinity", a date, or a duration such as "2 weeks".',
    );
  });

  it('refuses to block an anonymous visitor or an account that does not exist', async () => {
    await expectHostError(() => blocks.block(anonymousUser('192.0.2.1'), admin, { expiry: '1 day' }), 'nosuchuser', 'The user "192.0.2.1" does not exist.');
    await expectHostError(() => blocks.block({ id: 999, name: 'Ghost' }, admin, { expiry: '1 day' }), 'nosuchuser', '"Ghost"');
  });

  it('finds no block on anonymous visitors', async () => {
    expect(await blocks.getBlock(anonymousUser())).to.equal(null);
  });

  describe('unblock', () => {
    it('lifts the block and returns it', async () => {
      const block = await blocks.block(vandal, admin, { expiry: 'infinity', reason: 'Spam' });
      expect(await blocks.unblock(vandal)).to.deep.equal(block);
      expect(await blocks.getBlock(vandal)).to.equal(null);
    });

    it('refuses an account that is not blocked', async () => {
      await expectHostError(() => blocks.unblock(vandal), 'cantunblock', 'The block you are trying to remove could not be found: "Vandal" is not blocked.');
    });

    it('refuses an account whose block has expired, and removes the old row', async () => {
      await blocks.block(vandal, admin, { expiry: '1 hour' });
      clock.advance(3600);
      await expectHostError(() => blocks.unblock(vandal), 'cantunblock');
      expect(await ctx.db().kysely.selectFrom('block').select('bl_id').execute()).to.deep.equal([]);
    });

    it('refuses an anonymous visitor', async () => {
      await expectHostError(() => blocks.unblock(anonymousUser()), 'cantunblock');
    });
  });
});
