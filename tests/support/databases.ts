/**
 * Runs a storage test suite on every database wikiext supports: `describeEachDatabase('UserStore', (ctx) => ...)`
 * registers 'UserStore (sqlite)' and 'UserStore (mariadb)'. `ctx.db()` is a database with the host schema, emptied
 * before each test. The MariaDB variant uses the throwaway server of tests/support/mariadb.ts; without MariaDB it is
 * skipped (one line on stderr says what to install), and under CI=true it fails.
 */
import { sql } from 'kysely';
import { connectDatabase } from '../../src/framework/db/connectDatabase';
import type { Database, DbType } from '../../src/framework/db/Database';
import { SchemaInspector } from '../../src/framework/db/schema/SchemaInspector';
import { UPDATELOG_TABLE } from '../../src/framework/db/schema/SchemaUpdater';
import { installHostSchema } from '../../src/host/storage/hostSchema';
import { findMariadbd, MARIADB_MISSING_MESSAGE, testMariadb } from './mariadb';

/** What a suite registered with `describeEachDatabase` works with. */
export interface DatabaseTestContext {
  /** `sqlite` or `mysql` (the MariaDB variant), as `Database.type`. */
  readonly type: DbType;
  /** The suite's database with the host schema, emptied before each test. Call it inside tests and hooks. */
  db(): Database;
  /** A further database without any table (for schema tests); closed when the suite ends. */
  emptyDatabase(): Promise<Database>;
}

/** Registers `body` once per database, titled `<title> (sqlite)` and `<title> (mariadb)`. */
export function describeEachDatabase(title: string, body: (ctx: DatabaseTestContext) => void): void {
  describeOn('sqlite', title, body);
  if (findMariadbd() || process.env.CI === 'true') {
    describeOn('mysql', title, body);
  } else {
    noteMariadbMissing();
    describe.skip(`${title} (mariadb)`, () => body(unusableContext('mysql')));
  }
}

function describeOn(type: DbType, title: string, body: (ctx: DatabaseTestContext) => void): void {
  const opened: Database[] = [];
  let main: Database | undefined;
  const ctx: DatabaseTestContext = {
    type,
    db() {
      if (!main) throw new Error('ctx.db() is only available inside tests and hooks (the database is opened in a before hook).');
      return main;
    },
    async emptyDatabase() {
      const db = await openEmptyDatabase(type);
      opened.push(db);
      return db;
    },
  };
  describe(`${title} (${type === 'mysql' ? 'mariadb' : 'sqlite'})`, function () {
    before(async function () {
      this.timeout(60_000); // the first MariaDB suite starts the server
      main = await ctx.emptyDatabase();
      await installHostSchema(main);
    });
    beforeEach(() => emptyTables(ctx.db()));
    after(async () => {
      main = undefined;
      await Promise.all(opened.splice(0).map((db) => db.destroy()));
    });
    body(ctx);
  });
}

async function openEmptyDatabase(type: DbType): Promise<Database> {
  if (type === 'sqlite') return connectDatabase({ type: 'sqlite', file: ':memory:' });
  const server = await testMariadb();
  const database = await server.createDatabase();
  return connectDatabase({ type: 'mysql', host: server.host, port: server.port, user: server.user, password: server.password, database, connectionLimit: 4 });
}

/**
 * Deletes every row but the schema's own records (updatelog), and restarts the auto-increment counters so ids are
 * the same on both databases.
 */
async function emptyTables(db: Database): Promise<void> {
  const tables = (await new SchemaInspector(db).tableNames()).filter((name) => name !== UPDATELOG_TABLE);
  for (const table of tables) await sql`DELETE FROM ${sql.table(table)}`.execute(db.kysely);
  if (db.type === 'sqlite') {
    if (tables.length > 0) await sql`DELETE FROM sqlite_sequence`.execute(db.kysely).catch(() => {});
    return;
  }
  const { rows } = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = DATABASE() AND auto_increment > 1`.execute(db.kysely);
  for (const { name } of rows) await sql`ALTER TABLE ${sql.table(name)} AUTO_INCREMENT = 1`.execute(db.kysely);
}

let missingNoted = false;

function noteMariadbMissing(): void {
  if (missingNoted) return;
  missingNoted = true;
  process.stderr.write(`${MARIADB_MISSING_MESSAGE}\n`);
}

function unusableContext(type: DbType): DatabaseTestContext {
  const skipped = () => {
    throw new Error(MARIADB_MISSING_MESSAGE);
  };
  return { type, db: skipped, emptyDatabase: skipped };
}
