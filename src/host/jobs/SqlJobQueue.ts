import { randomBytes } from 'node:crypto';
import type { Generated } from 'kysely';
import type { Clock } from '../../framework/core/Clock';
import type { JobQueueGroup, JobSpecification } from '../../framework/core/JobQueue';
import { toMwTimestamp } from '../../framework/core/MwTimestamp';
import type { Database } from '../../framework/db/Database';
import { ErrorCodes, WikiextError } from '../../framework/errors';
import { type Logger, silentLogger } from '../../framework/Logger';
import { toStoredJson } from '../stash/storedJson';

/** The columns of `job` (sql/host/tables.json). */
interface JobTables {
  job: {
    job_id: Generated<number>;
    job_cmd: string;
    job_params: string;
    /** When the job becomes ready: the push time, or the time of the next try after a failure. */
    job_timestamp: string | null;
    job_token: string;
    job_token_timestamp: string | null;
    job_attempts: number;
  };
}

/** How often a job is tried before it is dropped (MediaWiki's `maxTries` default). @public */
export const JOB_MAX_ATTEMPTS = 3;
/** A claim older than this is taken to belong to a runner that died; the job is tried again (MediaWiki's claimTTL). @public */
export const JOB_CLAIM_TTL_SECONDS = 3600;
/** How long a failed job waits before its next try, so one run does not burn all its attempts at once. @public */
export const JOB_RETRY_DELAY_SECONDS = 60;
/** `job_cmd` is VARBINARY(60). */
const MAX_TYPE_BYTES = 60;
/** Claims race on MariaDB; a lost race just tries the next candidate, a few times at most. */
const CLAIM_RACE_RETRIES = 10;

/** A job taken off the queue by one runner. Hand it back with `ack()` or `fail()`. @public */
export interface ClaimedJob {
  readonly id: number;
  readonly type: string;
  readonly params: Record<string, unknown>;
  /** Which try this is, from 1. */
  readonly attempts: number;
  /** Proves the claim: `ack()` and `fail()` only touch the job while this runner still holds it. */
  readonly token: string;
}

/**
 * The database job queue (MediaWiki's JobQueueDB) on the `job` table. Jobs are claimed one at a time with a
 * compare-and-set on `job_token`, which is atomic on SQLite and MariaDB alike without row locks; a job is tried
 * at most three times, a minute apart, and a claim left by a crashed runner is taken over after an hour.
 *
 * @public
 */
export class SqlJobQueue implements JobQueueGroup {
  private readonly db: Database<JobTables>;

  constructor(
    db: Database,
    private readonly clock: Clock,
    private readonly logger: Logger = silentLogger,
  ) {
    this.db = db.as<JobTables>();
  }

  /** Queues jobs, all or none: a job with an empty or too long type, or parameters that are not plain JSON, is refused. */
  async push(jobs: JobSpecification | readonly JobSpecification[]): Promise<void> {
    const list: readonly JobSpecification[] = Array.isArray(jobs) ? jobs : [jobs as JobSpecification];
    const now = this.now();
    const rows = list.map((job) => ({
      job_cmd: checkedType(job.type),
      job_params: toStoredJson(job.params, `Parameters of the "${job.type}" job`),
      job_timestamp: now,
      job_token: '',
      job_attempts: 0,
    }));
    if (rows.length === 0) return;
    await this.db.transaction(async (db) => {
      for (const row of rows) await db.insert('job', row);
    });
  }

  /** Takes the oldest ready job (or one whose claim has gone stale), or returns null when there is none. */
  async claim(): Promise<ClaimedJob | null> {
    for (let race = 0; race < CLAIM_RACE_RETRIES; race++) {
      const now = this.now();
      const staleBefore = toMwTimestamp(new Date(this.clock.now().getTime() - JOB_CLAIM_TTL_SECONDS * 1000));
      const candidate = await this.db.kysely
        .selectFrom('job')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb.and([eb('job_token', '=', ''), eb.or([eb('job_timestamp', 'is', null), eb('job_timestamp', '<=', now)])]),
            eb.and([eb('job_token', '!=', ''), eb('job_token_timestamp', '<', staleBefore)]),
          ]),
        )
        .orderBy('job_id')
        .limit(1)
        .executeTakeFirst();
      if (candidate === undefined) return null;

      const attempts = this.db.readNumber(candidate.job_attempts);
      if (candidate.job_token !== '' && attempts >= JOB_MAX_ATTEMPTS) {
        await this.drop(candidate.job_id, candidate.job_token, candidate.job_cmd, `its runner stopped during try ${attempts}`);
        continue;
      }
      const token = randomBytes(16).toString('hex');
      const taken = await this.db.kysely
        .updateTable('job')
        .set({ job_token: token, job_token_timestamp: now, job_attempts: attempts + 1 })
        .where('job_id', '=', candidate.job_id)
        .where('job_token', '=', candidate.job_token)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 1) {
        return {
          id: this.db.readNumber(candidate.job_id),
          type: candidate.job_cmd,
          params: JSON.parse(candidate.job_params) as Record<string, unknown>,
          attempts: attempts + 1,
          token,
        };
      }
    }
    return null;
  }

  /** The job is done: removes it. */
  async ack(job: ClaimedJob): Promise<void> {
    await this.db.kysely.deleteFrom('job').where('job_id', '=', job.id).where('job_token', '=', job.token).execute();
  }

  /** The try failed: the job is tried again in a minute, or dropped (and logged) after its third try. */
  async fail(job: ClaimedJob, error: string): Promise<void> {
    if (job.attempts >= JOB_MAX_ATTEMPTS) {
      await this.drop(job.id, job.token, job.type, `try ${job.attempts} failed: ${error}`);
      return;
    }
    const retryAt = toMwTimestamp(new Date(this.clock.now().getTime() + JOB_RETRY_DELAY_SECONDS * 1000));
    await this.db.kysely
      .updateTable('job')
      .set({ job_token: '', job_token_timestamp: null, job_timestamp: retryAt })
      .where('job_id', '=', job.id)
      .where('job_token', '=', job.token)
      .execute();
  }

  /** Jobs in the queue: waiting, waiting for a retry, or being run. */
  async count(): Promise<number> {
    const row = await this.db.kysely.selectFrom('job').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return this.db.readNumber(row.n);
  }

  private async drop(id: number, token: string, type: string, why: string): Promise<void> {
    await this.db.kysely.deleteFrom('job').where('job_id', '=', id).where('job_token', '=', token).execute();
    this.logger.warn({ jobId: id, jobType: type }, `Dropped the "${type}" job ${id} after ${JOB_MAX_ATTEMPTS} tries: ${why}.`);
  }

  private now(): string {
    return toMwTimestamp(this.clock.now());
  }
}

function checkedType(type: unknown): string {
  if (typeof type !== 'string' || type.trim() === '' || Buffer.byteLength(type, 'utf8') > MAX_TYPE_BYTES) {
    throw new WikiextError(
      ErrorCodes.JOB_TYPE_UNKNOWN,
      `A job needs a type of 1 to ${MAX_TYPE_BYTES} bytes, the key of its JobClasses entry; got ${JSON.stringify(type)}.`,
    );
  }
  return type;
}
