import type { DbType } from '../Database';
import type { AbstractColumn, AbstractIndex, AbstractTable, SchemaPatch } from './AbstractSchema';

/**
 * The DDL of the abstract schema for SQLite and MariaDB/MySQL, with MediaWiki's type mapping (what its Doctrine
 * based generateSchemaSql.php writes). Table names carry MediaWiki's `/*_*\/` table prefix placeholder; run the
 * statements through `withTablePrefix()`.
 */

/** Where the table prefix goes in generated SQL. @public */
export const TABLE_PREFIX_PLACEHOLDER = '/*_*/';

/** MariaDB/MySQL table options (MediaWiki's default `$wgDBTableOptions`): text is stored as bytes. @public */
export const MYSQL_TABLE_OPTIONS = 'ENGINE=InnoDB, DEFAULT CHARSET=binary';

/** A generated statement ready to run: the placeholder replaced by `prefix` (wikiext uses none). @public */
export function withTablePrefix(statement: string, prefix = ''): string {
  return statement.split(TABLE_PREFIX_PLACEHOLDER).join(prefix);
}

/** CREATE TABLE followed by one CREATE INDEX per index. @public */
export function createTableStatements(table: AbstractTable, type: DbType): string[] {
  // SQLite's auto-increment is a column constraint (INTEGER PRIMARY KEY AUTOINCREMENT), so no separate key clause.
  const inlinePk = type === 'sqlite' && table.columns.some((c) => c.options?.autoincrement);
  const lines = table.columns.map((column) => `  ${columnDefinition(column, type)}`);
  if (table.pk && !inlinePk) lines.push(`  PRIMARY KEY(${table.pk.join(', ')})`);
  const options = type === 'mysql' ? ` ${MYSQL_TABLE_OPTIONS}` : '';
  return [
    `CREATE TABLE ${TABLE_PREFIX_PLACEHOLDER}${table.name} (\n${lines.join(',\n')}\n)${options}`,
    ...table.indexes.map((index) => createIndexStatement(table.name, index, type)),
  ];
}

/** One change of a schema patch and its statement. @public */
export type PatchOperation =
  | { kind: 'dropIndex'; index: string; statement: string }
  | { kind: 'addColumn'; column: string; statement: string }
  | { kind: 'addIndex'; index: string; statement: string };

/** The changes of a schema patch in the order they run: indexes dropped, then columns added, then indexes added. @public */
export function patchOperations(patch: SchemaPatch, type: DbType): PatchOperation[] {
  const table = `${TABLE_PREFIX_PLACEHOLDER}${patch.table}`;
  return [
    ...(patch.dropIndexes ?? []).map((index) => ({
      kind: 'dropIndex' as const,
      index,
      statement: type === 'mysql' ? `DROP INDEX ${index} ON ${table}` : `DROP INDEX ${index}`,
    })),
    ...(patch.addColumns ?? []).map((column) => ({
      kind: 'addColumn' as const,
      column: column.name,
      statement: `ALTER TABLE ${table} ADD COLUMN ${columnDefinition(column, type)}`,
    })),
    ...(patch.addIndexes ?? []).map((index) => ({
      kind: 'addIndex' as const,
      index: index.name,
      statement: createIndexStatement(patch.table, index, type),
    })),
  ];
}

/** The statements of a schema patch (see `patchOperations`). @public */
export function patchStatements(patch: SchemaPatch, type: DbType): string[] {
  return patchOperations(patch, type).map((operation) => operation.statement);
}

/** `user_name VARBINARY(255) DEFAULT '' NOT NULL`, in MediaWiki's order. @public */
export function columnDefinition(column: AbstractColumn, type: DbType): string {
  const options = column.options ?? {};
  const notnull = options.notnull ?? true;
  if (options.autoincrement) {
    return type === 'sqlite'
      ? `${column.name} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL`
      : `${column.name} ${columnType(column, type)} AUTO_INCREMENT NOT NULL`;
  }
  const parts = [column.name, columnType(column, type)];
  if (options.default !== undefined && options.default !== null) parts.push(`DEFAULT ${literal(options.default)}`);
  else if (!notnull) parts.push('DEFAULT NULL');
  if (notnull) parts.push('NOT NULL');
  return parts.join(' ');
}

