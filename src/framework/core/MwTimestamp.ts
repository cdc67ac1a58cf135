import { ErrorCodes, WikiextError } from '../errors';

/**
 * MediaWiki's 14-digit UTC timestamps (`20260131235959`), the format every table and API of a wiki uses. Stored
 * as fixed-width strings, they sort and compare correctly as text on every database.
 */

/** The value MediaWiki stores for "never expires". @public */
export const INFINITY = 'infinity';

/** `Date` -> `YYYYMMDDHHMMSS` (UTC). @public */
export function toMwTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** `YYYYMMDDHHMMSS` -> `Date`; throws for anything else. @public */
export function fromMwTimestamp(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  const date = m === null ? new Date(NaN) : new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  if (Number.isNaN(date.getTime())) {
    throw new WikiextError(ErrorCodes.BAD_TIMESTAMP, `"${value}" is not a timestamp; expected 14 digits, YYYYMMDDHHMMSS in UTC.`);
  }
  return date;
}

/** `Date` -> ISO 8601 to the second, as the action API and hook data print times (`2026-01-31T23:59:59Z`). @public */
export function toIsoTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `YYYYMMDDHHMMSS` -> ISO 8601 (`2026-01-31T23:59:59Z`). @public */
export function mwTimestampToIso(value: string): string {
  return toIsoTimestamp(fromMwTimestamp(value));
}
