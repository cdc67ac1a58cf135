import { expect } from 'chai';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('HookContainer timing', () => {
  it('records call count and total time per hook and handler when on', async () => {
    const container = createHookContainer(
      { Save: [function slow() { busy(2); }, function quick() {}], Load: async function loader() {} },
      { timing: true },
    );

    container.run('Save', []);
    container.run('Save', []);
    await container.runAsync('Load', []);

    const timings = container.getTimings();
    expect(timings.map(({ hook, handler, calls }) => ({ hook, handler, calls }))).to.deep.equal([
      { hook: 'Save', handler: 'runtime:slow', calls: 2 },
      { hook: 'Save', handler: 'runtime:quick', calls: 2 },
      { hook: 'Load', handler: 'runtime:loader', calls: 1 },
    ]);
    expect(timings[0].totalMs).to.be.at.least(4);
  });

  it('keeps the run rules when timing is on', () => {
    const container = createHookContainer({ Save: [() => false, () => undefined] }, { timing: true });

    expect(container.run('Save', [])).to.equal(false);
    expect(() => container.run('Save', [], { abortable: false })).to.throw(/cannot be aborted/);
  });

  it('records nothing and never reads the clock when off', () => {
    const container = createHookContainer({ Save: () => undefined });
    const original = performance.now;
    let reads = 0;
    performance.now = () => {
      reads++;
      return original.call(performance);
    };
    try {
      container.run('Save', []);
      container.run('Save', []);
    } finally {
      performance.now = original;
    }

    expect(reads).to.equal(0);
    expect(container.getTimings()).to.deep.equal([]);
  });
});
