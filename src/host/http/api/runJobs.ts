import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Namespaces } from '../../../framework/core/Title';
import type { Host } from '../../boot/bootHost';
import type { RunJobsOptions } from '../../jobs/JobExecutor';
import { runJobsSignature, signatureMatches } from './runJobsSignature';

/** The parameters Special:RunJobs reads (MediaWiki's `$required + $optional`); all but `signature` are signed. */
const PARAMETERS = ['title', 'signature', 'sigexpiry', 'tasks', 'maxjobs', 'maxtime', 'type', 'async', 'stats'] as const;
const REQUIRED = ['title', 'signature', 'sigexpiry'] as const;

/**
 * Special:RunJobs, MediaWiki's HTTP job runner: `POST /w/index.php` with `title=Special:RunJobs`, a `sigexpiry`
 * (Unix seconds) and a `signature` over the other parameters (see runJobsSignature). Runs up to `maxjobs` jobs
 * (default 1) for up to `maxtime` seconds (default 30):
 *
 * - `async` (the default): answers 202 at once and runs the jobs after the response;
 * - `async=0&stats=1`: runs them first and answers the run's JSON, `{"reached": "none-ready", "jobs": [...]}`;
 * - `async=0` alone: answers `Done`.
 *
 * A missing parameter, a wrong or expired signature is a 400, a GET a 405.
 *
 * `/w/index.php` belongs to the page routes, so this is a `preHandler` hook that takes over requests for
 * Special:RunJobs before the page handler sees them. Register it on the server's root context (or one shared with
 * it) so the hook covers that route.
 *
 * @public
 */
export function registerRunJobs(app: FastifyInstance, host: Host): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/w/index.php' || !isRunJobsTitle(host, requestValues(request).title)) return;
    await handleRunJobs(host, request, reply);
    return reply;
  });
}

async function handleRunJobs(host: Host, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method !== 'POST') {
    await refuse(reply.header('allow', 'POST'), 405, 'Request must be POSTed.');
    return;
  }
  const values = requestValues(request);
  const missing = REQUIRED.filter((name) => values[name] === undefined);
  if (missing.length > 0) return refuse(reply, 400, `Missing parameters: ${missing.join(', ')}.`);

  const { signature, ...signed } = values;
  if (!signatureMatches(signature!, runJobsSignature(signed as Record<string, string>, host.secretKey))) {
    return refuse(
      reply,
      400,
      'Invalid or stale signature provided: the signature does not match the parameters. Sign every parameter but ' +
        '"signature" with wgSecretKey, as MediaWiki\'s SpecialRunJobs::getQuerySignature() does.',
    );
  }
  const expiry = Number(values.sigexpiry);
  if (!/^\d+$/.test(values.sigexpiry!) || expiry < host.clock.now().getTime() / 1000) {
    return refuse(
      reply,
      400,
      `Invalid or stale signature provided: it expired (sigexpiry ${values.sigexpiry} is not a Unix time in the future). ` +
        'Sign the request again with a later sigexpiry.',
    );
  }
  if (values.type !== undefined) {
    return refuse(reply, 400, 'The "type" parameter is not supported: this wiki runs queued jobs of every type, oldest first. Leave it out.');
  }
  const limits = runLimits(values);
  if (typeof limits === 'string') return refuse(reply, 400, limits);

  if (isTrue(values.async ?? '1')) {
    request.deferredUpdates.add('Running jobs for Special:RunJobs', () => host.jobExecutor.runJobs(limits));
    await reply.code(202).send();
    return;
  }
  const result = await host.jobExecutor.runJobs(limits);
  if (isTrue(values.stats ?? '')) await reply.type('application/json; charset=utf-8').send(JSON.stringify(result));
  else await reply.type('text/plain; charset=utf-8').send('Done\n');
}

/** `maxjobs` (0 or absent: 1) and `maxtime` in seconds (0 or absent: 30), as SpecialRunJobs::doRun(); or what is wrong. */
function runLimits(values: Partial<Record<(typeof PARAMETERS)[number], string>>): RunJobsOptions | string {
  for (const name of ['maxjobs', 'maxtime'] as const) {
    const value = values[name];
    if (value !== undefined && !/^\d*$/.test(value)) return `"${name}" must be a whole number, not "${value}".`;
  }
  return { maxJobs: Number(values.maxjobs ?? 0) || 1, maxTime: Number(values.maxtime ?? 0) || 30 };
}

/** PHP's truthiness of a request string: everything but "" and "0". */
function isTrue(value: string): boolean {
  return value !== '' && value !== '0';
}

function isRunJobsTitle(host: Host, title: string | undefined): boolean {
  if (title === undefined) return false;
  try {
    const parsed = host.titles.parseTitle(title);
    // Special page names ignore case after the first letter, as MediaWiki's alias lookup does.
    return parsed.namespace === Namespaces.Special && parsed.dbKey.toLowerCase() === 'runjobs';
  } catch {
    return false;
  }
}

/** The Special:RunJobs parameters of the request, the POST body winning over the query string (`WebRequest::getValues`). */
function requestValues(request: FastifyRequest): Partial<Record<(typeof PARAMETERS)[number], string>> {
  const values: Partial<Record<(typeof PARAMETERS)[number], string>> = {};
  for (const source of [request.query, request.body]) {
    if (typeof source !== 'object' || source === null) continue;
    for (const name of PARAMETERS) {
      const raw = (source as Record<string, unknown>)[name];
      const value = Array.isArray(raw) ? raw.at(-1) : raw;
      if (typeof value === 'string') values[name] = value;
    }
  }
  return values;
}

async function refuse(reply: FastifyReply, status: number, message: string): Promise<void> {
  await reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify({ error: message }));
}
