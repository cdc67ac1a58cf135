import * as path from 'node:path';
import pino from 'pino';
import type { Logger } from '../../framework/Logger';
import { bootHost } from '../boot/bootHost';
import { DEMO_ACCOUNTS, seedDemo } from '../demo/seedDemo';
import { REPO_ROOT } from '../HostInfo';
import { startHttpServer } from '../http/startHttpServer';
import type { CliOutput } from './output';

/** The demo wiki's settings (CampaignEvents and GrantId, data in the repository's data/ folder). */
export const DEMO_SETTINGS_FILE = path.join(REPO_ROOT, 'examples', 'demo', 'LocalSettings.json');

/** The settings file of `wikiext start`: --settings, else WIKIEXT_SETTINGS (left to bootHost), else the demo's. */
export function startSettingsFile(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (explicit !== undefined) return explicit;
  return env.WIKIEXT_SETTINGS === undefined || env.WIKIEXT_SETTINGS === '' ? DEMO_SETTINGS_FILE : undefined;
}

/** Options of `wikiext serve` and `wikiext start`. */
export interface ServeOptions {
  settings?: string;
  port?: string;
  host?: string;
  /** Add the demo content it lacks: accounts, pages, events (`start` does; `serve` only with --demo). */
  demo?: boolean;
  /** Log every request (pino JSON on stdout); otherwise warnings and errors only. */
  verbose?: boolean;
}

/**
 * `wikiext serve` / `wikiext start`: boots the host on the settings' database, brings the schema up to date, seeds
 * the demo when asked, and serves HTTP until SIGTERM or SIGINT, when it stops accepting, finishes the requests in
 * flight and closes the database. Resolves once listening; the process then lives as long as the server.
 */
export async function serveCommand(opts: ServeOptions, output: CliOutput): Promise<number> {
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    output.err(`serve: --port must be a port number from 0 to 65535, not "${opts.port}".`);
    return 1;
  }
  const logger: Logger = pino({ level: opts.verbose === true ? 'info' : 'warn' });
  const host = await bootHost({ settingsFile: opts.settings, logger });
  host.wiki.watchSettings((result) => {
    if (!result.ok) logger.warn({}, `Settings not reloaded: ${result.error.message}`);
  });
  if (opts.demo === true) for (const done of await seedDemo(host)) output.out(done);
  const server = await startHttpServer(host, { port, host: opts.host ?? 'localhost', logger });
  if (opts.demo === true) {
    output.out('Demo logins (name / password):');
    for (const account of DEMO_ACCOUNTS) output.out(`  ${account.name} / ${account.password}  (${account.role})`);
  }
  // Last, so the line people (and scripts waiting for the server) look for comes once everything else is printed.
  output.out(`${host.wiki.config.get<string>('Sitename')} is running at ${server.url} (${host.db.type} database). Stop it with Ctrl+C.`);
  return 0;
}
