#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { WikiextError } from '../../framework/errors';
import { RegistryLoadError } from '../../framework/registry/ExtensionRegistry';
import { bootWiki, type Wiki } from '../boot/bootWiki';
import { HOST } from '../HostInfo';
import { cliLogger } from './cliLogger';
import { configCommand, flagsCommand } from './configCommand';
import { hooksCommand } from './hooksCommand';
import { infoCommand, printReport } from './infoCommand';
import { type CliOutput, processOutput } from './output';
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
  const program = new Command()
    .name('wikiext')
    .description('MediaWiki-style extension host: validate manifests, inspect config, hooks and extensions.')
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
    .option(...settingsOption)
    .description('start the wiki (for now: load everything and print the summary)')
    .action(withWiki((w) => infoCommand(w, output)));

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
