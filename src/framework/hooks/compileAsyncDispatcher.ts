import { isThenable } from './HookHandlerError';
import { handlerCalls, handlerLocals, parameterList, uniqueSource } from './compileDispatcher';
import {
  acceptResult,
  awaitHandler,
  handleFailure,
  RESOLVED_FALSE,
  RESOLVED_TRUE,
  runHandlersAsync,
  type DispatchPlan,
  type ResolvedHandler,
} from './runHandlers';

/** Runs an async hook's handlers with the given arguments; settles to false when a handler aborted it. @internal */
export type AsyncDispatcher = (args: readonly unknown[]) => Promise<boolean>;

/** The same with the arguments as parameters. @internal */
export type FixedAsyncDispatcher = (...args: unknown[]) => Promise<boolean>;

/** An async hook's compiled code, as `CompiledHook`; both entry points return a Promise. @internal */
export interface CompiledAsyncHook {
  readonly arity: number;
  readonly call: FixedAsyncDispatcher;
  readonly dispatch: AsyncDispatcher;
}

/**
 * Compiles an async hook's handler list the same way, for the same reasons (see `compileDispatcher`).
 *
 * Handlers are called synchronously, one after the other; only a thenable result is waited for, and then the
 * handlers after it run through the plain code once it settled (`awaitHandler`). A call in which no handler returned
 * a thenable settles with a shared, already resolved Promise, so the common case costs one microtask for the caller's
 * `await`, not one per handler.
 *
 * @internal
 */
export function compileAsyncDispatcher(
  plan: DispatchPlan,
  handlers: readonly ResolvedHandler[],
  arity: number,
): CompiledAsyncHook {
  const { names, values } = handlerLocals(handlers);
  // Called only for a result other than undefined/true: true to go on, else what the call returns (false or the
  // Promise of the rest). `args` is rebuilt only here, so the common path allocates nothing.
  const more = (i: number, result: unknown, args: readonly unknown[]): boolean | Promise<boolean> =>
    isThenable(result) ? awaitHandler(plan, handlers, args, undefined, i, result) : acceptResult(plan, handlers[i], result);
  const fail = (handler: ResolvedHandler, thrown: unknown): void => handleFailure(plan, handler, thrown);
  const loop = (args: readonly unknown[]): Promise<boolean> => runHandlersAsync(plan, handlers, args, undefined);

  const params = parameterList(arity);
  const body = handlerCalls(
    plan,
    handlers,
    params,
    (i) => `if (r !== undefined && r !== true && (r = more(${i}, r, [${params}])) !== true) return r;`,
  );
  const unpack = Array.from({ length: arity }, (_, i) => `args[${i}]`).join(', ');
  const source =
    `"use strict"; /* ${uniqueSource()} */\n` +
    `function run(${params}) {\nvar r;\n${body}\nreturn true;\n}\n` +
    // A propagated error rejects, as from an async function; `run` keeps the try/catch out of the handlers' body.
    `function call(${params}) {\nvar r;\ntry { r = run(${params}); } catch (e) { return Promise.reject(e); }\n` +
    `return r === true ? yes : r === false ? no : r;\n}\n` +
    `function dispatch(args) {\nreturn args.length === ${arity} ? call(${unpack}) : loop(args);\n}\n` +
    `return { arity: ${arity}, call: call, dispatch: dispatch };`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const build = new Function(...names, 'more', 'fail', 'loop', 'yes', 'no', source) as (...deps: unknown[]) => CompiledAsyncHook;
  return build(...values, more, fail, loop, RESOLVED_TRUE, RESOLVED_FALSE);
}

/**
 * Where `runAsync()` and async typed runners find an async hook's current code, as `DispatcherSlot` does for sync
 * hooks. Until the hook is compiled (again, after a change), and always under timing, `asyncCall` is
 * `asyncUncompiled`, which runs the hook by name.
 *
 * @internal
 */
export interface AsyncDispatcherSlot {
  readonly asyncUncompiled: FixedAsyncDispatcher;
  // Never undefined, for the reason given on `DispatcherSlot.call`.
  asyncCall: FixedAsyncDispatcher;
  asyncDispatch: AsyncDispatcher | undefined;
}

/** Makes the slot use `dispatch`, and `compiled.call` where there is compiled code. @internal */
export function fillAsyncSlot(slot: AsyncDispatcherSlot, dispatch: AsyncDispatcher, compiled: CompiledAsyncHook | undefined): void {
  slot.asyncCall = compiled?.call ?? slot.asyncUncompiled;
  slot.asyncDispatch = dispatch;
}

/** Forgets the slot's async code after a change to the hook. @internal */
export function clearAsyncSlot(slot: AsyncDispatcherSlot): void {
  slot.asyncCall = slot.asyncUncompiled;
  slot.asyncDispatch = undefined;
}

/** What a non-abortable async runner method settles with when no handler returned a thenable. */
// Shared for the same reason as `RESOLVED_TRUE`.
const RESOLVED_VOID: Promise<void> = Promise.resolve();
const toVoid = (): void => undefined;

/**
 * Builds the function a typed runner calls for one async hook, as `compileCaller` does for sync ones: calls the
 * hook's current code in `slot` with its own parameters. It returns the Promise of the abort flag when the hook is
 * abortable, else a Promise of undefined.
 *
 * @internal
 */
export function compileAsyncCaller(
  slot: AsyncDispatcherSlot,
  arity: number,
  abortable: boolean,
): (...args: unknown[]) => Promise<boolean> | Promise<void> {
  const params = parameterList(arity);
  // A non-abortable hook's call settles to true (false is an error), so the shared resolved Promise maps to its void
  // twin without a `then`, which would cost a microtask turn.
  const body = abortable
    ? `return slot.asyncCall(${params});`
    : `var p = slot.asyncCall(${params});\nreturn p === yes ? done : p.then(toVoid);`;
  const source = `"use strict"; /* ${uniqueSource()} */\nreturn function call(${params}) {\n${body}\n};`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('slot', 'yes', 'done', 'toVoid', source)(slot, RESOLVED_TRUE, RESOLVED_VOID, toVoid) as (
    ...args: unknown[]
  ) => Promise<boolean> | Promise<void>;
}
