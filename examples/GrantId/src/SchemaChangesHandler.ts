import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { LoadExtensionSchemaUpdatesHook } from '../../../hooks/LoadExtensionSchemaUpdates';
import type { SchemaUpdater } from '../../../src/framework/db/schema/SchemaUpdater';
import { GRANT_TABLE } from './GrantIdStore';

/**
 * The GrantId folder, which holds extension.json and sql/. This code runs compiled from dist/examples/GrantId/src/
 * (tsc copies no JSON, so the schema stays in the source tree), or, as plain JavaScript, from examples/GrantId/src/.
 */
export function grantIdFolder(codeDir = __dirname): string {
  const beside = path.resolve(codeDir, '..');
  const parts = beside.split(path.sep);
  const dist = parts.lastIndexOf('dist');
  const candidates = dist === -1 ? [beside] : [beside, [...parts.slice(0, dist), ...parts.slice(dist + 1)].join(path.sep)];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'sql', 'tables.json')));
  if (found === undefined) {
    throw new Error(`GrantId: none of ${candidates.join(', ')} holds sql/tables.json; the extension folder is incomplete.`);
  }
  return found;
}

/** Adds GrantId's table to `wikiext update` (and to the update at start-up). */
export class SchemaChangesHandler implements LoadExtensionSchemaUpdatesHook {
  onLoadExtensionSchemaUpdates(updater: SchemaUpdater): void {
    updater.addExtensionTable(GRANT_TABLE, path.join(grantIdFolder(), 'sql', 'tables.json'));
  }
}
