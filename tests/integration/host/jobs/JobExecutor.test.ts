import { expect } from 'chai';
import type { JobRunner } from '../../../../src/framework/core/JobQueue';
import type { Database } from '../../../../src/framework/db/Database';
import { JobExecutor } from '../../../../src/host/jobs/JobExecutor';
import { describeEachDatabase } from '../../../support/databases';
import { queueOn } from './jobFixtures';

/**
 * An executor whose job types are `runners`; each runner gets the params and the clock, so it can take time.
 */
function executorOn(db: Database, runners: Record<string, (params: Record<string, unknown>, advance: (s: number) => void) => unknown>) {
  const { queue, clock, logger } = queueOn(db);
  const createRunner = (type: string): JobRunner | undefined => {
    const run = runners[type];
    return run === undefined ? undefined : { run: async (params) => run(params, (s) => clock.advance(s)) as boolean | void };
  };
  return { queue, clock, logger, executor: new JobExecutor(queue, createRunner, clock, logger) };
}

describeEachDatabase('JobExecutor', (ctx) => {
  it('runs every ready job with its parameters, reports each with its time, and stops at none-ready', async () => {
    const seen: unknown[] = [];
    const { queue, executor } = executorOn(ctx.db(), {
      notify: (params, advance) => {
        seen.push(params);
        advance(0.25);
      },
    });
    await queue.push([
      { type: 'notify', params: { to: 'Alice' } },
      { type: 'notify', params: { to: 'Bob' } },
    ]);

    expect(await executor.runJobs()).to.deep.equal({
      reached: 'none-ready',
      jobs: [
        { type: 'notify', status: 'ok', time: 250 },
        { type: 'notify', status: 'ok', time: 250 },
      ],
    });
    expect(seen).to.deep.equal([{ to: 'Alice' }, { to: 'Bob' }]);
    expect(await queue.count()).to.equal(0);
  });

  it('reports none-ready with no jobs when the queue is empty', async () => {
    const { executor } = executorOn(ctx.db(), {});
    expect(await executor.runJobs({ maxJobs: 5, maxTime: 30 })).to.deep.equal({ reached: 'none-ready', jobs: [] });
  });

  it('stops at job-limit after maxJobs jobs', async () => {
    const { queue, executor } = executorOn(ctx.db(), { work: () => true });
    await queue.push([1, 2, 3].map((n) => ({ type: 'work', params: { n } })));

    const result = await executor.runJobs({ maxJobs: 2 });
    expect(result.reached).to.equal('job-limit');
    expect(result.jobs).to.have.length(2);
    expect(await queue.count()).to.equal(1);
  });

  it('stops at time-limit once maxTime seconds have passed, after the job that crossed it', async () => {
    const { queue, executor } = executorOn(ctx.db(), { slow: (_params, advance) => advance(20) });
    await queue.push([1, 2, 3].map((n) => ({ type: 'slow', params: { n } })));

    const result = await executor.runJobs({ maxTime: 30 });
    expect(result).to.deep.equal({
      reached: 'time-limit',
      jobs: [
        { type: 'slow', status: 'ok', time: 20000 },
        { type: 'slow', status: 'ok', time: 20000 },
      ],
    });
    expect(await queue.count()).to.equal(1);
  });

  it('reports a job that throws as failed with its error, keeps it for a retry and goes on', async () => {
    const { queue, clock, logger, executor } = executorOn(ctx.db(), {
      broken: () => {
        throw new Error('mail server unreachable');
      },
      fine: () => undefined,
    });
    await queue.push([
      { type: 'broken', params: {} },
      { type: 'fine', params: {} },
    ]);

    expect(await executor.runJobs()).to.deep.equal({
      reached: 'none-ready',
      jobs: [
        { type: 'broken', status: 'failed', error: 'mail server unreachable', time: 0 },
        { type: 'fine', status: 'ok', time: 0 },
      ],
    });
    expect(await queue.count()).to.equal(1);
    expect(logger.entries.map((e) => e.msg)).to.include('The "broken" job 1 failed (try 1): mail server unreachable');
    clock.advance(60);
    expect((await executor.runJobs()).jobs.map((j) => j.status)).to.deep.equal(['failed']);
  });

  it('reports a job whose run() returns false as failed', async () => {
    const { queue, executor } = executorOn(ctx.db(), { refuse: () => false });
    await queue.push({ type: 'refuse', params: {} });
    expect((await executor.runJobs()).jobs).to.deep.equal([
      { type: 'refuse', status: 'failed', error: 'The "refuse" job reported failure (its run() returned false).', time: 0 },
    ]);
  });

  it('fails a job of an unknown type with an error naming the type and JobClasses, without stopping the run', async () => {
    const { queue, executor } = executorOn(ctx.db(), { fine: () => undefined });
    await queue.push([
      { type: 'campaignEventsNotify', params: {} },
      { type: 'fine', params: {} },
    ]);

    const result = await executor.runJobs();
    expect(result.jobs).to.deep.equal([
      {
        type: 'campaignEventsNotify',
        status: 'failed',
        error:
          'No job class is registered for the job type "campaignEventsNotify": it is missing from JobClasses. Enable the ' +
          'extension that declares "campaignEventsNotify" in its JobClasses, or stop pushing such jobs.',
        time: 0,
      },
      { type: 'fine', status: 'ok', time: 0 },
    ]);
  });

  it('fails a job whose runner cannot be built', async () => {
    const { queue, clock, logger } = queueOn(ctx.db());
    const executor = new JobExecutor(
      queue,
      () => {
        throw new Error('Cannot load module src/jobs/Notify');
      },
      clock,
      logger,
    );
    await queue.push({ type: 'notify', params: {} });
    expect((await executor.runJobs()).jobs[0]).to.deep.include({ status: 'failed', error: 'Cannot load module src/jobs/Notify' });
  });

  it('refuses limits that are not positive', async () => {
    const { executor } = executorOn(ctx.db(), {});
    for (const [options, message] of [
      [{ maxJobs: 0 }, 'runJobs(): maxJobs must be a positive whole number, not 0.'],
      [{ maxJobs: 1.5 }, 'runJobs(): maxJobs must be a positive whole number, not 1.5.'],
      [{ maxTime: -1 }, 'runJobs(): maxTime must be a positive number of seconds, not -1.'],
    ] as const) {
      const error = await executor.runJobs(options).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(RangeError).with.property('message', message);
    }
  });
});
