import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ErrorCodes } from '../../../src/framework/errors';
import { ModuleLoader } from '../../../src/framework/modules/ModuleLoader';
import { createObjectFromSpec, type ObjectSpec } from '../../../src/framework/services/ObjectFactory';
import { ServiceContainer } from '../../../src/framework/services/ServiceContainer';

const TSYRINGE = JSON.stringify(require.resolve('tsyringe'));

/** An extension folder with `Handlers.js`: a recording class, a recording factory, an @inject class, a non-class. */
function extensionFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wikiext-'));
  writeFileSync(
    path.join(dir, 'Handlers.js'),
    `
    const { inject } = require(${TSYRINGE});
    class Recorder { constructor(...args) { this.args = args; } }
    class Injected { constructor(clock) { this.clock = clock; } }
    inject('Test.Clock')(Injected, undefined, 0);
    exports.Recorder = Recorder;
    exports.Injected = Injected;
    exports.makeRecord = (...args) => ({ madeBy: 'factory', args });
    exports.notAClass = () => ({});
    exports.settings = { not: 'callable' };
    `,
  );
  return dir;
}

function spec(dir: string, fields: Partial<ObjectSpec>): ObjectSpec {
  return { name: 'Test-main', extension: 'Test', dir, ...fields };
}

describe('createObjectFromSpec', () => {
  const dir = extensionFolder();
  const loader = new ModuleLoader();
  const services = new ServiceContainer();
  services.defineService('Test.Clock', () => 'clock');
  services.defineService('Test.Store', () => 'store');

  it('passes services, then optional services (null when undefined), then args to the class', () => {
    const object = createObjectFromSpec(
      spec(dir, {
        class: 'Handlers#Recorder',
        services: ['Test.Store', 'Test.Clock'],
        optional_services: ['Test.Clock', 'Other.Missing'],
        args: [1, 'two'],
      }),
      services,
      loader,
    );
    expect(object).to.deep.include({ args: ['store', 'clock', 'clock', null, 1, 'two'] });
  });

  it('calls a factory with the same arguments', () => {
    const object = createObjectFromSpec(
      spec(dir, { factory: 'Handlers#makeRecord', services: ['Test.Clock'], args: [3] }),
      services,
      loader,
    );
    expect(object).to.deep.equal({ madeBy: 'factory', args: ['clock', 3] });
  });

  it('prefers factory over class, as MediaWiki does', () => {
    const object = createObjectFromSpec(
      spec(dir, { factory: 'Handlers#makeRecord', class: 'Handlers#Recorder' }),
      services,
      loader,
    );
    expect(object).to.have.property('madeBy', 'factory');
  });

  it('builds a class that lists no services but has @inject parameters through tsyringe', () => {
    const object = createObjectFromSpec(spec(dir, { class: 'Handlers#Injected' }), services, loader);
    expect(object).to.deep.include({ clock: 'clock' });
  });

  it('rejects a spec with neither class nor factory, naming the handler and extension', () => {
    expect(() => createObjectFromSpec(spec(dir, { services: ['Test.Clock'] }), services, loader))
      .to.throw('Handler "Test-main" of extension Test has neither "class" nor "factory"')
      .with.property('code', ErrorCodes.OBJECT_SPEC_INVALID);
  });

  it('rejects a "factory" that is not a function', () => {
    expect(() => createObjectFromSpec(spec(dir, { factory: 'Handlers#settings' }), services, loader))
      .to.throw('"factory" Handlers#settings is object, not a function')
      .with.property('code', ErrorCodes.OBJECT_SPEC_INVALID);
  });

  it('rejects a "class" that is not a class', () => {
    expect(() => createObjectFromSpec(spec(dir, { class: 'Handlers#notAClass' }), services, loader))
      .to.throw('"class" Handlers#notAClass is not a class')
      .with.property('code', ErrorCodes.OBJECT_SPEC_INVALID);
  });
});