function createIndexStatement(table: string, index: AbstractIndex, type: DbType): string {
  const lengths = index.options?.lengths ?? [];
  const columns = index.columns.map((name, i) =>
    // Only MariaDB has prefix indexes (and needs them for BLOB and TEXT columns).
    type === 'mysql' && lengths[i] ? `${name}(${lengths[i]})` : name,
  );
  const unique = index.unique ? 'UNIQUE ' : '';
  return `CREATE ${unique}INDEX ${index.name} ON ${TABLE_PREFIX_PLACEHOLDER}${table} (${columns.join(', ')})`;
}

function columnType(column: AbstractColumn, type: DbType): string {
  return type === 'mysql' ? mysqlType(column) : sqliteType(column);
}

function mysqlType(column: AbstractColumn): string {
  const o = column.options ?? {};
  const unsigned = o.unsigned ? ' UNSIGNED' : '';
  switch (column.type) {
    case 'bigint':
      return `BIGINT${unsigned}`;
    case 'integer':
      return `INT${unsigned}`;
    case 'smallint':
      return `SMALLINT${unsigned}`;
    case 'mwtinyint':
      return `TINYINT${unsigned}`;
    case 'boolean':
      return 'TINYINT(1)';
    case 'binary':
      return `${o.fixed ? 'BINARY' : 'VARBINARY'}(${o.length})`;
    case 'string':
      return `${o.fixed ? 'CHAR' : 'VARCHAR'}(${o.length})`;
    case 'blob':
      return `${sizePrefix(o.length)}BLOB`;
    case 'text':
      return `${sizePrefix(o.length)}TEXT`;
    case 'mwtimestamp':
      return o.PlatformOptions?.allowInfinite ? 'VARBINARY(14)' : 'BINARY(14)';
    case 'datetimetz':
      return 'DATETIME';
    case 'decimal':
      return `DECIMAL(${o.precision}, ${o.scale ?? 0})`;
    case 'float':
      // Doctrine writes DOUBLE PRECISION; MediaWiki's generator turns it into FLOAT for MySQL.
      return 'FLOAT';
    case 'mwenum':
      return `ENUM(${(o.PlatformOptions?.enum_values ?? []).map(literal).join(', ')})`;
  }
}

function sqliteType(column: AbstractColumn): string {
  const o = column.options ?? {};
  const unsigned = o.unsigned ? ' UNSIGNED' : '';
  switch (column.type) {
    case 'bigint':
      return `BIGINT${unsigned}`;
    case 'integer':
      return `INTEGER${unsigned}`;
    case 'smallint':
    case 'mwtinyint':
      return `SMALLINT${unsigned}`;
    case 'boolean':
      return 'BOOLEAN';
    case 'binary':
    case 'blob':
    case 'mwtimestamp':
      return 'BLOB';
    case 'string':
      return `${o.fixed ? 'CHAR' : 'VARCHAR'}(${o.length})`;
    case 'text':
      return 'CLOB';
    case 'datetimetz':
      return 'DATETIME';
    case 'decimal':
      return `NUMERIC(${o.precision}, ${o.scale ?? 0})`;
    case 'float':
      return 'DOUBLE PRECISION';
    case 'mwenum':
      return 'TEXT';
  }
}

/** MariaDB's BLOB/TEXT family by the largest length the column must hold (Doctrine's thresholds). */
function sizePrefix(length: number | undefined): string {
  if (length === undefined) return 'LONG';
  if (length <= 255) return 'TINY';
  if (length <= 65535) return '';
  if (length <= 16777215) return 'MEDIUM';
  return 'LONG';
}

function literal(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}
