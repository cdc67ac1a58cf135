import { expect } from 'chai';
import type { HookUser } from '../../../../../hooks';
import { startApiTestWiki, type ApiTestWiki } from './support/apiTestWiki';

describe('action API accounts: createaccount and userrights', () => {
  let wiki: ApiTestWiki;

  beforeEach(async () => {
    wiki = await startApiTestWiki();
  });
  afterEach(() => wiki.close());

  describe('action=createaccount', () => {
    const account = (createtoken: string, extra: Record<string, string> = {}) => ({
      action: 'createaccount',
      createreturnurl: 'https://example.org/',
      createtoken,
      username: 'new_comer',
      password: 'Newcomer-password-1',
      retype: 'Newcomer-password-1',
      ...extra,
    });

    it('creates the account (PASS with the canonical name), runs UserRegistration and logs nobody in', async () => {
      const registered: [HookUser, boolean][] = [];
      wiki.host.wiki.hooks.register('UserRegistration', (user: HookUser, autocreated: boolean) => void registered.push([user, autocreated]));
      const api = wiki.api();
      const { body } = await api.post(account(await api.token('createaccount')));
      expect(body).to.deep.equal({ createaccount: { status: 'PASS', username: 'New comer' } });
      const stored = await wiki.host.users.authenticate('New comer', 'Newcomer-password-1');
      expect(registered).to.deep.equal([[{ id: stored.id, name: 'New comer', registration: '2026-03-01T12:00:00Z' }, false]]);
      expect((await api.get({ action: 'query', meta: 'userinfo' })).body.query.userinfo.anon).to.equal('');
    });

    it('answers refusals as status FAIL with a messagecode, as AuthManager does', async () => {
      const api = wiki.api();
      const token = await api.token('createaccount');
      expect((await api.post(account(token, { retype: 'something else' }))).body).to.deep.equal({
        createaccount: { status: 'FAIL', message: 'The passwords you entered do not match.', messagecode: 'badretype' },
      });
      const taken = await api.post(account(token, { username: 'Editor' }));
      expect(taken.body.createaccount).to.include({ status: 'FAIL', messagecode: 'userexists' });
      const noName = await api.post(account(token, { username: '' }));
      expect(noName.body.createaccount).to.include({ status: 'FAIL', messagecode: 'noname' });
      const badName = await api.post(account(token, { username: 'A|B' }));
      expect(badName.body.createaccount).to.include({ status: 'FAIL', messagecode: 'invalidusername' });
    });

    it('needs the createtoken of the session, in the POST body', async () => {
      const api = wiki.api();
      expect((await api.post(account('+\\'))).body.error.code).to.equal('badtoken');
      const { createtoken, ...rest } = account(await api.token('createaccount'));
      expect((await api.post(rest)).body.error).to.include({ code: 'missingparam', info: 'The "createtoken" parameter must be set.' });
      expect((await api.post(rest, { query: { createtoken } })).body.error.code).to.equal('mustpostparams');
    });

    it('needs createreturnurl or createcontinue, and has nothing to continue', async () => {
      const api = wiki.api();
      const token = await api.token('createaccount');
      const { createreturnurl: _unused, ...withoutUrl } = account(token);
      expect((await api.post(withoutUrl)).body.error).to.include({
        code: 'missingparam',
        info: 'At least one of the parameters "createcontinue" and "createreturnurl" is required.',
      });
      expect((await api.post({ ...withoutUrl, createcontinue: '1' })).body.createaccount).to.include({
        status: 'FAIL',
        messagecode: 'authmanager-create-not-in-progress',
      });
    });

    it('refuses when the performer lacks the createaccount right', async () => {
      await wiki.close();
      wiki = await startApiTestWiki({ settings: { wgGroupPermissions: { '*': { createaccount: false } } } });
      const api = wiki.api();
      const { body } = await api.post(account(await api.token('createaccount')));
      expect(body.createaccount).to.include({ status: 'FAIL', messagecode: 'permissiondenied' });
      expect(await wiki.host.users.getUserByName('New comer')).to.equal(null);
    });
  });

  describe('action=userrights', () => {
    it('adds and removes groups and answers what changed', async () => {
      const admin = await wiki.apiAs('Admin');
      const token = await admin.token('userrights');
      const editor = await wiki.host.users.getUserByName('Editor');
      const added = await admin.post({ action: 'userrights', user: 'Editor', add: 'sysop|bot', token, formatversion: '2' });
      expect(added.body).to.deep.equal({ userrights: { user: 'Editor', userid: editor!.id, added: ['sysop', 'bot'], removed: [] } });
      expect(await wiki.host.groups.getUserGroups(editor!)).to.have.members(['sysop', 'bot']);
      const removed = await admin.post({ action: 'userrights', user: 'Editor', remove: 'bot|bureaucrat', token });
      expect(removed.body.userrights).to.deep.equal({ user: 'Editor', userid: editor!.id, added: [], removed: ['bot'] });
    });

    it('keeps memberships until the expiry, one for all groups or one per group', async () => {
      const admin = await wiki.apiAs('Admin');
      const token = await admin.token('userrights');
      const editor = (await wiki.host.users.getUserByName('Editor'))!;
      await admin.post({ action: 'userrights', user: 'Editor', add: 'sysop|bot', expiry: '1 week|infinite', token });
      expect(await wiki.host.groups.getUserGroupMemberships(editor)).to.have.deep.members([
        { group: 'sysop', expiry: '20260308120000' },
        { group: 'bot', expiry: null },
      ]);
      const tooFew = await admin.post({ action: 'userrights', user: 'Editor', add: 'sysop|bot|bureaucrat', expiry: '1 day|2 days', token });
      expect(tooFew.body.error).to.include({ code: 'toofewexpiries', info: '2 expiry timestamps were provided where 3 were needed.' });
      const past = await admin.post({ action: 'userrights', user: 'Editor', add: 'bot', expiry: '2020-01-01', token });
      expect(past.body.error.code).to.equal('pastexpiry');
      const invalid = await admin.post({ action: 'userrights', user: 'Editor', add: 'bot', expiry: 'soonish', token });
      expect(invalid.body.error.code).to.equal('invalidexpiry');
    });

    it('drops unknown groups with a warning, as MediaWiki does', async () => {
      const admin = await wiki.apiAs('Admin');
      const { body } = await admin.post({ action: 'userrights', user: 'Editor', add: 'sysop|wizards', token: await admin.token('userrights') });
      expect(body.warnings).to.deep.equal({ userrights: { '*': 'Unrecognized value for parameter "add": wizards.' } });
      expect(body.userrights.added).to.deep.equal(['sysop']);
    });

    it('says when the user does not exist, and needs a userrights token', async () => {
      const admin = await wiki.apiAs('Admin');
      const nobody = await admin.post({ action: 'userrights', user: 'Nobody', add: 'bot', token: await admin.token('userrights') });
      expect(nobody.body.error).to.include({ code: 'nosuchuser', info: 'There is no user by the name "Nobody". Check your spelling.' });
      const csrf = await admin.post({ action: 'userrights', user: 'Editor', add: 'bot', token: await admin.token('csrf') });
      expect(csrf.body.error.code).to.equal('badtoken');
    });
  });
});
