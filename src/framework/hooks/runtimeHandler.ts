import { ErrorCodes, WikiextError } from '../errors';
import { hookMethodName } from './hookMethodName';
import type { ResolvedHandler } from './runHandlers';

/** A hook handler given at runtime: a function, or an object with the `onXxx` method for the hook. @public */
export type RuntimeHandler = ((...args: never[]) => unknown) | object;

/**
 * Makes a handler given to `register()` callable, checking an object has the hook's method. Its description is
 * `runtime:` + the function name or the object's class name.
 *
 * @internal
 */
export function runtimeHandler(hook: string, handler: RuntimeHandler): ResolvedHandler {
  if (typeof handler === 'function') {
    const description = `runtime:${handler.name || 'anonymous'}`;
    return { fn: handler as ResolvedHandler['fn'], receiver: undefined, description, extension: undefined };
  }
  const method = hookMethodName(hook);
  const fn = (handler as Record<string, unknown>)[method];
  const description = `runtime:${handler.constructor?.name ?? 'Object'}`;
  if (typeof fn !== 'function') {
    throw new WikiextError(
      ErrorCodes.HOOK_HANDLER_NOT_CALLABLE,
      `The handler ${description} registered for the hook ${hook} has no method ${method}(). ` +
        `Give it ${method}(), or register a function instead.`,
      { hook, method },
    );
  }
  return { fn: fn as ResolvedHandler['fn'], receiver: handler, description, extension: undefined };
}
