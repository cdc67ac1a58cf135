import * as path from 'node:path';
import type { LoadExtensionSchemaUpdatesHook } from '../../hooks/LoadExtensionSchemaUpdates';
import type { SchemaUpdater } from '../framework/db/schema/SchemaUpdater';
import { extensionFolder } from '../framework/modules/extensionFolder';

/** The abstract schema, relative to the extension's folder. */
const TABLES_FILE = path.join('sql', 'tables.json');

/** CampaignEvents' tables, all defined in `sql/tables.json` at the extension's root. */
export const CAMPAIGN_EVENTS_TABLES = [
  'campaign_events',
  'ce_organizers',
  'ce_address',
  'ce_event_address',
  'ce_event_wikis',
  'ce_event_topics',
  'ce_tracking_tools',
] as const;

/** The abstract schema of CampaignEvents' tables. */
export const campaignEventsTablesFile = (): string =>
  path.join(extensionFolder(__dirname, TABLES_FILE, 'CampaignEvents'), TABLES_FILE);

/** Adds CampaignEvents' tables to `wikiext update`. */
export class SchemaChangesHandler implements LoadExtensionSchemaUpdatesHook {
  onLoadExtensionSchemaUpdates(updater: SchemaUpdater): void {
    const file = campaignEventsTablesFile();
    for (const table of CAMPAIGN_EVENTS_TABLES) updater.addExtensionTable(table, file);
  }
}
