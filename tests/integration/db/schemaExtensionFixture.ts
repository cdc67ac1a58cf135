import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { manifest, writeExtension } from '../../support/extensionFixtures';

/** The table the fixture extension adds: `fixture_note`, with a patch that added `fn_page`. */
export const FIXTURE_TABLE = 'fixture_note';

/**
 * Writes an extension `SchemaFixture` under `root` whose `LoadExtensionSchemaUpdates` handler adds its own table
 * (sql/tables.json) and patch (sql/patches/0001-fixture_note-add-fn_page.json), as a MediaWiki extension does.
 * `handlerServices` makes the handler ask for services, which this hook refuses.
 */
export function writeSchemaExtension(root: string, options: { handlerServices?: string[] } = {}): string {
  const file = writeExtension(
    root,
    manifest('SchemaFixture', {
      HookHandlers: { schema: { class: 'SchemaHooks#SchemaHooks', ...(options.handlerServices ? { services: options.handlerServices } : {}) } },
      Hooks: { LoadExtensionSchemaUpdates: 'schema' },
    }),
  );
  const dir = path.dirname(file);
  mkdirSync(path.join(dir, 'sql', 'patches'), { recursive: true });
  writeFileSync(
    path.join(dir, 'sql', 'tables.json'),
    JSON.stringify([
      {
        name: FIXTURE_TABLE,
        columns: [
          { name: 'fn_id', type: 'integer', options: { autoincrement: true, unsigned: true } },
          { name: 'fn_text', type: 'blob', options: { length: 65530 } },
          { name: 'fn_page', type: 'integer', options: { unsigned: true, default: 0 } },
        ],
        indexes: [{ name: 'fn_page', columns: ['fn_page'], unique: false }],
        pk: ['fn_id'],
      },
    ]),
  );
  writeFileSync(
    path.join(dir, 'sql', 'patches', '0001-fixture_note-add-fn_page.json'),
    JSON.stringify({
      comment: 'Add fn_page',
      table: FIXTURE_TABLE,
      addColumns: [{ name: 'fn_page', type: 'integer', options: { unsigned: true, default: 0 } }],
      addIndexes: [{ name: 'fn_page', columns: ['fn_page'], unique: false }],
    }),
  );
  writeFileSync(
    path.join(dir, 'SchemaHooks.js'),
    `const path = require('node:path');
     exports.SchemaHooks = class SchemaHooks {
       onLoadExtensionSchemaUpdates(updater) {
         const sql = path.join(__dirname, 'sql');
         updater.addExtensionTable('${FIXTURE_TABLE}', path.join(sql, 'tables.json'));
         updater.addExtensionPatch(path.join(sql, 'patches', '0001-fixture_note-add-fn_page.json'));
       }
     };`,
  );
  return file;
}
