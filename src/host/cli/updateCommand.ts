import type { Database } from '../../framework/db/Database';
import { WikiextError } from '../../framework/errors';
import type { Wiki } from '../boot/bootWiki';
import { updateSchema } from '../storage/updateSchema';
import type { CliOutput } from './output';

/**
 * `wikiext update` (MediaWiki's update.php): creates the missing tables of the host and of the extensions and
 * applies the schema patches not yet recorded, printing each step; a second run says there is nothing to do.
 * Returns the exit code: 0 done, 1 an invalid schema file or a failed step (the message names it).
 */
export async function updateCommand(db: Database, wiki: Pick<Wiki, 'hookRunner'>, output: CliOutput): Promise<number> {
  const database = db.type === 'mysql' ? 'MariaDB/MySQL' : 'SQLite';
  try {
    const report = await updateSchema(db, wiki);
    if (report.applied.length === 0) {
      output.out(`The ${database} database is up to date: nothing to do (${report.alreadyDone.length} steps already done).`);
      return 0;
    }
    for (const step of report.applied) output.out(`Applied: ${step}`);
    output.out(`Updated the ${database} database: ${report.applied.length} steps applied, ${report.alreadyDone.length} already done.`);
    return 0;
  } catch (error) {
    if (!(error instanceof WikiextError)) throw error;
    output.err(error.message);
    return 1;
  }
}
