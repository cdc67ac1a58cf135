import type { Host } from '../boot/bootHost';
import type { CliOutput } from './output';

/** Options of `wikiext run-jobs`, MediaWiki's runJobs.php names. */
export interface RunJobsOptions {
  maxjobs?: string;
  maxtime?: string;
}

/** `wikiext run-jobs [--maxjobs N] [--maxtime SECONDS]`: runs queued jobs and prints one line per job. */
export async function runJobsCommand(host: Host, opts: RunJobsOptions, output: CliOutput): Promise<number> {
  const maxJobs = positive(opts.maxjobs, '--maxjobs', output);
  const maxTime = positive(opts.maxtime, '--maxtime', output);
  if (maxJobs === null || maxTime === null) return 1;
  const result = await host.jobExecutor.runJobs({ maxJobs, maxTime });
  for (const job of result.jobs) {
    output.out(`${job.type}: ${job.status === 'ok' ? 'good' : `failed: ${job.error ?? 'unknown error'}`} (${job.time} ms)`);
  }
  const failed = result.jobs.filter((j) => j.status !== 'ok').length;
  output.out(`Ran ${result.jobs.length} job${result.jobs.length === 1 ? '' : 's'}${failed > 0 ? `, ${failed} failed` : ''}; stopped: ${result.reached}.`);
  return failed > 0 ? 1 : 0;
}

/** undefined when not given, null (after printing why) when not a positive whole number. */
function positive(raw: string | undefined, flag: string, output: CliOutput): number | undefined | null {
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(raw)) {
    output.err(`run-jobs: ${flag} must be a positive whole number, not "${raw}".`);
    return null;
  }
  return Number(raw);
}
