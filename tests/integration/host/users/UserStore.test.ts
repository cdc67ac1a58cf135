import { expect } from 'chai';
import { anonymousUser } from '../../../../src/framework/core/UserIdentity';
import { describeEachDatabase } from '../../../support/databases';
import { expectHostError } from './expectHostError';
import { cheapHasher, userStoreOn } from './userFixtures';

describeEachDatabase('UserStore', (ctx) => {
  describe('createUser', () => {
    it('creates an account under its canonical name, registered now, with no edits', async () => {
      const { users } = userStoreOn(ctx.db());
      const user = await users.createUser('alice_liddell', 'wonderland-1865', { email: 'alice@example.org' });
      expect(user).to.deep.equal({
        id: 1,
        name: 'Alice liddell',
        email: 'alice@example.org',
        emailAuthenticated: null,
        registration: '20260301120000',
        editCount: 0,
        firstEdit: null,
        latestEdit: null,
      });
      expect(await users.getUserById(1)).to.deep.equal(user);
    });

    it('records no email address as null', async () => {
      const { users } = userStoreOn(ctx.db());
      expect((await users.createUser('Bob', 'bob-password')).email).to.equal(null);
    });

    it('stores an scrypt hash, never the password', async () => {
      const { users } = userStoreOn(ctx.db());
      await users.createUser('Carol', 'carol-password');
      const row = await ctx.db().kysely.selectFrom('user').select('user_password').executeTakeFirstOrThrow();
      expect(row.user_password).to.match(/^scrypt\$/);
      expect(row.user_password).not.to.contain('carol-password');
      expect(await cheapHasher.verify('carol-password', row.user_password)).to.equal(true);
    });

    it('refuses a second account with the same name, however it is spelled', async () => {
      const { users } = userStoreOn(ctx.db());
      await users.createUser('Alice Liddell', 'wonderland-1865');
      for (const spelling of ['Alice Liddell', 'alice_Liddell', '  alice   Liddell ']) {
        await expectHostError(() => users.createUser(spelling, 'another-password'), 'userexists', 'Username "Alice Liddell" is already in use.');
      }
      expect(await ctx.db().kysely.selectFrom('user').select('user_id').execute()).to.have.length(1);
    });

    it('tells names apart that differ after the first letter', async () => {
      const { users } = userStoreOn(ctx.db());
      await users.createUser('Alice', 'wonderland-1865');
      const other = await users.createUser('ALICE', 'wonderland-1865');
      expect(other.name).to.equal('ALICE');
    });

    it('gives one of two simultaneous sign-ups for a name the account and the other userexists', async () => {
      const { users } = userStoreOn(ctx.db());
      const results = await Promise.allSettled([users.createUser('Twin', 'twin-password-1'), users.createUser('twin', 'twin-password-2')]);
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(failure.reason).to.have.property('code', 'userexists');
    });

    it('refuses an invalid name', async () => {
      const { users } = userStoreOn(ctx.db());
      await expectHostError(() => users.createUser('Mallory@example', 'mallory-password'), 'invalidusername', 'The username "Mallory@example" is not valid');
    });

    it('refuses a password shorter than 8 characters', async () => {
      const { users } = userStoreOn(ctx.db());
      await expectHostError(() => users.createUser('Dave', 'short'), 'passwordtooshort', 'at least 8 characters');
    });

    it('refuses the user name as password', async () => {
      const { users } = userStoreOn(ctx.db());
      await expectHostError(() => users.createUser('Eve Online', 'eve online'), 'password-name-match');
    });

    it('refuses an invalid email address', async () => {
      const { users } = userStoreOn(ctx.db());
      await expectHostError(() => users.createUser('Frank', 'frank-password', { email: 'frank-at-example' }), 'invalidemailaddress', '"frank-at-example"');
      expect(await users.getUserByName('Frank')).to.equal(null);
    });
  });

  describe('lookups', () => {
    it('finds an account by any spelling of its name', async () => {
      const { users } = userStoreOn(ctx.db());
      const user = await users.createUser('Grace Hopper', 'cobol-forever');
      expect(await users.getUserByName(' grace_Hopper ')).to.deep.equal(user);
    });

    it('finds nothing for an unknown or invalid name or id', async () => {
      const { users } = userStoreOn(ctx.db());
      expect(await users.getUserByName('Nobody')).to.equal(null);
      expect(await users.getUserByName('in|valid')).to.equal(null);
      expect(await users.getUserById(42)).to.equal(null);
      expect(await users.getUserById(0)).to.equal(null);
    });
  });

  describe('authenticate', () => {
    it('returns the account for the right password', async () => {
      const { users } = userStoreOn(ctx.db());
      const user = await users.createUser('Heidi', 'heidi-password');
      expect(await users.authenticate('heidi', 'heidi-password')).to.deep.equal(user);
    });

    it('gives the same answer for a wrong password, an unknown name and an invalid name', async () => {
      const { users } = userStoreOn(ctx.db());
      await users.createUser('Ivan', 'ivan-password');
      const message = 'Incorrect username or password entered. Please try again.';
      const wrongPassword = await expectHostError(() => users.authenticate('Ivan', 'not-ivan-password'), 'wrongpassword');
      const unknownName = await expectHostError(() => users.authenticate('Ivana', 'ivan-password'), 'wrongpassword');
      const invalidName = await expectHostError(() => users.authenticate('', 'ivan-password'), 'wrongpassword');
      for (const error of [wrongPassword, unknownName, invalidName]) expect(error.message).to.equal(message);
    });
  });

  describe('setPassword', () => {
    it('replaces the password', async () => {
      const { users } = userStoreOn(ctx.db());
      const user = await users.createUser('Judy', 'judy-password');
      await users.setPassword(user, 'judy-new-password');
      expect((await users.authenticate('Judy', 'judy-new-password')).id).to.equal(user.id);
      await expectHostError(() => users.authenticate('Judy', 'judy-password'), 'wrongpassword');
    });

    it('refuses a new password shorter than 8 characters and keeps the old one', async () => {
      const { users } = userStoreOn(ctx.db());
      const user = await users.createUser('Judy', 'judy-password');
      await expectHostError(() => users.setPassword(user, 'short'), 'passwordtooshort');
      expect((await users.authenticate('Judy', 'judy-password')).id).to.equal(user.id);
    });

    it('refuses the user name as the new password', async () => {
      const { users } = userStoreOn(ctx.db());
      const user = await users.createUser('Kathleen Booth', 'assembly-1947');
      await expectHostError(() => users.setPassword(user, 'kathleen booth'), 'password-name-match');
    });

    it('refuses an account that does not exist', async () => {
      const { users } = userStoreOn(ctx.db());
      await expectHostError(() => users.setPassword({ id: 99, name: 'Ghost' }, 'ghost-password'), 'nosuchuser', 'The user "Ghost" does not exist.');
    });
  });

  describe('recordEdit', () => {
    it('counts edits and keeps the first and the latest edit time', async () => {
      const { users } = userStoreOn(ctx.db());
      const user = await users.createUser('Linus', 'linus-password');
      await users.recordEdit(user, '20260302100000');
      await users.recordEdit(user, '20260305100000');
      // An edit saved late with an earlier time (an import) widens the range instead of moving "latest" back.
      await users.recordEdit(user, '20260301130000');
      const after = await users.getUserById(user.id);
      expect(after).to.include({ editCount: 3, firstEdit: '20260301130000', latestEdit: '20260305100000' });
    });

    it('ignores edits of anonymous visitors', async () => {
      const { users } = userStoreOn(ctx.db());
      await users.recordEdit(anonymousUser(), '20260302100000');
      expect(await ctx.db().kysely.selectFrom('user').select('user_id').execute()).to.deep.equal([]);
    });
  });

  describe('confirmEmail', () => {
    it('records when the address was confirmed, now by default', async () => {
      const { users, clock } = userStoreOn(ctx.db());
      const user = await users.createUser('Mallory', 'mallory-password', { email: 'mallory@example.org' });
      clock.advance(3600);
      await users.confirmEmail(user);
      expect((await users.getUserById(user.id))?.emailAuthenticated).to.equal('20260301130000');
      await users.confirmEmail(user, '20260401000000');
      expect((await users.getUserById(user.id))?.emailAuthenticated).to.equal('20260401000000');
    });

    it('refuses an account without an address', async () => {
      const { users } = userStoreOn(ctx.db());
      const user = await users.createUser('Niaj', 'niaj-password');
      await expectHostError(() => users.confirmEmail(user), 'noemail', 'There is no email address recorded for user "Niaj".');
    });

    it('refuses an account that does not exist', async () => {
      const { users } = userStoreOn(ctx.db());
      await expectHostError(() => users.confirmEmail({ id: 5, name: 'Ghost' }), 'nosuchuser');
    });
  });
});
