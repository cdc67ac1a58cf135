/**
 * Deferred work. Extensions register job types in `JobClasses` (type -> class or factory) and push jobs; the host
 * runs them in the background, with `wikiext run-jobs`, or through Special:RunJobs.
 */

/** A job to run later: a type registered in `JobClasses` and JSON parameters. @public */
export interface JobSpecification {
  readonly type: string;
  readonly params: Record<string, unknown>;
}

/** What a `JobClasses` entry builds. Throwing (or returning false) marks the attempt failed; it is retried. @public */
export interface JobRunner {
  run(params: Record<string, unknown>): Promise<boolean | void>;
}

/** Where jobs are pushed (MediaWiki's JobQueueGroup). @public */
export interface JobQueueGroup {
  push(jobs: JobSpecification | readonly JobSpecification[]): Promise<void>;
}
