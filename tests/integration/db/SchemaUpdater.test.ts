import { expect } from 'chai';
import * as path from 'node:path';
import { sql } from 'kysely';
import type { Database } from '../../../src/framework/db/Database';
import { SchemaInspector } from '../../../src/framework/db/schema/SchemaInspector';
import { SchemaUpdater } from '../../../src/framework/db/schema/SchemaUpdater';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { addHostSchema, installHostSchema } from '../../../src/host/storage/hostSchema';
import { describeEachDatabase } from '../../support/databases';
import { tempDir } from '../../support/extensionFixtures';
import { binaryColumn, intColumn, tableWithId, writePatchFile, writeTablesFile } from '../../unit/db/schemaFixtures';

/** The `note` table as first released, and as it is after patch 0001 (a note_page column and its index). */
const NOTE_V1 = tableWithId('note', 'note', { columns: [binaryColumn('note_title')] });
const NOTE_V2 = {
  ...NOTE_V1,
  columns: [...NOTE_V1.columns, intColumn('note_page', { default: 0 })],
  indexes: [{ name: 'note_page', columns: ['note_page'], unique: false }],
};
const ADD_NOTE_PAGE = {
  comment: 'Add note_page and its index',
  table: 'note',
  addColumns: [intColumn('note_page', { default: 0 })],
  addIndexes: [{ name: 'note_page', columns: ['note_page'], unique: false }],
};

/** A schema folder with `note` at `version` and patch 0001; returns the tables.json and the patch file. */
function noteSchema(version: typeof NOTE_V1) {
  const dir = tempDir('wikiext-schema-');
  return { tables: writeTablesFile(dir, [version]), patch: writePatchFile(dir, '0001-note-add-note_page', ADD_NOTE_PAGE) };
}

function updaterFor(db: Database, files: { tables: string; patch?: string }): SchemaUpdater {
  const updater = new SchemaUpdater(db);
  addHostSchema(updater);
  updater.addExtensionTable('note', files.tables);
  if (files.patch) updater.addExtensionPatch(files.patch);
  return updater;
}

async function recordedKeys(db: Database): Promise<string[]> {
  const { rows } = await sql<{ ul_key: string }>`SELECT ul_key FROM updatelog ORDER BY ul_key`.execute(db.kysely);
  return rows.map((r) => r.ul_key);
}

async function failure(promise: Promise<unknown>): Promise<WikiextError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).to.be.instanceOf(WikiextError);
  return error as WikiextError;
}

