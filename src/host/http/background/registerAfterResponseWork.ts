import type { FastifyInstance } from 'fastify';
import type { LiveConfig } from '../../../framework/config/LiveConfig';
import type { JobExecutor } from '../../jobs/JobExecutor';
import { type BackgroundWork, DeferredUpdates } from './BackgroundWork';

declare module 'fastify' {
  interface FastifyRequest {
    /** Work to do after this request's response has been sent (hooks such as PageView). */
    deferredUpdates: DeferredUpdates;
  }
  interface FastifyInstance {
    /** Tasks running after responses; `await app.backgroundWork.idle()` waits for them (tests, shutdown). */
    backgroundWork: BackgroundWork;
  }
}

/**
 * After each response: runs the request's deferred updates, then, as MediaWiki does with `$wgJobRunRate`, up to
 * `JobRunRate` queued jobs (a rate below 1 is the chance of running one job). One job run at a time per server, so a
 * burst of requests does not start a burst of job runners.
 */
export function registerAfterResponseWork(
  app: FastifyInstance,
  work: BackgroundWork,
  jobs: { executor: JobExecutor; config: LiveConfig },
): void {
  app.decorate('backgroundWork', work);
  app.decorateRequest('deferredUpdates', null as unknown as DeferredUpdates);
  app.addHook('onRequest', async (request) => {
    request.deferredUpdates = new DeferredUpdates();
  });

  let jobsRunning = false;
  app.addHook('onResponse', async (request) => {
    for (const { description, task } of request.deferredUpdates?.take() ?? []) work.run(description, task);
    const maxJobs = jobsPerRequest(jobs.config);
    if (maxJobs === 0 || jobsRunning) return;
    jobsRunning = true;
    work.run('Running queued jobs after a request', async () => {
      try {
        await jobs.executor.runJobs({ maxJobs });
      } finally {
        jobsRunning = false;
      }
    });
  });
}

/** `JobRunRate` (default 1) as a whole number of jobs for this request. */
export function jobsPerRequest(config: LiveConfig, random: () => number = Math.random): number {
  const rate = config.has('JobRunRate') ? Number(config.get('JobRunRate')) : 1;
  if (!(rate > 0)) return 0;
  if (rate < 1) return random() < rate ? 1 : 0;
  return Math.floor(rate);
}
