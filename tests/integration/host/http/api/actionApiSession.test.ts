import { expect } from 'chai';
import { startApiTestWiki, type ApiTestWiki } from './support/apiTestWiki';

describe('action API sessions: tokens, login, logout, userinfo', () => {
  let wiki: ApiTestWiki;

  beforeEach(async () => {
    wiki = await startApiTestWiki();
  });
  afterEach(() => wiki.close());

  describe('meta=tokens', () => {
    it('gives anonymous visitors the CSRF token "+\\" without starting a session', async () => {
      const api = wiki.api();
      const answer = await api.get({ action: 'query', meta: 'tokens' });
      expect(answer.body).to.deep.equal({ batchcomplete: '', query: { tokens: { csrftoken: '+\\' } } });
      expect(answer.headers['set-cookie']).to.equal(undefined);
    });

    it('binds login and account-creation tokens to a new session', async () => {
      const api = wiki.api();
      const { body } = await api.get({ action: 'query', meta: 'tokens', type: 'login|createaccount|userrights', formatversion: '2' });
      expect(body.batchcomplete).to.equal(true);
      expect(body.query.tokens.logintoken).to.match(/^[0-9a-f]{32}\+\\$/);
      expect(body.query.tokens.createaccounttoken).to.match(/^[0-9a-f]{32}\+\\$/);
      expect(body.query.tokens.logintoken).not.to.equal(body.query.tokens.createaccounttoken);
      expect(body.query.tokens.userrightstoken).to.equal('+\\');
      expect(api.web.cookies.has('wikiext_session')).to.equal(true);
    });

    it('drops unknown token types with a warning and still answers the known ones', async () => {
      const v1 = await wiki.api().get({ action: 'query', meta: 'tokens', type: 'csrf|nosuch|other' });
      expect(v1.body.warnings).to.deep.equal({ tokens: { '*': 'Unrecognized values for parameter "type": nosuch, other.' } });
      expect(v1.body.query.tokens).to.deep.equal({ csrftoken: '+\\' });
      const v2 = await wiki.api().get({ action: 'query', meta: 'tokens|nosuch', formatversion: '2' });
      expect(v2.body.warnings).to.deep.equal({ query: { warnings: 'Unrecognized value for parameter "meta": nosuch.' } });
    });
  });

  describe('action=login', () => {
    it('logs in with a login token and answers Success with the id and name', async () => {
      const api = wiki.api();
      const lgtoken = await api.token('login');
      const { body } = await api.post({ action: 'login', lgname: 'admin', lgpassword: 'Admin-password', lgtoken });
      const admin = await wiki.host.users.getUserByName('Admin');
      expect(body).to.deep.equal({ login: { result: 'Success', lguserid: admin!.id, lgusername: 'Admin' } });
      const userinfo = await api.get({ action: 'query', meta: 'userinfo', formatversion: '2' });
      expect(userinfo.body.query.userinfo).to.deep.equal({ id: admin!.id, name: 'Admin' });
      expect(await api.token()).to.match(/^[0-9a-f]{32}\+\\$/);
    });

    it('answers NeedToken with a token when lgtoken is missing (the old two-step login)', async () => {
      const api = wiki.api();
      const first = await api.post({ action: 'login', lgname: 'Admin', lgpassword: 'Admin-password' });
      expect(first.body.login.result).to.equal('NeedToken');
      const second = await api.post({ action: 'login', lgname: 'Admin', lgpassword: 'Admin-password', lgtoken: first.body.login.token });
      expect(second.body.login.result).to.equal('Success');
    });

    it('answers WrongToken for another session\'s token and Failed when there is no session at all', async () => {
      const tokenOfSomeoneElse = await wiki.api().token('login');
      const api = wiki.api();
      await api.token('login');
      const wrong = await api.post({ action: 'login', lgname: 'Admin', lgpassword: 'Admin-password', lgtoken: tokenOfSomeoneElse });
      expect(wrong.body).to.deep.equal({ login: { result: 'WrongToken' } });
      const noSession = await wiki.api().post({ action: 'login', lgname: 'Admin', lgpassword: 'Admin-password', lgtoken: tokenOfSomeoneElse });
      expect(noSession.body).to.deep.equal({
        login: { result: 'Failed', reason: 'Unable to continue login. Your session most likely timed out.' },
      });
    });

    it('answers Failed with the reason for a wrong password, and stays anonymous', async () => {
      const api = wiki.api();
      const lgtoken = await api.token('login');
      const { body } = await api.post({ action: 'login', lgname: 'Admin', lgpassword: 'wrong', lgtoken, formatversion: '2' });
      expect(body.login.result).to.equal('Failed');
      expect(body.login.reason).to.be.a('string').and.not.equal('');
      expect((await api.get({ action: 'query', meta: 'userinfo' })).body.query.userinfo.anon).to.equal('');
    });

    it('starts a session the REST routes and the pages accept', async () => {
      const api = await wiki.apiAs('Editor');
      const token = await api.token();
      const created = await api.web.sendJson('POST', '/w/rest.php/fixture/v0/notes', { text: 'hello', token });
      expect(created.statusCode).to.equal(201);
      const note = await api.web.get(`/w/rest.php/fixture/v0/notes/${JSON.parse(created.body).id}`);
      expect(JSON.parse(note.body)).to.include({ text: 'hello', author: 'Editor' });
      const page = await api.web.get('/wiki/Main_Page');
      expect(page.body).to.include('Editor');
    });
  });

  describe('action=logout', () => {
    it('needs the CSRF token, then ends the session', async () => {
      const api = await wiki.apiAs('Editor');
      const token = await api.token();
      expect((await api.post({ action: 'logout' })).body.error.code).to.equal('missingparam');
      expect((await api.post({ action: 'logout', token })).body).to.deep.equal({});
      expect((await api.get({ action: 'query', meta: 'userinfo', formatversion: '2' })).body.query.userinfo).to.deep.equal({
        id: 0,
        name: '127.0.0.1',
        anon: true,
      });
      expect((await api.post({ action: 'edit', title: 'X', text: 'x', token })).body.error.code).to.equal('badtoken');
    });
  });

  describe('meta=userinfo', () => {
    it('describes an anonymous visitor as MediaWiki does in both format versions', async () => {
      expect((await wiki.api().get({ action: 'query', meta: 'userinfo' })).body.query.userinfo).to.deep.equal({
        id: 0,
        name: '127.0.0.1',
        anon: '',
      });
    });

    it('lists effective groups and rights with uiprop, warning about properties it does not know', async () => {
      const admin = await wiki.apiAs('Admin');
      const { body } = await admin.get({ action: 'query', meta: 'userinfo', uiprop: 'groups|rights|editcount', formatversion: '2' });
      expect(body.query.userinfo.groups).to.include.members(['*', 'user', 'sysop', 'bureaucrat']);
      expect(body.query.userinfo.rights).to.include.members(['edit', 'block', 'userrights']);
      expect(body.warnings).to.deep.equal({ userinfo: { warnings: 'Unrecognized value for parameter "uiprop": editcount.' } });
    });
  });
});
