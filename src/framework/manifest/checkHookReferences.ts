import { pointerTo } from '../json/jsonPointer';
import { didYouMean } from './closestKey';
import type { ManifestProblem } from './ManifestProblem';

/**
 * Every `Hooks` handler must name a `HookHandlers` entry or be a module reference (`"src/hooks#onFoo"`), the rule
 * the registry enforces at load time; checking it here lets `wikiext validate` catch it too. Shapes the schema
 * rejects are left to the schema's messages.
 *
 * @internal
 */
export function checkHookReferences(file: string, data: Record<string, unknown>): ManifestProblem[] {
  const hooks = data.Hooks;
  if (typeof hooks !== 'object' || hooks === null || Array.isArray(hooks)) return [];
  const handlers = data.HookHandlers;
  const names = typeof handlers === 'object' && handlers !== null ? Object.keys(handlers) : [];
  const problems: ManifestProblem[] = [];
  const check = (entry: unknown, at: string) => {
    const handler = typeof entry === 'object' && entry !== null ? (entry as { handler?: unknown }).handler : entry;
    if (typeof handler !== 'string' || names.includes(handler) || handler.includes('#') || handler.includes('/')) return;
    if (handler.includes('::')) {
      // A legacy PHP static method: valid in MediaWiki, so not a schema error, but nothing wikiext can call.
      problems.push({
        file,
        pointer: at,
        severity: 'warning',
        message: `"${handler}" is a PHP callable, which wikiext cannot load; declare the handler under HookHandlers instead`,
      });
      return;
    }
    problems.push({
      file,
      pointer: at,
      severity: 'error',
      message:
        `no HookHandlers entry "${handler}"${didYouMean(handler, names) || "."} ` +
        'Declare it under HookHandlers, or give a module reference such as "src/hooks#onFoo".',
    });
  };
  for (const [hook, value] of Object.entries(hooks)) {
    if (Array.isArray(value)) value.forEach((entry, i) => check(entry, pointerTo('/Hooks', hook, i)));
    else check(value, pointerTo('/Hooks', hook));
  }
  return problems;
}
