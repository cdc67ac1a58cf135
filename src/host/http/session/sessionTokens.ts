import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ANONYMOUS_CSRF_TOKEN } from './WikiSession';

/** A new session id: 128 random bits, URL-safe. */
export function newSessionId(): string {
  return randomBytes(16).toString('hex');
}

/** What a cookie must look like to be worth a stash lookup. */
export function isWellFormedSessionId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}

/** A new per-session secret that tokens are derived from. */
export function newTokenSecret(): string {
  return randomBytes(16).toString('hex');
}

/** MediaWiki's token shape: hex HMAC-MD5 of the salt under the session secret, then `+\`. */
export function sessionToken(secret: string, salt: string): string {
  return createHmac('md5', secret).update(salt).digest('hex') + ANONYMOUS_CSRF_TOKEN;
}

/** Constant-time comparison of a submitted token with the expected one. */
export function tokensMatch(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
