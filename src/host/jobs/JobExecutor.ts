import type { Clock } from '../../framework/core/Clock';
import type { JobRunner } from '../../framework/core/JobQueue';
import { ErrorCodes, WikiextError } from '../../framework/errors';
import type { Logger } from '../../framework/Logger';
import type { ClaimedJob, SqlJobQueue } from './SqlJobQueue';

/** Limits of one run; without them the run goes on until the queue has no ready job. @public */
export interface RunJobsOptions {
  /** Stop after this many jobs. */
  readonly maxJobs?: number;
  /** Stop starting new jobs once this many seconds have passed. */
  readonly maxTime?: number;
}

/** One job of a run, as MediaWiki's JobRunner reports it. @public */
export interface JobRunReport {
  readonly type: string;
  readonly status: 'ok' | 'failed';
  /** Why the job failed; absent when it succeeded. */
  readonly error?: string;
  /** Milliseconds the job took. */
  readonly time: number;
}

/** The answer of a run (MediaWiki's RunJobs response). @public */
export interface RunJobsResult {
  /** Why the run stopped: the queue had no ready job, or a limit was reached. */
  readonly reached: 'none-ready' | 'job-limit' | 'time-limit' | 'none-possible';
  readonly jobs: JobRunReport[];
}

/**
 * Runs queued jobs (MediaWiki's JobRunner): claims them oldest first, builds each one's runner from its type
 * (`createRunner`, backed by `JobClasses`), acks it when it succeeds and hands it back for a retry when it fails.
 * A failing job never stops the run.
 *
 * @public
 */
export class JobExecutor {
  constructor(
    private readonly queue: SqlJobQueue,
    private readonly createRunner: (type: string) => JobRunner | undefined,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async runJobs(options: RunJobsOptions = {}): Promise<RunJobsResult> {
    checkLimit(options.maxJobs, 'maxJobs', Number.isInteger);
    checkLimit(options.maxTime, 'maxTime', Number.isFinite);
    const started = this.clock.now().getTime();
    const jobs: JobRunReport[] = [];
    // Limits are checked after each job, as MediaWiki does: a run always makes progress.
    for (;;) {
      const job = await this.queue.claim();
      if (job === null) return { reached: 'none-ready', jobs };
      jobs.push(await this.execute(job));
      if (options.maxJobs !== undefined && jobs.length >= options.maxJobs) return { reached: 'job-limit', jobs };
      if (options.maxTime !== undefined && this.clock.now().getTime() - started > options.maxTime * 1000) {
        return { reached: 'time-limit', jobs };
      }
    }
  }

  private async execute(job: ClaimedJob): Promise<JobRunReport> {
    const started = this.clock.now().getTime();
    const error = await this.run(job);
    const time = Math.round(this.clock.now().getTime() - started);
    if (error === undefined) {
      await this.queue.ack(job);
      this.logger.debug({ jobId: job.id, jobType: job.type, time }, `Ran the "${job.type}" job ${job.id}.`);
      return { type: job.type, status: 'ok', time };
    }
    await this.queue.fail(job, error);
    this.logger.warn(
      { jobId: job.id, jobType: job.type, attempt: job.attempts, time },
      `The "${job.type}" job ${job.id} failed (try ${job.attempts}): ${error}`,
    );
    return { type: job.type, status: 'failed', error, time };
  }

  /** Runs the job; returns why it failed, or undefined when it succeeded. */
  private async run(job: ClaimedJob): Promise<string | undefined> {
    try {
      const runner = this.createRunner(job.type);
      if (runner === undefined) {
        throw new WikiextError(
          ErrorCodes.JOB_TYPE_UNKNOWN,
          `No job class is registered for the job type "${job.type}": it is missing from JobClasses. Enable the ` +
            `extension that declares "${job.type}" in its JobClasses, or stop pushing such jobs.`,
        );
      }
      const result = await runner.run(job.params);
      return result === false ? `The "${job.type}" job reported failure (its run() returned false).` : undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}

function checkLimit(value: number | undefined, name: string, isValid: (n: number) => boolean): void {
  if (value !== undefined && (!isValid(value) || value <= 0)) {
    throw new RangeError(`runJobs(): ${name} must be a positive ${name === 'maxJobs' ? 'whole number' : 'number of seconds'}, not ${value}.`);
  }
}
