import type { HookContainer } from '../HookContainer';
import type { RuntimeHandler } from '../runtimeHandler';

/** Undo functions of temporary hook changes, newest last. */
const pending: (() => void)[] = [];

/**
 * Replaces every handler of a hook with `handler` until `restoreTemporaryHooks()` runs (MediaWiki's
 * `setTemporaryHook`). The container must be in test mode. Call `useTemporaryHooks()` in the `describe` so that
 * this is undone after each test.
 *
 * @public
 */
export function setTemporaryHook(container: HookContainer, hook: string, handler: RuntimeHandler): void {
  pending.push(container.scopedRegister(hook, handler, true));
}

/** Removes every handler of a hook until `restoreTemporaryHooks()` runs (MediaWiki's `clearHook`). @public */
export function clearHook(container: HookContainer, hook: string): void {
  pending.push(container.scopedClear(hook));
}

/** Undoes every `setTemporaryHook` and `clearHook` so far, newest first. @public */
export function restoreTemporaryHooks(): void {
  while (pending.length > 0) pending.pop()!();
}

/**
 * Call inside a mocha `describe`: adds an `afterEach` that undoes the temporary hooks of each test.
 *
 * ```ts
 * describe('EventPage', () => {
 *   useTemporaryHooks();
 *   it('...', () => { setTemporaryHook(container, 'PageView', () => {}); ... });
 * });
 * ```
 *
 * @public
 */
export function useTemporaryHooks(): void {
  afterEach(restoreTemporaryHooks);
}
