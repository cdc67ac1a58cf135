/**
 * MediaWiki's abstract schema format (docs/abstract-schema-table.json): one description per table from which the DDL
 * of each database is generated, and the schema change files that alter an existing table.
 */

/** The column types of the abstract schema (Doctrine's names plus MediaWiki's `mw*` types). @public */
export const COLUMN_TYPES = [
  'bigint',
  'binary',
  'blob',
  'boolean',
  'datetimetz',
  'decimal',
  'float',
  'integer',
  'mwenum',
  'mwtimestamp',
  'mwtinyint',
  'smallint',
  'string',
  'text',
] as const;

/** @public */
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** @public */
export interface ColumnOptions {
  /** Defaults to true, as in MediaWiki. */
  notnull?: boolean;
  default?: string | number | boolean | null;
  /** Bytes for binary, string, blob and text; display width for the integer types. */
  length?: number;
  /** `binary` and `string`: fixed width (BINARY/CHAR) instead of VARBINARY/VARCHAR. */
  fixed?: boolean;
  unsigned?: boolean;
  autoincrement?: boolean;
  precision?: number;
  scale?: number;
  PlatformOptions?: {
    /** `mwenum`: the allowed values. */
    enum_values?: string[];
    /** `mwtimestamp`: the column may hold `infinity` (VARBINARY(14) on MariaDB). */
    allowInfinite?: boolean;
  };
}

/** @public */
export interface AbstractColumn {
  name: string;
  comment?: string;
  type: ColumnType;
  options?: ColumnOptions;
}

/** @public */
export interface AbstractIndex {
  name: string;
  comment?: string;
  columns: string[];
  unique: boolean;
  /** `lengths[i]`: prefix length of `columns[i]` on MariaDB (needed for blob and text columns), or null. */
  options?: { lengths?: (number | null)[] };
}

/** One table (an element of tables.json). @public */
export interface AbstractTable {
  name: string;
  comment?: string;
  columns: AbstractColumn[];
  indexes: AbstractIndex[];
  pk?: string[];
  table_options?: string[];
}

/**
 * A change to one existing table, in `patches/NNNN-<table>-<change>.json`. MediaWiki diffs a `before` and an `after`
 * table; here the change is written directly, so a patch says what it does.
 *
 * @public
 */
export interface SchemaPatch {
  comment: string;
  table: string;
  addColumns?: AbstractColumn[];
  addIndexes?: AbstractIndex[];
  dropIndexes?: string[];
}

const identifier = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 64 } as const;

const columnSchema = {
  type: 'object',
  required: ['name', 'type'],
  additionalProperties: false,
  properties: {
    name: identifier,
    comment: { type: 'string' },
    type: { enum: COLUMN_TYPES },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        notnull: { type: 'boolean' },
        default: { type: ['string', 'number', 'boolean', 'null'] },
        length: { type: 'integer', minimum: 0 },
        fixed: { type: 'boolean' },
        unsigned: { type: 'boolean' },
        autoincrement: { type: 'boolean' },
        precision: { type: 'integer', minimum: 1 },
        scale: { type: 'integer', minimum: 0 },
        PlatformOptions: {
          type: 'object',
          additionalProperties: false,
          properties: {
            enum_values: { type: 'array', items: { type: 'string' }, minItems: 1 },
            allowInfinite: { type: 'boolean' },
          },
        },
      },
    },
  },
} as const;

const indexSchema = {
  type: 'object',
  required: ['name', 'columns', 'unique'],
  additionalProperties: false,
  properties: {
    name: identifier,
    comment: { type: 'string' },
    columns: { type: 'array', items: identifier, minItems: 1 },
    unique: { type: 'boolean' },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { lengths: { type: 'array', items: { type: ['integer', 'null'], minimum: 1 } } },
    },
  },
} as const;

/** JSON Schema of a tables.json file. @internal */
export const tablesFileSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['name', 'columns', 'indexes'],
    additionalProperties: false,
    properties: {
      name: identifier,
      comment: { type: 'string' },
      columns: { type: 'array', items: columnSchema, minItems: 1 },
      indexes: { type: 'array', items: indexSchema },
      pk: { type: 'array', items: identifier, minItems: 1 },
      table_options: { type: 'array', items: { type: 'string' } },
    },
  },
} as const;

/** JSON Schema of a schema patch file. @internal */
export const patchFileSchema = {
  type: 'object',
  required: ['comment', 'table'],
  additionalProperties: false,
  properties: {
    comment: { type: 'string', minLength: 1 },
    table: identifier,
    addColumns: { type: 'array', items: columnSchema, minItems: 1 },
    addIndexes: { type: 'array', items: indexSchema, minItems: 1 },
    dropIndexes: { type: 'array', items: identifier, minItems: 1 },
  },
} as const;
