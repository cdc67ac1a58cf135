import { expect } from 'chai';
import * as sinon from 'sinon';
import { inject } from 'tsyringe';
import { ErrorCodes } from '../../../src/framework/errors';
import { ServiceContainer } from '../../../src/framework/services/ServiceContainer';
import { serviceRef } from '../../../src/framework/services/ServiceRef';
import type { ServiceInstantiator } from '../../../src/framework/services/ServiceWiring';

/** A container with the given services defined. */
function containerWith(wiring: Record<string, ServiceInstantiator>): ServiceContainer {
  const services = new ServiceContainer();
  for (const [name, instantiate] of Object.entries(wiring)) services.defineService(name, instantiate, 'test wiring');
  return services;
}

class Clock {
  now(): number {
    return 42;
  }
}

class EventStore {
  constructor(@inject('Test.Clock') readonly clock: Clock) {}
}

class NeedsMissing {
  constructor(@inject('Test.Clok') readonly clock: Clock) {}
}

class Undecorated {
  constructor(readonly clock: Clock) {}
}

class Chicken {
  constructor(@inject('Test.Egg') readonly egg: unknown) {}
}

class Egg {
  constructor(@inject('Test.Chicken') readonly chicken: unknown) {}
}

describe('ServiceContainer', () => {
  it('does not call a factory before the service is first asked for', () => {
    const factory = sinon.stub().returns(new Clock());
    const services = containerWith({ 'Test.Clock': factory });
    expect(factory.called).to.equal(false);
    services.get('Test.Clock');
    expect(factory.calledOnceWith(services)).to.equal(true);
  });

  it('returns the same instance on every get', () => {
    const factory = sinon.stub().callsFake(() => new Clock());
    const services = containerWith({ 'Test.Clock': factory });
    expect(services.get('Test.Clock')).to.equal(services.get('Test.Clock'));
    expect(factory.callCount).to.equal(1);
  });

  it('returns the typed service for a ServiceRef', () => {
    const ClockRef = serviceRef<Clock>('Test.Clock');
    const services = new ServiceContainer();
    services.defineService(ClockRef, () => new Clock());
    const clock: Clock = services.get(ClockRef);
    expect(clock.now()).to.equal(42);
    expect(services.get('Test.Clock')).to.equal(clock);
  });

  it('builds a class with @inject constructor parameters through tsyringe, sharing the singleton', () => {
    const services = containerWith({ 'Test.Clock': () => new Clock() });
    const store = services.resolveClass(EventStore);
    expect(store.clock).to.equal(services.get('Test.Clock'));
    expect(services.injector.resolve(EventStore).clock).to.equal(store.clock);
  });

  it('creates a service lazily when tsyringe resolves its name', () => {
    const factory = sinon.stub().callsFake(() => new Clock());
    const services = containerWith({ 'Test.Clock': factory });
    expect(services.injector.resolve<Clock>('Test.Clock')).to.equal(services.peekService('Test.Clock'));
    services.resolveClass(EventStore);
    expect(factory.callCount).to.equal(1);
  });

  it('keeps the services of two containers apart', () => {
    const a = containerWith({ 'Test.Clock': () => new Clock() });
    const b = containerWith({ 'Test.Clock': () => new Clock() });
    expect(a.resolveClass(EventStore).clock).to.not.equal(b.resolveClass(EventStore).clock);
  });

  it('rejects a class whose constructor parameter lacks @inject', () => {
    const services = containerWith({ 'Test.Clock': () => new Clock() });
    expect(() => services.resolveClass(Undecorated))
      .to.throw(/Undecorated: constructor parameter #0 has no @inject/)
      .with.property('code', ErrorCodes.SERVICE_NOT_INJECTABLE);
  });

  describe('unknown services', () => {
    it('names close service names', () => {
      const services = containerWith({ 'CampaignEvents.EventStore': () => ({}), 'CampaignEvents.Other': () => ({}) });
      expect(() => services.get('CampaignEvents.EvntStore'))
        .to.throw('No service "CampaignEvents.EvntStore"; did you mean "CampaignEvents.EventStore"?')
        .with.property('code', ErrorCodes.SERVICE_UNKNOWN);
    });

    it('asks whether the extension is loaded when nothing is close', () => {
      expect(() => new ServiceContainer().get('Foo.Bar')).to.throw('No service "Foo.Bar". Is the extension');
    });

    it('names the class and parameter that asked for an unknown service', () => {
      const services = containerWith({ 'Test.Clock': () => new Clock() });
      expect(() => services.resolveClass(NeedsMissing))
        .to.throw('No service "Test.Clok" (required by parameter #0 of NeedsMissing); did you mean "Test.Clock"?')
        .with.property('code', ErrorCodes.SERVICE_UNKNOWN);
    });
  });

  it('rejects a service defined twice, naming both sources', () => {
    const services = new ServiceContainer();
    services.defineService('Test.Clock', () => new Clock(), 'Alpha (/a/ServiceWiring.js)');
    expect(() => services.defineService('Test.Clock', () => new Clock(), 'Beta (/b/ServiceWiring.js)'))
      .to.throw('Service "Test.Clock" is defined twice: by Alpha (/a/ServiceWiring.js) and by Beta (/b/ServiceWiring.js)')
      .with.property('code', ErrorCodes.SERVICE_DEFINED_TWICE);
  });

  describe('circular dependencies', () => {
    it('names the chain of factories', () => {
      const services = containerWith({
        'Test.A': (s) => s.get('Test.B'),
        'Test.B': (s) => s.get('Test.C'),
        'Test.C': (s) => s.get('Test.B'),
      });
      expect(() => services.get('Test.A'))
        .to.throw('Circular dependency when creating service: Test.A -> Test.B -> Test.C -> Test.B')
        .with.property('code', ErrorCodes.SERVICE_CIRCULAR);
    });

    it('names the chain of @inject classes built through tsyringe', () => {
      const services = containerWith({
        'Test.Chicken': (s) => s.resolveClass(Chicken),
        'Test.Egg': (s) => s.resolveClass(Egg),
      });
      expect(() => services.get('Test.Chicken'))
        .to.throw('Circular dependency when creating service: Test.Chicken -> Test.Egg -> Test.Chicken')
        .with.property('code', ErrorCodes.SERVICE_CIRCULAR);
    });

    it('forgets a failed creation, so that asking again is not taken for a cycle', () => {
      let attempts = 0;
      const services = containerWith({
        'Test.Flaky': () => {
          attempts += 1;
          if (attempts === 1) throw new Error('database not ready');
          return 'ready';
        },
      });
      expect(() => services.get('Test.Flaky')).to.throw('database not ready');
      expect(services.get('Test.Flaky')).to.equal('ready');
    });
  });

  describe('redefineService', () => {
    it('replaces a service before its first use', () => {
      const services = containerWith({ 'Test.Clock': () => 'real' });
      services.redefineService('Test.Clock', () => 'fake');
      expect(services.get('Test.Clock')).to.equal('fake');
    });

    it('refuses once the service was created', () => {
      const services = containerWith({ 'Test.Clock': () => 'real' });
      services.get('Test.Clock');
      expect(() => services.redefineService('Test.Clock', () => 'fake'))
        .to.throw(/already created/)
        .with.property('code', ErrorCodes.SERVICE_ALREADY_CREATED);
    });

    it('refuses an undefined service', () => {
      expect(() => new ServiceContainer().redefineService('Test.Nope', () => 1)).to.throw(/No service "Test.Nope"/);
    });
  });

  it('peekService returns a created service and never creates one', () => {
    const factory = sinon.stub().returns('clock');
    const services = containerWith({ 'Test.Clock': factory });
    expect(services.peekService('Test.Clock')).to.equal(undefined);
    expect(factory.called).to.equal(false);
    services.get('Test.Clock');
    expect(services.peekService('Test.Clock')).to.equal('clock');
  });

  it('hasService and getServiceNames report definitions', () => {
    const services = containerWith({ 'Test.A': () => 1, 'Test.B': () => 2 });
    expect(services.hasService('Test.A')).to.equal(true);
    expect(services.hasService(serviceRef('Test.C'))).to.equal(false);
    expect(services.getServiceNames()).to.deep.equal(['Test.A', 'Test.B']);
  });

  it('resetServices() drops instances but keeps definitions', () => {
    const services = containerWith({ 'Test.Clock': () => new Clock() });
    const first = services.get('Test.Clock');
    services.resetServices();
    expect(services.peekService('Test.Clock')).to.equal(undefined);
    expect(services.get('Test.Clock')).to.be.instanceOf(Clock).and.not.equal(first);
  });

  describe('destroy', () => {
    it('calls destroy() or dispose() on created services, dependents first, and skips uncreated ones', async () => {
      const calls: string[] = [];
      const uncreated = sinon.stub();
      const services = containerWith({
        'Test.Db': () => ({ destroy: () => calls.push('Db.destroy') }),
        'Test.Store': (s) => (s.get('Test.Db'), { dispose: async () => calls.push('Store.dispose') }),
        'Test.Plain': () => 'no cleanup',
        'Test.Unused': uncreated,
      });
      services.get('Test.Store');
      services.get('Test.Plain');
      await services.destroy();
      expect(calls).to.deep.equal(['Store.dispose', 'Db.destroy']);
      expect(uncreated.called).to.equal(false);
    });

    it('makes later use throw', async () => {
      const services = containerWith({ 'Test.Clock': () => new Clock() });
      await services.destroy();
      expect(() => services.get('Test.Clock'))
        .to.throw(/destroyed/)
        .with.property('code', ErrorCodes.SERVICE_CONTAINER_DESTROYED);
    });

    it('destroys every service even when one fails, then rethrows', async () => {
      const dispose = sinon.spy();
      const services = containerWith({
        'Test.Ok': () => ({ dispose }),
        'Test.Broken': () => ({ destroy: () => { throw new Error('boom'); } }),
      });
      services.get('Test.Ok');
      services.get('Test.Broken');
      let thrown: unknown;
      await services.destroy().catch((e: unknown) => (thrown = e));
      expect(thrown).to.be.instanceOf(Error).with.property('message', 'boom');
      expect(dispose.calledOnce).to.equal(true);
    });
  });
});
