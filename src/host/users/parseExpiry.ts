import { fromMwTimestamp, INFINITY, toMwTimestamp } from '../../framework/core/MwTimestamp';
import { HostError } from '../HostError';

/**
 * Expiry times as MediaWiki's block and user-rights forms accept them (`ExpiryDef`): a word for "never", a 14-digit
 * timestamp, an ISO 8601 date, or a duration from now such as `2 weeks` or `1 day 12 hours`.
 */

const NEVER = new Set(['infinity', 'infinite', 'indefinite', 'never']);

/** Seconds per fixed-length unit; months and years follow the calendar instead (see `addDuration`). */
const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, fortnight: 1209600 };
const CALENDAR_MONTHS: Record<string, number> = { month: 1, year: 12 };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const DURATION_PART = /(\d+)\s*(second|minute|hour|day|week|fortnight|month|year)s?/gi;
const DURATION = /^\+?\s*(?:\d+\s*(?:second|minute|hour|day|week|fortnight|month|year)s?[\s,]*(?:and\s+)?)+$/i;

/**
 * Turns what someone typed into `infinity` or a 14-digit UTC timestamp. Dates without a time zone are UTC, as on a
 * wiki whose server runs in UTC. Durations count from `now`.
 *
 * @throws HostError `invalidexpiry` when the text is none of the accepted forms.
 * @public
 */
export function parseExpiry(input: string, now: Date): string {
  const text = input.trim();
  if (NEVER.has(text.toLowerCase())) return INFINITY;
  const date = /^\d{14}$/.test(text) ? parseMwTimestamp(text) : ISO_DATE.test(text) ? parseIsoDate(text) : DURATION.test(text) ? addDuration(now, text) : null;
  // Beyond year 9999 a timestamp no longer has 14 digits.
  if (date === null || Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999 || date.getUTCFullYear() < 1) {
    throw new HostError('invalidexpiry', `Invalid expiry time "${input}". Use "infinity", a date, or a duration such as "2 weeks".`);
  }
  return toMwTimestamp(date);
}

/**
 * `parseExpiry`, refusing a time that is not after `now` (a block or membership that would be over at once).
 *
 * @throws HostError `invalidexpiry` as parseExpiry; `pastexpiry` when the time has already come.
 * @public
 */
export function parseFutureExpiry(input: string, now: Date): string {
  const expiry = parseExpiry(input, now);
  if (expiry !== INFINITY && expiry <= toMwTimestamp(now)) {
    throw new HostError('pastexpiry', `The expiry time "${input}" is in the past. Give a later time, or "infinity" for no expiry.`);
  }
  return expiry;
}

function parseMwTimestamp(text: string): Date | null {
  try {
    const date = fromMwTimestamp(text);
    // Date rolls 20260231 over into March; a timestamp that does not survive the round trip names no real moment.
    return toMwTimestamp(date) === text ? date : null;
  } catch {
    return null;
  }
}

function parseIsoDate(text: string): Date | null {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  // Date rolls February 31 over into March; refuse a day the month does not have.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const normalised = text.replace(' ', 'T');
  if (normalised.length === 10) return new Date(`${normalised}T00:00:00Z`);
  return new Date(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(normalised.slice(11)) ? normalised : `${normalised}Z`);
}

function addDuration(now: Date, text: string): Date {
  const date = new Date(now.getTime());
  for (const [, amount, unitName] of text.matchAll(DURATION_PART)) {
    const unit = unitName.toLowerCase();
    const count = Number(amount);
    if (unit in CALENDAR_MONTHS) date.setUTCMonth(date.getUTCMonth() + count * CALENDAR_MONTHS[unit]);
    else date.setTime(date.getTime() + count * UNIT_SECONDS[unit] * 1000);
  }
  return date;
}
