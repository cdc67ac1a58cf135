import { ErrorCodes, WikiextError } from '../errors';
import { silentLogger, type Logger } from '../Logger';
import type { HookHandlerRef } from '../registry/ExtractedData';
import {
  clearSlot,
  compileCaller,
  compileDispatcher,
  dispatchFromSlot,
  fillSlot,
  type Dispatcher,
  type DispatcherSlot,
} from './compileDispatcher';
import {
  clearAsyncSlot,
  compileAsyncCaller,
  compileAsyncDispatcher,
  fillAsyncSlot,
  type AsyncDispatcher,
  type AsyncDispatcherSlot,
} from './compileAsyncDispatcher';
import type { AnyHookContract, HookErrorPolicy } from './defineHook';
import { ExtensionHandlers, type ExtensionHookSource } from './ExtensionHandlers';
import { HookDeprecations } from './HookDeprecations';
import { HookTimings, type HookTiming } from './HookTimings';
import { runtimeHandler, type RuntimeHandler } from './runtimeHandler';
import { handleFailure, runHandlersAsync, runHandlersSync, type DispatchPlan, type ResolvedHandler } from './runHandlers';

/** @public */
export interface HookContainerOptions {
  /** Handlers declared by extensions and how to build them. Without it the container has only registered handlers. */
  extensions?: ExtensionHookSource;
  logger?: Logger;
  /** Allows `clear()` and replacing registrations; only test helpers set it. */
  testMode?: boolean;
  /** Records call count and time per hook and handler (see `getTimings()`). Off by default: it costs ~90 ns a call. */
  timing?: boolean;
}

/** Options for running a hook that has no declared contract; a declared contract's settings always win. @public */
export interface RunOptions {
  /** Default true. When false, a handler returning false is an error. */
  abortable?: boolean;
  /** Default `propagate`. */
  errorPolicy?: HookErrorPolicy;
  /** Handlers may not depend on services (MediaWiki's `noServices`). */
  noServices?: boolean;
}

/** A hook's handler list and run settings, worked out on its first run and kept until something changes. */
interface PreparedHook {
  readonly plan: DispatchPlan;
  readonly noServices: boolean;
  readonly contract: AnyHookContract | undefined;
  readonly handlers: readonly ResolvedHandler[];
  /** Built on the first sync run. */
  dispatch: Dispatcher | undefined;
  /** Built on the first async run. */
  asyncDispatch: AsyncDispatcher | undefined;
}

/** The `DispatcherSlot` part holds code built for no options (or a declared contract): what option-less runs use. */
interface HookSlot extends DispatcherSlot, AsyncDispatcherSlot {
  prepared: PreparedHook | undefined;
}

type ReadySlot = HookSlot & { dispatch: Dispatcher };

/**
 * Runs hooks, MediaWiki's HookContainer with typed contracts, async hooks and per-hook error isolation.
 *
 * Handlers run in order: extension handlers (registry load order), then handlers given to `register()`. A handler
 * returns nothing or true to continue, false to abort (only where the hook is abortable); anything else is an error
 * naming the handler.
 *
 * @public
 */
export class HookContainer {
  readonly #extensions: ExtensionHandlers | undefined;
  readonly #deprecations: HookDeprecations;
  readonly #logger: Logger;
  readonly #testMode: boolean;
  readonly #timings: HookTimings | undefined;
  readonly #contracts = new Map<string, AnyHookContract>();
  /** Extension handlers per hook once resolved (objects built). */
  readonly #resolved = new Map<string, readonly ResolvedHandler[]>();
  readonly #registered = new Map<string, readonly ResolvedHandler[]>();
  /** Hooks whose extension handlers were removed by `clear()`. */
  readonly #cleared = new Set<string>();
  /** One slot per hook ever run; emptied (not removed) when the hook changes, so `caller()` functions stay valid. */
  readonly #slots = new Map<string, HookSlot>();

  constructor(options: HookContainerOptions = {}) {
    this.#extensions = options.extensions && new ExtensionHandlers(options.extensions);
    this.#deprecations = new HookDeprecations(options.extensions?.data.deprecatedHooks);
    this.#logger = options.logger ?? silentLogger;
    this.#testMode = options.testMode ?? false;
    this.#timings = options.timing ? new HookTimings() : undefined;
  }

