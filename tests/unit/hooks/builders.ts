import * as sinon from 'sinon';
import type { Logger } from '../../../src/framework/Logger';
import { HookContainer, type HookContainerOptions } from '../../../src/framework/hooks/HookContainer';
import type { ExtractedData, HookHandlerRef, QualifiedHandlerSpec } from '../../../src/framework/registry/ExtractedData';

/** A logger that keeps what it was given. */
export function recordingLogger(): Logger & { entries: { level: string; obj: Record<string, unknown>; msg: string }[] } {
  const entries: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void entries.push({ level, obj, msg });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A `Hooks` entry naming a `HookHandlers` object of an extension. */
export function objectRef(extension: string, handler: string, deprecated = false): HookHandlerRef {
  return {
    kind: 'object',
    handler: `${extension}-${handler}`,
    deprecated,
    extension,
    dir: `/ext/${extension}`,
    manifestPath: `/ext/${extension}/extension.json`,
  };
}

/** A `Hooks` entry naming a plain function module. */
export function functionRef(extension: string, ref: string): HookHandlerRef {
  return { ...objectRef(extension, 'unused'), kind: 'function', handler: ref };
}

/** A `HookHandlers` entry. */
export function handlerSpec(
  extension: string,
  handler: string,
  extra: Partial<QualifiedHandlerSpec> = {},
): QualifiedHandlerSpec {
  return {
    name: `${extension}-${handler}`,
    class: `src/${handler}#Handler`,
    extension,
    dir: `/ext/${extension}`,
    manifestPath: `/ext/${extension}/extension.json`,
    ...extra,
  };
}

export interface InstallSpec {
  hooks: Record<string, HookHandlerRef[]>;
  specs?: QualifiedHandlerSpec[];
  /** Handler objects by qualified name; the factory returns them. */
  objects?: Record<string, object>;
  /** Functions by module reference. */
  functions?: Record<string, (...args: never[]) => unknown>;
  deprecatedHooks?: ExtractedData['deprecatedHooks'];
}

/** A container over extension handlers, with the factory and function loader as sinon spies. */
export function installWith(spec: InstallSpec, options: Omit<HookContainerOptions, 'extensions'> = {}) {
  const specs = spec.specs ?? [];
  const createHandler = sinon.spy((s: QualifiedHandlerSpec): object => {
    const object = spec.objects?.[s.name];
    if (object === undefined) throw new Error(`no test object for ${s.name}`);
    return object;
  });
  const loadFunction = sinon.spy((ref: HookHandlerRef) => spec.functions![ref.handler]);
  const container = new HookContainer({
    ...options,
    extensions: {
      data: {
        hooks: spec.hooks,
        hookHandlers: Object.fromEntries(specs.map((s) => [s.name, s])),
        deprecatedHooks: spec.deprecatedHooks ?? {},
      },
      createHandler,
      loadFunction,
    },
  });
  return { container, createHandler, loadFunction };
}
