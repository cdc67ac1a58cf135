import * as path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { ErrorCodes, WikiextError } from '../../errors';
import { type Logger, silentLogger } from '../../Logger';
import type { Database, DbType } from '../Database';
import type { AbstractTable } from './AbstractSchema';
import {
  createTableStatements,
  patchOperations,
  type PatchOperation,
  TABLE_PREFIX_PLACEHOLDER,
  withTablePrefix,
} from './generateDdl';
import { type NamedSchemaPatch, readPatchFile, readTablesFile } from './readAbstractSchema';
import { SchemaInspector } from './SchemaInspector';

/** The table that records applied patches (MediaWiki's `updatelog`, keyed by `ul_key`). @public */
export const UPDATELOG_TABLE = 'updatelog';

/** What `doUpdates()` did: step names such as `create table user` or `patch 0001-user-add-user_touched`. @public */
export interface SchemaUpdateReport {
  /** Steps that changed the database, in order. */
  applied: string[];
  /** Steps found already done (existing tables, recorded patches, patches a new table was created with). */
  alreadyDone: string[];
}

interface TableStep {
  table: AbstractTable;
  file: string;
}

/**
 * MediaWiki's DatabaseUpdater: collects the tables and schema patches of the host and of each extension (through the
 * `LoadExtensionSchemaUpdates` hook), then `doUpdates()` creates the missing tables and applies the patches not yet
 * recorded in `updatelog`, in order. Running it again does nothing.
 *
 * Each table and each patch is one step, in a transaction where the database allows it (SQLite; MariaDB commits DDL
 * at once, so a patch checks what is already there before each change and a half-created table is dropped). A
 * failing step stops the update; the steps before it stay applied and recorded.
 *
 * @public
 */
export class SchemaUpdater {
  readonly #db: Database;
  readonly #logger: Logger;
  readonly #inspector: SchemaInspector;
  readonly #tables = new Map<string, TableStep>();
  readonly #patches = new Map<string, NamedSchemaPatch>();
  readonly #tablesFiles = new Map<string, AbstractTable[]>();

  constructor(db: Database, logger: Logger = silentLogger) {
    this.#db = db;
    this.#logger = logger;
    this.#inspector = new SchemaInspector(db);
  }

  /** `sqlite` or `mysql`, for handlers that choose files by database as MediaWiki's do. */
  getDbType(): DbType {
    return this.#db.type;
  }

  tableExists(table: string): Promise<boolean> {
    return this.#inspector.tableExists(table);
  }

  /**
   * Creates `table` from its definition in `tablesJsonFile` (MediaWiki's abstract schema) when it does not exist.
   *
   * @throws WikiextError `WX_SCHEMA_INVALID` when the file is invalid, has no such table, or another file already
   *   defines it.
   */
  addExtensionTable(table: string, tablesJsonFile: string): void {
    const file = path.resolve(tablesJsonFile);
    const tables = this.#readTables(file);
    const definition = tables.find((t) => t.name === table);
    if (!definition) {
      throw new WikiextError(
        ErrorCodes.SCHEMA_INVALID,
        `${file} has no table ${table}; it defines ${tables.map((t) => t.name).join(', ')}. Check the name given to addExtensionTable().`,
        { file, table },
      );
    }
    const known = this.#tables.get(table);
    if (known && known.file !== file) {
      throw new WikiextError(ErrorCodes.SCHEMA_INVALID, `Table ${table} is defined twice: in ${known.file} and in ${file}.`, { file, table });
    }
    this.#tables.set(table, { table: definition, file });
  }

  /**
   * Applies the schema patch `patchFile` (`patches/NNNN-<table>-<change>.json`) once; it is recorded in `updatelog`
   * as `patch-NNNN-<table>-<change>`. A table created by this updater already has the patch (its tables.json is
   * the current definition), so the patch is only recorded.
   *
   * @throws WikiextError `WX_SCHEMA_INVALID` when the file is invalid or another patch has the same name.
   */
  addExtensionPatch(patchFile: string): void {
    const patch = readPatchFile(path.resolve(patchFile));
    const known = this.#patches.get(patch.name);
    if (known && known.file !== patch.file) {
      throw new WikiextError(
        ErrorCodes.SCHEMA_INVALID,
        `Two schema patches are named ${patch.name}: ${known.file} and ${patch.file}. Rename one of them.`,
        { file: patch.file },
      );
    }
    this.#patches.set(patch.name, patch);
  }

