import { expect } from 'chai';
import { mergeConfigValue } from '../../../src/framework/config/mergeConfigValue';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import type { MergeStrategy } from '../../../src/framework/manifest/Manifest';

// Expected values follow the examples of the PHP manual for each function, written as JSON: a PHP list is a JSON
// list, a PHP array with string (or mixed) keys a JSON object.

describe('mergeConfigValue', () => {
  describe('when the strategy does not apply', () => {
    it('uses the default when the site does not set the key', () => {
      expect(mergeConfigValue('array_merge', ['a'], undefined)).to.deep.equal(['a']);
    });

    it('uses the default when the site sets null, as PHP isset() treats null as not set', () => {
      expect(mergeConfigValue(undefined, { a: 1 }, null)).to.deep.equal({ a: 1 });
    });

    it('uses the default when the site sets an empty list or object', () => {
      expect(mergeConfigValue('array_merge', ['a'], [])).to.deep.equal(['a']);
      expect(mergeConfigValue('array_plus', { a: 1 }, {})).to.deep.equal({ a: 1 });
    });

    it('lets the site value win when either side is not a list or object', () => {
      expect(mergeConfigValue('array_merge', ['a'], 'b')).to.equal('b');
      expect(mergeConfigValue('array_merge', 'x', ['y'])).to.deep.equal(['y']);
      expect(mergeConfigValue(undefined, false, true)).to.equal(true);
    });

    it('leaves a site value alone under provide_default, even null or an empty list', () => {
      expect(mergeConfigValue('provide_default', { b: 2 }, { a: 1 })).to.deep.equal({ a: 1 });
      expect(mergeConfigValue('provide_default', { b: 2 }, null)).to.equal(null);
      expect(mergeConfigValue('provide_default', ['x'], [])).to.deep.equal([]);
      expect(mergeConfigValue('provide_default', ['x'], undefined)).to.deep.equal(['x']);
    });

    it('rejects an unknown strategy, naming the valid ones', () => {
      expect(() => mergeConfigValue('array_zip' as MergeStrategy, [1], [2]))
        .to.throw(WikiextError, 'array_replace_recursive')
        .with.property('code', ErrorCodes.CONFIG_BAD_MERGE_STRATEGY);
    });
  });

  describe('array_merge: array_merge($default, $site)', () => {
    it('is the strategy when none is declared, appending site list items after the default ones', () => {
      expect(mergeConfigValue(undefined, [1, 2], [2, 3])).to.deep.equal([1, 2, 2, 3]);
    });

    it('renumbers integer keys and lets later string keys overwrite (PHP manual example)', () => {
      const array1 = { color: 'red', 0: 2, 1: 4 };
      const array2 = { 0: 'a', 1: 'b', color: 'green', shape: 'trapezoid', 2: 4 };
      expect(mergeConfigValue('array_merge', array1, array2)).to.deep.equal({
        color: 'green',
        0: 2,
        1: 4,
        2: 'a',
        3: 'b',
        shape: 'trapezoid',
        4: 4,
      });
    });

    it('turns an integer-keyed object into a list from 0 (array_merge([], [1 => "data"]))', () => {
      expect(mergeConfigValue('array_merge', {}, { 1: 'data' })).to.deep.equal(['data']);
    });
  });

  describe('array_plus: $site += $default', () => {
    it('keeps the site keys and adds only missing ones (PHP manual example)', () => {
      const site = { a: 'apple', b: 'banana' };
      const defaults = { a: 'pear', b: 'strawberry', c: 'cherry' };
      expect(mergeConfigValue('array_plus', defaults, site)).to.deep.equal({ a: 'apple', b: 'banana', c: 'cherry' });
    });

    it('adds list items only at indices the site list lacks', () => {
      expect(mergeConfigValue('array_plus', ['a', 'b', 'c'], ['x'])).to.deep.equal(['x', 'b', 'c']);
    });
  });

  describe('array_plus_2d: wfArrayPlus2d($site, $default)', () => {
    it('adds missing keys one level down and missing groups at the top', () => {
      const defaults = { user: { edit: true, move: true }, sysop: { block: true } };
      const site = { user: { edit: false } };
      expect(mergeConfigValue('array_plus_2d', defaults, site)).to.deep.equal({
        user: { edit: false, move: true },
        sysop: { block: true },
      });
    });

    it('keeps a site value that is not an array under a shared key', () => {
      expect(mergeConfigValue('array_plus_2d', { user: { edit: true } }, { user: 'none' })).to.deep.equal({ user: 'none' });
    });
  });

  describe('array_replace_recursive: array_replace_recursive($default, $site)', () => {
    it('replaces list items by index, deep inside (PHP manual example 1)', () => {
      const base = { citrus: ['orange'], berries: ['blackberry', 'raspberry'] };
      const replacements = { citrus: ['pineapple'], berries: ['blueberry'] };
      expect(mergeConfigValue('array_replace_recursive', base, replacements)).to.deep.equal({
        citrus: ['pineapple'],
        berries: ['blueberry', 'raspberry'],
      });
    });

    it('replaces a value whole where one side is not an array (PHP manual example 2)', () => {
      const base = { citrus: ['orange'], berries: ['blackberry', 'raspberry'], others: 'banana' };
      const replacements = { citrus: 'pineapple', berries: ['blueberry'], others: ['litchis'] };
      expect(mergeConfigValue('array_replace_recursive', base, replacements)).to.deep.equal({
        citrus: 'pineapple',
        berries: ['blueberry', 'raspberry'],
        others: ['litchis'],
      });
    });
  });

  describe('array_merge_recursive: array_merge_recursive($site, $default)', () => {
    it('merges arrays under a shared key and appends integer keys (PHP manual example)', () => {
      const ar1 = { color: { favorite: 'red' }, 0: 5 };
      const ar2 = { 0: 10, color: { favorite: 'green', 0: 'blue' } };
      expect(mergeConfigValue('array_merge_recursive', ar2, ar1)).to.deep.equal({
        color: { favorite: ['red', 'green'], 0: 'blue' },
        0: 5,
        1: 10,
      });
    });

    it('turns two scalars under the same string key into a list, site value first', () => {
      expect(mergeConfigValue('array_merge_recursive', { a: 2, b: 'x' }, { a: 1 })).to.deep.equal({ a: [1, 2], b: 'x' });
    });

    it('turns a null under a shared key into a list holding null', () => {
      expect(mergeConfigValue('array_merge_recursive', { a: 'x' }, { a: null })).to.deep.equal({ a: [null, 'x'] });
    });

    it('appends list items, site items first', () => {
      expect(mergeConfigValue('array_merge_recursive', ['d'], ['s'])).to.deep.equal(['s', 'd']);
    });
  });
});
