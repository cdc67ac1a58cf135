import { ErrorCodes, WikiextError } from '../../framework/errors';
import { kindOf } from '../../framework/json/describeValue';

/**
 * JSON text for a value the host keeps in a blob column (stash values, job parameters). Refuses what `JSON.stringify`
 * would silently change or drop (`undefined`, functions, `NaN`, `Date`, `Map`, class instances, cycles), so a value
 * reads back exactly as it was written.
 *
 * @param what names the value in the error, e.g. `Stash value for "session:abc"`.
 * @throws WikiextError `WX_VALUE_NOT_JSON` naming the offending part.
 * @internal
 */
export function toStoredJson(value: unknown, what: string): string {
  const problem = findNonJson(value, '', new Set());
  if (problem !== null) {
    throw new WikiextError(
      ErrorCodes.VALUE_NOT_JSON,
      `${what} cannot be stored: ${problem}. Use plain JSON values only (null, booleans, finite numbers, strings, ` +
        'lists and plain objects); convert dates to strings first.',
    );
  }
  return JSON.stringify(value);
}

/** Describes the first part of `value` that is not plain JSON, or null when all of it is. */
function findNonJson(value: unknown, path: string, ancestors: Set<object>): string | null {
  const where = path === '' ? 'the value' : path;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${where} is ${value}`;
  if (typeof value !== 'object') return `${where} is ${kindOf(value)}`;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
    return `${where} is a ${(value as object).constructor?.name ?? 'class instance'}, not a plain object`;
  }
  if (ancestors.has(value)) return `${where} refers back to itself`;
  ancestors.add(value);
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [`${path}[${i}]`, item])
    : Object.entries(value).map(([key, item]) => [path === '' ? key : `${path}.${key}`, item]);
  for (const [childPath, child] of entries) {
    const problem = findNonJson(child, childPath, ancestors);
    if (problem !== null) return problem;
  }
  ancestors.delete(value);
  return null;
}
