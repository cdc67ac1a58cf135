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
  const methods = new Map<string, (...args: unknown[]) => unknown>();
  for (const contract of catalog) {
    container.declare(contract);
    methods.set(hookMethodName(contract.name), runnerMethod(container, contract));
  }
  return Object.freeze(objectLiteral(methods)) as HookRunner<Catalog>;
}

/**
 * Builds the runner object from one generated object literal. Why: an object given ~20 properties one at a time
 * becomes a dictionary in V8, and looking `runner.onXxx` up in one costs more than a whole dispatch (1.6 ns become
 * ~7); a literal keeps fast properties, and the lookup is a constant.
 */
function objectLiteral(methods: ReadonlyMap<string, (...args: unknown[]) => unknown>): object {
  const entries = [...methods.keys()].map((name, i) => `${JSON.stringify(name)}: m${i}`);
  const params = entries.map((_, i) => `m${i}`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...params, `"use strict"; return { ${entries.join(', ')} };`)(...methods.values()) as object;
}

function runnerMethod(container: HookContainer, contract: AnyHookContract): (...args: unknown[]) => unknown {
  return contract.mode === 'sync' ? container.syncCaller(contract) : container.asyncCaller(contract);
}
