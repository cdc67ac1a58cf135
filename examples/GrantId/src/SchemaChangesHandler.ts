import * as path from 'node:path';
import type { LoadExtensionSchemaUpdatesHook } from '../../../hooks/LoadExtensionSchemaUpdates';
import type { SchemaUpdater } from '../../../src/framework/db/schema/SchemaUpdater';
import { extensionFolder } from '../../../src/framework/modules/extensionFolder';
import { GRANT_TABLE } from './GrantIdStore';

/**
 * The GrantId folder, which holds extension.json and sql/. This code runs compiled from dist/examples/GrantId/src/
 * (tsc copies no JSON, so the schema stays in the source tree), or, as plain JavaScript, from examples/GrantId/src/.
 */
export function grantIdFolder(codeDir = __dirname): string {
  return extensionFolder(codeDir, path.join('sql', 'tables.json'), 'GrantId');
}

/** Adds GrantId's table to `wikiext update` (and to the update at start-up). */
export class SchemaChangesHandler implements LoadExtensionSchemaUpdatesHook {
  onLoadExtensionSchemaUpdates(updater: SchemaUpdater): void {
    updater.addExtensionTable(GRANT_TABLE, path.join(grantIdFolder(), 'sql', 'tables.json'));
  }
}
