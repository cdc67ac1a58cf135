import type { ErrorObject, ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, WikiextAggregateError, WikiextError } from '../../errors';
import { createAjv } from '../../json/createAjv';
import { describeAjvError } from '../../manifest/translateAjvErrors';
import {
  type AbstractColumn,
  type AbstractIndex,
  type AbstractTable,
  patchFileSchema,
  type SchemaPatch,
  tablesFileSchema,
} from './AbstractSchema';

/** A patch file as read: its name (the file name without `.json`) says its order and what it changes. @public */
export interface NamedSchemaPatch extends SchemaPatch {
  /** `0001-user-add-user_touched`. */
  name: string;
  file: string;
}

/** `NNNN-<table>-<change>.json`: a table name has no hyphen, so the second part is the table. @public */
export const PATCH_FILE_NAME = /^(\d{4})-([A-Za-z0-9_]+)-([A-Za-z0-9_-]+)\.json$/;

let validators: { tables: ValidateFunction; patch: ValidateFunction } | undefined;

function compiled() {
  if (!validators) {
    const ajv = createAjv();
    validators = { tables: ajv.compile(tablesFileSchema), patch: ajv.compile(patchFileSchema) };
  }
  return validators;
}

/**
 * Reads and checks a tables.json file: the shape (ajv) and what the shape cannot say (the primary key and indexes
 * name existing columns, auto-increment is the whole primary key, variable-width types have a length...).
 *
 * @throws WikiextError `WX_SCHEMA_INVALID` naming the file, the table and the column of each problem.
 * @public
 */
export function readTablesFile(file: string): AbstractTable[] {
  const data = readJson(file);
  const validate = compiled().tables;
  if (!validate(data)) fail(file, shapeProblems(validate.errors ?? [], data));
  const tables = data as AbstractTable[];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    if (seen.has(table.name)) problems.push(`table ${table.name} is defined twice`);
    seen.add(table.name);
    problems.push(...tableProblems(table));
  }
  if (problems.length > 0) fail(file, problems);
  return tables;
}

/**
 * Reads and checks a schema patch file, whose name must be `NNNN-<table>-<change>.json` with the table it changes.
 *
 * @throws WikiextError `WX_SCHEMA_INVALID` naming the file and what is wrong.
 * @public
 */
export function readPatchFile(file: string): NamedSchemaPatch {
  const base = path.basename(file);
  const nameMatch = PATCH_FILE_NAME.exec(base);
  if (!nameMatch) {
    fail(file, [`the file name "${base}" must be NNNN-<table>-<change>.json, e.g. 0001-user-add-user_touched.json`]);
  }
  const data = readJson(file);
  const validate = compiled().patch;
  if (!validate(data)) fail(file, shapeProblems(validate.errors ?? [], data));
  const patch = data as SchemaPatch;
  const problems: string[] = [];
  if (patch.table !== nameMatch[2]) {
    problems.push(`the file name says table ${nameMatch[2]} but "table" is ${patch.table}; make them the same`);
  }
  if (!patch.addColumns && !patch.addIndexes && !patch.dropIndexes) {
    problems.push('the patch changes nothing: give addColumns, addIndexes or dropIndexes');
  }
  const columns = new Map((patch.addColumns ?? []).map((c) => [c.name, c]));
  for (const column of patch.addColumns ?? []) {
    problems.push(...columnProblems(patch.table, column), ...addedColumnProblems(patch.table, column));
  }
  for (const index of patch.addIndexes ?? []) problems.push(...indexProblems(patch.table, index, columns, false));
  if (problems.length > 0) fail(file, problems);
  return { ...patch, name: base.slice(0, -'.json'.length), file };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new WikiextError(ErrorCodes.SCHEMA_INVALID, `Cannot read the schema file ${file}: ${(error as Error).message}.`, { file });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new WikiextError(ErrorCodes.SCHEMA_INVALID, `The schema file ${file} is not valid JSON: ${(error as Error).message}.`, { file });
  }
}

function fail(file: string, problems: string[]): never {
  throw new WikiextAggregateError(
    ErrorCodes.SCHEMA_INVALID,
    problems.map((p) => `${file}: ${p}${/[.?!]$/.test(p) ? '' : '.'}`),
    { file },
  );
}

function tableProblems(table: AbstractTable): string[] {
  const problems: string[] = [];
  const columns = new Map<string, AbstractColumn>();
  for (const column of table.columns) {
    if (columns.has(column.name)) problems.push(`table ${table.name}, column ${column.name} is defined twice`);
    columns.set(column.name, column);
    problems.push(...columnProblems(table.name, column));
  }
  for (const name of table.pk ?? []) {
    if (!columns.has(name)) problems.push(`table ${table.name}: the primary key names column ${name}, which the table does not have`);
  }
  for (const column of table.columns.filter((c) => c.options?.autoincrement)) {
    if (table.pk?.length !== 1 || table.pk[0] !== column.name) {
      problems.push(`table ${table.name}, column ${column.name}: an autoincrement column must be the whole primary key ("pk": ["${column.name}"])`);
    }
  }
  const indexNames = new Set<string>();
  for (const index of table.indexes) {
    if (indexNames.has(index.name)) problems.push(`table ${table.name}, index ${index.name} is defined twice`);
    indexNames.add(index.name);
    problems.push(...indexProblems(table.name, index, columns, true));
  }
  return problems;
}

