import * as path from 'node:path';
import type { Config } from '../../framework/config/Config';
import type { DatabaseOptions } from '../../framework/db/connectDatabase';

/**
 * Where the database is, from MediaWiki's settings: `wgDBtype`, then `wgSQLiteDataDir` + `wgDBname` for SQLite
 * (the folder relative to `baseDir`, the settings file's folder), or `wgDBserver` ("host" or "host:port"),
 * `wgDBname`, `wgDBuser` and `wgDBpassword` for MariaDB/MySQL. The config schema has already checked each value.
 */
export function databaseOptionsFromConfig(config: Config, baseDir: string): DatabaseOptions {
  const name = config.get<string>('DBname');
  if (config.get<string>('DBtype') === 'sqlite') {
    return { type: 'sqlite', file: path.resolve(baseDir, config.get<string>('SQLiteDataDir'), `${name}.sqlite`) };
  }
  const [host, port] = config.get<string>('DBserver').split(':');
  return {
    type: 'mysql',
    host,
    port: port === undefined ? undefined : Number(port),
    user: config.get<string>('DBuser'),
    password: config.get<string>('DBpassword'),
    database: name,
  };
}

/** For messages: where the data lives, without the password. */
export function describeDatabase(options: DatabaseOptions): string {
  return options.type === 'sqlite'
    ? `SQLite ${options.file}`
    : `MariaDB/MySQL ${options.user}@${options.host}:${options.port ?? 3306}/${options.database}`;
}
