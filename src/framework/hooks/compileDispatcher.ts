import { acceptResult, handleFailure, runHandlersSync, type DispatchPlan, type ResolvedHandler } from './runHandlers';

/** Runs a sync hook's handlers with the given arguments; false when a handler aborted it. @internal */
export type Dispatcher = (args: readonly unknown[]) => boolean;

/** The same with the arguments as parameters, for the argument count the hook was compiled for. @internal */
export type FixedDispatcher = (...args: unknown[]) => boolean;

/** A hook's compiled code: two entry points to one body. @internal */
export interface CompiledHook {
  /** The argument count `call` takes. */
  readonly arity: number;
  /** Takes the arguments as parameters (no array): what a typed runner's caller calls. */
  readonly call: FixedDispatcher;
  /** Takes them as an array, as `run()` receives them; another argument count takes the plain loop. */
  readonly dispatch: Dispatcher;
}

/**
 * Compiles a sync hook's handler list into one function, the way tapable compiles its `call`.
 *
 * Why: a loop calling N different handler functions goes through one call site that sees N targets, which V8 makes
 * megamorphic; at 5-20 handlers that is 1.5-2x slower than tapable. The generated body calls each handler through
 * its own local (`f0(a0)`, `f1(a0)`, ...), so every call site sees a single target and the handler inlines. Under
 * `isolate` each call gets its own try/catch (free in V8 until something throws); under `propagate` one try/catch
 * around all of them tracks the current handler so the error can name it. Only the common `undefined`/`true` result
 * is checked inline; everything rarer (`false`, bad values, errors, logging) goes to `ok`/`fail`, which are called
 * only then, keep the rules in one place (runHandlers.ts) and do not count against the body's inlining budget.
 *
 * The result is valid until the handler list or the plan changes; the container compiles again then.
 *
 * @internal
 */
export function compileDispatcher(plan: DispatchPlan, handlers: readonly ResolvedHandler[], arity: number): CompiledHook {
  const { names, values } = handlerLocals(handlers);
  const ok = (handler: ResolvedHandler, result: unknown): boolean => acceptResult(plan, handler, result);
  const fail = (handler: ResolvedHandler, thrown: unknown): void => handleFailure(plan, handler, thrown);
  const loop = (args: readonly unknown[]): boolean => runHandlersSync(plan, handlers, args, undefined);

  const params = parameterList(arity);
  // `r !== undefined` first: it is what handlers return, and V8 folds it away once the handler is inlined.
  const body = handlerCalls(plan, handlers, params, (i) => `if (r !== undefined && r !== true && !ok(h${i}, r)) return false;`);
  const unpack = Array.from({ length: arity }, (_, i) => `args[${i}]`).join(', ');
  const source =
    `"use strict"; /* ${uniqueSource()} */\n` +
    `function call(${params}) {\nvar r;\n${body}\nreturn true;\n}\n` +
    // Unpacking into parameters rather than `call.apply(undefined, args)`: V8 does not inline `apply`.
    `function dispatch(args) {\nreturn args.length === ${arity} ? call(${unpack}) : loop(args);\n}\n` +
    `return { arity: ${arity}, call: call, dispatch: dispatch };`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const build = new Function(...names, 'ok', 'fail', 'loop', source) as (...deps: unknown[]) => CompiledHook;
  return build(...values, ok, fail, loop);
}

/** Each handler's function, receiver and entry as locals `f<i>`, `o<i>`, `h<i>` of the generated code. @internal */
export function handlerLocals(handlers: readonly ResolvedHandler[]): { names: string[]; values: unknown[] } {
  const names: string[] = [];
  const values: unknown[] = [];
  handlers.forEach((handler, i) => {
    names.push(`f${i}`, `o${i}`, `h${i}`);
    values.push(handler.fn, handler.receiver, handler);
  });
  return { names, values };
}

/**
 * The generated statements calling every handler into `r`, each followed by `check(i)`. Under `isolate` each call
 * gets its own try/catch (free in V8 until something throws); under `propagate` one try/catch around all of them
 * tracks the current handler in `h` so the error can name it.
 *
 * @internal
 */
