import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, WikiextError } from '../errors';
import { kindOf } from '../json/describeValue';
import { JsonSyntaxError, scanJsonText } from '../json/scanJsonText';

/**
 * A site's settings file as read: which extensions to load and the values it sets.
 *
 * @public
 */
export interface SiteSettings {
  /** The file as the caller named it; messages use this. */
  file: string;
  /** `wfLoadExtensions`, each resolved to an absolute extension.json path. */
  extensions: string[];
  /** Every other key except `@` comments, by the name written (`wgFooEnable`). Names are judged against the declarations later. */
  values: Record<string, unknown>;
}

/** The key that lists the extensions to load, as MediaWiki's `wfLoadExtensions()`. @public */
export const LOAD_EXTENSIONS_KEY = 'wfLoadExtensions';

const EXAMPLE = '{ "wfLoadExtensions": ["./"], "wgCampaignEventsEnableContributionTracking": true }';

/**
 * Reads a JSON settings file (`LocalSettings.json`). Extension paths in `wfLoadExtensions` are relative to the
 * file's folder and name an extension folder or its extension.json. With `optional`, a missing file gives empty
 * settings (the default LocalSettings.json may be absent; a file the admin named must exist).
 *
 * @throws WikiextError SETTINGS_UNREADABLE, SETTINGS_BAD_JSON or SETTINGS_INVALID
 * @public
 */
export function readSettingsFile(file: string, options: { optional?: boolean } = {}): SiteSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (options.optional === true && code === 'ENOENT') return { file, extensions: [], values: {} };
    throw new WikiextError(
      ErrorCodes.SETTINGS_UNREADABLE,
      `Cannot read the settings file ${file} (${code ?? (e as Error).message}). Create it, for example ${EXAMPLE}, ` +
        'or point at another file with --settings FILE or the WIKIEXT_SETTINGS environment variable.',
      { file },
    );
  }
  const data = parse(file, text);
  const extensions = extensionPaths(file, data[LOAD_EXTENSIONS_KEY]);
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key !== LOAD_EXTENSIONS_KEY && !key.startsWith('@')) values[key] = value;
  }
  return { file, extensions, values };
}

function parse(file: string, text: string): Record<string, unknown> {
  let duplicates: string[];
  try {
    duplicates = scanJsonText(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new WikiextError(
      ErrorCodes.SETTINGS_BAD_JSON,
      `${file}:${e.line}:${e.column}: not valid JSON (${e.reason}). ` +
        'Check for a missing comma or quote, or a trailing comma; comments go in "@"-prefixed keys.',
      { file, line: e.line, column: e.column },
    );
  }
  if (duplicates.length > 0) {
    throw new WikiextError(
      ErrorCodes.SETTINGS_INVALID,
      `${file}: ${duplicates.map((p) => `"${p.slice(1)}"`).join(', ')} set more than once; ` +
        'JSON keeps only the last value, so remove the others.',
      { file, duplicates },
    );
  }
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new WikiextError(
      ErrorCodes.SETTINGS_INVALID,
      `${file}: the settings must be a JSON object such as ${EXAMPLE}, but the file holds ${kindOf(data)}.`,
      { file },
    );
  }
  return data as Record<string, unknown>;
}

function extensionPaths(file: string, list: unknown): string[] {
  if (list === undefined) return [];
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string')) {
    throw new WikiextError(
      ErrorCodes.SETTINGS_INVALID,
      `${file}: "${LOAD_EXTENSIONS_KEY}" must be a list of paths to extension folders, such as ["./", ` +
        `"../extensions/MyExtension"], but it is ${JSON.stringify(list)}.`,
      { file },
    );
  }
  const base = path.dirname(path.resolve(file));
  return list.map((p) => {
    const resolved = path.resolve(base, p);
    return resolved.endsWith('.json') ? resolved : path.join(resolved, 'extension.json');
  });
}