describeEachDatabase('SchemaUpdater', (ctx) => {
  it('creates every host table on an empty database, then finds nothing to do', async () => {
    const db = await ctx.emptyDatabase();
    const first = await installHostSchema(db);
    expect(first.applied).to.include.members(['create table updatelog', 'create table user', 'create table page', 'create table job']);
    expect(first.applied[0]).to.equal('create table updatelog');
    expect(await new SchemaInspector(db).tableNames()).to.include.members(['user', 'user_groups', 'revision', 'objectstash']);

    const second = await installHostSchema(db);
    expect(second.applied).to.deep.equal([]);
    expect(second.alreadyDone).to.have.members(first.applied);
  });

  it('records the patches of a table it creates from the current definition, without running them', async () => {
    const db = await ctx.emptyDatabase();
    const report = await updaterFor(db, noteSchema(NOTE_V2)).doUpdates();
    expect(report.applied).to.include('create table note');
    expect(report.alreadyDone).to.include('patch 0001-note-add-note_page (in the new table note)');
    expect(await recordedKeys(db)).to.deep.equal(['patch-0001-note-add-note_page']);

    const again = await updaterFor(db, noteSchema(NOTE_V2)).doUpdates();
    expect(again.applied).to.deep.equal([]);
    expect(again.alreadyDone).to.include('patch 0001-note-add-note_page');
  });

  it('applies a patch to a table created from an older definition: the column and the index, once', async () => {
    const db = await ctx.emptyDatabase();
    await updaterFor(db, { tables: noteSchema(NOTE_V1).tables }).doUpdates();
    const inspector = new SchemaInspector(db);
    expect(await inspector.columnExists('note', 'note_page')).to.equal(false);
    await db.insert('note', { note_title: 'Before the patch' });

    const report = await updaterFor(db, noteSchema(NOTE_V2)).doUpdates();
    expect(report.applied).to.deep.equal(['patch 0001-note-add-note_page']);
    expect(await inspector.columnExists('note', 'note_page')).to.equal(true);
    expect(await inspector.indexExists('note', 'note_page')).to.equal(true);
    const rows = await db.kysely.selectFrom('note').select(['note_title', 'note_page']).execute();
    expect(rows).to.deep.equal([{ note_title: 'Before the patch', note_page: 0 }]);
    expect(await recordedKeys(db)).to.deep.equal(['patch-0001-note-add-note_page']);

    const again = await updaterFor(db, noteSchema(NOTE_V2)).doUpdates();
    expect(again.applied).to.deep.equal([]);
  });

  it('carries on with a patch that an earlier, interrupted run had half applied', async () => {
    const db = await ctx.emptyDatabase();
    await updaterFor(db, { tables: noteSchema(NOTE_V1).tables }).doUpdates();
    await sql`ALTER TABLE note ADD COLUMN note_page INTEGER DEFAULT 0 NOT NULL`.execute(db.kysely);

    const report = await updaterFor(db, noteSchema(NOTE_V2)).doUpdates();
    expect(report.applied).to.deep.equal(['patch 0001-note-add-note_page']);
    expect(await new SchemaInspector(db).indexExists('note', 'note_page')).to.equal(true);
  });

  it('stops at a failing patch with WX_SCHEMA_UPDATE_FAILED naming the step and the database error; earlier steps stay', async () => {
    const db = await ctx.emptyDatabase();
    const files = noteSchema(NOTE_V1);
    await updaterFor(db, { tables: files.tables }).doUpdates();
    const broken = writePatchFile(path.dirname(path.dirname(files.patch)), '0002-note-index-missing-column', {
      comment: 'Index a column that was never added',
      table: 'note',
      addIndexes: [{ name: 'note_missing', columns: ['note_missing'], unique: false }],
    });
    const updater = updaterFor(db, files);
    updater.addExtensionPatch(broken);

    const error = await failure(updater.doUpdates());
    expect(error.code).to.equal(ErrorCodes.SCHEMA_UPDATE_FAILED);
    expect(error.message).to.match(/^Schema update step "patch 0002-note-index-missing-column" \(from .*0002-note-index-missing-column\.json\) failed: /);
    expect(error.message).to.match(/note_missing/);
    expect(error.message).to.include('fix the cause and run `wikiext update` again');
    expect(await recordedKeys(db)).to.deep.equal(['patch-0001-note-add-note_page']);
  });

  it('leaves no half-created table behind when creating it fails', async () => {
    const db = await ctx.emptyDatabase();
    await installHostSchema(db);
    // Fails on both databases: SQLite index names are per database (user_name exists), and MariaDB refuses a
    // prefix longer than the column.
    const dir = tempDir('wikiext-schema-');
    const tables = writeTablesFile(dir, [
      tableWithId('note', 'note', {
        columns: [binaryColumn('note_title', { length: 10 })],
        indexes: [{ name: 'user_name', columns: ['note_title'], unique: false, options: { lengths: [20] } }],
      }),
    ]);
    const updater = new SchemaUpdater(db);
    updater.addExtensionTable('note', tables);

    const error = await failure(updater.doUpdates());
    expect(error.message).to.include('Schema update step "create table note"');
    expect(await new SchemaInspector(db).tableExists('note')).to.equal(false);
  });

  it('refuses patches when there is no updatelog table to record them', async () => {
    const db = await ctx.emptyDatabase();
    const files = noteSchema(NOTE_V1);
    const updater = new SchemaUpdater(db);
    updater.addExtensionTable('note', files.tables);
    updater.addExtensionPatch(files.patch);
    const error = await failure(updater.doUpdates());
    expect(error.code).to.equal(ErrorCodes.SCHEMA_UPDATE_FAILED);
    expect(error.message).to.include('Schema patches need the updatelog table');
  });

  it('refuses a table its tables.json does not define, naming those it does', () => {
    const updater = new SchemaUpdater(ctx.db());
    const { tables } = noteSchema(NOTE_V1);
    expect(() => updater.addExtensionTable('notes', tables)).to.throw(WikiextError, `${tables} has no table notes; it defines note.`);
  });

  it('refuses the same table from two files', () => {
    const updater = new SchemaUpdater(ctx.db());
    updater.addExtensionTable('note', noteSchema(NOTE_V1).tables);
    const other = noteSchema(NOTE_V1).tables;
    expect(() => updater.addExtensionTable('note', other)).to.throw(WikiextError, 'Table note is defined twice');
  });

  it('says which database it updates and whether a table exists', async () => {
    const updater = new SchemaUpdater(ctx.db());
    expect(updater.getDbType()).to.equal(ctx.type);
    expect(await updater.tableExists('user')).to.equal(true);
    expect(await updater.tableExists('note')).to.equal(false);
  });
});
