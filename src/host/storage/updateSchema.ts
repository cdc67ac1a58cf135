import type { Database } from '../../framework/db/Database';
import { type SchemaUpdateReport, SchemaUpdater } from '../../framework/db/schema/SchemaUpdater';
import { type Logger, silentLogger } from '../../framework/Logger';
import type { Wiki } from '../boot/bootWiki';
import { addHostSchema } from './hostSchema';

/**
 * Brings the database up to date, as MediaWiki's update.php: the host's tables and patches first, then what the
 * extensions add through `LoadExtensionSchemaUpdates`, then everything missing is applied in order.
 *
 * @throws WikiextError `WX_SCHEMA_INVALID` for a bad schema file, `WX_SCHEMA_UPDATE_FAILED` naming the failing step,
 *   or the error of a failing hook handler.
 * @public
 */
export async function updateSchema(
  db: Database,
  wiki: Pick<Wiki, 'hookRunner'>,
  logger: Logger = silentLogger,
): Promise<SchemaUpdateReport> {
  const updater = new SchemaUpdater(db, logger);
  addHostSchema(updater);
  wiki.hookRunner.onLoadExtensionSchemaUpdates(updater);
  return updater.doUpdates();
}
