import * as path from 'node:path';
import { ErrorCodes, WikiextError } from '../errors';
import type { HandlerSpec, HookEntry, Manifest } from '../manifest/Manifest';
import type { ExtractedData, HookHandlerRef } from './ExtractedData';

/** A manifest together with where it was read from. @public */
export interface LoadedManifest {
  manifest: Manifest;
  /** Absolute path of the extension.json. */
  path: string;
}

/** Starts an empty result; {@link ExtensionProcessor.add} fills it one extension at a time. @internal */
export function emptyExtractedData(): ExtractedData {
  return {
    extensions: [],
    config: {},
    hooks: {},
    hookHandlers: {},
    deprecatedHooks: {},
    serviceWiringFiles: [],
    messagesDirs: {},
    attributes: {},
    globals: {
      AvailableRights: [],
      GroupPermissions: {},
      RevokePermissions: {},
      namespaces: [],
      RestRoutes: [],
      SpecialPages: {},
      ResourceModules: {},
      JobClasses: {},
      DefaultUserOptions: {},
    },
    callbacks: [],
  };
}

/**
 * Turns manifests into {@link ExtractedData}, the way MediaWiki's ExtensionProcessor routes each key: credits,
 * config declarations, normalised hooks, registry-type globals and cross-extension attributes.
 * `add()` throws a WikiextError whose message names the extension and file; the registry records it as that
 * extension's failure.
 *
 * @internal
 */
export class ExtensionProcessor {
  readonly data = emptyExtractedData();
  /** attributes[target][name] contributions, applied in {@link finish} only for loaded targets. */
  readonly #pendingAttributes: { from: string; target: string; values: Record<string, unknown> }[] = [];

  add({ manifest, path: file }: LoadedManifest): void {
    const name = manifest.name;
    const dir = path.dirname(file);
    const d = this.data;
    const author = manifest.author === undefined ? [] : ([] as string[]).concat(manifest.author);
    d.extensions.push({
      name,
      version: manifest.version,
      author,
      url: manifest.url,
      description: manifest.description,
      descriptionmsg: manifest.descriptionmsg,
      namemsg: manifest.namemsg,
      'license-name': manifest['license-name'],
      type: manifest.type ?? 'other',
      path: file,
      dir,
    });

    const prefix = manifest.config_prefix ?? 'wg';
    for (const [key, decl] of Object.entries(manifest.config ?? {})) {
      const existing = d.config[key];
      if (existing !== undefined) {
        throw new WikiextError(
          ErrorCodes.CONFIG_DECLARED_TWICE,
          `The configuration setting '${key}' was already declared by ${existing.extension}, ` +
            `and cannot be declared again by ${name} (${file}). Rename one of them.`,
        );
      }
      const value = decl.path ? prefixPaths(dir, decl.value) : decl.value;
      d.config[key] = { ...decl, value, extension: name, globalName: prefix + key };
    }

    const handlerNames = new Set(Object.keys(manifest.HookHandlers ?? {}));
    for (const [handler, spec] of Object.entries(manifest.HookHandlers ?? {})) {
      const qualified = `${name}-${handler}`;
      d.hookHandlers[qualified] = { ...spec, name: qualified, extension: name, dir, manifestPath: file };
    }
    for (const [hook, entries] of Object.entries(manifest.Hooks ?? {})) {
      const refs = ([] as HookEntry[]).concat(entries).map((entry) => hookRef(entry, handlerNames, name, dir, file, hook));
      (d.hooks[hook] ??= []).push(...refs);
    }
    for (const [hook, spec] of Object.entries(manifest.DeprecatedHooks ?? {})) {
      d.deprecatedHooks[hook] = { ...spec, component: spec.component ?? name };
    }

    for (const ref of manifest.ServiceWiringFiles ?? []) d.serviceWiringFiles.push({ extension: name, dir, ref });
    for (const [group, dirs] of Object.entries(manifest.MessagesDirs ?? {})) {
      (d.messagesDirs[group] ??= []).push(...([] as string[]).concat(dirs).map((p) => path.resolve(dir, p)));
    }

    const g = d.globals;
    for (const right of manifest.AvailableRights ?? []) if (!g.AvailableRights.includes(right)) g.AvailableRights.push(right);
    plus2d(g.GroupPermissions, manifest.GroupPermissions ?? {});
    plus2d(g.RevokePermissions, manifest.RevokePermissions ?? {});
    for (const ns of manifest.namespaces ?? []) g.namespaces.push({ ...ns, extension: name });
    for (const route of manifest.RestRoutes ?? []) g.RestRoutes.push({ ...route, extension: name, dir });
    for (const [page, spec] of Object.entries(manifest.SpecialPages ?? {})) {
      const existing = g.SpecialPages[page];
      if (existing !== undefined) {
        throw new WikiextError(
          ErrorCodes.SPECIAL_PAGE_INVALID,
          `The special page "${page}" was already declared by ${existing.extension}, and cannot be declared again by ` +
            `${name} (${file}). Rename one of them in SpecialPages.`,
        );
      }
      g.SpecialPages[page] = { extension: name, dir, spec: spec as string | HandlerSpec };
    }
    for (const [module, spec] of Object.entries(manifest.ResourceModules ?? {})) {
      const existing = g.ResourceModules[module];
      if (existing !== undefined) {
        throw new WikiextError(
          ErrorCodes.RESOURCE_MODULE_INVALID,
          `The module "${module}" was already declared by ${existing.extension}, and cannot be declared again by ` +
            `${name} (${file}). Rename one of them in ResourceModules; a name such as "ext.${name}.${module}" avoids clashes.`,
        );
      }
      g.ResourceModules[module] = {
        extension: name,
        dir,
        localBasePath: path.resolve(dir, spec.localBasePath ?? ''),
        scripts: ([] as string[]).concat(spec.scripts ?? []),
        styles: ([] as string[]).concat(spec.styles ?? []),
      };
    }
    for (const [job, spec] of Object.entries(manifest.JobClasses ?? {})) {
      g.JobClasses[job] = { extension: name, dir, spec: spec as string | HandlerSpec };
    }
    g.DefaultUserOptions = { ...manifest.DefaultUserOptions, ...g.DefaultUserOptions };
    if (manifest.callback !== undefined) d.callbacks.push({ extension: name, dir, ref: manifest.callback });

    for (const [target, values] of Object.entries(manifest.attributes ?? {})) {
      this.#pendingAttributes.push({ from: name, target, values });
    }
  }

