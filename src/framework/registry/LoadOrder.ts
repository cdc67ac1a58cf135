import { ErrorCodes, WikiextError } from '../errors';

/**
 * Orders extensions so that each comes after the extensions it requires. Ties keep queue order, so the result is
 * stable for a given settings file. A dependency cycle is an error that names it (`A -> B -> A`).
 *
 * @param names - extension names in queue order
 * @param dependsOn - for each name, the names it requires (names outside `names` are ignored)
 * @public
 */
export function sortByDependencies(names: readonly string[], dependsOn: (name: string) => readonly string[]): string[] {
  const known = new Set(names);
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const path: string[] = [];

  const visit = (name: string): void => {
    const seen = state.get(name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(name)), name];
      throw new WikiextError(
        ErrorCodes.EXTENSION_DEPENDENCY_CYCLE,
        `Extensions require each other in a cycle: ${cycle.join(' -> ')}. Remove one of these requirements.`,
        { cycle },
      );
    }
    state.set(name, 'visiting');
    path.push(name);
    for (const dep of dependsOn(name)) {
      if (known.has(dep)) visit(dep);
    }
    path.pop();
    state.set(name, 'done');
    order.push(name);
  };

  for (const name of names) visit(name);
  return order;
}
