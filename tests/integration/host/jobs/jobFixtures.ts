import { ManualClock } from '../../../../src/framework/core/Clock';
import type { Database } from '../../../../src/framework/db/Database';
import { SqlJobQueue } from '../../../../src/host/jobs/SqlJobQueue';
import { recordingLogger } from '../../../unit/hooks/builders';

/** A job queue on `db` with a manual clock at 2026-03-01 12:00 UTC and a logger that keeps its entries. */
export function queueOn(db: Database) {
  const clock = new ManualClock('2026-03-01T12:00:00Z');
  const logger = recordingLogger();
  return { clock, logger, queue: new SqlJobQueue(db, clock, logger) };
}
