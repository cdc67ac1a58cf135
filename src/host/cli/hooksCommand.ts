import { hookCatalog } from '../../../hooks';
import type { AnyHookContract } from '../../framework/hooks/defineHook';
import type { Wiki } from '../boot/bootWiki';
import type { CliOutput } from './output';

/**
 * `wikiext hooks`: every hook, declared in the catalog or handled by an extension, with its handlers
 * (`Extension:handler`), whether it is abortable, its mode and its error policy.
 */
export function hooksCommand(wiki: Wiki, output: CliOutput): number {
  const contracts = new Map<string, AnyHookContract>(hookCatalog.map((c) => [c.name, c]));
  const names = [...new Set([...contracts.keys(), ...wiki.hooks.getHookNames()])].sort();
  for (const name of names) {
    const contract = contracts.get(name);
    const traits = contract
      ? `${contract.abortable ? 'abortable' : 'not abortable'}, ${contract.mode}, errors: ${contract.errorPolicy}`
      : 'not in the hook catalog: abortable, errors: propagate';
    output.out(`${name}  (${traits})`);
    const handlers = wiki.hooks.getHandlerDescriptions(name);
    if (handlers.length === 0) output.out('    (no handlers)');
    for (const handler of handlers) output.out(`    ${handler}`);
  }
  return 0;
}