  /** Registers a hook's contract: from then on, running the hook applies its abortable, mode, errorPolicy and noServices. */
  declare(contract: AnyHookContract): void {
    const existing = this.#contracts.get(contract.name);
    if (existing === contract) return;
    if (existing !== undefined) {
      throw new WikiextError(
        ErrorCodes.HOOK_DECLARED_TWICE,
        `The hook ${contract.name} is declared twice. Each hook has one contract; rename one of them.`,
        { hook: contract.name },
      );
    }
    this.#contracts.set(contract.name, contract);
    if (contract.deprecated) this.#deprecations.addFromContract(contract.name, contract.deprecated);
    this.#resolved.delete(contract.name);
    this.#invalidate(contract.name);
  }

  /**
   * Runs a sync hook. Returns false when a handler aborted it, true otherwise.
   *
   * @throws HookHandlerError naming the handler, under the `propagate` policy, for a handler error or a bad return.
   */
  run(hook: string, args: readonly unknown[] = [], options?: RunOptions): boolean {
    if (options !== undefined) {
      const prepared = this.#prepare(hook, options, 'sync');
      return (prepared.dispatch ?? this.#compile(hook, prepared, args.length))(args);
    }
    // Hot path: one map lookup and one call of the compiled code; the checks behind it ran once, when compiling.
    // Compiling is not handed `args`: any path passing the array to a call would make V8 allocate it on every run.
    const slot = this.#slots.get(hook);
    return dispatchFromSlot(slot?.dispatch !== undefined ? (slot as ReadySlot) : this.#compileSlot(hook, args.length), args);
  }

  /**
   * What a typed runner calls for a declared sync hook (declaring it if needed): `run()` with the arguments spread,
   * without the lookup by name, returning the abort flag only when the hook is abortable. The function keeps seeing
   * the hook's current handlers.
   */
  syncCaller(contract: AnyHookContract): (...args: unknown[]) => boolean | void {
    this.declare(contract);
    return compileCaller(this.#slot(contract.name), contract.args.length, contract.abortable);
  }

  /**
   * Runs an async hook: handlers are called in order, and one that returns a Promise is awaited before the next
   * starts. Same rules as `run()`; a rejection counts as a throw.
   */
  runAsync(hook: string, args: readonly unknown[] = [], options?: RunOptions): Promise<boolean> {
    if (options === undefined) {
      // Hot path, as in `run()`: one map lookup and one call of the compiled code.
      const dispatch = this.#slots.get(hook)?.asyncDispatch;
      if (dispatch !== undefined) return dispatch(args);
    }
    try {
      const prepared = this.#prepare(hook, options, 'async');
      return (prepared.asyncDispatch ?? this.#compileAsync(hook, prepared, args.length))(args);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * What a typed runner calls for a declared async hook (declaring it if needed): `runAsync()` with the arguments
   * spread, without the lookup by name, settling to the abort flag only when the hook is abortable.
   */
  asyncCaller(contract: AnyHookContract): (...args: unknown[]) => Promise<boolean> | Promise<void> {
    this.declare(contract);
    return compileAsyncCaller(this.#slot(contract.name), contract.args.length, contract.abortable);
  }

  /** Adds a handler after the extension handlers. A deprecated hook logs a warning (unless silent). */
  register(hook: string, handler: RuntimeHandler): void {
    this.#register(hook, handler);
  }

  /**
   * Registers a handler and returns a function that removes it again. With `replace`, the hook's other handlers are
   * removed until then (test mode only).
   */
  scopedRegister(hook: string, handler: RuntimeHandler, replace = false): () => void {
    const restore = replace ? this.scopedClear(hook) : undefined;
    const entry = this.#register(hook, handler);
    return () => {
      this.#setRegistered(hook, (this.#registered.get(hook) ?? []).filter((h) => h !== entry));
      restore?.();
    };
  }

  /** Removes every handler of a hook, extension ones included. Test mode only (WX_HOOK_CLEAR_OUTSIDE_TESTS). */
  clear(hook: string): void {
    if (!this.#testMode) {
      throw new WikiextError(
        ErrorCodes.HOOK_CLEAR_OUTSIDE_TESTS,
        `Cannot clear the hook ${hook}: clearing hooks is only allowed in tests. Create the container with ` +
          'testMode: true (createHookContainer() does), or remove the handler from the extension instead.',
        { hook },
      );
    }
    this.#cleared.add(hook);
    this.#resolved.delete(hook);
    this.#setRegistered(hook, []);
  }

  /** Clears a hook (test mode only) and returns a function that puts its handlers back. */
  scopedClear(hook: string): () => void {
    const saved = {
      cleared: this.#cleared.has(hook),
      resolved: this.#resolved.get(hook),
      registered: this.#registered.get(hook),
    };
    this.clear(hook);
    return () => {
      if (!saved.cleared) this.#cleared.delete(hook);
      if (saved.resolved !== undefined) this.#resolved.set(hook, saved.resolved);
      this.#setRegistered(hook, saved.registered ?? []);
    };
  }

  /** Whether any handler would run for the hook. Does not build handler objects. */
  isRegistered(hook: string): boolean {
    return this.getHandlerDescriptions(hook).length > 0;
  }

  /** Every hook that has at least one handler. */
  getHookNames(): string[] {
    const names = new Set([...(this.#extensions?.hookNames() ?? []), ...this.#registered.keys()]);
    return [...names].filter((hook) => this.isRegistered(hook));
  }

  /** Handlers that would run, in order, as `Extension:handler` (`runtime:name` for registered ones). Builds nothing. */
  getHandlerDescriptions(hook: string): string[] {
    const extension = this.#activeRefs(hook).map((ref) => this.#extensions!.describe(ref));
    return [...extension, ...(this.#registered.get(hook) ?? []).map((h) => h.description)];
  }

  /** Call counts and total milliseconds per hook and handler; empty unless created with `timing: true`. */
  getTimings(): HookTiming[] {
    return this.#timings?.list() ?? [];
  }

  #register(hook: string, handler: RuntimeHandler): ResolvedHandler {
    const entry = runtimeHandler(hook, handler);
    this.#deprecations.warnIfDeprecated(hook, entry.description, this.#logger);
    this.#setRegistered(hook, [...(this.#registered.get(hook) ?? []), entry]);
    return entry;
  }

  #setRegistered(hook: string, handlers: readonly ResolvedHandler[]): void {
    if (handlers.length === 0) this.#registered.delete(hook);
    else this.#registered.set(hook, handlers);
    this.#invalidate(hook);
  }

  #slot(hook: string): HookSlot {
    let slot = this.#slots.get(hook);
    if (slot === undefined) {
      const uncompiled = (...args: unknown[]): boolean => this.run(hook, args);
      const asyncUncompiled = (...args: unknown[]): Promise<boolean> => this.runAsync(hook, args);
      slot = {
        prepared: undefined,
        uncompiled,
        call: uncompiled,
        arity: -1,
        dispatch: undefined,
        asyncUncompiled,
        asyncCall: asyncUncompiled,
        asyncDispatch: undefined,
      };
      this.#slots.set(hook, slot);
    }
    return slot;
  }

  #invalidate(hook: string): void {
    const slot = this.#slots.get(hook);
    if (slot !== undefined) {
      slot.prepared = undefined;
      clearSlot(slot);
      clearAsyncSlot(slot);
    }
  }

  #activeRefs(hook: string): readonly HookHandlerRef[] {
    if (this.#extensions === undefined || this.#cleared.has(hook)) return [];
    return this.#extensions.refs(hook).filter((ref) => !this.#deprecations.skips(hook, ref.deprecated));
  }

  #prepare(hook: string, options: RunOptions | undefined, mode: 'sync' | 'async'): PreparedHook {
    const contract = this.#contracts.get(hook);
    if (contract !== undefined && contract.mode !== mode) {
      throw new WikiextError(
        ErrorCodes.HOOK_MODE_MISMATCH,
        `The hook ${hook} is declared ${contract.mode}; run it with ${contract.mode === 'async' ? 'runAsync()' : 'run()'}.`,
        { hook },
      );
    }
    const slot = this.#slot(hook);
    const current = slot.prepared;
    if (current !== undefined && (contract !== undefined || sameOptions(current, options))) return current;

    const plan: DispatchPlan = {
      hook,
      abortable: contract ? contract.abortable : (options?.abortable ?? true),
      isolate: (contract ? contract.errorPolicy : options?.errorPolicy) === 'isolate',
      logger: this.#logger,
    };
    const noServices = (contract ? contract.noServices : options?.noServices) ?? false;
    const handlers = [...this.#resolveExtensionHandlers(plan, noServices), ...(this.#registered.get(hook) ?? [])];
    const prepared: PreparedHook = { plan, noServices, contract, handlers, dispatch: undefined, asyncDispatch: undefined };
    slot.prepared = prepared;
    clearSlot(slot);
    clearAsyncSlot(slot);
    return prepared;
  }

  /** Compiles the hook for option-less runs, if needed, and returns its slot. */
  #compileSlot(hook: string, argCount: number): ReadySlot {
    const prepared = this.#prepare(hook, undefined, 'sync');
    if (prepared.dispatch === undefined) this.#compile(hook, prepared, argCount);
    return this.#slot(hook) as ReadySlot;
  }

  #compile(hook: string, prepared: PreparedHook, argCount: number): Dispatcher {
    const { plan, handlers, contract } = prepared;
    const timings = this.#timings;
    // A declared hook compiles for its contract's argument count, the one its typed caller passes.
    const arity = contract ? contract.args.length : argCount;
    // Timing needs a clock read around every handler; the plain loop does that and is not worth compiling. Callers
    // then get no compiled `call` and go through `run()`.
    const compiled = timings === undefined ? compileDispatcher(plan, handlers, arity) : undefined;
    prepared.dispatch = compiled?.dispatch ?? ((args) => runHandlersSync(plan, handlers, args, timings));
    // Option-less runs and compiled callers may use this code only if it was built for no options.
    if (contract !== undefined || sameOptions(prepared, undefined)) fillSlot(this.#slot(hook), prepared.dispatch, compiled);
    return prepared.dispatch;
  }

  /** The async twin of `#compile`. */
  #compileAsync(hook: string, prepared: PreparedHook, argCount: number): AsyncDispatcher {
    const { plan, handlers, contract } = prepared;
    const timings = this.#timings;
    const arity = contract ? contract.args.length : argCount;
    const compiled = timings === undefined ? compileAsyncDispatcher(plan, handlers, arity) : undefined;
    prepared.asyncDispatch = compiled?.dispatch ?? ((args) => runHandlersAsync(plan, handlers, args, timings));
    if (contract !== undefined || sameOptions(prepared, undefined)) fillAsyncSlot(this.#slot(hook), prepared.asyncDispatch, compiled);
    return prepared.asyncDispatch;
  }

  /**
   * Builds the hook's extension handlers on its first run. Under `isolate`, a handler that cannot be built is logged
   * and left out, so one broken extension does not break the caller; under `propagate`, the error is thrown.
   */
  #resolveExtensionHandlers(plan: DispatchPlan, noServices: boolean): readonly ResolvedHandler[] {
    const extensions = this.#extensions;
    if (extensions === undefined) return [];
    const hook = plan.hook;
    const refs = this.#activeRefs(hook);
    if (noServices) extensions.checkNoServices(hook, refs);
    const cached = this.#resolved.get(hook);
    if (cached !== undefined) return cached;

    const resolved: ResolvedHandler[] = [];
    for (const ref of refs) {
      const description = extensions.describe(ref);
      try {
        resolved.push(extensions.resolve(hook, ref));
      } catch (error) {
        if (!plan.isolate) throw error;
        handleFailure(plan, { description, extension: ref.extension }, error);
        continue;
      }
      if (!ref.deprecated) this.#deprecations.warnIfDeprecated(hook, description, this.#logger);
    }
    this.#resolved.set(hook, resolved);
    return resolved;
  }
}

function sameOptions(prepared: PreparedHook, options: RunOptions | undefined): boolean {
  return (
    prepared.plan.abortable === (options?.abortable ?? true) &&
    prepared.plan.isolate === (options?.errorPolicy === 'isolate') &&
    prepared.noServices === (options?.noServices ?? false)
  );
}
