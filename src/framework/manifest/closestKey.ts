import { distance } from 'fastest-levenshtein';

/**
 * The candidate a mistyped key most likely meant, or undefined when none is close. Case is ignored, so `hooks`
 * finds `Hooks`; otherwise up to one edit is allowed for keys of 3 characters or fewer, then one per 3 characters
 * (at least 2), which catches `Hook` -> `Hooks` and `valeu` -> `value` without suggesting unrelated short words.
 *
 * @internal
 */
export function closestKey(key: string, candidates: Iterable<string>): string | undefined {
  const wanted = key.toLowerCase();
  const limit = wanted.length <= 3 ? 1 : Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === key) continue;
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** `; did you mean "X"?` when a close candidate exists, else the empty string. @internal */
export function didYouMean(key: string, candidates: Iterable<string>): string {
  const close = closestKey(key, candidates);
  return close === undefined ? '' : `; did you mean "${close}"?`;
}
