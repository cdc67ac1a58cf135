import { expect } from 'chai';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { bootWiki, type Wiki } from '../../../src/host/boot/bootWiki';
import { updateCommand } from '../../../src/host/cli/updateCommand';
import { updateSchema } from '../../../src/host/storage/updateSchema';
import { SchemaInspector } from '../../../src/framework/db/schema/SchemaInspector';
import { describeEachDatabase } from '../../support/databases';
import { tempDir } from '../../support/extensionFixtures';
import { writeSettings } from '../../support/settingsFixtures';
import { FIXTURE_TABLE, writeSchemaExtension } from './schemaExtensionFixture';

function recordingOutput() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

describeEachDatabase('updateSchema', (ctx) => {
  let wiki: Wiki | undefined;
  const bootWithFixture = (options: { handlerServices?: string[] } = {}) => {
    const root = tempDir();
    const extension = writeSchemaExtension(root, options);
    wiki = bootWiki({ settingsFile: writeSettings(root, {}, [extension]), memoryCache: true });
    return wiki;
  };
  afterEach(async () => {
    await wiki?.close();
    wiki = undefined;
  });

  it("creates the host's tables and the table an extension adds through LoadExtensionSchemaUpdates", async () => {
    const db = await ctx.emptyDatabase();
    const report = await updateSchema(db, bootWithFixture());
    expect(report.applied).to.include.members(['create table user', `create table ${FIXTURE_TABLE}`]);
    expect(report.alreadyDone).to.include(`patch 0001-fixture_note-add-fn_page (in the new table ${FIXTURE_TABLE})`);
    expect(await new SchemaInspector(db).columnExists(FIXTURE_TABLE, 'fn_page')).to.equal(true);
    expect(await db.insert(FIXTURE_TABLE, { fn_text: 'hello' })).to.equal(1);
  });

  it('refuses an extension handler of LoadExtensionSchemaUpdates that asks for services', async () => {
    const db = await ctx.emptyDatabase();
    const error = await updateSchema(db, bootWithFixture({ handlerServices: ['MainConfig'] })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(WikiextError);
    expect((error as WikiextError).code).to.equal(ErrorCodes.HOOK_NO_SERVICES);
  });

  describe('wikiext update', () => {
    it('prints each applied step, and on a second run that there is nothing to do', async () => {
      const db = await ctx.emptyDatabase();
      const w = bootWithFixture();
      const database = ctx.type === 'mysql' ? 'MariaDB/MySQL' : 'SQLite';
      const first = recordingOutput();
      expect(await updateCommand(db, w, first.output)).to.equal(0);
      expect(first.out).to.include(`Applied: create table ${FIXTURE_TABLE}`);
      expect(first.out.at(-1)).to.equal(`Updated the ${database} database: ${first.out.length - 1} steps applied, 1 already done.`);

      const second = recordingOutput();
      expect(await updateCommand(db, w, second.output)).to.equal(0);
      expect(second.out).to.deep.equal([`The ${database} database is up to date: nothing to do (${first.out.length} steps already done).`]);
    });

    it('exits with 1 and the message when an extension table file is invalid', async () => {
      const db = await ctx.emptyDatabase();
      const w = bootWithFixture();
      w.hooks.register('LoadExtensionSchemaUpdates', {
        onLoadExtensionSchemaUpdates: (updater: { addExtensionTable(name: string, file: string): void }) =>
          updater.addExtensionTable('missing', '/nonexistent/tables.json'),
      });
      const run = recordingOutput();
      expect(await updateCommand(db, w, run.output)).to.equal(1);
      expect(run.err).to.have.length(1);
      expect(run.err[0]).to.include('failed while handling LoadExtensionSchemaUpdates: Cannot read the schema file /nonexistent/tables.json');
    });
  });
});
