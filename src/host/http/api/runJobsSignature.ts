import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * MediaWiki's `SpecialRunJobs::getQuerySignature()`:
 *
 *     ksort( $query );
 *     return hash_hmac( 'sha1', wfArrayToCgi( $query ), $secretKey );
 *
 * `$query` holds every Special:RunJobs parameter the request sent (`title`, `tasks`, `sigexpiry`, `maxjobs`,
 * `maxtime`, `type`, `async`, `stats`) except `signature` itself. `wfArrayToCgi` joins `key=value` pairs with `&`,
 * both sides through PHP's `urlencode` (space as `+`, everything but letters, digits and `-_.` as `%XX`).
 *
 * @public
 */
export function runJobsSignature(query: Readonly<Record<string, string>>, secretKey: string): string {
  const cgi = Object.keys(query)
    .sort()
    .map((key) => `${phpUrlencode(key)}=${phpUrlencode(query[key])}`)
    .join('&');
  return createHmac('sha1', secretKey).update(cgi).digest('hex');
}

/** Constant-time check of a submitted signature (PHP's `hash_equals`). */
export function signatureMatches(submitted: string, expected: string): boolean {
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** PHP's `urlencode`: `encodeURIComponent` also leaves `! ' ( ) * ~` alone and writes spaces as `%20`. */
function phpUrlencode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}