const NEEDS_LENGTH = new Set(['binary', 'string']);

function columnProblems(table: string, column: AbstractColumn): string[] {
  const where = `table ${table}, column ${column.name}`;
  const options = column.options ?? {};
  const problems: string[] = [];
  if (NEEDS_LENGTH.has(column.type) && options.length === undefined) {
    problems.push(`${where}: type ${column.type} needs options.length (the width in bytes)`);
  }
  if (options.autoincrement && column.type !== 'integer' && column.type !== 'bigint') {
    problems.push(`${where}: autoincrement needs type integer or bigint, not ${column.type}`);
  }
  if (column.type === 'mwenum' && !options.PlatformOptions?.enum_values) {
    problems.push(`${where}: type mwenum needs options.PlatformOptions.enum_values`);
  }
  if (column.type === 'decimal' && options.precision === undefined) {
    problems.push(`${where}: type decimal needs options.precision (and usually options.scale)`);
  }
  if (options.default === null && options.notnull !== false) {
    problems.push(`${where}: default null needs "notnull": false`);
  }
  return problems;
}

/** What ALTER TABLE ADD COLUMN cannot do on an existing table (SQLite's limits, which MariaDB shares in spirit). */
function addedColumnProblems(table: string, column: AbstractColumn): string[] {
  const where = `table ${table}, column ${column.name}`;
  const options = column.options ?? {};
  if (options.autoincrement) return [`${where}: an autoincrement column cannot be added to an existing table`];
  if ((options.notnull ?? true) && (options.default === undefined || options.default === null)) {
    return [`${where}: a NOT NULL column added to an existing table needs a default for the rows already there (or "notnull": false)`];
  }
  return [];
}

/** `strict`: every column must be known (a table); a patch may index columns the table already has. */
function indexProblems(table: string, index: AbstractIndex, columns: Map<string, AbstractColumn>, strict: boolean): string[] {
  const where = `table ${table}, index ${index.name}`;
  const problems: string[] = [];
  const lengths = index.options?.lengths ?? [];
  if (lengths.length > index.columns.length) {
    problems.push(`${where}: options.lengths has ${lengths.length} entries for ${index.columns.length} columns`);
  }
  index.columns.forEach((name, i) => {
    const column = columns.get(name);
    if (!column) {
      if (strict) problems.push(`${where}: column ${name} does not exist in the table`);
    } else if ((column.type === 'blob' || column.type === 'text') && !lengths[i]) {
      problems.push(`${where}: column ${name} is a ${column.type}, which MariaDB can only index by a prefix; give its length in options.lengths`);
    }
  });
  return problems;
}

/** ajv's errors, each prefixed with the table (and column or index) it is about. */
function shapeProblems(errors: readonly ErrorObject[], data: unknown): string[] {
  return [...new Set(errors.map((error) => `${locate(error.instancePath, data)}${describeAjvError(error)}`))];
}

/** `/0/columns/2/options/length` -> `table user, column user_email, options.length: `. */
function locate(pointer: string, data: unknown): string {
  const parts = pointer.split('/').slice(1);
  const at = (value: unknown, key: string | undefined): unknown =>
    key !== undefined && value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  const nameOf = (value: unknown, fallback: string) => {
    const name = at(value, 'name');
    return typeof name === 'string' ? name : fallback;
  };
  const labels: string[] = [];
  let node = data;
  let rest = parts;
  if (Array.isArray(data) && parts.length > 0) {
    node = at(data, parts[0]);
    labels.push(`table ${nameOf(node, `#${Number(parts[0]) + 1}`)}`);
    rest = parts.slice(1);
  } else {
    const table = at(data, 'table');
    labels.push(typeof table === 'string' ? `table ${table}` : 'the file');
  }
  const kinds: Record<string, string> = { columns: 'column', addColumns: 'column', indexes: 'index', addIndexes: 'index' };
  if (rest.length >= 2 && kinds[rest[0]] && /^\d+$/.test(rest[1])) {
    const item = at(at(node, rest[0]), rest[1]);
    labels.push(`${kinds[rest[0]]} ${nameOf(item, `#${Number(rest[1]) + 1} of ${rest[0]}`)}`);
    rest = rest.slice(2);
  }
  if (rest.length > 0) labels.push(rest.join('.'));
  return `${labels.join(', ')}: `;
}
