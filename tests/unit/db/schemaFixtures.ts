import { writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { AbstractColumn, AbstractTable, SchemaPatch } from '../../../src/framework/db/schema/AbstractSchema';

/** An integer column. */
export function intColumn(name: string, options: AbstractColumn['options'] = {}): AbstractColumn {
  return { name, type: 'integer', options: { unsigned: true, notnull: true, ...options } };
}

/** A VARBINARY(255) column (BLOB on SQLite), MediaWiki's usual name and title column. */
export function binaryColumn(name: string, options: AbstractColumn['options'] = {}): AbstractColumn {
  return { name, type: 'binary', options: { length: 255, notnull: true, ...options } };
}

/** A table `name` with an auto-increment `<prefix>_id` primary key and the given further columns. */
export function tableWithId(name: string, prefix: string, extra: Partial<AbstractTable> = {}): AbstractTable {
  const { columns = [], ...rest } = extra;
  return {
    name,
    columns: [intColumn(`${prefix}_id`, { autoincrement: true }), ...columns],
    indexes: [],
    pk: [`${prefix}_id`],
    ...rest,
  };
}

/** Writes `<dir>/tables.json` and returns its path. */
export function writeTablesFile(dir: string, tables: unknown, name = 'tables.json'): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(tables, null, '\t'));
  return file;
}

/** Writes `<dir>/patches/<name>.json` and returns its path. */
export function writePatchFile(dir: string, name: string, patch: SchemaPatch | Record<string, unknown>): string {
  const patches = path.join(dir, 'patches');
  mkdirSync(patches, { recursive: true });
  const file = path.join(patches, `${name}.json`);
  writeFileSync(file, JSON.stringify(patch, null, '\t'));
  return file;
}
