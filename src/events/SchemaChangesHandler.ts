import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { LoadExtensionSchemaUpdatesHook } from '../../hooks/LoadExtensionSchemaUpdates';
import type { SchemaUpdater } from '../framework/db/schema/SchemaUpdater';

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

/**
 * The extension's root: the nearest folder above this file that holds `extension.json` and `sql/tables.json`
 * (the code runs from `dist/src/events/`, the schema stays in the source tree).
 */
function extensionRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'extension.json')) && existsSync(path.join(dir, 'sql', 'tables.json'))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`CampaignEvents: no folder above ${__dirname} holds extension.json and sql/tables.json; the extension is incomplete.`);
    }
  }
}

/** The abstract schema of CampaignEvents' tables. */
export const campaignEventsTablesFile = (): string => path.join(extensionRoot(), 'sql', 'tables.json');

/** Adds CampaignEvents' tables to `wikiext update`. */
export class SchemaChangesHandler implements LoadExtensionSchemaUpdatesHook {
  onLoadExtensionSchemaUpdates(updater: SchemaUpdater): void {
    const file = campaignEventsTablesFile();
    for (const table of CAMPAIGN_EVENTS_TABLES) updater.addExtensionTable(table, file);
  }
}
