import { existsSync } from 'node:fs';
import { formatStartupReport, type StartupReport } from '../../framework/registry/StartupReport';
import type { Wiki } from '../boot/bootWiki';
import { HOST } from '../HostInfo';
import type { CliOutput } from './output';

/** `wikiext info`: the host, the settings file, the loaded extensions with their versions, and the start-up report. */
export function infoCommand(wiki: Wiki, output: CliOutput): number {
  output.out(`wikiext ${HOST.version} (MediaWiki-compatible ${HOST.mediaWikiVersion}), Node ${process.version}`);
  output.out(`Settings: ${wiki.settings.file}${existsSync(wiki.settings.file) ? '' : ' (not found; defaults in use)'}`);
  output.out('Extensions:');
  for (const ext of wiki.registry.getAllThings()) {
    const description = ext.descriptionmsg ? wiki.messages.msg(ext.descriptionmsg).text() : (ext.description ?? '');
    output.out(`  ${ext.name} ${ext.version ?? '(no version)'}  ${ext.path}`);
    if (description) output.out(`      ${description}`);
  }
  printReport(wiki.report, output);
  return 0;
}

/** Prints a start-up report; also used when loading failed. */
export function printReport(report: StartupReport, output: CliOutput): void {
  output.out('Start-up report:');
  for (const line of formatStartupReport(report)) output.out(`  ${line}`);
}
