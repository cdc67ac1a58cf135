import type { AnyHookContract, HookArgs, HookMethodName } from './defineHook';
import type { HookContainer } from './HookContainer';
import { hookMethodName } from './hookMethodName';

/** What calling a hook gives back: the abort flag only where the hook is abortable, a Promise where it is async. @public */
export type HookRunnerReturn<C extends AnyHookContract> = C['mode'] extends 'async'
  ? C['abortable'] extends true
    ? Promise<boolean>
    : Promise<void>
  : C['abortable'] extends true
    ? boolean
    : void;

/**
 * One typed method per hook of a catalog: `runner.onPageView(view)` checks the arguments against the contract.
 * MediaWiki's HookRunner, derived instead of written by hand.
 *
 * @public
 */
export type HookRunner<Catalog extends readonly AnyHookContract[]> = {
  readonly [C in Catalog[number] as HookMethodName<C['name']>]: (...args: HookArgs<C>) => HookRunnerReturn<C>;
};

/**
 * Declares every contract of the catalog in the container and returns a runner for them.
 *
 * @public
 */
export function createHookRunner<const Catalog extends readonly AnyHookContract[]>(
  container: HookContainer,
  catalog: Catalog,
): HookRunner<Catalog> {
  const runner: Record<string, (...args: unknown[]) => unknown> = {};
  for (const contract of catalog) {
    container.declare(contract);
    runner[hookMethodName(contract.name)] = runnerMethod(container, contract);
  }
  return Object.freeze(runner) as HookRunner<Catalog>;
}

function runnerMethod(container: HookContainer, contract: AnyHookContract): (...args: unknown[]) => unknown {
  const { name, abortable } = contract;
  if (contract.mode === 'sync') return container.syncCaller(contract);
  return abortable
    ? (...args) => container.runAsync(name, args)
    : async (...args) => void (await container.runAsync(name, args));
}
