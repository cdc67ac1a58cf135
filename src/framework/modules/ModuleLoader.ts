import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, WikiextError } from '../errors';

/**
 * Where TypeScript sources are compiled to. A manifest names `src/events/ServiceWiring`; with the mapping
 * `{ source: '/repo', compiled: '/repo/dist' }` that loads `/repo/dist/src/events/ServiceWiring.js`.
 *
 * @public
 */
export interface CompiledRoot {
  source: string;
  compiled: string;
}

/**
 * Loads what manifests reference as `"path/to/module#exportName"` (relative to the extension folder). A module is
 * looked for as written first (plain JavaScript extensions), then under each compiled root.
 *
 * @public
 */
export class ModuleLoader {
  readonly #roots: readonly CompiledRoot[];

  constructor(roots: readonly CompiledRoot[] = []) {
    this.#roots = roots.map((r) => ({ source: path.resolve(r.source), compiled: path.resolve(r.compiled) }));
  }

  /** Splits `"a/b#C"` into module path and export name (`default` when there is no `#`). */
  static parse(ref: string): { modulePath: string; exportName: string } {
    const hash = ref.lastIndexOf('#');
    return hash === -1
      ? { modulePath: ref, exportName: 'default' }
      : { modulePath: ref.slice(0, hash), exportName: ref.slice(hash + 1) };
  }

  /** The absolute file a reference resolves to, or `undefined`. */
  resolveFile(dir: string, ref: string): string | undefined {
    const { modulePath } = ModuleLoader.parse(ref);
    const base = path.resolve(dir, modulePath);
    const bases = [base];
    for (const root of this.#roots) {
      const rel = path.relative(root.source, base);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) bases.push(path.join(root.compiled, rel));
    }
    for (const b of bases) {
      for (const candidate of [b, `${b}.js`, `${b}.cjs`, path.join(b, 'index.js')]) {
        if (/\.c?js$/.test(candidate) && existsSync(candidate)) return candidate;
      }
    }
    return undefined;
  }

  /**
   * Loads the export a reference names. `owner` names who referenced it (e.g. `CampaignEvents HookHandlers.main`)
   * so that the error says where to look.
   */
  load(dir: string, ref: string, owner: string): unknown {
    const { exportName } = ModuleLoader.parse(ref);
    const file = this.resolveFile(dir, ref);
    if (file === undefined) {
      throw new WikiextError(
        ErrorCodes.MODULE_NOT_FOUND,
        `${owner}: cannot find module "${ModuleLoader.parse(ref).modulePath}" (relative to ${dir}). ` +
          'Give the path without a file extension, relative to the extension folder, and build the project (npm run build).',
        { ref, dir },
      );
    }
    let mod: Record<string, unknown>;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require(file) as Record<string, unknown>;
    } catch (e) {
      throw new WikiextError(
        ErrorCodes.MODULE_LOAD_FAILED,
        `${owner}: module ${file} failed to load: ${(e as Error).message}. Fix the module (or rebuild with npm run build).`,
        { ref, file, cause: e },
      );
    }
    const value = exportName === 'default' ? (mod.default ?? mod) : mod[exportName];
    if (value === undefined) {
      const available = Object.keys(mod).filter((k) => k !== '__esModule');
      throw new WikiextError(
        ErrorCodes.MODULE_EXPORT_MISSING,
        `${owner}: module ${file} has no export "${exportName}"` +
          (available.length ? ` (it exports: ${available.join(', ')}).` : '.'),
        { ref, file },
      );
    }
    return value;
  }
}
