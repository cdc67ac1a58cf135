import type { Logger } from '../Logger';
import { badReturn, failureReason, handlerFailed, unabortableFalse } from './HookHandlerError';
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

/**
 * Awaits each handler in turn, with the same rules as the sync loop. `timings` is given only when timing is on.
 *
 * @internal
 */
export async function runHandlersAsync(
  plan: DispatchPlan,
  handlers: readonly ResolvedHandler[],
  args: readonly unknown[],
  timings: HookTimings | undefined,
): Promise<boolean> {
  for (const handler of handlers) {
    const start = timings === undefined ? 0 : performance.now();
    try {
      if (!acceptResult(plan, handler, await handler.fn.apply(handler.receiver, args as unknown[]))) return false;
    } catch (thrown) {
      handleFailure(plan, handler, thrown);
    } finally {
      timings?.record(plan.hook, handler.description, performance.now() - start);
    }
  }
  return true;
}
