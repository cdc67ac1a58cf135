import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { manifest, tempDir, writeExtension } from '../../../../support/extensionFixtures';

/** The compiled fixture module, referenced by absolute path from the temporary manifest. */
const MODULE = path.join(__dirname, 'specialFixtureModule');

/** The script and styles of the fixture's modules. */
export const FIXTURE_SCRIPT = "document.documentElement.dataset.specialFixture = 'ran';\n//# sourceMappingURL=fixture.js.map\n";
export const FIXTURE_STYLE = '.greeting { color: green; }\n';
export const FIXTURE_OTHER_STYLE = '.other { color: blue; }\n';

/**
 * Writes the SpecialFixture extension (special pages, one with a service, a ResourceModule with a script and a
 * style, a styles-only module, messages) into a temporary folder and returns its extension.json. `extra` replaces
 * or adds manifest keys.
 */
export function writeSpecialFixtureExtension(extra: Record<string, unknown> = {}, name = 'SpecialFixture'): string {
  const file = writeExtension(
    tempDir('wikiext-special-fixture-'),
    manifest(name, {
      description: 'Special pages and modules for testing the host.',
      ServiceWiringFiles: [`${MODULE}#wiring`],
      MessagesDirs: { SpecialFixture: ['i18n'] },
      SpecialPages: {
        Greeting: { class: `${MODULE}#GreetingPage`, services: ['SpecialFixture.Greeter'] },
        MembersOnly: `${MODULE}#MembersOnlyPage`,
        PrivateNotes: `${MODULE}#PrivateNotesPage`,
        NoteForm: `${MODULE}#NoteFormPage`,
        Broken: `${MODULE}#BrokenPage`,
        NotAHandler: `${MODULE}#NotAHandler`,
        UnknownModule: `${MODULE}#UnknownModulePage`,
      },
      ResourceModules: {
        'ext.specialFixture': { localBasePath: 'modules', scripts: ['fixture.js'], styles: ['fixture.css'] },
        'ext.specialFixture.stylesOnly': { styles: 'modules/other.css' },
      },
      ...extra,
    }),
  );
  const dir = path.dirname(file);
  mkdirSync(path.join(dir, 'i18n'));
  writeFileSync(path.join(dir, 'i18n', 'en.json'), JSON.stringify({ 'specialfixture-login-reason': 'You need to log in to see the <members> list.' }));
  mkdirSync(path.join(dir, 'modules'));
  writeFileSync(path.join(dir, 'modules', 'fixture.js'), FIXTURE_SCRIPT);
  writeFileSync(path.join(dir, 'modules', 'fixture.css'), FIXTURE_STYLE);
  writeFileSync(path.join(dir, 'modules', 'other.css'), FIXTURE_OTHER_STYLE);
  return file;
}
