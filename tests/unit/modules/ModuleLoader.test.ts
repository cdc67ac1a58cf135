import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes } from '../../../src/framework/errors';
import { ModuleLoader } from '../../../src/framework/modules/ModuleLoader';
import { tempDir } from '../../support/extensionFixtures';

function writeModule(file: string, source: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
}

describe('ModuleLoader', () => {
  it('splits a reference into module path and export name', () => {
    expect(ModuleLoader.parse('src/a/B#C')).to.deep.equal({ modulePath: 'src/a/B', exportName: 'C' });
    expect(ModuleLoader.parse('src/a/B')).to.deep.equal({ modulePath: 'src/a/B', exportName: 'default' });
  });

  it('loads a named export of a plain JavaScript module next to the manifest', () => {
    const dir = tempDir();
    writeModule(path.join(dir, 'lib', 'hooks.js'), 'exports.onFoo = () => "foo";');
    const fn = new ModuleLoader().load(dir, 'lib/hooks#onFoo', 'Test') as () => string;
    expect(fn()).to.equal('foo');
  });

  it('finds a TypeScript source path under its compiled root', () => {
    const root = tempDir();
    writeModule(path.join(root, 'dist', 'src', 'wiring.js'), 'exports.default = { answer: 42 };');
    const loader = new ModuleLoader([{ source: root, compiled: path.join(root, 'dist') }]);
    expect(loader.load(root, 'src/wiring', 'Test')).to.deep.equal({ answer: 42 });
  });

  it('names the owner and the path when a module is missing', () => {
    expect(() => new ModuleLoader().load('/nowhere', 'src/Missing#X', 'Foo HookHandlers.main'))
      .to.throw('Foo HookHandlers.main: cannot find module "src/Missing"')
      .with.property('code', ErrorCodes.MODULE_NOT_FOUND);
  });

  it('lists the available exports when the named one is missing', () => {
    const dir = tempDir();
    writeModule(path.join(dir, 'm.js'), 'exports.Alpha = 1; exports.Beta = 2;');
    expect(() => new ModuleLoader().load(dir, 'm#Gamma', 'Foo'))
      .to.throw('has no export "Gamma" (it exports: Alpha, Beta)')
      .with.property('code', ErrorCodes.MODULE_EXPORT_MISSING);
  });
});

describe('ModuleLoader, a module that fails while loading', () => {
  it('names the owner, the file and the cause instead of crashing', () => {
    const dir = tempDir();
    writeModule(path.join(dir, 'broken.js'), 'throw new Error("database password missing");');
    expect(() => new ModuleLoader().load(dir, 'broken#X', 'Foo ServiceWiringFiles'))
      .to.throw(/^Foo ServiceWiringFiles: module .*broken\.js failed to load: database password missing\./)
      .with.property('code', ErrorCodes.MODULE_LOAD_FAILED);
  });
});
