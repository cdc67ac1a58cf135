import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readPatchFile, readTablesFile } from '../../../src/framework/db/schema/readAbstractSchema';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { HOST_TABLES_FILE } from '../../../src/host/storage/hostSchema';
import { tempDir } from '../../support/extensionFixtures';
import { binaryColumn, intColumn, tableWithId, writePatchFile, writeTablesFile } from './schemaFixtures';

function schemaError(read: () => unknown): WikiextError {
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(WikiextError);
    expect((error as WikiextError).code).to.equal(ErrorCodes.SCHEMA_INVALID);
    return error as WikiextError;
  }
  throw new Error('expected WX_SCHEMA_INVALID');
}

describe('readTablesFile', () => {
  it("reads the host's tables.json", () => {
    const tables = readTablesFile(HOST_TABLES_FILE);
    expect(tables.map((t) => t.name)).to.include.members(['user', 'page', 'revision', 'updatelog']);
  });

  it('names the file, table and column of an unknown column type and lists the allowed types', () => {
    const file = writeTablesFile(tempDir(), [tableWithId('note', 'note', { columns: [{ name: 'note_text', type: 'varchar' as never }] })]);
    const error = schemaError(() => readTablesFile(file));
    expect(error.message).to.include(`${file}: table note, column note_text, type: must be one of "bigint", "binary"`);
    expect(error.message).to.include('"mwtimestamp"');
  });

  it('names a misspelt option key with a did-you-mean', () => {
    const file = writeTablesFile(tempDir(), [tableWithId('note', 'note', { columns: [binaryColumn('note_title', { lenght: 10 } as never)] })]);
    expect(schemaError(() => readTablesFile(file)).message).to.include('table note, column note_title, options: unknown key "lenght"; did you mean "length"?');
  });

  it('names a table without columns or indexes', () => {
    const file = writeTablesFile(tempDir(), [{ name: 'note', columns: [intColumn('note_id')] }]);
    expect(schemaError(() => readTablesFile(file)).message).to.include(`${file}: table note: missing required key "indexes"`);
  });

  it('refuses a file that is not a list of tables', () => {
    const file = writeTablesFile(tempDir(), { name: 'note' });
    expect(schemaError(() => readTablesFile(file)).message).to.include(`${file}: the file: must be array`);
  });

  it('refuses invalid JSON, naming the file', () => {
    const file = path.join(tempDir(), 'tables.json');
    writeFileSync(file, '[{"name": "note",]');
    expect(schemaError(() => readTablesFile(file)).message).to.match(new RegExp(`^The schema file ${file} is not valid JSON`));
  });

  it('needs a length for binary and string columns', () => {
    const file = writeTablesFile(tempDir(), [tableWithId('note', 'note', { columns: [{ name: 'note_key', type: 'string' }] })]);
    expect(schemaError(() => readTablesFile(file)).message).to.include('table note, column note_key: type string needs options.length');
  });

  it('refuses a primary key or an index on a column the table does not have', () => {
    const file = writeTablesFile(tempDir(), [
      { ...tableWithId('note', 'note'), pk: ['note_key'], columns: [intColumn('note_id')], indexes: [{ name: 'note_page', columns: ['note_page'], unique: false }] },
    ]);
    const message = schemaError(() => readTablesFile(file)).message;
    expect(message).to.include('table note: the primary key names column note_key, which the table does not have');
    expect(message).to.include('table note, index note_page: column note_page does not exist in the table');
  });

  it('needs an autoincrement column to be the whole primary key', () => {
    const file = writeTablesFile(tempDir(), [{ ...tableWithId('note', 'note', { columns: [intColumn('note_page')] }), pk: ['note_id', 'note_page'] }]);
    expect(schemaError(() => readTablesFile(file)).message).to.include(
      'table note, column note_id: an autoincrement column must be the whole primary key ("pk": ["note_id"])',
    );
  });

  it('needs a prefix length to index a blob column (MariaDB indexes only a prefix)', () => {
    const file = writeTablesFile(tempDir(), [
      tableWithId('note', 'note', {
        columns: [{ name: 'note_text', type: 'blob', options: { length: 65530 } }],
        indexes: [{ name: 'note_text', columns: ['note_text'], unique: false }],
      }),
    ]);
    expect(schemaError(() => readTablesFile(file)).message).to.include('table note, index note_text: column note_text is a blob');
  });

  it('refuses a table or a column defined twice', () => {
    const file = writeTablesFile(tempDir(), [tableWithId('note', 'note', { columns: [intColumn('note_page'), intColumn('note_page')] }), tableWithId('note', 'note')]);
    const message = schemaError(() => readTablesFile(file)).message;
    expect(message).to.include('table note, column note_page is defined twice');
    expect(message).to.include('table note is defined twice');
  });

  it('refuses a NOT NULL default of null', () => {
    const file = writeTablesFile(tempDir(), [tableWithId('note', 'note', { columns: [binaryColumn('note_title', { default: null })] })]);
    expect(schemaError(() => readTablesFile(file)).message).to.include('table note, column note_title: default null needs "notnull": false');
  });
});

describe('readPatchFile', () => {
  const addColumn = { comment: 'Add note_page', table: 'note', addColumns: [intColumn('note_page', { default: 0 })] };

  it('reads a patch and names it after its file', () => {
    const file = writePatchFile(tempDir(), '0001-note-add-note_page', addColumn);
    expect(readPatchFile(file)).to.deep.include({ name: '0001-note-add-note_page', table: 'note', file });
  });

  it('refuses a file name that is not NNNN-<table>-<change>.json', () => {
    const file = writePatchFile(tempDir(), 'add-note_page', addColumn);
    expect(schemaError(() => readPatchFile(file)).message).to.include('the file name "add-note_page.json" must be NNNN-<table>-<change>.json');
  });

  it('refuses a file name naming another table than the patch', () => {
    const file = writePatchFile(tempDir(), '0001-page-add-note_page', addColumn);
    expect(schemaError(() => readPatchFile(file)).message).to.include('the file name says table page but "table" is note');
  });

  it('refuses a patch that changes nothing', () => {
    const file = writePatchFile(tempDir(), '0001-note-nothing', { comment: 'Nothing', table: 'note' });
    expect(schemaError(() => readPatchFile(file)).message).to.include('the patch changes nothing');
  });

  it('refuses to add a NOT NULL column without a default to an existing table', () => {
    const file = writePatchFile(tempDir(), '0001-note-add-note_page', { ...addColumn, addColumns: [intColumn('note_page')] });
    expect(schemaError(() => readPatchFile(file)).message).to.include(
      'table note, column note_page: a NOT NULL column added to an existing table needs a default',
    );
  });

  it('names the table and column of a bad column in a patch', () => {
    const file = writePatchFile(tempDir(), '0001-note-add-note_page', { ...addColumn, addColumns: [{ name: 'note_page', type: 'int' }] });
    expect(schemaError(() => readPatchFile(file)).message).to.include('table note, column note_page, type: must be one of');
  });
});
