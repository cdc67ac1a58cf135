import { createHash } from 'node:crypto';
import type { Clock } from '../../framework/core/Clock';
import { toMwTimestamp } from '../../framework/core/MwTimestamp';
import type { ObjectStash } from '../../framework/core/ObjectStash';
import type { Database } from '../../framework/db/Database';
import { toStoredJson } from './storedJson';

/** The columns of `objectstash` (sql/host/tables.json). */
interface ObjectStashTables {
  objectstash: { keyname: string; value: string; exptime: string | null };
}

/** `keyname` is VARBINARY(255). */
const MAX_KEY_BYTES = 255;

/**
 * The embedded object stash: JSON values in the wiki's `objectstash` table, each with an optional expiry on the
 * injected clock (MediaWiki's SqlBagOStuff). Expired entries read as missing at once; `purgeExpired()` deletes them.
 *
 * @public
 */
export class SqlObjectStash implements ObjectStash {
  private readonly db: Database<ObjectStashTables>;
  private writes = 0;

  /**
   * @param purgePeriod - expired entries are deleted after every `purgePeriod` writes, as SqlBagOStuff does, so the
   *   table does not grow with dead sessions; 0 leaves it to explicit `purgeExpired()` calls.
   */
  constructor(
    db: Database,
    private readonly clock: Clock,
    private readonly purgePeriod = 100,
  ) {
    this.db = db.as<ObjectStashTables>();
  }

  async get<T = unknown>(key: string): Promise<T | undefined> {
    checkKey(key);
    const row = await this.db.kysely
      .selectFrom('objectstash')
      .select(['value', 'exptime'])
      .where('keyname', '=', key)
      .executeTakeFirst();
    if (row === undefined || (row.exptime !== null && row.exptime <= this.now())) return undefined;
    return JSON.parse(row.value) as T;
  }

  /** Stores `value` (plain JSON) under `key`, replacing what was there; `ttlSeconds` 0 keeps it until deleted. */
  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    checkKey(key);
    if (!Number.isFinite(ttlSeconds) || ttlSeconds < 0) {
      throw new RangeError(`Stash TTL for "${key}" is ${ttlSeconds}; give a number of seconds, 0 for no expiry.`);
    }
    const json = toStoredJson(value, `Stash value for "${key}"`);
    const exptime = ttlSeconds === 0 ? null : toMwTimestamp(new Date(this.clock.now().getTime() + ttlSeconds * 1000));
    await this.db.upsert('objectstash', { keyname: key, value: json, exptime }, ['keyname'], ['value', 'exptime']);
    if (this.purgePeriod > 0 && ++this.writes % this.purgePeriod === 0) await this.purgeExpired();
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    await this.db.kysely.deleteFrom('objectstash').where('keyname', '=', key).execute();
  }

  /**
   * `makeKey('session', id)` -> `session:<id>`. `%` and `:` inside parts are escaped (as MediaWiki's BagOStuff
   * does), so parts can never run together; a key longer than the column allows keeps its first part and hashes the
   * rest.
   */
  makeKey(...parts: (string | number)[]): string {
    if (parts.length === 0) throw new RangeError('makeKey() needs at least one part, e.g. makeKey("session", id).');
    const escaped = parts.map((part) => String(part).replace(/%/g, '%25').replace(/:/g, '%3A'));
    const key = escaped.join(':');
    if (Buffer.byteLength(key, 'utf8') <= MAX_KEY_BYTES) return key;
    const hash = createHash('md5').update(escaped.slice(1).join(':')).digest('hex');
    return `${truncateToBytes(escaped[0], MAX_KEY_BYTES - hash.length - 2)}:#${hash}`;
  }

  /** Deletes every expired entry; returns how many. */
  async purgeExpired(): Promise<number> {
    const result = await this.db.kysely
      .deleteFrom('objectstash')
      .where('exptime', 'is not', null)
      .where('exptime', '<=', this.now())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private now(): string {
    return toMwTimestamp(this.clock.now());
  }
}

function checkKey(key: string): void {
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes === 0 || bytes > MAX_KEY_BYTES) {
    throw new RangeError(
      `Stash key "${key.slice(0, 40)}${key.length > 40 ? '...' : ''}" has ${bytes} bytes; keys need 1 to ${MAX_KEY_BYTES}. Build keys with makeKey(), which shortens long ones.`,
    );
  }
}

/** The longest start of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
function truncateToBytes(text: string, maxBytes: number): string {
  let out = '';
  for (const character of text) {
    if (Buffer.byteLength(out + character, 'utf8') > maxBytes) break;
    out += character;
  }
  return out;
}
