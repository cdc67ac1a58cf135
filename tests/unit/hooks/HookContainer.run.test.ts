import { expect } from 'chai';
import { ErrorCodes } from '../../../src/framework/errors';
import { defineHook } from '../../../src/framework/hooks/defineHook';
import { hookMethodName } from '../../../src/framework/hooks/hookMethodName';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';
import { functionRef, handlerSpec, installWith, objectRef } from './builders';

describe('HookContainer.run', () => {
  it('returns true when no handler is registered', () => {
    expect(createHookContainer().run('Nothing', [])).to.equal(true);
  });

  it('runs extension handlers in registry order, then registered ones', () => {
    const calls: string[] = [];
    const { container } = installWith({
      hooks: { Save: [objectRef('A', 'main'), objectRef('B', 'main')] },
      specs: [handlerSpec('A', 'main'), handlerSpec('B', 'main')],
      objects: { 'A-main': { onSave: () => void calls.push('A') }, 'B-main': { onSave: () => void calls.push('B') } },
    });
    container.register('Save', () => void calls.push('runtime'));

    container.run('Save', []);

    expect(calls).to.deep.equal(['A', 'B', 'runtime']);
  });

  it('passes the arguments to every handler and calls object methods with the object as this', () => {
    const handler = {
      seen: [] as unknown[],
      onSave(this: { seen: unknown[] }, a: unknown, b: unknown) {
        this.seen.push(a, b);
      },
    };
    const { container } = installWith({
      hooks: { Save: [objectRef('A', 'main')] },
      specs: [handlerSpec('A', 'main')],
      objects: { 'A-main': handler },
    });

    container.run('Save', [1, 'two']);

    expect(handler.seen).to.deep.equal([1, 'two']);
  });

  it('stops at a handler returning false on an abortable hook and returns false', () => {
    const later: string[] = [];
    const container = createHookContainer({ Save: [() => false, () => void later.push('ran')] });

    expect(container.run('Save', [])).to.equal(false);
    expect(later).to.deep.equal([]);
  });

  it('rejects false from a non-abortable hook, naming the handler as Extension:handler', () => {
    const { container } = installWith({
      hooks: { Save: [objectRef('CampaignEvents', 'main')] },
      specs: [handlerSpec('CampaignEvents', 'main')],
      objects: { 'CampaignEvents-main': { onSave: () => false } },
    });

    expect(() => container.run('Save', [], { abortable: false }))
      .to.throw(/CampaignEvents:main returned false for Save, which cannot be aborted/)
      .with.property('code', ErrorCodes.HOOK_UNABORTABLE);
  });

  for (const [label, value] of [['a string', 'yes'], ['null', null], ['a number', 0]] as const) {
    it(`rejects ${label} returned by a handler, naming the handler`, () => {
      const { container } = installWith({
        hooks: { Save: [objectRef('CampaignEvents', 'main')] },
        specs: [handlerSpec('CampaignEvents', 'main')],
        objects: { 'CampaignEvents-main': { onSave: () => value } },
      });

      expect(() => container.run('Save', []))
        .to.throw(/CampaignEvents:main returned .* may only return true, false or nothing/)
        .with.property('code', ErrorCodes.HOOK_BAD_RETURN);
    });
  }

  it('passes exactly the given arguments when a hook is run with another count than on its first run', () => {
    const container = createHookContainer({ Save: [(...args: unknown[]) => args.length === 2] });

    expect(container.run('Save', [1, 2])).to.equal(true);
    expect(container.run('Save', [1])).to.equal(false);
  });

  it('applies new call options instead of the ones the hook was first run with', () => {
    const container = createHookContainer({ Save: () => false });

    expect(container.run('Save', [])).to.equal(false);
    expect(() => container.run('Save', [], { abortable: false })).to.throw(/cannot be aborted/);
  });

  it('calls plain function handlers loaded from their module reference', () => {
    const seen: unknown[] = [];
    const { container, loadFunction } = installWith({
      hooks: { Save: [functionRef('A', 'src/hooks#onSave')] },
      functions: { 'src/hooks#onSave': (x: never) => void seen.push(x) },
    });

    container.run('Save', ['x']);

    expect(seen).to.deep.equal(['x']);
    expect(loadFunction.calledOnce).to.equal(true);
    expect(container.getHandlerDescriptions('Save')).to.deep.equal(['A:src/hooks#onSave']);
  });
});

