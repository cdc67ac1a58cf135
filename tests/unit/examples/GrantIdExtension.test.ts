import { expect } from 'chai';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { grantIdFolder } from '../../../examples/GrantId/src/SchemaChangesHandler';
import { checkMessageDocs } from '../../../src/framework/i18n/checkMessageDocs';
import { validateManifestFile } from '../../../src/framework/manifest/readManifest';
import { REPO_ROOT } from '../../../src/host/HostInfo';
import { tempDir } from '../../support/extensionFixtures';

const GRANT_ID_DIR = path.join(REPO_ROOT, 'examples', 'GrantId');

describe('The GrantId example extension', () => {
  it('has a valid manifest without warnings', () => {
    expect(validateManifestFile(path.join(GRANT_ID_DIR, 'extension.json'))).to.deep.equal({ errors: [], warnings: [] });
  });

  it('documents every message in qqq.json', () => {
    expect(checkMessageDocs(path.join(GRANT_ID_DIR, 'i18n'))).to.deep.equal([]);
  });

  it('defines in en.json every grantid- message its code and manifest use', () => {
    const english = JSON.parse(readFileSync(path.join(GRANT_ID_DIR, 'i18n', 'en.json'), 'utf8')) as Record<string, string>;
    const sources = [
      readFileSync(path.join(GRANT_ID_DIR, 'extension.json'), 'utf8'),
      ...readdirSync(path.join(GRANT_ID_DIR, 'src')).map((file) => readFileSync(path.join(GRANT_ID_DIR, 'src', file), 'utf8')),
    ];
    const used = new Set(sources.flatMap((text) => [...text.matchAll(/(['"])(grantid(?:-[a-z0-9]+)+)\1/g)].map((m) => m[2])));
    expect(used.size).to.be.greaterThan(0);
    expect([...used].filter((key) => !Object.hasOwn(english, key))).to.deep.equal([]);
  });

  describe('grantIdFolder', () => {
    it('finds the source folder from the compiled code under dist/', () => {
      expect(grantIdFolder(path.join(REPO_ROOT, 'dist', 'examples', 'GrantId', 'src'))).to.equal(GRANT_ID_DIR);
    });

    it('finds the folder beside plain JavaScript code', () => {
      const dir = path.join(tempDir(), 'GrantId');
      mkdirSync(path.join(dir, 'sql'), { recursive: true });
      writeFileSync(path.join(dir, 'sql', 'tables.json'), '[]');
      expect(grantIdFolder(path.join(dir, 'src'))).to.equal(dir);
    });

    it('names the folders it looked in when the schema is missing', () => {
      const dir = path.join(tempDir(), 'dist', 'GrantId', 'src');
      expect(() => grantIdFolder(dir)).to.throw(/GrantId: none of .* holds sql\/tables\.json/);
    });
  });
});
