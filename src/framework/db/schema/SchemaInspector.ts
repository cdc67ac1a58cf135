import { sql } from 'kysely';
import type { Database } from '../Database';

/**
 * What tables, columns and indexes a database has. The schema updater asks before each change, so that an update
 * interrupted on MariaDB (where DDL commits at once) carries on where it stopped instead of failing on what it
 * already did.
 *
 * @public
 */
export class SchemaInspector {
  constructor(private readonly db: Database) {}

  /** Names of every table of the database (without the SQLite internals). */
  async tableNames(): Promise<string[]> {
    const tables = await this.db.kysely.introspection.getTables();
    return tables.map((t) => t.name);
  }

  async tableExists(table: string): Promise<boolean> {
    return (await this.tableNames()).includes(table);
  }

  async columnExists(table: string, column: string): Promise<boolean> {
    const tables = await this.db.kysely.introspection.getTables();
    return tables.some((t) => t.name === table && t.columns.some((c) => c.name === column));
  }

  /** Index names are per table on MariaDB and per database on SQLite; either way `table` narrows the search. */
  async indexExists(table: string, index: string): Promise<boolean> {
    const query =
      this.db.type === 'mysql'
        ? sql<{ found: number }>`SELECT 1 AS found FROM information_schema.statistics
            WHERE table_schema = DATABASE() AND table_name = ${table} AND index_name = ${index} LIMIT 1`
        : sql<{ found: number }>`SELECT 1 AS found FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table} AND name = ${index}`;
    const { rows } = await query.execute(this.db.kysely);
    return rows.length > 0;
  }
}
