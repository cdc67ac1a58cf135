import { expect } from 'chai';
import { ErrorCodes } from '../../../src/framework/errors';
import { createHookRunner } from '../../../src/framework/hooks/createHookRunner';
import { defineHook } from '../../../src/framework/hooks/defineHook';
import { HookHandlerError } from '../../../src/framework/hooks/HookHandlerError';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';
import { recordingLogger } from './builders';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('HookContainer async hooks', () => {
  it('awaits each handler before starting the next, in order', async () => {
    const events: string[] = [];
    const container = createHookContainer({
      Save: [
        async () => {
          events.push('first start');
          await tick();
          events.push('first end');
        },
        () => void events.push('second'),
      ],
    });

    expect(await container.runAsync('Save', [])).to.equal(true);

    expect(events).to.deep.equal(['first start', 'first end', 'second']);
  });

  it('aborts on a handler resolving to false', async () => {
    const later: string[] = [];
    const container = createHookContainer({ Save: [async () => false, () => void later.push('ran')] });

    expect(await container.runAsync('Save', [])).to.equal(false);
    expect(later).to.deep.equal([]);
  });

  it('rejects false from a non-abortable async hook, naming the handler', async () => {
    const container = createHookContainer({ Save: async function saver() {
      return false;
    } });

    const error = await container.runAsync('Save', [], { abortable: false }).then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error?.code).to.equal(ErrorCodes.HOOK_UNABORTABLE);
    expect(error?.message).to.include('runtime:saver');
  });

  it('tells the author to declare the hook async when a sync hook gets a Promise', () => {
    const container = createHookContainer({ Save: async function saver() {
      throw new Error('never awaited');
    } });

    expect(() => container.run('Save', []))
      .to.throw(/runtime:saver returned a Promise for Save, which is a synchronous hook\. Declare the hook with mode: 'async'/)
      .with.property('code', ErrorCodes.HOOK_SYNC_GOT_PROMISE);
  });

  it('refuses to run a declared hook in the other mode', async () => {
    const container = createHookContainer();
    const contract = { args: [], abortable: false, errorPolicy: 'propagate', since: '0.1.0', description: 'd' } as const;
    container.declare(defineHook<[]>()({ ...contract, name: 'Later', mode: 'async' }));
    container.declare(defineHook<[]>()({ ...contract, name: 'Now', mode: 'sync' }));

    expect(() => container.run('Later', [])).to.throw('The hook Later is declared async; run it with runAsync().');
    const error = await container.runAsync('Now', []).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).to.equal('The hook Now is declared sync; run it with run().');
  });

  // Compiled code runs untimed hooks; timing takes the plain loop. Both must keep the same rules.
  for (const timing of [false, true]) {
    describe(timing ? 'through the plain loop (timing on)' : 'through compiled code', () => {
      const rejectionOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as HookHandlerError);

      it('keeps order across sync and async handlers: each async one finishes before the next starts', async () => {
        const events: string[] = [];
        const slow = (name: string) => async () => {
          events.push(`${name} start`);
          await tick();
          events.push(`${name} end`);
        };
        const container = createHookContainer(
          { Save: [() => void events.push('a'), slow('b'), () => void events.push('c'), slow('d'), () => void events.push('e')] },
          { timing },
        );

        const run = container.runAsync('Save', []);
        expect(run).to.be.instanceOf(Promise);
        expect(await run).to.equal(true);

        expect(events).to.deep.equal(['a', 'b start', 'b end', 'c', 'd start', 'd end', 'e']);
      });

      it('aborts when a handler returns a Promise resolving to false, after earlier handlers and before later ones', async () => {
        const events: string[] = [];
        const container = createHookContainer(
          {
            Save: [
              () => void events.push('first'),
              () => tick().then(() => false),
              () => void events.push('after the abort'),
            ],
          },
          { timing },
        );

        expect(await container.runAsync('Save', [])).to.equal(false);
        expect(events).to.deep.equal(['first']);
      });

      it('under isolate, logs a rejecting handler with the reason and runs the rest', async () => {
        const logger = recordingLogger();
        const ran: string[] = [];
        const container = createHookContainer(
          { View: [async function fetcher() {
            await tick();
            throw new Error('store offline');
          }, () => void ran.push('second')] },
          { logger, timing },
        );

        expect(await container.runAsync('View', [], { errorPolicy: 'isolate' })).to.equal(true);

        expect(ran).to.deep.equal(['second']);
        expect(logger.entries).to.have.length(1);
        expect(logger.entries[0].msg).to.include('runtime:fetcher failed while handling View: store offline');
      });

      it('under propagate, rejects naming a rejecting handler, and runs no later handler', async () => {
        const ran: string[] = [];
        const container = createHookContainer(
          { Save: [() => Promise.reject(new Error('quota')), () => void ran.push('second')] },
          { timing },
        );

        const error = await rejectionOf(container.runAsync('Save', []));

        expect(error).to.be.instanceOf(HookHandlerError);
        expect(error?.message).to.match(/^Hook handler runtime:\S+ failed while handling Save: quota$/);
        expect(ran).to.deep.equal([]);
      });

      it('rejects (never throws) on a handler throwing synchronously, naming it, under propagate', async () => {
        const container = createHookContainer({ Save: function thrower() {
          throw new Error('sync boom');
        } }, { timing });

        let run: Promise<boolean> | undefined;
        expect(() => (run = container.runAsync('Save', []))).not.to.throw();
        const error = await rejectionOf(run!);

        expect(error?.message).to.equal('Hook handler runtime:thrower failed while handling Save: sync boom');
      });

      it('logs a handler throwing synchronously under isolate and runs the rest, after an awaited one too', async () => {
        const logger = recordingLogger();
        const ran: string[] = [];
        const container = createHookContainer(
          { Save: [tick, function thrower() {
            throw new Error('sync boom');
          }, () => void ran.push('third')] },
          { logger, timing },
        );

        expect(await container.runAsync('Save', [], { errorPolicy: 'isolate' })).to.equal(true);

        expect(ran).to.deep.equal(['third']);
        expect(logger.entries[0].msg).to.include('runtime:thrower failed while handling Save: sync boom');
      });

      it('gives a typed runner the abort flag of an abortable hook and undefined for a non-abortable one', async () => {
        const contract = { args: [], mode: 'async', errorPolicy: 'propagate', since: '0.1.0', description: 'd' } as const;
        const Check = defineHook<[]>()({ ...contract, name: 'Check', abortable: true });
        const Notify = defineHook<[]>()({ ...contract, name: 'Notify', abortable: false });
        const container = createHookContainer(
          { Check: [() => undefined, () => tick().then(() => false)], Notify: [() => undefined, tick] },
          { timing },
        );
        const runner = createHookRunner(container, [Check, Notify]);

        expect(await runner.onCheck()).to.equal(false);
        expect(await runner.onNotify()).to.equal(undefined);
        container.scopedClear('Check');
        expect(await runner.onCheck()).to.equal(true);
        expect(await runner.onNotify()).to.equal(undefined);
      });
    });
  }
});
