import * as path from 'node:path';
import { pointerTo } from '../json/jsonPointer';
import schema from './extension.schema.json';
import type { ManifestProblem } from './ManifestProblem';

/**
 * ResourceLoader options of MediaWiki that wikiext accepts and ignores (with a warning): the keys of the schema's
 * `resourceModule` that declare no type. `remote*Path` are typed and ignored silently, since load.php makes them moot.
 */
const IGNORED_OPTIONS: ReadonlySet<string> = new Set(
  Object.entries(schema.definitions.resourceModule.properties)
    .filter(([, property]) => !('type' in property))
    .map(([key]) => key),
);

/** Characters load.php uses to list modules (`modules=a|b`) or MediaWiki reserves in module names. */
const BAD_NAME = /[|,!\s]/;

const KINDS = {
  scripts: { extensions: ['.js', '.ts'], what: 'a script must be a .js file, or a .ts file that tsc compiles to a plain script' },
  styles: { extensions: ['.css'], what: 'a style must be a .css file (wikiext does not compile .less)' },
} as const;

/**
 * The rules of `ResourceModules` the schema cannot express: module names load.php can list, scripts and styles of
 * the right kind inside the extension folder, and a warning for MediaWiki options wikiext ignores or a module that
 * loads nothing. Whether the files exist is checked when the server starts, since they may be built later.
 * Shapes the schema rejects are left to its messages.
 *
 * @internal
 */
export function checkResourceModules(file: string, data: Record<string, unknown>): ManifestProblem[] {
  const modules = data.ResourceModules;
  if (!isObject(modules)) return [];
  const problems: ManifestProblem[] = [];
  const problem = (pointer: string, message: string, severity: ManifestProblem['severity'] = 'error') =>
    problems.push({ file, pointer, message, severity });

  for (const [name, module] of Object.entries(modules)) {
    const at = pointerTo('/ResourceModules', name);
    if (name === '' || BAD_NAME.test(name) || name.length > 255) {
      problem(at, `"${name}" is not a usable module name: give 1 to 255 characters without "|", ",", "!" or spaces, such as "ext.myExtension.form"`);
    }
    if (!isObject(module)) continue;
    const base = typeof module.localBasePath === 'string' ? module.localBasePath : '';
    const baseOutside = leavesFolder(base);
    if (baseOutside) {
      problem(pointerTo(at, 'localBasePath'), `"${base}" is outside the extension folder; give a folder inside it, such as "modules"`);
    }
    let files = 0;
    for (const kind of ['scripts', 'styles'] as const) {
      const value = module[kind];
      const entries: [string, unknown][] = Array.isArray(value)
        ? value.map((v, i) => [pointerTo(at, kind, i), v])
        : value === undefined ? [] : [[pointerTo(at, kind), value]];
      for (const [pointer, entry] of entries) {
        if (typeof entry !== 'string') continue;
        files++;
        if (!KINDS[kind].extensions.some((ext) => entry.endsWith(ext)) || entry.endsWith('.d.ts')) {
          problem(pointer, `${KINDS[kind].what}; got "${entry}"`);
        } else if (isAbsolute(entry) || (!baseOutside && leavesFolder(path.posix.join(base, entry)))) {
          problem(pointer, `"${entry}" is outside the extension folder; module files must be inside it`);
        }
      }
    }
    const ignored = Object.keys(module).filter((key) => IGNORED_OPTIONS.has(key));
    for (const key of ignored) {
      problem(pointerTo(at, key), `"${key}" is a ResourceLoader option that wikiext does not support; it is ignored`, 'warning');
    }
    if (files === 0 && ignored.length === 0) {
      problem(at, 'the module has no scripts and no styles, so loading it does nothing; list its files under "scripts" or "styles"', 'warning');
    }
  }
  return problems;
}

/** Whether a manifest-relative path is absolute or climbs out of the extension folder. */
function leavesFolder(relative: string): boolean {
  if (isAbsolute(relative)) return true;
  const normalized = path.posix.normalize(relative.replace(/\\/g, '/'));
  return normalized === '..' || normalized.startsWith('../');
}

function isAbsolute(file: string): boolean {
  return path.posix.isAbsolute(file) || path.win32.isAbsolute(file);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
