import { expect } from 'chai';
import * as path from 'node:path';
import { ErrorCodes } from '../../../src/framework/errors';
import type { Manifest } from '../../../src/framework/manifest/Manifest';
import { ExtensionProcessor } from '../../../src/framework/registry/ExtensionProcessor';

function processed(...manifests: Partial<Manifest>[]) {
  const p = new ExtensionProcessor();
  manifests.forEach((m, i) =>
    p.add({ manifest: { manifest_version: 2, name: `E${i}`, ...m } as Manifest, path: `/ext/${m.name ?? `E${i}`}/extension.json` }),
  );
  return p.finish();
}

describe('ExtensionProcessor', () => {
  it('normalises every MediaWiki Hooks shape to handler references', () => {
    const data = processed({
      name: 'Foo',
      HookHandlers: { main: { class: 'src/Hooks#Hooks', services: ['MainConfig'] } },
      Hooks: {
        Mash: 'main',
        Slice: { handler: 'main', deprecated: true },
        Chop: ['main', 'src/legacy#onChop'],
      },
    });
    expect(data.hooks.Mash).to.deep.equal([
      { kind: 'object', handler: 'Foo-main', deprecated: false, extension: 'Foo', dir: '/ext/Foo', manifestPath: '/ext/Foo/extension.json' },
    ]);
    expect(data.hooks.Slice[0]).to.include({ handler: 'Foo-main', deprecated: true });
    expect(data.hooks.Chop.map((r) => [r.kind, r.handler])).to.deep.equal([
      ['object', 'Foo-main'],
      ['function', 'src/legacy#onChop'],
    ]);
    expect(data.hookHandlers['Foo-main']).to.include({ class: 'src/Hooks#Hooks', extension: 'Foo', dir: '/ext/Foo' });
  });

  it('names the hook and file when a handler is not declared in HookHandlers', () => {
    expect(() => processed({ name: 'Foo', Hooks: { Mash: 'mian' } }))
      .to.throw('Missing handler definition for "mian" (hook Mash) in the HookHandlers of /ext/Foo/extension.json')
      .with.property('code', ErrorCodes.HOOK_HANDLER_MISSING);
  });

  it('prefixes config keys for site settings and prepends the folder to path values', () => {
    const data = processed({
      name: 'Foo',
      config: { FooDir: { value: 'data', path: true }, FooOn: { value: true } },
      config_prefix: 'eg',
    });
    expect(data.config.FooDir).to.include({ globalName: 'egFooDir', extension: 'Foo', value: path.join('/ext/Foo', 'data') });
    expect(data.config.FooOn.globalName).to.equal('egFooOn');
  });

  it('refuses a config key declared by two extensions', () => {
    expect(() => processed({ name: 'A', config: { Same: { value: 1 } } }, { name: 'B', config: { Same: { value: 2 } } }))
      .to.throw("The configuration setting 'Same' was already declared by A, and cannot be declared again by B")
      .with.property('code', ErrorCodes.CONFIG_DECLARED_TWICE);
  });

  it('merges rights, permissions and message folders across extensions', () => {
    const data = processed(
      { name: 'A', AvailableRights: ['a-right'], GroupPermissions: { sysop: { 'a-right': true } }, MessagesDirs: { A: ['i18n'] } },
      { name: 'B', AvailableRights: ['b-right', 'a-right'], GroupPermissions: { sysop: { 'b-right': true } } },
    );
    expect(data.globals.AvailableRights).to.deep.equal(['a-right', 'b-right']);
    expect(data.globals.GroupPermissions.sysop).to.deep.equal({ 'a-right': true, 'b-right': true });
    expect(data.messagesDirs.A).to.deep.equal([path.resolve('/ext/A', 'i18n')]);
  });

  it('extracts ResourceModules with lists of files and an absolute localBasePath', () => {
    const data = processed({
      name: 'A',
      ResourceModules: {
        'ext.a.form': { localBasePath: 'modules', scripts: 'form.ts', styles: ['form.css', 'print.css'] },
        'ext.a.plain': { scripts: ['plain.js'] },
      },
    });
    expect(data.globals.ResourceModules).to.deep.equal({
      'ext.a.form': { extension: 'A', dir: '/ext/A', localBasePath: path.resolve('/ext/A', 'modules'), scripts: ['form.ts'], styles: ['form.css', 'print.css'] },
      'ext.a.plain': { extension: 'A', dir: '/ext/A', localBasePath: path.resolve('/ext/A'), scripts: ['plain.js'], styles: [] },
    });
  });

  it('refuses a module name declared by two extensions, naming both', () => {
    expect(() => processed({ name: 'A', ResourceModules: { shared: { scripts: ['a.js'] } } }, { name: 'B', ResourceModules: { shared: { styles: ['b.css'] } } }))
      .to.throw('The module "shared" was already declared by A, and cannot be declared again by B (/ext/B/extension.json). Rename one of them')
      .with.property('code', ErrorCodes.RESOURCE_MODULE_INVALID);
  });

  it('refuses a special page declared by two extensions, naming both', () => {
    expect(() => processed({ name: 'A', SpecialPages: { Report: 'src/A#Report' } }, { name: 'B', SpecialPages: { Report: 'src/B#Report' } }))
      .to.throw('The special page "Report" was already declared by A, and cannot be declared again by B (/ext/B/extension.json)')
      .with.property('code', ErrorCodes.SPECIAL_PAGE_INVALID);
  });

  it('defaults a deprecated hook component to the declaring extension', () => {
    const data = processed({ name: 'A', DeprecatedHooks: { Old: { deprecatedVersion: '1.2' } } });
    expect(data.deprecatedHooks.Old).to.deep.equal({ deprecatedVersion: '1.2', component: 'A' });
  });
});
