import { expect } from 'chai';
import { ErrorCodes } from '../../../src/framework/errors';
import { defineHook } from '../../../src/framework/hooks/defineHook';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';

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
});
