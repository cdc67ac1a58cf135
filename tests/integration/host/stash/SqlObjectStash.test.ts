import { expect } from 'chai';
import { ManualClock } from '../../../../src/framework/core/Clock';
import type { Database } from '../../../../src/framework/db/Database';
import { WikiextError } from '../../../../src/framework/errors';
import { SqlObjectStash } from '../../../../src/host/stash/SqlObjectStash';
import { describeEachDatabase } from '../../../support/databases';
import { rejection } from '../../../support/rejection';

function stashOn(db: Database) {
  const clock = new ManualClock('2026-03-01T12:00:00Z');
  return { clock, stash: new SqlObjectStash(db, clock) };
}


describeEachDatabase('SqlObjectStash', (ctx) => {
  describe('values', () => {
    it('reads back each kind of JSON value as it was stored', async () => {
      const { stash } = stashOn(ctx.db());
      const values = { object: { userId: 7, names: ['Ä', '☕', '𝄞'], ok: true, none: null }, list: [1, 'two'], text: 'hi', number: 2.5, no: false, nil: null };
      for (const [key, value] of Object.entries(values)) await stash.set(key, value, 60);
      for (const [key, value] of Object.entries(values)) expect(await stash.get(key), key).to.deep.equal(value);
    });

    it('answers undefined for a missing key', async () => {
      const { stash } = stashOn(ctx.db());
      expect(await stash.get('nothing')).to.equal(undefined);
    });

    it('replaces the value and the expiry of an existing key', async () => {
      const { stash, clock } = stashOn(ctx.db());
      await stash.set('k', 'old', 10);
      await stash.set('k', 'new', 100);
      clock.advance(50);
      expect(await stash.get('k')).to.equal('new');
    });

    it('deletes a key', async () => {
      const { stash } = stashOn(ctx.db());
      await stash.set('k', 1, 0);
      await stash.delete('k');
      await stash.delete('never-there');
      expect(await stash.get('k')).to.equal(undefined);
    });

    it('refuses values that would not read back the same, naming the part', async () => {
      const { stash } = stashOn(ctx.db());
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const cases: [unknown, string][] = [
        [undefined, 'the value is undefined'],
        [{ when: new Date() }, 'when is a Date, not a plain object'],
        [{ n: [1, Number.NaN] }, 'n[1] is NaN'],
        [{ f: () => 1 }, 'f is a function'],
        [new Map(), 'the value is a Map, not a plain object'],
        [cyclic, 'self refers back to itself'],
        [{ big: 1n }, 'big is a bigint'],
      ];
      for (const [value, problem] of cases) {
        const error = await rejection(() => stash.set('bad', value, 0));
        expect(error).to.be.instanceOf(WikiextError).with.property('code', 'WX_VALUE_NOT_JSON');
        expect(error.message, problem).to.equal(
          `Stash value for "bad" cannot be stored: ${problem}. Use plain JSON values only (null, booleans, finite numbers, strings, lists and plain objects); convert dates to strings first.`,
        );
      }
      expect(await stash.get('bad')).to.equal(undefined);
    });
  });

  describe('expiry', () => {
    it('hides an entry once its TTL has passed on the clock', async () => {
      const { stash, clock } = stashOn(ctx.db());
      await stash.set('session:1', { userId: 1 }, 60);
      clock.advance(59);
      expect(await stash.get('session:1')).to.deep.equal({ userId: 1 });
      clock.advance(1);
      expect(await stash.get('session:1')).to.equal(undefined);
    });

    it('keeps an entry with TTL 0 for ever', async () => {
      const { stash, clock } = stashOn(ctx.db());
      await stash.set('secret', 'abc', 0);
      clock.advance(10 * 365 * 24 * 3600);
      expect(await stash.get('secret')).to.equal('abc');
    });

    it('purges expired entries only, and says how many', async () => {
      const { stash, clock } = stashOn(ctx.db());
      await stash.set('short', 1, 10);
      await stash.set('long', 2, 1000);
      await stash.set('forever', 3, 0);
      clock.advance(10);

      expect(await stash.purgeExpired()).to.equal(1);
      const keys = await ctx.db().kysely.selectFrom('objectstash').select('keyname').orderBy('keyname').execute();
      expect(keys.map((row) => row.keyname)).to.deep.equal(['forever', 'long']);
    });

    it('deletes expired entries by itself every so many writes', async () => {
      const clock = new ManualClock();
      const stash = new SqlObjectStash(ctx.db(), clock, 3);
      await stash.set('short', 1, 5);
      clock.advance(10);
      await stash.set('a', 1, 0);
      const count = async () => (await ctx.db().kysely.selectFrom('objectstash').select('keyname').execute()).length;
      expect(await count()).to.equal(2); // the expired entry is invisible but still stored
      await stash.set('b', 1, 0); // the third write purges
      expect(await count()).to.equal(2);
      expect(await stash.get('short')).to.equal(undefined);
    });

    it('refuses a negative or non-finite TTL', async () => {
      const { stash } = stashOn(ctx.db());
      for (const ttl of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
        const error = await rejection(() => stash.set('k', 1, ttl));
        expect(error).to.be.instanceOf(RangeError);
        expect(error.message).to.equal(`Stash TTL for "k" is ${ttl}; give a number of seconds, 0 for no expiry.`);
      }
    });
  });

  describe('keys', () => {
    it('joins parts with ":" and escapes ":" and "%" inside them, so different parts never make the same key', async () => {
      const { stash } = stashOn(ctx.db());
      expect(stash.makeKey('session', 'abc', 7)).to.equal('session:abc:7');
      expect(stash.makeKey('a:b', 'c')).to.equal('a%3Ab:c');
      expect(stash.makeKey('a', 'b:c')).to.equal('a:b%3Ac');
      expect(stash.makeKey('100%3A', 'x')).to.equal('100%253A:x');
      await stash.set(stash.makeKey('a:b', 'c'), 'first', 0);
      await stash.set(stash.makeKey('a', 'b:c'), 'second', 0);
      expect(await stash.get(stash.makeKey('a:b', 'c'))).to.equal('first');
    });

    it('shortens keys longer than 255 bytes by hashing all but the first part', async () => {
      const { stash } = stashOn(ctx.db());
      const key = stash.makeKey('lookup', 'é'.repeat(300));
      expect(key).to.match(/^lookup:#[0-9a-f]{32}$/);
      expect(stash.makeKey('lookup', 'é'.repeat(300))).to.equal(key);
      expect(stash.makeKey('lookup', 'è'.repeat(300))).not.to.equal(key);
      expect(Buffer.byteLength(stash.makeKey('ü'.repeat(300), 'x'.repeat(300)))).to.be.at.most(255);
      await stash.set(key, 'found', 0);
      expect(await stash.get(key)).to.equal('found');
    });

    it('is case-sensitive', async () => {
      const { stash } = stashOn(ctx.db());
      await stash.set('Key', 'upper', 0);
      expect(await stash.get('key')).to.equal(undefined);
    });

    it('refuses empty keys, keys over 255 bytes and makeKey without parts', async () => {
      const { stash } = stashOn(ctx.db());
      expect((await rejection(() => stash.get(''))).message).to.equal(
        'Stash key "" has 0 bytes; keys need 1 to 255. Build keys with makeKey(), which shortens long ones.',
      );
      expect((await rejection(() => stash.set('k'.repeat(256), 1, 0))).message).to.contain('has 256 bytes; keys need 1 to 255');
      expect(() => stash.makeKey()).to.throw(RangeError, 'makeKey() needs at least one part');
    });
  });
});
