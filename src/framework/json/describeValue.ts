/**
 * The kind of a value in words, for messages: `a list`, `an object`, `null`, `a string`, `a function`.
 *
 * @internal
 */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * `a list (["AF", "Afghanistan"])`: the kind of a JSON value and the value itself, shortened when long. `null`
 * and `undefined` need no value after them.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  const kind = kindOf(value);
  if (value === null || value === undefined) return kind;
  const json = inlineJson(value);
  return `${kind} (${json.length > 80 ? `${json.slice(0, 77)}...` : json})`;
}

/**
 * JSON on one line with a space after commas and colons, as people write it.
 *
 * @internal
 */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? String(value);
}
