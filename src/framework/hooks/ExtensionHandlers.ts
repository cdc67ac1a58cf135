import { ErrorCodes, WikiextError } from '../errors';
import type { ExtractedData, HookHandlerRef, QualifiedHandlerSpec } from '../registry/ExtractedData';
import { hookMethodName } from './hookMethodName';
import type { ResolvedHandler } from './runHandlers';

/**
 * Where extension handlers come from: the registry's normalised `Hooks`/`HookHandlers`/`DeprecatedHooks`, and the
 * two loaders the host provides (handler objects are built with the service container; plain functions are loaded
 * from module references).
 *
 * @public
 */
export interface ExtensionHookSource {
  data: Pick<ExtractedData, 'hooks' | 'hookHandlers' | 'deprecatedHooks'>;
  createHandler: (spec: QualifiedHandlerSpec) => object;
  /** Loads a `kind: 'function'` handler, e.g. with `ModuleLoader.load(ref.dir, ref.handler, ...)`; checked callable. */
  loadFunction: (ref: HookHandlerRef) => unknown;
}

/**
 * Turns extension handler references into callable handlers. Handler objects are built on the first run of a hook
 * they handle and shared by every hook naming the same handler, as in MediaWiki.
 *
 * @internal
 */
export class ExtensionHandlers {
  readonly #objects = new Map<string, object>();

  constructor(readonly source: ExtensionHookSource) {}

  /** The references for a hook, in load order. */
  refs(hook: string): readonly HookHandlerRef[] {
    return Object.hasOwn(this.source.data.hooks, hook) ? this.source.data.hooks[hook] : [];
  }

  hookNames(): string[] {
    return Object.keys(this.source.data.hooks);
  }

  /** `Extension:handler` (`CampaignEvents:main`), or `Extension:module#export` for a plain function. */
  describe(ref: HookHandlerRef): string {
    const prefix = `${ref.extension}-`;
    const shortName = ref.kind === 'object' && ref.handler.startsWith(prefix);
    const name = shortName ? ref.handler.slice(prefix.length) : ref.handler;
    return `${ref.extension}:${name}`;
  }

  /** Throws, before anything is built, when a handler of a `noServices` hook has service dependencies. */
  checkNoServices(hook: string, refs: readonly HookHandlerRef[]): void {
    for (const ref of refs) {
      if (ref.kind !== 'object') continue;
      const spec = this.#spec(hook, ref);
      if ((spec.services?.length ?? 0) > 0 || (spec.optional_services?.length ?? 0) > 0) {
        throw new WikiextError(
          ErrorCodes.HOOK_NO_SERVICES,
          `The handler ${this.describe(ref)} for the hook ${hook} registered in ${ref.manifestPath} has a service ` +
            'dependency, but this hook does not allow it. Remove "services" and "optional_services" from its ' +
            '"HookHandlers" entry, or handle the hook with a separate handler that has none.',
          { hook, handler: ref.handler, manifestPath: ref.manifestPath },
        );
      }
    }
  }

  /** Loads (or reuses) the handler and finds the function to call. */
  resolve(hook: string, ref: HookHandlerRef): ResolvedHandler {
    const description = this.describe(ref);
    if (ref.kind === 'function') {
      const fn = this.source.loadFunction(ref);
      if (typeof fn !== 'function') {
        throw new WikiextError(
          ErrorCodes.HOOK_HANDLER_NOT_CALLABLE,
          `The handler ${description} for the hook ${hook} (${ref.manifestPath}) is not a function. ` +
            'Point its "Hooks" entry at an exported function, or at a "HookHandlers" name.',
          { hook, handler: ref.handler },
        );
      }
      return { fn: fn as ResolvedHandler['fn'], receiver: undefined, description, extension: ref.extension };
    }
    const object = this.#object(hook, ref);
    const method = hookMethodName(hook);
    const fn = (object as Record<string, unknown>)[method];
    if (typeof fn !== 'function') {
      throw new WikiextError(
        ErrorCodes.HOOK_HANDLER_NOT_CALLABLE,
        `The hook handler "${ref.handler}" of extension ${ref.extension} has no method ${method}() for the hook ` +
          `${hook}. Add ${method}() to the handler class, or remove ${hook} from "Hooks" in ${ref.manifestPath}.`,
        { hook, handler: ref.handler, method },
      );
    }
    return { fn: fn as ResolvedHandler['fn'], receiver: object, description, extension: ref.extension };
  }

  #object(hook: string, ref: HookHandlerRef): object {
    let object = this.#objects.get(ref.handler);
    if (object === undefined) {
      object = this.source.createHandler(this.#spec(hook, ref));
      this.#objects.set(ref.handler, object);
    }
    return object;
  }

  #spec(hook: string, ref: HookHandlerRef): QualifiedHandlerSpec {
    const spec = Object.hasOwn(this.source.data.hookHandlers, ref.handler)
      ? this.source.data.hookHandlers[ref.handler]
      : undefined;
    if (spec === undefined) {
      throw new WikiextError(
        ErrorCodes.HOOK_HANDLER_MISSING,
        `The hook ${hook} names the handler "${ref.handler}" in ${ref.manifestPath}, but no such entry exists in ` +
          '"HookHandlers". Add it there, or fix the name in "Hooks".',
        { hook, handler: ref.handler },
      );
    }
    return spec;
  }
}
