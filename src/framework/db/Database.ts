import { type Insertable, Kysely, type Transaction } from 'kysely';

/** How often a transaction chosen as a deadlock victim is tried in all. */
const DEADLOCK_ATTEMPTS = 3;

/** MariaDB rolled the whole transaction back to break a deadlock (ER_LOCK_DEADLOCK, 1213). */
function isDeadlock(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { errno?: unknown }).errno === 1213;
}

/** The databases wikiext runs on, with MediaWiki's `wgDBtype` names. @public */
export type DbType = 'sqlite' | 'mysql';

/**
 * A connection to the wiki's database: kysely for queries, plus the few operations whose SQL differs between SQLite
 * and MariaDB. Stores use these instead of branching on the database themselves:
 *
 * - `insert()` returns the new id as a number (MariaDB has no `RETURNING` on INSERT; both drivers report the id as a
 *   BigInt);
 * - `upsert()` is `ON CONFLICT ... DO UPDATE` on SQLite and `ON DUPLICATE KEY UPDATE` on MariaDB;
 * - booleans are stored as 0/1 (`bool()` to write, `readBool()` to read);
 * - times are MediaWiki's 14-digit UTC strings (core/MwTimestamp), which every database stores and compares as text;
 * - counts come back as numbers or strings depending on the driver (`readNumber()`).
 *
 * `Tables` is the kysely table map a store works on; `as<T>()` views the same connection with another map.
 *
 * @public
 */
export class Database<Tables = any> {
  constructor(
    readonly type: DbType,
    readonly kysely: Kysely<Tables>,
    private readonly onDestroy: () => Promise<void> = () => kysely.destroy(),
  ) {}

  /**
   * The same connection for someone who does not own it: its `destroy()` does nothing, so a service container that
   * destroys its services on shutdown leaves the connection open for its owner.
   */
  borrowed(): Database<Tables> {
    return new Database(this.type, this.kysely, async () => {});
  }

  /** The same connection (or transaction) typed with another table map. */
  as<T>(): Database<T> {
    return this as unknown as Database<T>;
  }

  /** Inserts one row and returns its auto-increment id. */
  async insert<T extends keyof Tables & string>(table: T, row: Insertable<Tables[T]>): Promise<number> {
    const result = await (this.kysely as Kysely<any>).insertInto(table).values(row as never).executeTakeFirstOrThrow();
    return Number(result.insertId ?? 0n);
  }

  /**
   * Inserts `row`, or, when it collides with an existing row on the unique key made of `conflict`, updates that
   * row's `update` columns to the values in `row`.
   */
  async upsert<T extends keyof Tables & string>(
    table: T,
    row: Insertable<Tables[T]>,
    conflict: readonly (keyof Tables[T] & string)[],
    update: readonly (keyof Tables[T] & string)[],
  ): Promise<void> {
    const values = row as Record<string, unknown>;
    const set = Object.fromEntries(update.map((column) => [column, values[column]])) as never;
    const insert = (this.kysely as Kysely<any>).insertInto(table).values(values);
    if (update.length === 0) {
      await (this.type === 'mysql' ? insert.ignore() : insert.onConflict((oc) => oc.columns([...conflict]).doNothing())).execute();
    } else if (this.type === 'mysql') {
      await insert.onDuplicateKeyUpdate(set).execute();
    } else {
      await insert.onConflict((oc) => oc.columns([...conflict]).doUpdateSet(set)).execute();
    }
  }

  /**
   * Runs `fn` in a transaction: everything it wrote is kept, or, if it throws, nothing is. A transaction that MariaDB
   * chose as a deadlock victim (two transactions locking the same rows in opposite orders, e.g. two simultaneous
   * inserts checking the same unique key) is run again, so `fn` sees what the other committed; `fn` must therefore
   * only write to the database. Inside a transaction, `fn` joins it.
   */
  async transaction<T>(fn: (db: Database<Tables>) => Promise<T>): Promise<T> {
    if (this.kysely.isTransaction) return fn(this);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.kysely.transaction().execute((trx: Transaction<Tables>) => fn(new Database(this.type, trx, async () => {})));
      } catch (error) {
        if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
      }
    }
  }

  /** How a boolean is stored (TINYINT 0/1 on both databases). */
  bool(value: boolean): number {
    return value ? 1 : 0;
  }

  readBool(value: unknown): boolean {
    return value === 1 || value === true || value === '1' || value === 1n;
  }

  /** Counts and sums arrive as number, bigint or string depending on the driver. */
  readNumber(value: unknown): number {
    return value === null || value === undefined ? 0 : Number(value);
  }

  /** Closes the connection (pool). Only the owner of the connection calls this. */
  destroy(): Promise<void> {
    return this.onDestroy();
  }
}
