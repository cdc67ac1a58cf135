import type { Wiki } from '../boot/bootWiki';
import type { CliOutput } from './output';
import { showValue } from './output';

/**
 * `wikiext config [--json]`: every config key with its effective value, its source (default or settings file),
 * its extension and description. Feature flags are marked.
 */
export function configCommand(wiki: Wiki, json: boolean, output: CliOutput): number {
  const entries = wiki.config.entries();
  if (json) {
    output.out(JSON.stringify(entries, null, 2));
    return 0;
  }
  let extension = '';
  for (const entry of [...entries].sort((a, b) => a.extension.localeCompare(b.extension))) {
    if (entry.extension !== extension) {
      extension = entry.extension;
      output.out(`${extension}:`);
    }
    output.out(`  ${entry.globalName} = ${showValue(entry.value)}${entry.flag ? '  [flag]' : ''}  (${entry.source})`);
    const description = describe(wiki, entry);
    if (description) output.out(`      ${description}`);
  }
  return 0;
}

/** The key's `descriptionmsg` in the wiki's language when the message exists, else its English `description`. */
function describe(wiki: Wiki, entry: { description?: string; descriptionmsg?: string }): string | undefined {
  const msg = entry.descriptionmsg === undefined ? undefined : wiki.messages.msg(entry.descriptionmsg);
  return msg?.exists() ? msg.text() : entry.description;
}

/** `wikiext flags`: the feature flags, on or off, and where that comes from. */
export function flagsCommand(wiki: Wiki, output: CliOutput): number {
  const flags = wiki.flags.list();
  if (flags.length === 0) output.out('No feature flags are declared.');
  for (const flag of flags) {
    output.out(`${flag.enabled ? 'on ' : 'off'}  ${flag.globalName}  (${flag.extension}, ${flag.source})`);
    const description = describe(wiki, wiki.config.entries().find((e) => e.name === flag.name) ?? flag);
    if (description) output.out(`     ${description}`);
  }
  return 0;
}
