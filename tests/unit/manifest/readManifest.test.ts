import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, WikiextAggregateError, WikiextError } from '../../../src/framework/errors';
import { formatProblem } from '../../../src/framework/manifest/ManifestProblem';
import { readManifest, validateManifestFile } from '../../../src/framework/manifest/readManifest';
import { manifest, tempDir, writeExtension } from '../../support/extensionFixtures';

/** Writes raw text as `<tmp>/Foo/extension.json`. */
function writeText(text: string): string {
  const file = writeExtension(tempDir(), manifest('Foo'));
  writeFileSync(file, text);
  return file;
}

function thrownBy(fn: () => unknown): WikiextError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(WikiextError);
    return e as WikiextError;
  }
  throw new Error('expected an error');
}

describe('readManifest', () => {
  it('returns the parsed manifest and its warnings', () => {
    const file = writeExtension(tempDir(), manifest('Foo', { AutoloadNamespaces: {} }));
    const { manifest: read, warnings } = readManifest(file);
    expect(read.name).to.equal('Foo');
    expect(warnings.map(formatProblem)).to.deep.equal([
      `${file}: /AutoloadNamespaces: "AutoloadNamespaces" is a MediaWiki key that wikiext does not use; it is ignored`,
    ]);
  });

  it('names the file it cannot read', () => {
    const file = path.join(tempDir(), 'Missing', 'extension.json');
    const error = thrownBy(() => readManifest(file));
    expect(error.code).to.equal(ErrorCodes.MANIFEST_UNREADABLE);
    expect(error.message).to.equal(`${file}: /: cannot read the file (ENOENT); check that it exists and is readable`);
  });

  it('names the line and column of a JSON syntax error', () => {
    const file = writeText('{\n\t"name": "Foo",\n\t"manifest_version": }\n');
    const error = thrownBy(() => readManifest(file));
    expect(error.code).to.equal(ErrorCodes.MANIFEST_BAD_JSON);
    expect(error.message).to.equal(`${file}: /: invalid JSON at line 3, column 22: expected a value, found "}"`);
    expect(error.details).to.include({ line: 3, column: 22 });
  });

  it('locates a trailing comma, an unclosed object and text after the document', () => {
    const messageFor = (text: string) => thrownBy(() => readManifest(writeText(text))).message.split(': /: ')[1];
    expect(messageFor('{"name": "Foo",\n}')).to.equal('invalid JSON at line 2, column 1: expected a key in double quotes, found "}"');
    expect(messageFor('{"name": "Foo"')).to.equal('invalid JSON at line 1, column 15: expected "," or "}", found the end of the file');
    expect(messageFor('{}\n{}')).to.equal('invalid JSON at line 2, column 1: unexpected "{" after the end of the JSON value');
  });

  it('refuses a manifest_version other than 2', () => {
    const file = writeExtension(tempDir(), { name: 'Foo', manifest_version: 3 });
    const error = thrownBy(() => readManifest(file));
    expect(error.code).to.equal(ErrorCodes.MANIFEST_UNSUPPORTED_VERSION);
    expect(error.message).to.equal(`${file}: /manifest_version: unsupported manifest_version 3; wikiext reads version 2`);
  });

  it('throws every schema error together, as lines and as problem objects', () => {
    const file = writeExtension(tempDir(), { manifest_version: 2, Hooks: { PageSaved: 5 } }, 'Foo');
    const error = thrownBy(() => readManifest(file));
    expect(error).to.be.instanceOf(WikiextAggregateError);
    expect(error.code).to.equal(ErrorCodes.MANIFEST_INVALID);
    expect((error as WikiextAggregateError).problems).to.deep.equal([
      `${file}: /: missing required key "name"`,
      `${file}: /Hooks/PageSaved: must be a handler name, {"handler": ...} or an array of those`,
    ]);
    expect(error.details.problems).to.deep.include({
      file,
      pointer: '/',
      message: 'missing required key "name"',
      severity: 'error',
    });
  });

  it('rejects a key given twice in the same object', () => {
    const file = writeText('{"name": "Foo", "config": {"A": {"value": 1}, "A": {"value": 2}}, "name": "Bar", "manifest_version": 2}');
    const error = thrownBy(() => readManifest(file)) as WikiextAggregateError;
    expect(error.problems).to.deep.equal([
      `${file}: /config/A: duplicate key "A"; JSON keeps only the last value, so remove the other`,
      `${file}: /name: duplicate key "name"; JSON keeps only the last value, so remove the other`,
    ]);
  });

  it('does not mistake the same key in sibling objects for a duplicate', () => {
    const file = writeText('{"name": "Foo", "manifest_version": 2, "config": {"A": {"value": {"k": 1}}, "B": {"value": {"k": 1}}}}');
    expect(() => readManifest(file)).not.to.throw();
  });
});

describe('validateManifestFile', () => {
  it('returns errors and warnings together instead of throwing', () => {
    const file = writeExtension(tempDir(), { manifest_version: 2, Hook: {} }, 'Foo');
    const result = validateManifestFile(file);
    expect(result.errors.map(formatProblem)).to.deep.equal([`${file}: /: missing required key "name"`]);
    expect(result.warnings.map(formatProblem)).to.deep.equal([`${file}: /Hook: unknown key "Hook"; did you mean "Hooks"?`]);
  });

  it('turns an unreadable file, bad JSON and an unsupported version into a single error', () => {
    const missing = path.join(tempDir(), 'extension.json');
    const badJson = writeText('{"name": ');
    const version1 = writeExtension(tempDir(), { name: 'Foo', manifest_version: 1 });
    for (const [file, pointer] of [[missing, '/'], [badJson, '/'], [version1, '/manifest_version']]) {
      const result = validateManifestFile(file);
      expect(result.errors).to.have.length(1);
      expect(result.errors[0]).to.include({ file, pointer, severity: 'error' });
      expect(result.warnings).to.deep.equal([]);
    }
  });
});
