import * as path from 'node:path';

/** Which settings file to use, and whether someone named it (a named file must exist; the default may not). */
export interface SettingsChoice {
  file: string;
  named: boolean;
}

/** `--settings FILE`, else `WIKIEXT_SETTINGS`, else `LocalSettings.json` in the current folder. */
export function resolveSettingsFile(explicit: string | undefined, env = process.env, cwd = process.cwd()): SettingsChoice {
  const named = explicit ?? env.WIKIEXT_SETTINGS;
  if (named !== undefined && named !== '') return { file: path.resolve(cwd, named), named: true };
  return { file: path.resolve(cwd, 'LocalSettings.json'), named: false };
}
