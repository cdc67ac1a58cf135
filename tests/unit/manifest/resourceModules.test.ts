import { expect } from 'chai';
import { formatProblem } from '../../../src/framework/manifest/ManifestProblem';
import { validateManifest } from '../../../src/framework/manifest/ManifestValidator';
import { manifest } from '../../support/extensionFixtures';

function validated(modules: unknown): { errors: string[]; warnings: string[] } {
  const result = validateManifest('extension.json', manifest('Foo', { ResourceModules: modules }));
  return { errors: result.errors.map(formatProblem), warnings: result.warnings.map(formatProblem) };
}

describe('validateManifest: ResourceModules', () => {
  it('accepts scripts (.js and .ts) and styles (.css), as lists or single paths, with a localBasePath', () => {
    expect(
      validated({
        'ext.foo.form': { localBasePath: 'modules', scripts: ['form.ts', 'extra.js'], styles: 'form.css', remoteExtPath: 'Foo/modules' },
        'ext.foo.styles': { styles: ['a.css'] },
      }),
    ).to.deep.equal({ errors: [], warnings: [] });
  });

  it('is no longer a MediaWiki-only key: no "ignored" warning for the key itself', () => {
    expect(validated({ 'ext.foo': { scripts: ['a.js'] } }).warnings).to.deep.equal([]);
  });

  it('rejects a module that is not an object, and files that are not paths', () => {
    expect(validated({ 'ext.foo': ['a.js'], 'ext.bar': { scripts: 5, styles: { 'a.css': { media: 'print' } } } }).errors).to.deep.equal([
      'extension.json: /ResourceModules/ext.foo: must be object',
      'extension.json: /ResourceModules/ext.bar/scripts: must be a file path or an array of file paths, relative to the module\'s localBasePath',
      'extension.json: /ResourceModules/ext.bar/styles: must be a file path or an array of file paths, relative to the module\'s localBasePath (wikiext takes no media-query objects)',
    ]);
  });

  it('rejects an unknown key in a module with a did-you-mean', () => {
    expect(validated({ 'ext.foo': { script: ['a.js'] } }).errors).to.deep.equal([
      'extension.json: /ResourceModules/ext.foo/script: unknown key "script"; did you mean "scripts"?',
    ]);
  });

  it('rejects files of the wrong kind, naming the file and what is expected', () => {
    expect(validated({ 'ext.foo': { scripts: ['a.js', 'b.coffee', 'types.d.ts'], styles: ['c.less'] } }).errors).to.deep.equal([
      'extension.json: /ResourceModules/ext.foo/scripts/1: a script must be a .js file, or a .ts file that tsc compiles to a plain script; got "b.coffee"',
      'extension.json: /ResourceModules/ext.foo/scripts/2: a script must be a .js file, or a .ts file that tsc compiles to a plain script; got "types.d.ts"',
      'extension.json: /ResourceModules/ext.foo/styles/0: a style must be a .css file (wikiext does not compile .less); got "c.less"',
    ]);
  });

  it('rejects files and a localBasePath outside the extension folder', () => {
    expect(validated({ 'ext.foo': { localBasePath: 'modules', scripts: '../../other/a.js', styles: ['/etc/site.css', 'x/../b.css'] } }).errors).to.deep.equal([
      'extension.json: /ResourceModules/ext.foo/scripts: "../../other/a.js" is outside the extension folder; module files must be inside it',
      'extension.json: /ResourceModules/ext.foo/styles/0: "/etc/site.css" is outside the extension folder; module files must be inside it',
    ]);
    expect(validated({ 'ext.foo': { localBasePath: '../shared', scripts: ['a.js'] } }).errors).to.deep.equal([
      'extension.json: /ResourceModules/ext.foo/localBasePath: "../shared" is outside the extension folder; give a folder inside it, such as "modules"',
    ]);
  });

  it('rejects module names load.php cannot list', () => {
    expect(validated({ 'ext.a|b': { scripts: ['a.js'] }, 'ext a': { scripts: ['a.js'] }, '': { scripts: ['a.js'] } }).errors).to.deep.equal([
      'extension.json: /ResourceModules/ext.a|b: "ext.a|b" is not a usable module name: give 1 to 255 characters without "|", ",", "!" or spaces, such as "ext.myExtension.form"',
      'extension.json: /ResourceModules/ext a: "ext a" is not a usable module name: give 1 to 255 characters without "|", ",", "!" or spaces, such as "ext.myExtension.form"',
      'extension.json: /ResourceModules/: "" is not a usable module name: give 1 to 255 characters without "|", ",", "!" or spaces, such as "ext.myExtension.form"',
    ]);
  });

  it('warns about ResourceLoader options wikiext ignores, and about a module that loads nothing', () => {
    const { errors, warnings } = validated({ 'ext.foo': { scripts: ['a.js'], dependencies: ['mediawiki.api'], messages: ['foo-x'] }, 'ext.empty': {} });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      'extension.json: /ResourceModules/ext.foo/dependencies: "dependencies" is a ResourceLoader option that wikiext does not support; it is ignored',
      'extension.json: /ResourceModules/ext.foo/messages: "messages" is a ResourceLoader option that wikiext does not support; it is ignored',
      'extension.json: /ResourceModules/ext.empty: the module has no scripts and no styles, so loading it does nothing; list its files under "scripts" or "styles"',
    ]);
  });
});
