import type { SchemaUpdater } from '../src/framework/db/schema/SchemaUpdater';
import { defineHook, type HookInterface } from '../src/framework/hooks/defineHook';

/** Lets extensions add their tables and schema patches to `wikiext update`. @public */
export const LoadExtensionSchemaUpdates = defineHook<[updater: SchemaUpdater]>()({
  name: 'LoadExtensionSchemaUpdates',
  args: [
    {
      name: 'updater',
      type: 'SchemaUpdater',
      description:
        'Register with `updater.addExtensionTable(name, tablesJsonFile)` and `updater.addExtensionPatch(patchFile)`; ' +
        '`updater.getDbType()` says which database is updated.',
    },
  ],
  abortable: false,
  mode: 'sync',
  errorPolicy: 'propagate',
  noServices: true,
  since: '0.1.0',
  description:
    'Runs when the schema is created or updated (`wikiext update`, and at start-up), after the host has added its ' +
    'own tables and before anything is applied. Handlers only register: the updater then creates missing tables ' +
    'and applies unrecorded patches in order. Runs before services can be used, so handlers may not ask for any; a ' +
    'failing handler stops the update.',
});

/** Implemented by handlers of `LoadExtensionSchemaUpdates`. @public */
export type LoadExtensionSchemaUpdatesHook = HookInterface<typeof LoadExtensionSchemaUpdates>;
