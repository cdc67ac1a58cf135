import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkMessageDocs } from '../../../src/framework/i18n/checkMessageDocs';

const METADATA = { '@metadata': { authors: ['Tester'] } };

/** A message folder with the given `en.json` and `qqq.json` contents (undefined: file left out). */
function messageDir(en: object | undefined, qqq: object | string | undefined): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wikiext-'));
  if (en !== undefined) writeFileSync(path.join(dir, 'en.json'), JSON.stringify(en));
  if (qqq !== undefined) writeFileSync(path.join(dir, 'qqq.json'), typeof qqq === 'string' ? qqq : JSON.stringify(qqq));
  return dir;
}

describe('checkMessageDocs', () => {
  it('finds nothing wrong when every message is documented', () => {
    const dir = messageDir({ ...METADATA, 'x-a': 'A' }, { ...METADATA, 'x-a': 'Label of A.' });
    expect(checkMessageDocs(dir)).to.deep.equal([]);
  });

  it('reports an undocumented message', () => {
    const dir = messageDir({ ...METADATA, 'x-a': 'A', 'x-b': 'B' }, { ...METADATA, 'x-a': 'Doc' });
    expect(checkMessageDocs(dir)).to.deep.equal([
      'Message "x-b" has no documentation in qqq.json; describe it and its parameters there.',
    ]);
  });

  it('reports documentation of a message that does not exist', () => {
    const dir = messageDir({ ...METADATA }, { ...METADATA, 'x-gone': 'Doc' });
    expect(checkMessageDocs(dir)).to.deep.equal([
      'qqq.json documents "x-gone", which en.json does not define; remove it or add the message.',
    ]);
  });

  it('reports blank documentation', () => {
    const dir = messageDir({ ...METADATA, 'x-a': 'A' }, { ...METADATA, 'x-a': '  ' });
    expect(checkMessageDocs(dir)).to.deep.equal(['Documentation of "x-a" in qqq.json is blank.']);
  });

  it('reports a file without @metadata', () => {
    const dir = messageDir({ 'x-a': 'A' }, { ...METADATA, 'x-a': 'Doc' });
    expect(checkMessageDocs(dir)).to.deep.equal([`${path.join(dir, 'en.json')} has no "@metadata" (give at least "authors").`]);
  });

  it('reports a missing or unparsable file', () => {
    const dir = messageDir(undefined, '{ nope');
    const problems = checkMessageDocs(dir);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.equal(`${path.join(dir, 'en.json')} is missing.`);
    expect(problems[1]).to.match(/qqq\.json is not valid JSON/);
  });
});