  /** Creates the missing tables, then applies the unrecorded patches in the order they were added. */
  async doUpdates(): Promise<SchemaUpdateReport> {
    const report: SchemaUpdateReport = { applied: [], alreadyDone: [] };
    if (this.#patches.size > 0 && !this.#tables.has(UPDATELOG_TABLE) && !(await this.tableExists(UPDATELOG_TABLE))) {
      throw new WikiextError(
        ErrorCodes.SCHEMA_UPDATE_FAILED,
        `Schema patches need the ${UPDATELOG_TABLE} table to record what was applied, and the database has none. Add the host's tables (sql/host/tables.json) to the update.`,
      );
    }
    // updatelog first: creating any other table records its patches there.
    const tables = [...this.#tables.values()].sort((a, b) => Number(b.table.name === UPDATELOG_TABLE) - Number(a.table.name === UPDATELOG_TABLE));
    const created = new Set<string>();
    for (const step of tables) {
      if (await this.#createTable(step, report)) created.add(step.table.name);
    }
    const recorded = await this.#recordedKeys();
    for (const patch of this.#patches.values()) {
      const step = `patch ${patch.name}`;
      if (created.has(patch.table)) continue; // reported with its table
      if (recorded.has(patchKey(patch))) {
        report.alreadyDone.push(step);
      } else {
        await this.#applyPatch(step, patch);
        report.applied.push(step);
      }
    }
    return report;
  }

  /** Creates the table if it is missing; true when it did. */
  async #createTable({ table, file }: TableStep, report: SchemaUpdateReport): Promise<boolean> {
    const step = `create table ${table.name}`;
    if (await this.tableExists(table.name)) {
      report.alreadyDone.push(step);
      return false;
    }
    // The new table is the current definition, so it has every patch of that table already.
    const included = [...this.#patches.values()].filter((p) => p.table === table.name);
    await this.#runStep(step, file, async (db) => {
      try {
        for (const statement of createTableStatements(table, db.type)) await run(db.kysely, statement);
      } catch (error) {
        // MariaDB keeps a table whose CREATE INDEX failed; drop it so the next run starts this step afresh.
        if (db.type === 'mysql') await run(db.kysely, `DROP TABLE IF EXISTS ${TABLE_PREFIX_PLACEHOLDER}${table.name}`).catch(() => {});
        throw error;
      }
      for (const patch of included) await this.#record(db, patch);
    });
    report.applied.push(step);
    for (const patch of included) report.alreadyDone.push(`patch ${patch.name} (in the new table ${table.name})`);
    this.#logger.info({ table: table.name, file }, `Created table ${table.name}.`);
    return true;
  }

  async #applyPatch(step: string, patch: NamedSchemaPatch): Promise<void> {
    await this.#runStep(step, patch.file, async (db) => {
      const inspector = new SchemaInspector(db);
      if (!(await inspector.tableExists(patch.table))) {
        throw new Error(`table ${patch.table} does not exist; add it with addExtensionTable() before its patches`);
      }
      for (const operation of patchOperations(patch, db.type)) {
        if (!(await isDone(inspector, patch.table, operation))) await run(db.kysely, operation.statement);
      }
      await this.#record(db, patch);
    });
    this.#logger.info({ patch: patch.name, file: patch.file }, `Applied ${patch.comment} (${patch.name}).`);
  }

  async #runStep(step: string, file: string, body: (db: Database) => Promise<void>): Promise<void> {
    try {
      await this.#db.transaction(body);
    } catch (error) {
      throw new WikiextError(
        ErrorCodes.SCHEMA_UPDATE_FAILED,
        `Schema update step "${step}" (from ${file}) failed: ${(error as Error).message}. The steps before it are applied and recorded; fix the cause and run \`wikiext update\` again.`,
        { step, file },
      );
    }
  }

  async #record(db: Database, patch: NamedSchemaPatch): Promise<void> {
    await db.upsert(UPDATELOG_TABLE, { ul_key: patchKey(patch), ul_value: null }, ['ul_key'], []);
  }

  async #recordedKeys(): Promise<Set<string>> {
    if (!(await this.tableExists(UPDATELOG_TABLE))) return new Set();
    const rows = await (this.#db.kysely as Kysely<Record<string, { ul_key: string }>>)
      .selectFrom(UPDATELOG_TABLE)
      .select('ul_key')
      .execute();
    return new Set(rows.map((r) => r.ul_key));
  }

  #readTables(file: string): AbstractTable[] {
    let tables = this.#tablesFiles.get(file);
    if (!tables) {
      tables = readTablesFile(file);
      this.#tablesFiles.set(file, tables);
    }
    return tables;
  }
}

function patchKey(patch: NamedSchemaPatch): string {
  return `patch-${patch.name}`;
}

/** Whether an earlier, interrupted run already made this change (MariaDB cannot roll DDL back). */
async function isDone(inspector: SchemaInspector, table: string, operation: PatchOperation): Promise<boolean> {
  switch (operation.kind) {
    case 'addColumn':
      return inspector.columnExists(table, operation.column);
    case 'addIndex':
      return inspector.indexExists(table, operation.index);
    case 'dropIndex':
      return !(await inspector.indexExists(table, operation.index));
  }
}

async function run(db: Kysely<unknown>, statement: string): Promise<void> {
  await sql.raw(withTablePrefix(statement)).execute(db);
}
