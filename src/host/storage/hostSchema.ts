import * as path from 'node:path';
import type { Database } from '../../framework/db/Database';
import { listPatchFiles } from '../../framework/db/schema/schemaSqlFiles';
import { readTablesFile } from '../../framework/db/schema/readAbstractSchema';
import { type SchemaUpdateReport, SchemaUpdater } from '../../framework/db/schema/SchemaUpdater';
import { REPO_ROOT } from '../HostInfo';

/** The host's schema folder: tables.json and patches/. @public */
export const HOST_SCHEMA_DIR = path.join(REPO_ROOT, 'sql', 'host');

/** The host's abstract schema. @public */
export const HOST_TABLES_FILE = path.join(HOST_SCHEMA_DIR, 'tables.json');

/** Adds every host table and host schema patch to an update (what core's updates are in MediaWiki). @public */
export function addHostSchema(updater: SchemaUpdater): void {
  for (const table of readTablesFile(HOST_TABLES_FILE)) updater.addExtensionTable(table.name, HOST_TABLES_FILE);
  for (const patch of listPatchFiles(HOST_SCHEMA_DIR)) updater.addExtensionPatch(patch);
}

/**
 * Creates the host's tables (and applies its patches) without running extension hooks: for tests and for tools
 * that need the host's storage only. `updateSchema()` is the full update.
 *
 * @public
 */
export async function installHostSchema(db: Database): Promise<SchemaUpdateReport> {
  const updater = new SchemaUpdater(db);
  addHostSchema(updater);
  return updater.doUpdates();
}
