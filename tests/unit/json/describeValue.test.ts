import { expect } from 'chai';
import { describeValue, inlineJson, kindOf } from '../../../src/framework/json/describeValue';

describe('describeValue', () => {
  it('names the kind of a value with an article, and null and undefined as they are', () => {
    expect([[1], { a: 1 }, 'x', 1, true, () => 1, null, undefined].map(kindOf)).to.deep.equal([
      'a list',
      'an object',
      'a string',
      'a number',
      'a boolean',
      'a function',
      'null',
      'undefined',
    ]);
  });

  it('shows the value after its kind, as people write JSON', () => {
    expect(describeValue(['AF', { BH: 'Bahrain' }])).to.equal('a list (["AF", {"BH": "Bahrain"}])');
    expect([null, undefined].map(describeValue)).to.deep.equal(['null', 'undefined']);
  });

  it('shortens a long value to 80 characters', () => {
    const shown = describeValue('x'.repeat(100));
    expect(shown).to.equal(`a string ("${'x'.repeat(76)}...)`);
  });

  it('writes JSON on one line with a space after commas and colons', () => {
    expect(inlineJson({ a: [1, 2], b: null })).to.equal('{"a": [1, 2], "b": null}');
  });
});