  /**
   * Applies cross-extension attributes: `attributes.B.Foo` from extension A becomes attribute `BFoo`, but only if B
   * is loaded (MediaWiki's rule). Values are merged in load order: lists are concatenated, objects merged.
   */
  finish(): ExtractedData {
    const loaded = new Set(this.data.extensions.map((e) => e.name));
    for (const { target, values } of this.#pendingAttributes) {
      if (!loaded.has(target)) continue;
      for (const [key, value] of Object.entries(values)) {
        const attr = target + key;
        this.data.attributes[attr] = mergeAttribute(this.data.attributes[attr], value);
      }
    }
    return this.data;
  }
}

function hookRef(
  entry: HookEntry,
  handlerNames: ReadonlySet<string>,
  extension: string,
  dir: string,
  manifestPath: string,
  hook: string,
): HookHandlerRef {
  const { handler, deprecated = false } = typeof entry === 'string' ? { handler: entry } : entry;
  const base = { deprecated, extension, dir, manifestPath };
  if (handlerNames.has(handler)) return { ...base, kind: 'object', handler: `${extension}-${handler}` };
  if (handler.includes('#') || handler.includes('/')) return { ...base, kind: 'function', handler };
  throw new WikiextError(
    ErrorCodes.HOOK_HANDLER_MISSING,
    `Missing handler definition for "${handler}" (hook ${hook}) in the HookHandlers of ${manifestPath}. ` +
      'Declare it under HookHandlers, or give a module reference such as "src/hooks#onFoo".',
  );
}

function prefixPaths(dir: string, value: unknown): unknown {
  if (typeof value === 'string') return path.join(dir, value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? path.join(dir, v) : v));
  return value;
}

/** wfArrayPlus2d: keep what is there, add what is missing, one level deep. */
function plus2d(base: Record<string, Record<string, boolean>>, add: Record<string, Record<string, boolean>>): void {
  for (const [group, rights] of Object.entries(add)) base[group] = { ...rights, ...base[group] };
}

function mergeAttribute(existing: unknown, value: unknown): unknown {
  if (existing === undefined) return value;
  if (Array.isArray(existing) && Array.isArray(value)) return [...existing, ...value];
  if (isPlainObject(existing) && isPlainObject(value)) return { ...existing, ...value };
  return value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
