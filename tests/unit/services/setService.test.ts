import { expect } from 'chai';
import { ServiceContainer } from '../../../src/framework/services/ServiceContainer';
import { setService } from '../../../src/framework/services/setService';

describe('setService', () => {
  it('defines a service that was not defined', () => {
    const services = new ServiceContainer();
    setService(services, 'Test.Clock', { now: 1 });
    expect(services.get('Test.Clock')).to.deep.equal({ now: 1 });
  });

  it('takes a function as a factory', () => {
    const services = new ServiceContainer();
    services.defineService('Test.Clock', () => 'real');
    setService(services, 'Test.Clock', (s: ServiceContainer) => `fake in ${s.getServiceNames().length}`);
    expect(services.get('Test.Clock')).to.equal('fake in 1');
  });

  it('replaces a service that was already created, and drops services that may hold the old one', () => {
    const services = new ServiceContainer();
    services.defineService('Test.Clock', () => 'real');
    services.defineService('Test.Store', (s) => ({ clock: s.get('Test.Clock') }));
    expect(services.get('Test.Store')).to.deep.equal({ clock: 'real' });
    setService(services, 'Test.Clock', 'fake');
    expect(services.get('Test.Store')).to.deep.equal({ clock: 'fake' });
  });
});
