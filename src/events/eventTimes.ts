import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';

/** `+05:30`, `-03:00`: a fixed offset from UTC, as the form and REST accept it. */
const OFFSET = /^([+-])(\d\d):(\d\d)$/;
/** MediaWiki's 14-digit timestamp. */
const MW_TIMESTAMP_FORMAT = 'yyyyMMddHHmmss';

/** A valid event timezone: its stored name and the luxon zone for conversions. */
export interface EventTimezone {
  /** `UTC`, a canonical IANA name (`Europe/Rome`) or an offset (`+05:30`). */
  readonly name: string;
  readonly zone: Zone;
}

/**
 * Parses an event timezone: `UTC`, an IANA zone name (any case; stored canonical) or an offset `[+-]HH:MM` of at most
 * 14 hours. Returns null for anything else.
 */
export function parseEventTimezone(text: string): EventTimezone | null {
  const trimmed = text.trim();
  const offset = OFFSET.exec(trimmed);
  if (offset !== null) {
    const hours = Number(offset[2]);
    const minutes = Number(offset[3]);
    if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
    const sign = offset[1] === '-' ? -1 : 1;
    return { name: trimmed, zone: FixedOffsetZone.instance(sign * (hours * 60 + minutes)) };
  }
  if (trimmed === '' || !IANAZone.isValidZone(trimmed)) return null;
  const name = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
  return { name, zone: IANAZone.create(name) };
}

/** The instant of a 14-digit local timestamp in `zone`, or null if it is not a valid timestamp. */
export function localTimestampToDateTime(timestamp: string, zone: Zone): DateTime | null {
  if (!/^\d{14}$/.test(timestamp)) return null;
  const local = DateTime.fromFormat(timestamp, MW_TIMESTAMP_FORMAT, { zone });
  return local.isValid ? local : null;
}
