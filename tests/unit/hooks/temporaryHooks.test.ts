import { expect } from 'chai';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';
import {
  clearHook,
  restoreTemporaryHooks,
  setTemporaryHook,
  useTemporaryHooks,
} from '../../../src/framework/hooks/testing/temporaryHooks';

describe('createHookContainer', () => {
  it('registers the given handlers, a list in order, in a test-mode container', () => {
    const ran: string[] = [];
    const container = createHookContainer({
      Save: [() => void ran.push('a'), { onSave: () => void ran.push('b') }],
      Load: () => void ran.push('load'),
    });

    container.run('Save', []);
    container.run('Load', []);
    container.clear('Save');

    expect(ran).to.deep.equal(['a', 'b', 'load']);
  });
});

describe('temporary hooks', () => {
  const ran: string[] = [];
  const container = createHookContainer({ Save: () => void ran.push('original') });

  afterEach(() => {
    ran.length = 0;
  });

  it('setTemporaryHook replaces the handlers until restoreTemporaryHooks', () => {
    setTemporaryHook(container, 'Save', () => void ran.push('temporary'));
    container.run('Save', []);

    restoreTemporaryHooks();
    container.run('Save', []);

    expect(ran).to.deep.equal(['temporary', 'original']);
  });

  it('clearHook removes the handlers until restoreTemporaryHooks', () => {
    clearHook(container, 'Save');
    container.run('Save', []);

    restoreTemporaryHooks();
    container.run('Save', []);

    expect(ran).to.deep.equal(['original']);
  });

  it('undoes changes newest first', () => {
    setTemporaryHook(container, 'Save', () => void ran.push('first'));
    setTemporaryHook(container, 'Save', () => void ran.push('second'));
    container.run('Save', []);

    restoreTemporaryHooks();
    container.run('Save', []);

    expect(ran).to.deep.equal(['second', 'original']);
  });

  describe('with useTemporaryHooks()', () => {
    useTemporaryHooks();

    it('changes a hook within a test', () => {
      setTemporaryHook(container, 'Save', () => void ran.push('temporary'));
      container.run('Save', []);
      expect(ran).to.deep.equal(['temporary']);
    });

    it('finds it restored in the next test', () => {
      container.run('Save', []);
      expect(ran).to.deep.equal(['original']);
    });
  });
});
