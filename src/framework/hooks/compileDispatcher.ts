import { acceptResult, handleFailure, runHandlersSync, type DispatchPlan, type ResolvedHandler } from './runHandlers';

/** Runs a sync hook's handlers with the given arguments; false when a handler aborted it. @internal */
export type Dispatcher = (args: readonly unknown[]) => boolean;

/**
 * Builds a dispatcher specialised for one hook's handler list, the way tapable compiles its `call`.
 *
 * Why: a loop calling N different handler functions goes through one call site that sees N targets, which V8 makes
 * megamorphic; at 5-20 handlers that is 1.5-2x slower than tapable. The generated code has one call site per
 * handler (each sees a single target), the common `undefined`/`true` result checked inline, and everything rarer
 * (`false`, bad values, errors) handed to the same functions the plain loop uses, so the rules live in one place.
 * Under `isolate` each call gets its own try/catch (free in V8); under `propagate` one try/catch around all of them
 * tracks the current handler so the error can name it. Arguments are passed as parameters (`f0(a0)`), not through
 * `apply`, which V8 does not inline; a call with another argument count takes the plain loop.
 *
 * The result is valid until the handler list or the plan changes; the container compiles again then.
 *
 * @internal
 */
export function compileDispatcher(plan: DispatchPlan, handlers: readonly ResolvedHandler[], arity: number): Dispatcher {
  const names: string[] = [];
  const values: unknown[] = [];
  handlers.forEach((handler, i) => {
    names.push(`f${i}`, `o${i}`, `h${i}`);
    values.push(handler.fn, handler.receiver, handler);
  });
  const ok = (handler: ResolvedHandler, result: unknown): boolean => acceptResult(plan, handler, result);
  const fail = (handler: ResolvedHandler, thrown: unknown): void => handleFailure(plan, handler, thrown);

  const params = parameterList(arity);
  const invoke = (i: number): string =>
    handlers[i].receiver === undefined ? `f${i}(${params})` : `f${i}.call(${[`o${i}`, params].filter(Boolean).join(', ')})`;
  const call = (i: number): string =>
    `r = ${invoke(i)}; if (r !== undefined && r !== true && !ok(h${i}, r)) return false;`;
  let body: string;
  if (handlers.length === 0) {
    body = '';
  } else if (plan.isolate) {
    body = handlers.map((_, i) => `try { ${call(i)} } catch (e) { fail(h${i}, e); }`).join('\n');
  } else {
    const calls = handlers.map((_, i) => (i === 0 ? call(i) : `h = h${i}; ${call(i)}`)).join('\n');
    body = `var h = h0;\ntry {\n${calls}\n} catch (e) { fail(h, e); }`;
  }
  const unpack = Array.from({ length: arity }, (_, i) => `a${i} = args[${i}]`).join(', ');
  const source =
    `"use strict"; /* ${uniqueSource()} */\nreturn function dispatch(args) {\n` +
    `if (args.length !== ${arity}) return loop(args);\n` +
    `var r${unpack ? `, ${unpack}` : ''};\n${body}\nreturn true;\n};`;
  const loop = (args: readonly unknown[]): boolean => runHandlersSync(plan, handlers, args, undefined);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const build = new Function(...names, 'ok', 'fail', 'loop', source) as (...deps: unknown[]) => Dispatcher;
  return build(...values, ok, fail, loop);
}

/** Where a compiled caller finds the hook's current dispatcher (undefined until compiled, or after a change). @internal */
export interface DispatcherSlot {
  fast: Dispatcher | undefined;
}

/**
 * Builds the function a typed runner calls for one sync hook: reads the hook's current dispatcher from `slot` and
 * calls it, or falls back to `fallback` (the full `run()`) when there is none yet.
 *
 * Why compiled: a shared wrapper has one `dispatch(...)` call site for every hook of the application, which V8 makes
 * megamorphic, so no dispatcher can be inlined into its caller. A function of its own per hook keeps that call site
 * monomorphic, as tapable's per-hook `call` is.
 *
 * @internal
 */
export function compileCaller(
  slot: DispatcherSlot,
  fallback: Dispatcher,
  arity: number,
  returnsFlag: boolean,
): (...args: unknown[]) => boolean | void {
  const params = parameterList(arity);
  const result = returnsFlag ? 'return ' : '';
  const source =
    `"use strict"; /* ${uniqueSource()} */\n` +
    `return function call(${params}) {\n` +
    `var d = slot.fast;\n` +
    `if (d !== undefined) { ${result}d([${params}]); } else { ${result}fallback([${params}]); }\n` +
    '};';
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('slot', 'fallback', source)(slot, fallback) as (...args: unknown[]) => boolean | void;
}

function parameterList(arity: number): string {
  return Array.from({ length: arity }, (_, i) => `a${i}`).join(', ');
}

let sourceCount = 0;

/**
 * A comment making each generated source unique: V8 caches code compiled from identical source text together with
 * its call feedback, so two hooks with the same shape would share (and make polymorphic) each other's call sites.
 */
function uniqueSource(): string {
  return `wikiext hook code ${++sourceCount}`;
}
