import type { LoadExtensionSchemaUpdatesHook } from '../../hooks/LoadExtensionSchemaUpdates';
import type { SchemaUpdater } from '../framework/db/schema/SchemaUpdater';

/** Adds CampaignEvents' tables to `wikiext update` (placeholder until the tables exist). */
export class SchemaChangesHandler implements LoadExtensionSchemaUpdatesHook {
  onLoadExtensionSchemaUpdates(_updater: SchemaUpdater): void {}
}
