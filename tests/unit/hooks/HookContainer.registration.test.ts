import { expect } from 'chai';
import { ErrorCodes } from '../../../src/framework/errors';
import { HookContainer } from '../../../src/framework/hooks/HookContainer';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';
import { handlerSpec, installWith, objectRef } from './builders';

function withExtensionHandler(testMode: boolean) {
  const ran: string[] = [];
  const installed = installWith(
    {
      hooks: { Save: [objectRef('CampaignEvents', 'main')] },
      specs: [handlerSpec('CampaignEvents', 'main')],
      objects: { 'CampaignEvents-main': { onSave: () => void ran.push('extension') } },
    },
    { testMode },
  );
  return { ...installed, ran };
}

describe('HookContainer registration', () => {
  it('registers functions and objects with the hook method', () => {
    const ran: string[] = [];
    const container = new HookContainer();
    container.register('Save', () => void ran.push('function'));
    container.register('Save', { onSave: () => void ran.push('object') });

    container.run('Save', []);

    expect(ran).to.deep.equal(['function', 'object']);
  });

  it('rejects a registered object without the hook method', () => {
    expect(() => new HookContainer().register('Save', { onLoad() {} }))
      .to.throw(/has no method onSave\(\)/)
      .with.property('code', ErrorCodes.HOOK_HANDLER_NOT_CALLABLE);
  });

  it('runs handlers registered after the hook already ran', () => {
    const ran: string[] = [];
    const container = createHookContainer({ Save: () => void ran.push('first') });
    container.run('Save', []);

    container.register('Save', () => void ran.push('second'));
    container.run('Save', []);

    expect(ran).to.deep.equal(['first', 'first', 'second']);
  });

  it('reports registered hooks and describes their handlers without building them', () => {
    const { container, createHandler } = withExtensionHandler(false);
    container.register('Load', function loader() {});

    expect(container.isRegistered('Save')).to.equal(true);
    expect(container.isRegistered('Missing')).to.equal(false);
    expect(container.getHookNames().sort()).to.deep.equal(['Load', 'Save']);
    expect(container.getHandlerDescriptions('Save')).to.deep.equal(['CampaignEvents:main']);
    expect(container.getHandlerDescriptions('Load')).to.deep.equal(['runtime:loader']);
    expect(createHandler.called).to.equal(false);
  });

  it('scopedRegister returns a function that removes the handler again', () => {
    const ran: string[] = [];
    const container = new HookContainer();
    const undo = container.scopedRegister('Save', () => void ran.push('scoped'));
    container.run('Save', []);

    undo();
    container.run('Save', []);

    expect(ran).to.deep.equal(['scoped']);
    expect(container.isRegistered('Save')).to.equal(false);
  });

  it('clear removes every handler of a hook, extension ones included, in test mode', () => {
    const { container, ran } = withExtensionHandler(true);
    container.register('Save', () => void ran.push('runtime'));

    container.clear('Save');
    container.run('Save', []);

    expect(ran).to.deep.equal([]);
    expect(container.isRegistered('Save')).to.equal(false);
  });

  it('refuses clear outside test mode', () => {
    const { container } = withExtensionHandler(false);

    expect(() => container.clear('Save'))
      .to.throw(/only allowed in tests/)
      .with.property('code', ErrorCodes.HOOK_CLEAR_OUTSIDE_TESTS);
  });

  it('refuses replacing registrations outside test mode', () => {
    const { container } = withExtensionHandler(false);

    expect(() => container.scopedRegister('Save', () => undefined, true)).to.throw(/only allowed in tests/);
  });

  it('scopedRegister with replace hides the other handlers until undone', () => {
    const { container, ran } = withExtensionHandler(true);
    container.run('Save', []);

    const undo = container.scopedRegister('Save', () => void ran.push('replacement'), true);
    container.run('Save', []);
    undo();
    container.run('Save', []);

    expect(ran).to.deep.equal(['extension', 'replacement', 'extension']);
  });

  it('rejects a second, different contract for the same hook', () => {
    const container = new HookContainer();
    const contract = {
      name: 'Save', args: [], abortable: true, mode: 'sync', errorPolicy: 'propagate', since: '0.1.0', description: 'd',
    } as const;
    container.declare(contract);
    container.declare(contract);

    expect(() => container.declare({ ...contract }))
      .to.throw(/declared twice/)
      .with.property('code', ErrorCodes.HOOK_DECLARED_TWICE);
  });
});
