import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ErrorCodes } from '../../../src/framework/errors';
import { ModuleLoader } from '../../../src/framework/modules/ModuleLoader';
import { ServiceContainer } from '../../../src/framework/services/ServiceContainer';
import { defineServiceWiring } from '../../../src/framework/services/ServiceWiring';

const TSYRINGE = JSON.stringify(require.resolve('tsyringe'));

/** Writes `ServiceWiring.js` with the given CommonJS body into a fresh extension folder; returns the folder. */
function extensionWithWiring(body: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wikiext-'));
  writeFileSync(path.join(dir, 'ServiceWiring.js'), body);
  return dir;
}

function load(dir: string, extension = 'Test'): ServiceContainer {
  const services = new ServiceContainer();
  services.loadWiringFiles([{ extension, dir, ref: 'ServiceWiring' }], new ModuleLoader());
  return services;
}

describe('ServiceWiringFiles', () => {
  it('defines the services of a default export, lazily', () => {
    const dir = extensionWithWiring(`
      exports.__esModule = true;
      globalThis.wiringCalls = 0;
      exports.default = { 'Test.Clock': () => { globalThis.wiringCalls++; return { now: 7 }; } };
    `);
    const services = load(dir);
    const globals = globalThis as { wiringCalls?: number };
    expect(globals.wiringCalls).to.equal(0);
    expect(services.get('Test.Clock')).to.deep.equal({ now: 7 });
    expect(globals.wiringCalls).to.equal(1);
    delete globals.wiringCalls;
  });

  it('accepts a named export "wiring" whose classes are built through tsyringe', () => {
    const dir = extensionWithWiring(`
      const { inject } = require(${TSYRINGE});
      class Clock {}
      class Store { constructor(clock) { this.clock = clock; } }
      inject('Test.Clock')(Store, undefined, 0);
      exports.wiring = { 'Test.Clock': () => new Clock(), 'Test.Store': Store };
    `);
    const services = load(dir);
    const store = services.get('Test.Store') as { clock: unknown };
    expect(store.clock).to.equal(services.get('Test.Clock'));
    expect(services.get('Test.Store')).to.equal(store);
  });

  it('rejects a module that does not export an object, naming the file', () => {
    const dir = extensionWithWiring(`module.exports = 'Test.Clock';`);
    expect(() => load(dir))
      .to.throw(`${path.join(dir, 'ServiceWiring.js')} must export an object mapping service names`)
      .with.property('code', ErrorCodes.SERVICE_WIRING_INVALID);
  });

  it('rejects an entry that is not a function, naming the entry and the file', () => {
    const dir = extensionWithWiring(`module.exports = { 'Test.Clock': () => ({}), 'Test.Store': { store: true } };`);
    expect(() => load(dir))
      .to.throw(`entry "Test.Store" in ${path.join(dir, 'ServiceWiring.js')} is an object`)
      .with.property('code', ErrorCodes.SERVICE_WIRING_INVALID);
  });

  it('rejects a service name without the extension prefix', () => {
    const dir = extensionWithWiring(`module.exports = { EventStore: () => ({}) };`);
    expect(() => load(dir, 'CampaignEvents'))
      .to.throw('service "EventStore" in')
      .with.property('message')
      .that.contains('must be named "CampaignEvents.EventStore"');
  });

  it('names both wiring files when two define the same service', () => {
    const first = extensionWithWiring(`module.exports = { 'Test.Clock': () => 1 };`);
    const second = extensionWithWiring(`module.exports = { 'Test.Clock': () => 2 };`);
    const services = new ServiceContainer();
    const files = [first, second].map((dir) => ({ extension: 'Test', dir, ref: 'ServiceWiring' }));
    expect(() => services.loadWiringFiles(files, new ModuleLoader()))
      .to.throw(
        `Service "Test.Clock" is defined twice: by Test (${path.join(first, 'ServiceWiring.js')}) ` +
          `and by Test (${path.join(second, 'ServiceWiring.js')})`,
      )
      .with.property('code', ErrorCodes.SERVICE_DEFINED_TWICE);
  });

  it('defineServiceWiring returns the wiring it is given', () => {
    const wiring = { 'Test.Clock': () => 1 };
    expect(defineServiceWiring(wiring)).to.equal(wiring);
  });
});
