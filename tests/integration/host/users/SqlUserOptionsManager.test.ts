import { expect } from 'chai';
import { anonymousUser, type UserIdentity } from '../../../../src/framework/core/UserIdentity';
import { SqlUserOptionsManager } from '../../../../src/host/users/SqlUserOptionsManager';
import { describeEachDatabase } from '../../../support/databases';
import { expectHostError } from './expectHostError';
import { userStoreOn } from './userFixtures';

const defaults = { language: 'en', 'campaignevents-show-prompt': true, 'campaignevents-secret-token': '', gender: 'unknown' };

describeEachDatabase('SqlUserOptionsManager', (ctx) => {
  let options: SqlUserOptionsManager;
  let alice: UserIdentity;

  beforeEach(async () => {
    options = new SqlUserOptionsManager(ctx.db(), defaults, ['campaignevents-secret-token']);
    alice = await userStoreOn(ctx.db()).users.createUser('Alice', 'alice-password');
  });

  const storedRows = () => ctx.db().kysely.selectFrom('user_properties').selectAll().execute();

  it('gives the defaults to someone who chose nothing', async () => {
    expect(await options.getOption(alice, 'language')).to.equal('en');
    expect(await options.getOptions(alice)).to.deep.equal({ language: 'en', 'campaignevents-show-prompt': true, gender: 'unknown' });
  });

  it('gives null for an option nobody declared', async () => {
    expect(await options.getOption(alice, 'no-such-option')).to.equal(null);
  });

  it('stores a choice as JSON and reads back the same value and type', async () => {
    await options.setOption(alice, 'campaignevents-show-prompt', false);
    await options.setOption(alice, 'language', 'de');
    await options.setOption(alice, 'campaignevents-recent', { events: [3, 5], since: '20260301120000' });
    expect(await options.getOption(alice, 'campaignevents-show-prompt')).to.equal(false);
    expect(await options.getOption(alice, 'campaignevents-recent')).to.deep.equal({ events: [3, 5], since: '20260301120000' });
    expect(await options.getOptions(alice)).to.include({ language: 'de', 'campaignevents-show-prompt': false });
    const language = (await storedRows()).find((row) => row.up_property === 'language');
    expect(language?.up_value).to.equal('"de"');
  });

  it('replaces an earlier choice', async () => {
    await options.setOption(alice, 'language', 'de');
    await options.setOption(alice, 'language', 'fr');
    expect(await options.getOption(alice, 'language')).to.equal('fr');
    expect(await storedRows()).to.have.length(1);
  });

  it('deletes the stored choice when an option is set back to its default, or to null', async () => {
    await options.setOption(alice, 'language', 'de');
    await options.setOption(alice, 'gender', 'female');
    await options.setOption(alice, 'language', 'en');
    await options.setOption(alice, 'gender', null);
    expect(await storedRows()).to.deep.equal([]);
    expect(await options.getOptions(alice)).to.include({ language: 'en', gender: 'unknown' });
  });

  it('stores nothing for a value equal to the default', async () => {
    await options.setOption(alice, 'campaignevents-show-prompt', true);
    expect(await storedRows()).to.deep.equal([]);
  });

  it('keeps the options of different users apart', async () => {
    const bob = await userStoreOn(ctx.db()).users.createUser('Bob', 'bob-password');
    await options.setOption(alice, 'language', 'de');
    expect(await options.getOption(bob, 'language')).to.equal('en');
  });

  describe('hidden preferences', () => {
    it('stores and reads them, and lists them only when asked', async () => {
      await options.setOption(alice, 'campaignevents-secret-token', 'abc123');
      expect(await options.getOption(alice, 'campaignevents-secret-token')).to.equal('abc123');
      expect(await options.getOptions(alice)).not.to.have.property('campaignevents-secret-token');
      expect(await options.getOptions(alice, { includeHidden: true })).to.include({ 'campaignevents-secret-token': 'abc123' });
    });

    it('says which options are hidden', () => {
      expect(options.isHidden('campaignevents-secret-token')).to.equal(true);
      expect(options.isHidden('language')).to.equal(false);
    });
  });

  describe('anonymous visitors', () => {
    it('have the defaults', async () => {
      expect(await options.getOption(anonymousUser(), 'language')).to.equal('en');
      expect(await options.getOptions(anonymousUser(), { includeHidden: true })).to.deep.equal(defaults);
    });

    it('cannot save options', async () => {
      await expectHostError(() => options.setOption(anonymousUser(), 'language', 'de'), 'notloggedin', 'Please log in to change your preferences');
    });
  });

  describe('refuses', () => {
    it('an empty or over-long option name', async () => {
      await expectHostError(() => options.setOption(alice, '', 'x'), 'invalidoptionname', 'it must have 1 to 255 bytes');
      await expectHostError(() => options.setOption(alice, 'n'.repeat(256), 'x'), 'invalidoptionname');
    });

    it('a value JSON cannot hold', async () => {
      await expectHostError(() => options.setOption(alice, 'callback', () => 1), 'invalidoptionvalue', '"callback"');
    });

    it('a value too large to store', async () => {
      await expectHostError(() => options.setOption(alice, 'essay', 'x'.repeat(70000)), 'optionvaluetoolong', 'at most 65530');
      expect(await storedRows()).to.deep.equal([]);
    });
  });
});