export function handlerCalls(
  plan: DispatchPlan,
  handlers: readonly ResolvedHandler[],
  params: string,
  check: (i: number) => string,
): string {
  // A plain call where there is no receiver: `f.call(o, ...)` is inlined too, but is more bytecode to budget for.
  const invoke = (i: number): string =>
    handlers[i].receiver === undefined ? `f${i}(${params})` : `f${i}.call(${[`o${i}`, params].filter(Boolean).join(', ')})`;
  const call = (i: number): string => `r = ${invoke(i)}; ${check(i)}`;
  if (handlers.length === 0) return '';
  if (plan.isolate) return handlers.map((_, i) => `try { ${call(i)} } catch (e) { fail(h${i}, e); }`).join('\n');
  const calls = handlers.map((_, i) => (i === 0 ? call(i) : `h = h${i}; ${call(i)}`)).join('\n');
  return `var h = h0;\ntry {\n${calls}\n} catch (e) { fail(h, e); }`;
}

/**
 * Where `run()` and compiled callers find a hook's current code. Until the hook is compiled (again, after a change),
 * and always under timing (only the plain loop records timings), `call` is `uncompiled` and `arity` -1.
 *
 * @internal
 */
export interface DispatcherSlot {
  /** Runs the hook by name, through `run()`. */
  readonly uncompiled: FixedDispatcher;
  // Never undefined: callers call `slot.call(...)` unchecked, which V8 runs 2x faster at one handler than a call
  // through a local checked for undefined.
  call: FixedDispatcher;
  arity: number;
  dispatch: Dispatcher | undefined;
}

/** Makes the slot use `dispatch`, and `compiled.call` where there is compiled code. @internal */
export function fillSlot(slot: DispatcherSlot, dispatch: Dispatcher, compiled: CompiledHook | undefined): void {
  slot.call = compiled?.call ?? slot.uncompiled;
  slot.arity = compiled?.arity ?? -1;
  slot.dispatch = dispatch;
}

/** Forgets the slot's code after a change to the hook. @internal */
export function clearSlot(slot: DispatcherSlot): void {
  slot.call = slot.uncompiled;
  slot.arity = -1;
  slot.dispatch = undefined;
}

/**
 * Runs a slot's code with `args`, as `run()` received them.
 *
 * Why the switch: passing the arguments one by one lets V8 see the caller's array never escapes and drop it, while
 * `call(...args)` and `dispatch(args)` keep it alive; it costs a few ns a call. Other counts take `dispatch`.
 *
 * @internal
 */
export function dispatchFromSlot(slot: DispatcherSlot & { dispatch: Dispatcher }, args: readonly unknown[]): boolean {
  if (args.length !== slot.arity) return slot.dispatch(args);
  switch (args.length) {
    case 0:
      return slot.call();
    case 1:
      return slot.call(args[0]);
    case 2:
      return slot.call(args[0], args[1]);
    case 3:
      return slot.call(args[0], args[1], args[2]);
    case 4:
      return slot.call(args[0], args[1], args[2], args[3]);
    default:
      return slot.dispatch(args);
  }
}

/**
 * Builds the function a typed runner calls for one sync hook: calls the hook's current code in `slot` with its own
 * parameters (before the hook is compiled, that is `slot.uncompiled`, which runs it by name).
 *
 * Why compiled: a shared wrapper has one call site for every hook of the application, which V8 makes megamorphic,
 * so no hook's code could be inlined into its caller. A function of its own per hook keeps that call site
 * monomorphic, as tapable's per-hook `call` is, and passing parameters instead of an array allocates nothing.
 *
 * @internal
 */
export function compileCaller(slot: DispatcherSlot, arity: number, returnsFlag: boolean): (...args: unknown[]) => boolean | void {
  const params = parameterList(arity);
  const source =
    `"use strict"; /* ${uniqueSource()} */
` +
    `return function call(${params}) {
${returnsFlag ? 'return ' : ''}slot.call(${params});
};`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('slot', source)(slot) as (...args: unknown[]) => boolean | void;
}

/** `a0, a1, ...`: the generated functions' parameters. @internal */
export function parameterList(arity: number): string {
  return Array.from({ length: arity }, (_, i) => `a${i}`).join(', ');
}

let sourceCount = 0;

/**
 * A comment making each generated source unique: V8 caches code compiled from identical source text together with
 * its call feedback, so two hooks with the same shape would share (and make polymorphic) each other's call sites.
 *
 * @internal
 */
export function uniqueSource(): string {
  return `wikiext hook code ${++sourceCount}`;
}
