import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { ErrorCodes, WikiextAggregateError } from '../../../framework/errors';
import { didYouMean } from '../../../framework/manifest/closestKey';
import type { CompiledRoot } from '../../../framework/modules/ModuleLoader';
import type { ResourceModuleInfo } from '../../../framework/registry/ExtractedData';

/** What load.php serves of a module: `only=scripts` or `only=styles`. @public */
export type ResourceKind = 'scripts' | 'styles';

/** Where load.php lives, as MediaWiki's `$wgLoadScript`. @public */
export const LOAD_SCRIPT = '/w/load.php';

/** One file of a module: as the manifest wrote it (for messages) and the file actually served. */
interface ModuleFile {
  declared: string;
  served: string;
  /** Compiled by tsc from a `.ts` source. */
  compiled?: boolean;
}

interface Module {
  name: string;
  extension: string;
  scripts: ModuleFile[];
  styles: ModuleFile[];
}

/**
 * The line tsc writes at the top of every file it compiles as a CommonJS module: with `module: nodenext` every
 * `.ts` file is a module (`moduleDetection: force`), even one without import or export. Served scripts drop it.
 */
const ES_MODULE_MARKER = /^Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);\n?/m;

/** What tsc emits for an import (`require("...")`) or an export (`exports.name = ...`): a browser cannot run either. */
const IMPORT_OR_EXPORT = /\brequire\(["']|^\s*exports\.[\w$]+\s*=/m;

/** tsc's source map comment: the map is not served, so the browser should not ask for it. */
const SOURCE_MAP_COMMENT = /^\/\/# sourceMappingURL=.*$/gm;

/**
 * The extensions' `ResourceModules`, resolved and checked when the server is built: every file exists, a `.ts`
 * script is served from the `.js` tsc compiled it to (the mapping of `COMPILED_ROOTS`, as `ModuleLoader` does for
 * server modules) and that `.js` is a plain script, not a CommonJS module. Contents are read on request and kept
 * until the file's size or modification time changes, so a rebuild shows without a restart.
 *
 * @public
 */
export class ResourceModuleTable {
  readonly #files = new Map<string, { mtimeMs: number; size: number; text: string }>();

  private constructor(private readonly modules: ReadonlyMap<string, Module>) {}

  /** @throws WikiextAggregateError `WX_RESOURCE_MODULE_INVALID` listing every missing or unusable file. */
  static build(entries: Readonly<Record<string, ResourceModuleInfo>>, roots: readonly CompiledRoot[]): ResourceModuleTable {
    const problems: string[] = [];
    const modules = new Map<string, Module>();
    for (const [name, info] of Object.entries(entries)) {
      const where = `ResourceModules "${name}" of ${info.extension}`;
      const resolve = (declared: string, kind: ResourceKind): ModuleFile | undefined => {
        const source = path.resolve(info.localBasePath, declared);
        if (!existsSync(source)) {
          problems.push(`${where}: the ${kind === 'scripts' ? 'script' : 'style'} "${declared}" does not exist (looked for ${source}); paths are relative to the module's localBasePath (${info.localBasePath}).`);
          return undefined;
        }
        if (kind === 'styles' || !declared.endsWith('.ts')) return { declared, served: source };
        return compiledScript(where, declared, source, roots, problems);
      };
      const scripts = info.scripts.map((f) => resolve(f, 'scripts')).filter((f): f is ModuleFile => f !== undefined);
      const styles = info.styles.map((f) => resolve(f, 'styles')).filter((f): f is ModuleFile => f !== undefined);
      modules.set(name, { name, extension: info.extension, scripts, styles });
    }
    if (problems.length > 0) throw new WikiextAggregateError(ErrorCodes.RESOURCE_MODULE_INVALID, problems);
    return new ResourceModuleTable(modules);
  }

  /** For each name that is not a module, a sentence saying so, with a did-you-mean. */
  unknown(names: readonly string[]): string[] {
    return names
      .filter((name) => !this.modules.has(name))
      .map((name) => {
        const hint = didYouMean(name, this.modules.keys());
        return `There is no module "${name}"${hint || '.'} Modules are declared under ResourceModules in an extension.json.`;
      });
  }

  /**
   * The load.php URL for the scripts or styles of `names`, or undefined when none of them has such files. It
   * carries the content's version, so a browser may keep the answer as long as the URL does not change.
   */
  async url(names: readonly string[], kind: ResourceKind): Promise<string | undefined> {
    const wanted = unique(names).filter((name) => (this.modules.get(name)?.[kind].length ?? 0) > 0);
    if (wanted.length === 0) return undefined;
    const { version } = await this.content(wanted, kind);
    return `${LOAD_SCRIPT}?modules=${encodeURIComponent(wanted.join('|'))}&only=${kind}&version=${version}`;
  }

  /**
   * The files of `names` (known modules, in the order given) concatenated, and a version hash of the result. Each
   * script runs in its own function scope, and each module inside a try/catch, so one failing module does not stop
   * the next, as in MediaWiki's ResourceLoader.
   */
  async content(names: readonly string[], kind: ResourceKind): Promise<{ text: string; version: string }> {
    const parts: string[] = [];
    for (const name of unique(names)) {
      const module = this.modules.get(name);
      if (module === undefined || module[kind].length === 0) continue;
      const files = await Promise.all(module[kind].map(async (file) => ({ file, text: await this.#read(file.served) })));
      if (kind === 'styles') {
        parts.push(`/* ${name} */\n${files.map(({ file, text }) => `/* ${file.declared} */\n${text.trimEnd()}\n`).join('')}`);
      } else {
        const body = files.map(({ file, text }) => {
          const code = (file.compiled ? text.replace(ES_MODULE_MARKER, '') : text).replace(SOURCE_MAP_COMMENT, '').trimEnd();
          return `/* ${file.declared} */\n(function () {\n${code}\n}());\n`;
        });
        parts.push(`/* ${name} */\ntry {\n${body.join('')}} catch (e) {\n  console.error(${JSON.stringify(`Module "${name}" failed:`)}, e);\n}\n`);
      }
    }
    const text = parts.join('\n');
    return { text, version: createHash('sha256').update(text).digest('hex').slice(0, 12) };
  }

  async #read(file: string): Promise<string> {
    const stats = await stat(file);
    const cached = this.#files.get(file);
    if (cached !== undefined && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.text;
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    this.#files.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, text });
    return text;
  }
}

/** The compiled `.js` of a `.ts` script under one of the compiled roots, checked to be a plain script. */
function compiledScript(
  where: string,
  declared: string,
  source: string,
  roots: readonly CompiledRoot[],
  problems: string[],
): ModuleFile | undefined {
  for (const root of roots) {
    const rel = path.relative(path.resolve(root.source), source);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const compiled = path.join(path.resolve(root.compiled), rel.replace(/\.ts$/, '.js'));
    if (!existsSync(compiled)) {
      problems.push(`${where}: the script "${declared}" is not compiled yet (expected ${compiled}); build the project with npm run build (npx tsc -p tsconfig.json).`);
      return undefined;
    }
    if (IMPORT_OR_EXPORT.test(readFileSync(compiled, 'utf8'))) {
      problems.push(
        `${where}: the script "${declared}" imports or exports, so tsc compiled it to a CommonJS module that a browser cannot run; ` +
          'remove every import and export (browser scripts are plain scripts; share values through window; `import type` is fine).',
      );
      return undefined;
    }
    return { declared, served: compiled, compiled: true };
  }
  const folders = roots.map((r) => r.source).join(', ') || 'none configured';
  problems.push(`${where}: the TypeScript script "${declared}" is outside the folders tsc compiles (${folders}); write it in JavaScript or move the extension there.`);
  return undefined;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
