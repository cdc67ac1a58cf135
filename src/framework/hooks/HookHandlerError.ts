import { ErrorCodes, WikiextError, type ErrorCode } from '../errors';

/**
 * An error caused by one hook handler. `handler` is its description (`CampaignEvents:main`), `reason` what went
 * wrong without naming the hook or handler (for messages that name them already), `cause` the error the handler
 * threw, if it threw one.
 *
 * @public
 */
export class HookHandlerError extends WikiextError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly hook: string,
    readonly handler: string,
    readonly reason: string,
    cause?: unknown,
  ) {
    super(code, message, { hook, handler });
    this.name = 'HookHandlerError';
    if (cause !== undefined) this.cause = cause;
  }
}

/** Wraps what a handler threw so that the message names the handler; our own handler errors pass through. */
export function handlerFailed(hook: string, handler: string, thrown: unknown): HookHandlerError {
  if (thrown instanceof HookHandlerError && thrown.hook === hook) return thrown;
  const reason = failureReason(hook, thrown);
  return new HookHandlerError(
    ErrorCodes.HOOK_HANDLER_FAILED,
    `Hook handler ${handler} failed while handling ${hook}: ${reason}`,
    hook,
    handler,
    reason,
    thrown,
  );
}

/** What went wrong in a handler of `hook`, in a few words: our own error's reason, or the thrown error's message. */
export function failureReason(hook: string, thrown: unknown): string {
  if (thrown instanceof HookHandlerError && thrown.hook === hook) return thrown.reason;
  return thrown instanceof Error ? thrown.message : String(thrown);
}

/** A handler returned `false` from a hook that cannot be aborted. */
export function unabortableFalse(hook: string, handler: string): HookHandlerError {
  return new HookHandlerError(
    ErrorCodes.HOOK_UNABORTABLE,
    `Hook handler ${handler} returned false for ${hook}, which cannot be aborted. ` +
      'Return nothing (or true) from handlers of this hook.',
    hook,
    handler,
    'returned false for a hook that cannot be aborted',
  );
}

/** A handler returned something other than true, false or nothing; a Promise means the hook should be async. */
export function badReturn(hook: string, handler: string, value: unknown): HookHandlerError {
  if (isThenable(value)) {
    // The caller will never await it: keep a rejection from becoming an unhandled one that ends the process.
    value.then(undefined, () => undefined);
    return new HookHandlerError(
      ErrorCodes.HOOK_SYNC_GOT_PROMISE,
      `Hook handler ${handler} returned a Promise for ${hook}, which is a synchronous hook. ` +
        "Declare the hook with mode: 'async' and run it with runAsync(), or make the handler synchronous.",
      hook,
      handler,
      'returned a Promise for a synchronous hook',
    );
  }
  const shown = value === null ? 'null' : typeof value;
  return new HookHandlerError(
    ErrorCodes.HOOK_BAD_RETURN,
    `Hook handler ${handler} returned ${shown} for ${hook}; hook handlers may only return true, false or nothing.`,
    hook,
    handler,
    `returned ${shown}, but hook handlers may only return true, false or nothing`,
  );
}

/** Whether `value` is a Promise or Promise-like (has a callable `then`). @internal */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
