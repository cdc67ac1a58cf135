import { expect } from 'chai';
import { hookCatalog, type PageViewData, type PageViewHook } from '../../../hooks';
import { createHookRunner } from '../../../src/framework/hooks/createHookRunner';
import { defineHook, type HookInterface } from '../../../src/framework/hooks/defineHook';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';
import { recordingLogger } from './builders';

const view: PageViewData = {
  user: null,
  page: { text: 'Event:Spring', dbKey: 'Spring', namespace: 1728, id: 7 },
  request: { method: 'GET', action: 'view', path: '/wiki/Event:Spring', query: '' },
  isRedirect: false,
  timestamp: '2026-01-01T00:00:00Z',
};

const BeforeSave = defineHook<[title: string]>()({
  name: 'BeforeSave',
  args: [{ name: 'title', type: 'string', description: 'The title.' }],
  abortable: true,
  mode: 'sync',
  errorPolicy: 'propagate',
  since: '0.1.0',
  description: 'Runs before a save; a handler may stop it.',
});

const AfterSave = defineHook<[title: string]>()({
  ...BeforeSave,
  name: 'AfterSave',
  abortable: false,
});

describe('createHookRunner', () => {
  it('runs the hook named by the method with the given arguments', async () => {
    const seen: PageViewData[] = [];
    class Recorder implements PageViewHook {
      onPageView(v: PageViewData): void {
        seen.push(v);
      }
    }
    const runner = createHookRunner(createHookContainer({ PageView: new Recorder() }), hookCatalog);

    expect(await runner.onPageView(view)).to.equal(undefined);
    expect(seen).to.deep.equal([view]);
  });

  it("applies the contract's isolate policy: PageView logs a failing handler and goes on", async () => {
    const logger = recordingLogger();
    const ran: string[] = [];
    const container = createHookContainer(
      {
        PageView: [
          () => {
            throw new Error('log store down');
          },
          () => void ran.push('second'),
        ],
      },
      { logger },
    );
    const runner = createHookRunner(container, hookCatalog);

    await runner.onPageView(view);

    expect(ran).to.deep.equal(['second']);
    expect(logger.entries[0].obj).to.include({ hook: 'PageView' });
  });

  it("applies the contract's propagate policy: EventRegistrationForm rejects naming the handler", async () => {
    const container = createHookContainer({ EventRegistrationForm: async function storeGrant() {
      throw new Error('cannot store');
    } });
    const runner = createHookRunner(container, hookCatalog);

    const error = await runner
      .onEventRegistrationForm({ stage: 'saved', eventId: 1, values: {}, performer: { id: 1, name: 'A', registration: null } })
      .then(() => undefined, (e: unknown) => e as Error);

    expect(error?.message).to.equal('Hook handler runtime:storeGrant failed while handling EventRegistrationForm: cannot store');
  });

  it("applies the contract's abortability: an abortable sync hook returns the abort flag", () => {
    const runner = createHookRunner(createHookContainer({ BeforeSave: (title: string) => title !== 'Locked' }), [BeforeSave]);

    expect(runner.onBeforeSave('Open')).to.equal(true);
    expect(runner.onBeforeSave('Locked')).to.equal(false);
  });

  it('rejects false from a non-abortable contract even though the caller passed no options', () => {
    const runner = createHookRunner(createHookContainer({ AfterSave: () => false }), [AfterSave]);

    expect(() => runner.onAfterSave('Page')).to.throw(/cannot be aborted/);
  });

  it('keeps seeing handlers registered after it was created', () => {
    const container = createHookContainer();
    const runner = createHookRunner(container, [BeforeSave]);
    expect(runner.onBeforeSave('x')).to.equal(true);

    container.register('BeforeSave', () => false);

    expect(runner.onBeforeSave('x')).to.equal(false);
  });

  it('checks argument and handler types at compile time', () => {
    const runner = createHookRunner(createHookContainer(), [BeforeSave, AfterSave]);
    // @ts-expect-error the title must be a string
    expect(() => runner.onBeforeSave(42)).not.to.throw();
    // @ts-expect-error AfterSave is not abortable, so its runner returns nothing
    const flag: boolean = runner.onAfterSave('x');
    expect(flag).to.equal(undefined);
    // @ts-expect-error a handler must accept the hook's argument types
    const handler: HookInterface<typeof AfterSave> = { onAfterSave: (title: number) => void title };
    expect(handler).to.have.property('onAfterSave');
  });
});
