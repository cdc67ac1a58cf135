import { expect } from 'chai';
import { WikiextError } from '../../../../src/framework/errors';
import { describeEachDatabase } from '../../../support/databases';
import { rejection } from '../../../support/rejection';
import { queueOn } from './jobFixtures';


describeEachDatabase('SqlJobQueue', (ctx) => {
  describe('push', () => {
    it('queues one job or several', async () => {
      const { queue } = queueOn(ctx.db());
      await queue.push({ type: 'sendEmail', params: { to: 'Alice' } });
      await queue.push([
        { type: 'sendEmail', params: { to: 'Bob' } },
        { type: 'purgeCache', params: {} },
      ]);
      expect(await queue.count()).to.equal(3);
    });

    it('refuses a job without a type, or with a type longer than 60 bytes', async () => {
      const { queue } = queueOn(ctx.db());
      for (const type of ['', '  ', 'x'.repeat(61)]) {
        const error = await rejection(() => queue.push({ type, params: {} }));
        expect(error).to.be.instanceOf(WikiextError).with.property('code', 'WX_JOB_TYPE_UNKNOWN');
        expect(error.message).to.equal(`A job needs a type of 1 to 60 bytes, the key of its JobClasses entry; got ${JSON.stringify(type)}.`);
      }
    });

    it('refuses parameters that are not plain JSON, naming the parameter', async () => {
      const { queue } = queueOn(ctx.db());
      const error = await rejection(() => queue.push({ type: 'remind', params: { at: new Date(), user: 1 } }));
      expect(error).to.be.instanceOf(WikiextError).with.property('code', 'WX_VALUE_NOT_JSON');
      expect(error.message).to.contain('Parameters of the "remind" job cannot be stored: at is a Date, not a plain object.');
    });

    it('queues all of a list or none of it', async () => {
      const { queue } = queueOn(ctx.db());
      await rejection(() => queue.push([{ type: 'ok', params: {} }, { type: '', params: {} }]));
      expect(await queue.count()).to.equal(0);
    });
  });

  describe('claim', () => {
    it('takes the oldest job first, with its parameters, as its first try', async () => {
      const { queue } = queueOn(ctx.db());
      await queue.push([
        { type: 'first', params: { n: 1, names: ['Ä'] } },
        { type: 'second', params: {} },
      ]);
      const job = await queue.claim();
      expect(job).to.deep.include({ id: 1, type: 'first', params: { n: 1, names: ['Ä'] }, attempts: 1 });
      expect(job?.token).to.match(/^[0-9a-f]{32}$/);
      expect((await queue.claim())?.type).to.equal('second');
    });

    it('answers null when no job is ready, and never hands out a claimed job twice', async () => {
      const { queue } = queueOn(ctx.db());
      expect(await queue.claim()).to.equal(null);
      await queue.push({ type: 'once', params: {} });
      expect(await queue.claim()).not.to.equal(null);
      expect(await queue.claim()).to.equal(null);
      expect(await queue.count()).to.equal(1);
    });

    it('gives each of several simultaneous claims a different job', async () => {
      const { queue } = queueOn(ctx.db());
      await queue.push([1, 2, 3].map((n) => ({ type: 'job', params: { n } })));
      const claims = await Promise.all([1, 2, 3, 4, 5].map(() => queue.claim()));
      const ids = claims.filter((c) => c !== null).map((c) => c.id);
      expect(ids.sort()).to.deep.equal([1, 2, 3]);
    });

    it('takes over a claim older than an hour, whose runner must have died', async () => {
      const { queue, clock } = queueOn(ctx.db());
      await queue.push({ type: 'slow', params: {} });
      const lost = (await queue.claim())!;
      clock.advance(3600);
      expect(await queue.claim()).to.equal(null);
      clock.advance(1);

      const retaken = (await queue.claim())!;
      expect(retaken).to.deep.include({ id: lost.id, attempts: 2 });
      await queue.ack(lost);
      expect(await queue.count(), 'the dead runner no longer holds the job').to.equal(1);
      await queue.ack(retaken);
      expect(await queue.count()).to.equal(0);
    });

    it('drops a job whose runner died on its third try, and logs it', async () => {
      const { queue, clock, logger } = queueOn(ctx.db());
      await queue.push({ type: 'crashy', params: {} });
      for (let i = 0; i < 3; i++) {
        expect((await queue.claim())?.attempts).to.equal(i + 1);
        clock.advance(3601);
      }
      expect(await queue.claim()).to.equal(null);
      expect(await queue.count()).to.equal(0);
      expect(logger.entries.map((e) => e.msg)).to.deep.equal([
        'Dropped the "crashy" job 1 after 3 tries: its runner stopped during try 3.',
      ]);
    });
  });

  describe('ack and fail', () => {
    it('removes an acknowledged job', async () => {
      const { queue } = queueOn(ctx.db());
      await queue.push({ type: 'done', params: {} });
      await queue.ack((await queue.claim())!);
      expect(await queue.count()).to.equal(0);
    });

    it('gives a failed job another try a minute later', async () => {
      const { queue, clock } = queueOn(ctx.db());
      await queue.push({ type: 'flaky', params: { n: 1 } });
      await queue.fail((await queue.claim())!, 'network down');

      expect(await queue.claim(), 'not before the retry delay').to.equal(null);
      clock.advance(60);
      expect(await queue.claim()).to.deep.include({ id: 1, type: 'flaky', params: { n: 1 }, attempts: 2 });
    });

    it('drops a job after its third failed try, and logs why', async () => {
      const { queue, clock, logger } = queueOn(ctx.db());
      await queue.push({ type: 'broken', params: {} });
      for (let i = 0; i < 3; i++) {
        await queue.fail((await queue.claim())!, `failure ${i + 1}`);
        clock.advance(60);
      }
      expect(await queue.count()).to.equal(0);
      expect(logger.entries).to.have.length(1);
      expect(logger.entries[0]).to.deep.include({
        level: 'warn',
        msg: 'Dropped the "broken" job 1 after 3 tries: try 3 failed: failure 3.',
      });
    });

    it('leaves a job alone when the claim was taken over by another runner', async () => {
      const { queue, clock } = queueOn(ctx.db());
      await queue.push({ type: 'slow', params: {} });
      const stale = (await queue.claim())!;
      clock.advance(3601);
      const current = (await queue.claim())!;

      await queue.fail(stale, 'late failure');
      expect(await queue.claim(), 'still held by the current runner').to.equal(null);
      await queue.ack(current);
      expect(await queue.count()).to.equal(0);
    });
  });
});
