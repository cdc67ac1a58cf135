import { expect } from 'chai';
import { defineHook } from '../../../src/framework/hooks/defineHook';
import { handlerSpec, installWith, objectRef, recordingLogger } from './builders';

/** Two extensions handle `Old`: `Aware` acknowledges its deprecation, `Legacy` does not. */
function install(deprecatedHooks: Parameters<typeof installWith>[0]['deprecatedHooks'] = {}) {
  const ran: string[] = [];
  const logger = recordingLogger();
  const installed = installWith(
    {
      hooks: { Old: [objectRef('Aware', 'main', true), objectRef('Legacy', 'main')] },
      specs: [handlerSpec('Aware', 'main'), handlerSpec('Legacy', 'main')],
      objects: {
        'Aware-main': { onOld: () => void ran.push('Aware') },
        'Legacy-main': { onOld: () => void ran.push('Legacy') },
      },
      deprecatedHooks,
    },
    { logger },
  );
  return { ...installed, ran, logger };
}

describe('HookContainer deprecated hooks', () => {
  it('skips handlers that acknowledge the deprecation where the hook is deprecated', () => {
    const { container, ran } = install({ Old: { deprecatedVersion: '0.2.0', component: 'Core' } });

    container.run('Old', []);

    expect(ran).to.deep.equal(['Legacy']);
    expect(container.getHandlerDescriptions('Old')).to.deep.equal(['Legacy:main']);
  });

  it('calls handlers that acknowledge a deprecation where the hook is not deprecated', () => {
    const { container, ran, logger } = install();

    container.run('Old', []);

    expect(ran).to.deep.equal(['Aware', 'Legacy']);
    expect(logger.entries).to.deep.equal([]);
  });

  it('warns once about each non-acknowledging handler of a deprecated hook', () => {
    const { container, logger } = install({ Old: { deprecatedVersion: '0.2.0', component: 'Core' } });

    container.run('Old', []);
    container.run('Old', []);

    expect(logger.entries).to.have.length(1);
    expect(logger.entries[0].level).to.equal('warn');
    expect(logger.entries[0].obj).to.include({ hook: 'Old', handler: 'Legacy:main', deprecatedVersion: '0.2.0' });
  });

  it('does not warn for a silent deprecation but still skips acknowledging handlers', () => {
    const { container, ran, logger } = install({ Old: { deprecatedVersion: '0.2.0', component: 'Core', silent: true } });

    container.run('Old', []);

    expect(ran).to.deep.equal(['Legacy']);
    expect(logger.entries).to.deep.equal([]);
  });

  it('treats a hook whose contract is deprecated as deprecated', () => {
    const { container, ran, logger } = install();
    container.declare(
      defineHook<[]>()({
        name: 'Old',
        args: [],
        abortable: true,
        mode: 'sync',
        errorPolicy: 'propagate',
        since: '0.1.0',
        description: 'An old hook.',
        deprecated: { since: '0.3.0' },
      }),
    );

    container.run('Old', []);

    expect(ran).to.deep.equal(['Legacy']);
    expect(logger.entries[0].obj).to.include({ handler: 'Legacy:main', deprecatedVersion: '0.3.0' });
  });

  it('warns when a handler is registered at runtime for a deprecated hook', () => {
    const { container, logger } = install({ Old: { deprecatedVersion: '0.2.0', component: 'Core' } });

    container.register('Old', function late() {});

    expect(logger.entries[0].obj).to.include({ handler: 'runtime:late' });
  });
});
