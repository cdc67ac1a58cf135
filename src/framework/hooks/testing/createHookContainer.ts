import type { Logger } from '../../Logger';
import { HookContainer } from '../HookContainer';
import type { RuntimeHandler } from '../runtimeHandler';

/**
 * A real container with no extensions and no services, in test mode, with the given handlers registered (a list
 * registers several, in order). MediaWiki's `createHookContainer()`, for unit-testing code that runs hooks:
 *
 * ```ts
 * const runner = createHookRunner(createHookContainer({ PageView: (view) => seen.push(view) }), hookCatalog);
 * ```
 *
 * @public
 */
export function createHookContainer(
  hooks: Record<string, RuntimeHandler | readonly RuntimeHandler[]> = {},
  options: { logger?: Logger; timing?: boolean } = {},
): HookContainer {
  const container = new HookContainer({ ...options, testMode: true });
  for (const [hook, handlers] of Object.entries(hooks)) {
    for (const handler of Array.isArray(handlers) ? handlers : [handlers]) container.register(hook, handler);
  }
  return container;
}
