import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SQL_DIR } from '../../../src/framework/db/schema/generateSchemaSql';
import { orphanedSqlFiles, schemaSqlFiles } from '../../../src/framework/db/schema/schemaSqlFiles';
import { REPO_ROOT } from '../../../src/host/HostInfo';

describe('generated schema SQL', () => {
  const expected = schemaSqlFiles(SQL_DIR, REPO_ROOT);

  it('includes the host tables for SQLite and MariaDB', () => {
    const names = expected.map((f) => path.relative(SQL_DIR, f.file));
    expect(names).to.include.members([path.join('sqlite', 'host-tables-generated.sql'), path.join('mysql', 'host-tables-generated.sql')]);
  });

  it('is committed and up to date with sql/', () => {
    const stale = expected
      .filter(({ file, content }) => !existsSync(file) || readFileSync(file, 'utf8') !== content)
      .map(({ file }) => path.relative(REPO_ROOT, file));
    expect(stale, `generated SQL is out of date with its abstract schema: run \`npm run schema:generate\` (${stale.join(', ')})`).to.deep.equal([]);
  });

  it('has no generated file whose source is gone', () => {
    const orphans = orphanedSqlFiles(SQL_DIR, expected).map((file) => path.relative(REPO_ROOT, file));
    expect(orphans, 'these generated files have no source any more: run `npm run schema:generate`').to.deep.equal([]);
  });
});
