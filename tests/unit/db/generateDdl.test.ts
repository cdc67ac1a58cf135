import { expect } from 'chai';
import type { AbstractColumn } from '../../../src/framework/db/schema/AbstractSchema';
import {
  columnDefinition,
  createTableStatements,
  patchStatements,
  withTablePrefix,
} from '../../../src/framework/db/schema/generateDdl';
import { binaryColumn, intColumn, tableWithId } from './schemaFixtures';

describe('generateDdl', () => {
  describe('column types (MediaWiki mapping)', () => {
    const cases: [AbstractColumn, string, string][] = [
      [{ name: 'c', type: 'mwtimestamp' }, 'c BINARY(14) NOT NULL', 'c BLOB NOT NULL'],
      [{ name: 'c', type: 'mwtimestamp', options: { notnull: false, PlatformOptions: { allowInfinite: true } } }, 'c VARBINARY(14) DEFAULT NULL', 'c BLOB DEFAULT NULL'],
      [binaryColumn('c', { default: '' }), "c VARBINARY(255) DEFAULT '' NOT NULL", "c BLOB DEFAULT '' NOT NULL"],
      [binaryColumn('c', { length: 32, fixed: true }), 'c BINARY(32) NOT NULL', 'c BLOB NOT NULL'],
      [{ name: 'c', type: 'string', options: { length: 255 } }, 'c VARCHAR(255) NOT NULL', 'c VARCHAR(255) NOT NULL'],
      [{ name: 'c', type: 'blob', options: { length: 255 } }, 'c TINYBLOB NOT NULL', 'c BLOB NOT NULL'],
      [{ name: 'c', type: 'blob', options: { length: 65530 } }, 'c BLOB NOT NULL', 'c BLOB NOT NULL'],
      [{ name: 'c', type: 'blob', options: { length: 16777215 } }, 'c MEDIUMBLOB NOT NULL', 'c BLOB NOT NULL'],
      [{ name: 'c', type: 'blob' }, 'c LONGBLOB NOT NULL', 'c BLOB NOT NULL'],
      [{ name: 'c', type: 'text', options: { length: 65535 } }, 'c TEXT NOT NULL', 'c CLOB NOT NULL'],
      [intColumn('c', { default: 0 }), 'c INT UNSIGNED DEFAULT 0 NOT NULL', 'c INTEGER UNSIGNED DEFAULT 0 NOT NULL'],
      [{ name: 'c', type: 'bigint' }, 'c BIGINT NOT NULL', 'c BIGINT NOT NULL'],
      [{ name: 'c', type: 'smallint', options: { unsigned: true } }, 'c SMALLINT UNSIGNED NOT NULL', 'c SMALLINT UNSIGNED NOT NULL'],
      [{ name: 'c', type: 'mwtinyint', options: { length: 1, default: 1 } }, 'c TINYINT DEFAULT 1 NOT NULL', 'c SMALLINT DEFAULT 1 NOT NULL'],
      [{ name: 'c', type: 'boolean', options: { default: true } }, 'c TINYINT(1) DEFAULT 1 NOT NULL', 'c BOOLEAN DEFAULT 1 NOT NULL'],
      [{ name: 'c', type: 'datetimetz' }, 'c DATETIME NOT NULL', 'c DATETIME NOT NULL'],
      [{ name: 'c', type: 'decimal', options: { precision: 10, scale: 2 } }, 'c DECIMAL(10, 2) NOT NULL', 'c NUMERIC(10, 2) NOT NULL'],
      [{ name: 'c', type: 'float' }, 'c FLOAT NOT NULL', 'c DOUBLE PRECISION NOT NULL'],
      [
        { name: 'c', type: 'mwenum', options: { default: 'online', PlatformOptions: { enum_values: ['online', "in'person"] } } },
        "c ENUM('online', 'in''person') DEFAULT 'online' NOT NULL",
        "c TEXT DEFAULT 'online' NOT NULL",
      ],
    ];
    for (const [column, mysql, sqlite] of cases) {
      it(`${JSON.stringify({ type: column.type, ...column.options })} -> ${mysql} / ${sqlite}`, () => {
        expect(columnDefinition(column, 'mysql')).to.equal(mysql);
        expect(columnDefinition(column, 'sqlite')).to.equal(sqlite);
      });
    }
  });

  it('writes an auto-increment key as SQLite wants it (INTEGER PRIMARY KEY AUTOINCREMENT) and as MariaDB does', () => {
    const table = tableWithId('note', 'note', { columns: [binaryColumn('note_title')] });
    expect(createTableStatements(table, 'sqlite')[0]).to.equal(
      'CREATE TABLE /*_*/note (\n  note_id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n  note_title BLOB NOT NULL\n)',
    );
    expect(createTableStatements(table, 'mysql')[0]).to.equal(
      'CREATE TABLE /*_*/note (\n  note_id INT UNSIGNED AUTO_INCREMENT NOT NULL,\n  note_title VARBINARY(255) NOT NULL,\n' +
        '  PRIMARY KEY(note_id)\n) ENGINE=InnoDB, DEFAULT CHARSET=binary',
    );
  });

  it('writes indexes as separate statements, with prefix lengths on MariaDB only', () => {
    const table = {
      name: 'note',
      columns: [intColumn('note_page'), { name: 'note_text', type: 'blob' as const, options: { length: 65530 } }],
      indexes: [
        { name: 'note_page_text', columns: ['note_page', 'note_text'], unique: true, options: { lengths: [null, 50] } },
      ],
      pk: ['note_page'],
    };
    expect(createTableStatements(table, 'mysql').slice(1)).to.deep.equal([
      'CREATE UNIQUE INDEX note_page_text ON /*_*/note (note_page, note_text(50))',
    ]);
    expect(createTableStatements(table, 'sqlite')[0]).to.include('  PRIMARY KEY(note_page)\n)');
    expect(createTableStatements(table, 'sqlite').slice(1)).to.deep.equal([
      'CREATE UNIQUE INDEX note_page_text ON /*_*/note (note_page, note_text)',
    ]);
  });

  it('writes a patch as index drops, then added columns, then added indexes', () => {
    const patch = {
      comment: 'Index notes by page',
      table: 'note',
      dropIndexes: ['note_old'],
      addColumns: [intColumn('note_page', { default: 0 })],
      addIndexes: [{ name: 'note_page', columns: ['note_page'], unique: false }],
    };
    expect(patchStatements(patch, 'mysql')).to.deep.equal([
      'DROP INDEX note_old ON /*_*/note',
      'ALTER TABLE /*_*/note ADD COLUMN note_page INT UNSIGNED DEFAULT 0 NOT NULL',
      'CREATE INDEX note_page ON /*_*/note (note_page)',
    ]);
    expect(patchStatements(patch, 'sqlite')[0]).to.equal('DROP INDEX note_old');
  });

  it('replaces the table prefix placeholder', () => {
    expect(withTablePrefix('CREATE INDEX x ON /*_*/note (a)')).to.equal('CREATE INDEX x ON note (a)');
    expect(withTablePrefix('DROP INDEX x ON /*_*/note', 'wiki_')).to.equal('DROP INDEX x ON wiki_note');
  });
});
