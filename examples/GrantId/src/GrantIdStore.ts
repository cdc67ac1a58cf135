import { inject } from 'tsyringe';
import type { Database } from '../../../src/framework/db/Database';
import { serviceRef } from '../../../src/framework/services/ServiceRef';

/** The table this extension adds (sql/tables.json). */
export const GRANT_TABLE = 'wce_event_grant';

interface GrantTables {
  wce_event_grant: { wceg_event_id: number; wceg_grant_id: string };
}

/** The grant ID of each event that has one: at most one row per event in `wce_event_grant`. */
export class GrantIdStore {
  readonly #db: Database<GrantTables>;

  constructor(@inject('Database') db: Database) {
    this.#db = db.as<GrantTables>();
  }

  /** The event's grant ID, or null when it has none. */
  async getGrantId(eventId: number): Promise<string | null> {
    const row = await this.#db.kysely
      .selectFrom(GRANT_TABLE)
      .select('wceg_grant_id')
      .where('wceg_event_id', '=', eventId)
      .executeTakeFirst();
    return row === undefined ? null : String(row.wceg_grant_id);
  }

  /** Sets the event's grant ID, replacing the one it had. */
  async setGrantId(eventId: number, grantId: string): Promise<void> {
    await this.#db.upsert(GRANT_TABLE, { wceg_event_id: eventId, wceg_grant_id: grantId }, ['wceg_event_id'], ['wceg_grant_id']);
  }

  /** Removes the event's grant ID, if it had one. */
  async deleteGrantId(eventId: number): Promise<void> {
    await this.#db.kysely.deleteFrom(GRANT_TABLE).where('wceg_event_id', '=', eventId).execute();
  }
}

/** Typed name of {@link GrantIdStore}. */
export const GrantIdStoreRef = serviceRef<GrantIdStore>('GrantId.Store');