describe('HookContainer handler objects', () => {
  it('builds a handler object on the first run of a hook it handles, once, shared by all its hooks', () => {
    const handler = { onSave: () => undefined, onView: () => undefined };
    const { container, createHandler } = installWith({
      hooks: { Save: [objectRef('A', 'main')], View: [objectRef('A', 'main')] },
      specs: [handlerSpec('A', 'main')],
      objects: { 'A-main': handler },
    });
    expect(container.getHandlerDescriptions('Save')).to.deep.equal(['A:main']);
    expect(createHandler.called, 'not built before the first run').to.equal(false);

    container.run('Save', []);
    container.run('View', []);
    container.run('Save', []);

    expect(createHandler.calledOnce).to.equal(true);
    expect(createHandler.firstCall.args[0]).to.include({ name: 'A-main', extension: 'A' });
  });

  it('maps hook names to methods as MediaWiki does', () => {
    expect(hookMethodName('EditPage::attemptSave')).to.equal('onEditPage__attemptSave');
    expect(hookMethodName('EditPage::attemptSave:after')).to.equal('onEditPage__attemptSave_after');
    expect(hookMethodName('Foo\\Bar-baz')).to.equal('onFoo_Bar_baz');
  });

  it('calls the mapped method for a hook name with colons', () => {
    const seen: string[] = [];
    const { container } = installWith({
      hooks: { 'EditPage::attemptSave': [objectRef('A', 'main')] },
      specs: [handlerSpec('A', 'main')],
      objects: { 'A-main': { onEditPage__attemptSave: () => void seen.push('called') } },
    });

    container.run('EditPage::attemptSave', []);

    expect(seen).to.deep.equal(['called']);
  });

  it('rejects a handler object without the method, naming extension, handler and method', () => {
    const { container } = installWith({
      hooks: { 'EditPage::attemptSave': [objectRef('CampaignEvents', 'main')] },
      specs: [handlerSpec('CampaignEvents', 'main')],
      objects: { 'CampaignEvents-main': { onSomethingElse: () => undefined } },
    });

    expect(() => container.run('EditPage::attemptSave', []))
      .to.throw(/"CampaignEvents-main" of extension CampaignEvents has no method onEditPage__attemptSave\(\)/)
      .with.property('code', ErrorCodes.HOOK_HANDLER_NOT_CALLABLE);
  });

  it('rejects a Hooks entry naming an unknown HookHandlers entry', () => {
    const { container } = installWith({ hooks: { Save: [objectRef('A', 'missing')] } });

    expect(() => container.run('Save', [])).to.throw(/no such entry exists in "HookHandlers"/);
  });

  it('rejects a handler with services on a noServices hook, naming the hook and manifest, before building anything', () => {
    const { container, createHandler } = installWith({
      hooks: { Setup: [objectRef('A', 'plain'), objectRef('B', 'main')] },
      specs: [handlerSpec('A', 'plain'), handlerSpec('B', 'main', { optional_services: ['Db'] })],
      objects: { 'A-plain': { onSetup: () => undefined }, 'B-main': { onSetup: () => undefined } },
    });

    expect(() => container.run('Setup', [], { noServices: true }))
      .to.throw(
        'The handler B:main for the hook Setup registered in /ext/B/extension.json has a service dependency, ' +
          'but this hook does not allow it.',
      )
      .with.property('code', ErrorCodes.HOOK_NO_SERVICES);
    expect(createHandler.called).to.equal(false);
  });

  it("applies a declared contract's noServices without call options", () => {
    const { container } = installWith({
      hooks: { Setup: [objectRef('B', 'main')] },
      specs: [handlerSpec('B', 'main', { services: ['Db'] })],
      objects: { 'B-main': { onSetup: () => undefined } },
    });
    container.declare(
      defineHook<[]>()({
        name: 'Setup',
        args: [],
        abortable: false,
        mode: 'sync',
        errorPolicy: 'propagate',
        since: '0.1.0',
        description: 'Early setup.',
        noServices: true,
      }),
    );

    expect(() => container.run('Setup', [])).to.throw(/has a service dependency/);
  });

  it('allows handlers without services on a noServices hook', () => {
    const { container } = installWith({
      hooks: { Setup: [objectRef('A', 'plain')] },
      specs: [handlerSpec('A', 'plain', { services: [] })],
      objects: { 'A-plain': { onSetup: () => undefined } },
    });

    expect(container.run('Setup', [], { noServices: true })).to.equal(true);
  });
});
