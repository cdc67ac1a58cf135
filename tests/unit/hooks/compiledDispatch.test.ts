import { expect } from 'chai';
import { createHookRunner } from '../../../src/framework/hooks/createHookRunner';
import { defineHook, type AnyHookContract } from '../../../src/framework/hooks/defineHook';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';
import { handlerSpec, installWith, objectRef, recordingLogger } from './builders';

function contract<const Name extends string, const Abortable extends boolean = false>(
  name: Name,
  errorPolicy: 'isolate' | 'propagate',
  abortable = false as Abortable,
) {
  return defineHook<[title: string]>()({
    name,
    args: [{ name: 'title', type: 'string', description: 'The title.' }],
    abortable,
    mode: 'sync',
    errorPolicy,
    since: '0.1.0',
    description: 'A hook for testing the compiled code.',
  });
}

/** Runs of a declared hook without options, by name and through the typed runner: the paths that use compiled code. */
const RUNS = 3;

describe('compiled hook dispatch', () => {
  it('logs a throwing extension handler of an isolate hook on every run, naming its extension, and runs the rest', () => {
    const logger = recordingLogger();
    const later: string[] = [];
    const { container } = installWith(
      {
        hooks: { View: [objectRef('CampaignEvents', 'main')] },
        specs: [handlerSpec('CampaignEvents', 'main')],
        objects: {
          'CampaignEvents-main': {
            onView: () => {
              throw new Error('storage down');
            },
          },
        },
      },
      { logger },
    );
    const runner = createHookRunner(container, [contract('View', 'isolate')]);
    container.register('View', (title: string) => void later.push(title));

    for (let i = 0; i < RUNS; i++) {
      expect(container.run('View', ['by name'])).to.equal(true);
      expect(runner.onView('by runner')).to.equal(undefined);
    }

    expect(later).to.deep.equal(Array.from({ length: RUNS }, () => ['by name', 'by runner']).flat());
    expect(logger.entries).to.have.length(2 * RUNS);
    for (const entry of logger.entries) {
      expect(entry.obj).to.include({ hook: 'View', handler: 'CampaignEvents:main', extension: 'CampaignEvents' });
      expect((entry.obj.err as Error).message).to.equal('storage down');
    }
  });

  it('throws from a propagate hook naming the failing handler and skips the rest, on every run', () => {
    const later: string[] = [];
    const container = createHookContainer({
      Save: [() => undefined, function saver() {
        throw new Error('disk full');
      }, () => void later.push('ran')],
    });
    const runner = createHookRunner(container, [contract('Save', 'propagate')]);

    for (let i = 0; i < RUNS; i++) {
      expect(() => container.run('Save', ['x'])).to.throw('Hook handler runtime:saver failed while handling Save: disk full');
      expect(() => runner.onSave('x')).to.throw('Hook handler runtime:saver failed while handling Save: disk full');
    }
    expect(later).to.deep.equal([]);
  });

  it('stops an abortable hook at a handler returning false, on every run', () => {
    const later: string[] = [];
    const container = createHookContainer({ Save: [() => true, () => false, () => void later.push('ran')] });
    const runner = createHookRunner(container, [contract('Save', 'isolate', true)]);

    for (let i = 0; i < RUNS; i++) {
      expect(container.run('Save', ['x'])).to.equal(false);
      expect(runner.onSave('x')).to.equal(false);
    }
    expect(later).to.deep.equal([]);
  });

  it('passes every argument when a declared hook is run with more arguments than its contract has', () => {
    const seen: unknown[][] = [];
    const container = createHookContainer({ View: (...args: unknown[]) => void seen.push(args) });
    createHookRunner(container, [contract('View', 'isolate')]);

    for (let i = 0; i < RUNS; i++) container.run('View', ['a', 'b', 'c']);
    container.run('View', []);

    expect(seen).to.deep.equal([...Array.from({ length: RUNS }, () => ['a', 'b', 'c']), []]);
  });

  it('passes exactly the given arguments for every argument count, on every run', () => {
    for (let count = 0; count <= 7; count++) {
      const seen: unknown[][] = [];
      const container = createHookContainer({ View: [(...args: unknown[]) => void seen.push(args), () => undefined] });
      const args = Array.from({ length: count }, (_, i) => `arg${i}`);

      for (let i = 0; i < RUNS; i++) expect(container.run('View', args)).to.equal(true);

      expect(seen, `${count} arguments`).to.deep.equal(Array.from({ length: RUNS }, () => args));
    }
  });

  it('runs newly registered handlers through a runner that has already run the hook', () => {
    const seen: string[] = [];
    const container = createHookContainer({ View: () => void seen.push('first') });
    const runner = createHookRunner(container, [contract('View', 'isolate')]);

    runner.onView('x');
    const remove = container.scopedRegister('View', () => void seen.push('second'));
    runner.onView('x');
    remove();
    runner.onView('x');

    expect(seen).to.deep.equal(['first', 'first', 'second', 'first']);
  });

  it('records timings for calls through the typed runner when timing is on', () => {
    const container = createHookContainer({ View: function viewer() {} }, { timing: true });
    const runner = createHookRunner(container, [contract('View', 'isolate')]);

    for (let i = 0; i < RUNS; i++) runner.onView('x');

    expect(container.getTimings().find((t) => t.handler === 'runtime:viewer')).to.include({ calls: RUNS });
  });

  it('gives a frozen runner with a method for each hook of a large catalog, whatever characters the names hold', () => {
    const names = [...Array.from({ length: 40 }, (_, i) => `Hook${i}`), 'EditPage::attemptSave', 'Say "hi"'];
    const ran: string[] = [];
    const container = createHookContainer(Object.fromEntries(names.map((name) => [name, () => void ran.push(name)])));
    const catalog: AnyHookContract[] = names.map((name) => contract(name, 'isolate'));
    const runner = createHookRunner(container, catalog) as unknown as Record<string, (title: string) => void>;

    runner.onEditPage__attemptSave('x');
    runner['onSay "hi"']('x');
    runner.onHook39('x');

    expect(ran).to.deep.equal(['EditPage::attemptSave', 'Say "hi"', 'Hook39']);
    expect(Object.keys(runner)).to.have.length(names.length);
    expect(Object.isFrozen(runner)).to.equal(true);
  });
});
