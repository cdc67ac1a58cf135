#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { WikiextError } from '../../framework/errors';
import { RegistryLoadError } from '../../framework/registry/ExtensionRegistry';
import { bootHost, type Host } from '../boot/bootHost';
import { bootWiki, type Wiki } from '../boot/bootWiki';
import { HOST } from '../HostInfo';
import { cliLogger } from './cliLogger';
import { configCommand, flagsCommand } from './configCommand';
import { createUserCommand, type CreateUserOptions } from './createUserCommand';
import { hooksCommand } from './hooksCommand';
import { infoCommand, printReport } from './infoCommand';
import { type CliOutput, processOutput } from './output';
import { runJobsCommand, type RunJobsOptions } from './runJobsCommand';
import { serveCommand, type ServeOptions, startSettingsFile } from './serveCommand';
import { updateCommand } from './updateCommand';
import { validateCommand } from './validateCommand';

/**
 * The `wikiext` command. Exit codes are part of the contract: 0 success, 1 a problem in the user's input
 * (manifest, settings, config value), 2 an unexpected failure.
 */
export async function main(argv: string[], output: CliOutput = processOutput): Promise<number> {
  let code = 0;
  const withWiki = (run: (wiki: Wiki) => number) => (opts: { settings?: string }) => {
    const wiki = bootWiki({ settingsFile: opts.settings, logger: cliLogger(output) });
    code = run(wiki);
  };
  /** Commands that need the database: boot the host (without touching the schema), run, close. */
  const withHost = async (settings: string | undefined, run: (host: Host) => Promise<number>, updateSchema = true) => {
    const host = await bootHost({ settingsFile: settings, logger: cliLogger(output), updateSchema });
    try {
      code = await run(host);
    } finally {
      await host.close();
    }
  };
  const program = new Command()
    .name('wikiext')
    .description('MediaWiki-style extension host: serve the wiki, manage its database and accounts, validate manifests, inspect config and hooks.')
    .version(HOST.version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) });
  const settingsOption = ['--settings <file>', 'settings file (default: $WIKIEXT_SETTINGS or ./LocalSettings.json)'] as const;

  program
    .command('validate')
    .argument('[files...]', 'extension.json files', [])
    .description('check extension.json files against the manifest schema')
    .action((files: string[]) => {
      code = validateCommand(files, output);
    });
  program
    .command('config')
    .option(...settingsOption)
    .option('--json', 'machine-readable output')
    .description('every config key with its effective value, source and description')
    .action((opts: { settings?: string; json?: boolean }) => withWiki((w) => configCommand(w, opts.json === true, output))(opts));
  program.command('flags').option(...settingsOption).description('feature flags and whether they are on').action(withWiki((w) => flagsCommand(w, output)));
  program.command('hooks').option(...settingsOption).description('every hook with its handlers').action(withWiki((w) => hooksCommand(w, output)));
  program.command('info').option(...settingsOption).description('loaded extensions and the start-up report').action(withWiki((w) => infoCommand(w, output)));
  program
    .command('start')
    .option('--settings <file>', 'settings file (default: $WIKIEXT_SETTINGS or the demo settings, examples/demo/LocalSettings.json)')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on', 'localhost')
    .option('--verbose', 'log every request')
    .description('start the demo wiki (examples/demo/LocalSettings.json unless a settings file is named): create the database and schema, add the demo accounts, pages and events once, serve HTTP')
    .action(async (opts: ServeOptions) => {
      code = await serveCommand({ ...opts, settings: startSettingsFile(opts.settings), demo: true }, output);
    });
  program
    .command('serve')
    .option(...settingsOption)
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on', 'localhost')
    .option('--demo', 'add the demo accounts and pages if they are missing')
    .option('--verbose', 'log every request')
    .description('serve the wiki the settings describe (SQLite or MariaDB), updating its schema first')
    .action(async (opts: ServeOptions) => {
      code = await serveCommand(opts, output);
    });
  program
    .command('update')
    .option(...settingsOption)
    .description('create missing tables and apply schema changes (safe to run again)')
    .action(async (opts: { settings?: string }) => withHost(opts.settings, (host) => updateCommand(host.db, host.wiki, output), false));
  program
    .command('createuser')
    .argument('<name>', 'account name')
    .option(...settingsOption)
    .option('--password <password>', 'password (at least 8 characters)')
    .option('--groups <groups>', 'comma-separated groups, e.g. sysop,bureaucrat')
    .option('--email <address>', 'email address')
    .description('create an account, optionally in groups')
    .action(async (name: string, opts: CreateUserOptions & { settings?: string }) =>
      withHost(opts.settings, (host) => createUserCommand(host, name, opts, output)),
    );
  program
    .command('run-jobs')
    .option(...settingsOption)
    .option('--maxjobs <n>', 'stop after this many jobs')
    .option('--maxtime <seconds>', 'stop after this many seconds')
    .description('run queued jobs')
    .action(async (opts: RunJobsOptions & { settings?: string }) => withHost(opts.settings, (host) => runJobsCommand(host, opts, output)));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    return reportFailure(e, output);
  }
  return code;
}

function reportFailure(e: unknown, output: CliOutput): number {
  if (e instanceof Error && 'exitCode' in e && typeof e.exitCode === 'number' && 'code' in e && String(e.code).startsWith('commander.')) {
    return e.exitCode; // commander already printed usage, help or the version
  }
  if (e instanceof RegistryLoadError) {
    output.err('Extensions could not be loaded:');
    for (const problem of e.problems) output.err(`  ${problem}`);
    printReport(e.report, { out: output.err, err: output.err });
    return 1;
  }
  if (e instanceof WikiextError) {
    output.err(e.message);
    return 1;
  }
  output.err(`Unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
