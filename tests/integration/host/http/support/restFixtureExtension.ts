import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { manifest, tempDir, writeExtension } from '../../../../support/extensionFixtures';

/** The compiled fixture module, referenced by absolute path from the temporary manifest. */
const MODULE = path.join(__dirname, 'restFixtureModule');

/** The REST routes of the fixture extension. */
export const FIXTURE_ROUTES = [
  { path: '/fixture/v0/notes', method: 'POST', class: `${MODULE}#AddNoteHandler` },
  { path: '/fixture/v0/notes/latest', class: `${MODULE}#LatestNoteHandler`, services: ['RestFixture.NoteBook'] },
  { path: '/fixture/v0/notes/{id}', method: 'GET', class: `${MODULE}#GetNoteHandler`, services: ['RestFixture.NoteBook'] },
  { path: '/fixture/v0/notes/{id}', method: ['PUT', 'DELETE'], class: `${MODULE}#ChangeNoteHandler`, services: ['RestFixture.NoteBook'] },
  { path: '/fixture/v0/echo/{first}/{second}', method: ['GET', 'POST'], class: `${MODULE}#EchoHandler` },
  { path: '/fixture/v0/broken', class: `${MODULE}#BrokenHandler` },
  { path: '/fixture/v0/slow', class: `${MODULE}#SlowHandler`, services: ['UserIdentityLookup'] },
  { path: '/fixture/v0/not-a-handler', class: `${MODULE}#NotAHandler` },
];

/**
 * Writes the RestFixture extension (REST routes, a service, a special page entry, a job class, messages) into a
 * temporary folder and returns its extension.json. `extra` replaces or adds manifest keys.
 */
export function writeRestFixtureExtension(extra: Record<string, unknown> = {}): string {
  const file = writeExtension(
    tempDir('wikiext-rest-fixture-'),
    manifest('RestFixture', {
      description: 'Routes for testing the <REST> router & pages.',
      ServiceWiringFiles: [`${MODULE}#wiring`],
      MessagesDirs: { RestFixture: ['i18n'] },
      RestRoutes: FIXTURE_ROUTES,
      SpecialPages: { FixtureReport: `${MODULE}#NotAHandler` },
      JobClasses: { fixtureJob: `${MODULE}#RecordingJob` },
      ...extra,
    }),
  );
  const i18n = path.join(path.dirname(file), 'i18n');
  mkdirSync(i18n);
  writeFileSync(
    path.join(i18n, 'en.json'),
    JSON.stringify({
      'restfixture-note-not-found': 'There is no note $1.',
      'restfixture-missing-text': 'The parameter "$1" is required.',
    }),
  );
  return file;
}
