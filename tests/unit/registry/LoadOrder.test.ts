import { expect } from 'chai';
import { ErrorCodes } from '../../../src/framework/errors';
import { sortByDependencies } from '../../../src/framework/registry/LoadOrder';

describe('sortByDependencies', () => {
  const graph = (edges: Record<string, string[]>) => (n: string) => edges[n] ?? [];

  it('puts dependencies first and is otherwise stable', () => {
    expect(sortByDependencies(['A', 'B', 'C'], graph({ A: ['C'] }))).to.deep.equal(['C', 'A', 'B']);
  });

  it('ignores requirements on names outside the set', () => {
    expect(sortByDependencies(['A'], graph({ A: ['Z'] }))).to.deep.equal(['A']);
  });

  it('names the whole cycle', () => {
    expect(() => sortByDependencies(['A', 'B', 'C'], graph({ A: ['B'], B: ['C'], C: ['A'] })))
      .to.throw('A -> B -> C -> A')
      .with.property('code', ErrorCodes.EXTENSION_DEPENDENCY_CYCLE);
  });
});
