import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The folder of an extension, found from its code: the nearest folder, going up from `codeDir`, that holds `marker`
 * (a file of the extension's source tree, e.g. `sql/tables.json`). Code compiled by tsc runs from `dist/`, a mirror
 * of the source tree without its data files, so a `codeDir` under `dist/` is first mapped back to the source
 * (`<root>/dist/<rest>` -> `<root>/<rest>`); plain JavaScript is searched from where it is. What MediaWiki code gets
 * from `__DIR__`.
 *
 * @param name the extension, for the error.
 * @throws Error naming the folders searched when none holds `marker`.
 * @public
 */
export function extensionFolder(codeDir: string, marker: string, name: string): string {
  const parts = path.resolve(codeDir).split(path.sep);
  const dist = parts.lastIndexOf('dist');
  const starts = dist === -1 ? [parts.join(path.sep)] : [[...parts.slice(0, dist), ...parts.slice(dist + 1)].join(path.sep), parts.join(path.sep)];
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, marker))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`${name}: none of the folders from ${starts.join(' or ')} upwards holds ${marker}; the extension folder is incomplete.`);
}
