import type { Logger } from '../Logger';
import { badReturn, failureReason, handlerFailed, isThenable, unabortableFalse } from './HookHandlerError';
import type { HookTimings } from './HookTimings';

/**
 * A handler ready to call: `fn` is called with `receiver` as `this` (the shared handler object, or undefined for a
 * plain function).
 *
 * @internal
 */
export interface ResolvedHandler {
  readonly fn: (...args: unknown[]) => unknown;
  readonly receiver: object | undefined;
  /** `Extension:handler` for extension handlers, `runtime:name` for registered ones. */
  readonly description: string;
  /** Owning extension; undefined for handlers registered at runtime. */
  readonly extension: string | undefined;
}

/** How one hook is run, settled from its contract or the call options. @internal */
export interface DispatchPlan {
  readonly hook: string;
  readonly abortable: boolean;
  readonly isolate: boolean;
  readonly logger: Logger;
}

/**
 * Checks a handler's return value: true means go on, false means the hook was aborted. Anything else throws.
 *
 * @internal
 */
export function acceptResult(plan: DispatchPlan, handler: ResolvedHandler, result: unknown): boolean {
  if (result === undefined || result === true) return true;
  if (result !== false) throw badReturn(plan.hook, handler.description, result);
  if (!plan.abortable) throw unabortableFalse(plan.hook, handler.description);
  return false;
}

/** Under `isolate`, logs a handler's failure; under `propagate`, throws it naming the handler. @internal */
export function handleFailure(
  plan: DispatchPlan,
  handler: Pick<ResolvedHandler, 'description' | 'extension'>,
  thrown: unknown,
): void {
  if (!plan.isolate) throw handlerFailed(plan.hook, handler.description, thrown);
  plan.logger.error(
    { hook: plan.hook, handler: handler.description, extension: handler.extension ?? null, err: thrown },
    // The reason is in the message too: a plain-text logger prints only the message.
    `Hook handler ${handler.description} failed while handling ${plan.hook}: ${failureReason(plan.hook, thrown)}; ` +
      'the remaining handlers still run.',
  );
}

/**
 * The plain loop for sync hooks: used when timing is on (`timings` given) and for calls a compiled dispatcher was
 * not specialised for.
 *
 * @internal
 */
export function runHandlersSync(
  plan: DispatchPlan,
  handlers: readonly ResolvedHandler[],
  args: readonly unknown[],
  timings: HookTimings | undefined,
): boolean {
  for (const handler of handlers) {
    const start = timings === undefined ? 0 : performance.now();
    try {
      if (!acceptResult(plan, handler, handler.fn.apply(handler.receiver, args as unknown[]))) return false;
    } catch (thrown) {
      handleFailure(plan, handler, thrown);
    } finally {
      timings?.record(plan.hook, handler.description, performance.now() - start);
    }
  }
  return true;
}

/** What an async hook's call settles to when no handler returned a Promise. @internal */
// Shared, already resolved: a settled Promise cannot change, and making one per call costs more than the dispatch.
export const RESOLVED_TRUE: Promise<boolean> = Promise.resolve(true);
/** The same for a call a handler aborted synchronously. @internal */
export const RESOLVED_FALSE: Promise<boolean> = Promise.resolve(false);

/**
 * Runs an async hook's handlers with the same rules as the sync loop: each is called in turn, and only a thenable
 * result is awaited before the next starts. `timings` is given only when timing is on.
 *
 * @internal
 */
export function runHandlersAsync(
  plan: DispatchPlan,
  handlers: readonly ResolvedHandler[],
  args: readonly unknown[],
  timings: HookTimings | undefined,
): Promise<boolean> {
  let result: boolean | Promise<boolean>;
  try {
    result = runHandlersFrom(plan, handlers, args, timings, 0);
  } catch (thrown) {
    return Promise.reject(thrown);
  }
  return result === true ? RESOLVED_TRUE : result === false ? RESOLVED_FALSE : result;
}

/**
 * Calls handlers from `start` on, synchronously until one returns a thenable; the rest run once it settled. A flag
 * when every handler finished synchronously, else a Promise of it. Throws (under `propagate`) only synchronously.
 *
 * Why not `await` each result: every `await` costs a microtask turn even for `undefined`, ~90 ns a handler.
 */
function runHandlersFrom(
  plan: DispatchPlan,
  handlers: readonly ResolvedHandler[],
  args: readonly unknown[],
  timings: HookTimings | undefined,
  start: number,
): boolean | Promise<boolean> {
  for (let i = start; i < handlers.length; i++) {
    const handler = handlers[i];
    const begin = timings === undefined ? 0 : performance.now();
    let result: unknown;
    try {
      result = handler.fn.apply(handler.receiver, args as unknown[]);
      if (isThenable(result)) return awaitHandler(plan, handlers, args, timings, i, result, begin);
      if (!acceptResult(plan, handler, result)) return false;
    } catch (thrown) {
      handleFailure(plan, handler, thrown);
    } finally {
      // An awaited handler is timed when it settles, in `awaitHandler`.
      if (timings !== undefined && !isThenable(result)) timings.record(plan.hook, handler.description, performance.now() - begin);
    }
  }
  return true;
}

/**
 * Waits for the thenable handler `index` returned, applies the usual rules to what it settled to (a rejection is
 * a throw), then runs the handlers after it.
 *
 * @internal
 */
export function awaitHandler(
  plan: DispatchPlan,
  handlers: readonly ResolvedHandler[],
  args: readonly unknown[],
  timings: HookTimings | undefined,
  index: number,
  pending: PromiseLike<unknown>,
  begin = 0,
): Promise<boolean> {
  const handler = handlers[index];
  const finished = (): void => timings?.record(plan.hook, handler.description, performance.now() - begin);
  return Promise.resolve(pending).then(
    (value) => {
      finished();
      try {
        if (!acceptResult(plan, handler, value)) return false;
      } catch (thrown) {
        handleFailure(plan, handler, thrown);
      }
      return runHandlersFrom(plan, handlers, args, timings, index + 1);
    },
    (thrown: unknown) => {
      finished();
      handleFailure(plan, handler, thrown);
      return runHandlersFrom(plan, handlers, args, timings, index + 1);
    },
  );
}
