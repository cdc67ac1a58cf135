import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, MysqlDialect, SqliteDialect } from 'kysely';
import { createPool, type TypeCastField, type TypeCastNext } from 'mysql2';
import { ErrorCodes, WikiextError } from '../errors';
import { Database } from './Database';

/** Where the database is. @public */
export type DatabaseOptions =
  | { type: 'sqlite'; /** A file path, or `:memory:`. */ file: string }
  | { type: 'mysql'; host: string; port?: number; user: string; password: string; database: string; connectionLimit?: number };

/**
 * Opens the wiki's database: a SQLite file through better-sqlite3 (created, with its folder, on first use) or a
 * MariaDB/MySQL server through a mysql2 pool.
 *
 * @throws WikiextError `WX_DB_CONNECT` naming the file or server when it cannot be opened or reached.
 * @public
 */
export async function connectDatabase(options: DatabaseOptions): Promise<Database> {
  return options.type === 'sqlite' ? connectSqlite(options.file) : connectMysql(options);
}

function connectSqlite(file: string): Database {
  let sqlite: BetterSqlite3.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    sqlite = new BetterSqlite3(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new WikiextError(
      ErrorCodes.DB_CONNECT,
      `Cannot open the SQLite database ${file}: ${(error as Error).message}. Check wgSQLiteDataDir and wgDBname in the settings and that the folder is writable.`,
    );
  }
  return new Database('sqlite', new Kysely({ dialect: new SqliteDialect({ database: sqlite }) }));
}

async function connectMysql(options: Extract<DatabaseOptions, { type: 'mysql' }>): Promise<Database> {
  const pool = createPool({
    host: options.host,
    port: options.port ?? 3306,
    user: options.user,
    password: options.password,
    database: options.database,
    connectionLimit: options.connectionLimit ?? 10,
    charset: 'utf8mb4',
    supportBigNumbers: true,
    // MediaWiki's schema stores text in binary columns (BINARY, VARBINARY, BLOB); read them back as UTF-8 strings.
    typeCast: (field: TypeCastField, next: TypeCastNext) =>
      field.type === 'STRING' || field.type === 'VAR_STRING' || field.type === 'BLOB' ? field.string('utf8') : next(),
  });
  try {
    await new Promise<void>((resolve, reject) =>
      pool.getConnection((error, connection) => {
        if (error) return reject(error);
        connection.release();
        resolve();
      }),
    );
  } catch (error) {
    await new Promise<void>((resolve) => pool.end(() => resolve()));
    const where = `${options.user}@${options.host}:${options.port ?? 3306}/${options.database}`;
    throw new WikiextError(
      ErrorCodes.DB_CONNECT,
      `Cannot connect to the MariaDB/MySQL database ${where}: ${(error as Error).message}. Check wgDBserver, wgDBname, wgDBuser and wgDBpassword in the settings and that the server is running.`,
    );
  }
  return new Database('mysql', new Kysely({ dialect: new MysqlDialect({ pool }) }));
}
