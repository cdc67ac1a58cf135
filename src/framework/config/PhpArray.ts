/**
 * PHP's array functions over JSON values, so merge strategies behave as MediaWiki's. A PHP array is both a list and
 * a map: a JSON list is read as the keys 0..n-1, a JSON object as its keys, where a canonical decimal key ("7")
 * becomes an integer key as PHP makes it. A result whose keys are exactly 0..n-1 in order is written back as a list,
 * anything else as an object (JavaScript objects list integer-like keys first, the one place order can differ).
 *
 * @internal
 */
type Key = number | string;
type Entries = Map<Key, unknown>;

/** Whether PHP would see an array here: a JSON list or a JSON object. @internal */
export function isPhpArray(value: unknown): value is unknown[] | Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** An empty list or object, which PHP treats as "not set" when merging config. @internal */
export function isEmptyPhpArray(value: unknown): boolean {
  return isPhpArray(value) && Object.keys(value).length === 0;
}

/** `array_merge($a, $b)`: integer keys renumbered and appended, string keys of `$b` overwrite in place. @internal */
export function arrayMerge(a: unknown, b: unknown): unknown {
  const result = renumbered(read(a));
  for (const [key, value] of read(b)) {
    if (typeof key === 'number') result.set(nextIndex(result), value);
    else result.set(key, value);
  }
  return write(result, a);
}

/** `$a + $b`: everything of `$a` as it is, then the keys of `$b` that `$a` lacks. @internal */
export function arrayPlus(a: unknown, b: unknown): unknown {
  return write(plus(read(a), read(b)), a);
}

/**
 * MediaWiki's `wfArrayPlus2d($base, $new)`: `+` one level down for keys both hold, then `+` at the top. Where the
 * two values under a key are not both arrays, `$base`'s value is kept (PHP would add numbers or fail).
 *
 * @internal
 */
export function arrayPlus2d(base: unknown, add: unknown): unknown {
  const result = read(base);
  const addEntries = read(add);
  for (const [key, value] of result) {
    const other = addEntries.get(key);
    // PHP's isset(): a null on the adding side counts as absent.
    if (other !== undefined && other !== null && isPhpArray(value) && isPhpArray(other)) {
      result.set(key, arrayPlus(value, other));
    }
  }
  return write(plus(result, addEntries), base);
}

/** `array_replace_recursive($base, $replacement)`: keys kept, arrays under the same key replaced key by key. @internal */
export function arrayReplaceRecursive(base: unknown, replacement: unknown): unknown {
  const result = read(base);
  for (const [key, value] of read(replacement)) {
    const current = result.get(key);
    result.set(key, isPhpArray(current) && isPhpArray(value) ? arrayReplaceRecursive(current, value) : value);
  }
  return write(result, base);
}

/**
 * `array_merge_recursive($a, $b)`: like array_merge, except that under a string key both hold, the values are
 * merged: arrays recursively, and a scalar on either side becomes a list (`['k' => 1]` and `['k' => 2]` give
 * `['k' => [1, 2]]`).
 *
 * @internal
 */
export function arrayMergeRecursive(a: unknown, b: unknown): unknown {
  return write(mergeRecursiveInto(renumbered(read(a)), read(b)), a);
}

function mergeRecursiveInto(dest: Entries, src: Entries): Entries {
  for (const [key, value] of src) {
    if (typeof key === 'number' || !dest.has(key)) {
      dest.set(typeof key === 'number' ? nextIndex(dest) : key, value);
      continue;
    }
    const existing = dest.get(key);
    // PHP converts the existing value to an array: null becomes [null], a scalar [scalar]; keys are not renumbered.
    const inner = isPhpArray(existing) ? read(existing) : new Map<Key, unknown>([[0, existing]]);
    if (isPhpArray(value)) mergeRecursiveInto(inner, read(value));
    else inner.set(nextIndex(inner), value);
    dest.set(key, write(inner, isPhpArray(existing) ? existing : []));
  }
  return dest;
}

function plus(a: Entries, b: Entries): Entries {
  for (const [key, value] of b) if (!a.has(key)) a.set(key, value);
  return a;
}

function read(value: unknown): Entries {
  if (Array.isArray(value)) return new Map(value.map((v, i) => [i, v]));
  const entries: Entries = new Map();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) entries.set(phpKey(key), v);
  return entries;
}

/** The copy PHP makes of the first argument of array_merge(_recursive): integer keys renumbered from 0. */
function renumbered(entries: Entries): Entries {
  const result: Entries = new Map();
  for (const [key, value] of entries) result.set(typeof key === 'number' ? nextIndex(result) : key, value);
  return result;
}

/** PHP's next free index: one more than the largest integer key, or 0. */
function nextIndex(entries: Entries): number {
  let max = -1;
  for (const key of entries.keys()) if (typeof key === 'number' && key > max) max = key;
  return max + 1;
}

/** A string key that is a canonical decimal integer becomes an integer key, as in PHP. */
function phpKey(key: string): Key {
  if (!/^(0|-?[1-9][0-9]*)$/.test(key)) return key;
  const n = Number(key);
  return Number.isSafeInteger(n) ? n : key;
}

/** Back to JSON; an empty result keeps the shape (list or object) of `like`. */
function write(entries: Entries, like: unknown): unknown {
  if (entries.size === 0) return Array.isArray(like) ? [] : {};
  let i = 0;
  let isList = true;
  for (const key of entries.keys()) if (key !== i++) isList = false;
  if (isList) return [...entries.values()];
  return Object.fromEntries([...entries].map(([k, v]) => [String(k), v]));
}
