import { expect } from 'chai';
import sinon from 'sinon';
import { recordingLogger } from '../support/testWiki';
import { startApiTestWiki, type ApiTestWiki } from './support/apiTestWiki';

/** Without wgServer the wiki names the host the request was sent to (app.inject sends `localhost:80`). */
const DOCREF = 'See http://localhost:80/w/api.php for API usage.';

describe('action API errors', () => {
  let wiki: ApiTestWiki;
  const logger = recordingLogger();

  beforeEach(async () => {
    logger.records.length = 0;
    wiki = await startApiTestWiki({ logger });
  });
  afterEach(async () => {
    sinon.restore();
    await wiki.close();
  });

  describe('format', () => {
    it('answers an error as {"error": {code, info, "*"}} in formatversion 1, with HTTP 200 and the MediaWiki-API-Error header', async () => {
      const answer = await wiki.api().get({ action: 'nosuch' });
      expect(answer.status).to.equal(200);
      expect(answer.headers['mediawiki-api-error']).to.equal('badvalue');
      expect(answer.headers['content-type']).to.equal('application/json; charset=utf-8');
      expect(answer.body).to.deep.equal({
        error: { code: 'badvalue', info: 'Unrecognized value for parameter "action": nosuch.', '*': DOCREF },
      });
    });

    it('names the docref "docref" in formatversion 2', async () => {
      const answer = await wiki.api().get({ action: 'nosuch', formatversion: '2' });
      expect(answer.body).to.deep.equal({
        error: { code: 'badvalue', info: 'Unrecognized value for parameter "action": nosuch.', docref: DOCREF },
      });
    });

    it('lists the actions when "action" is missing', async () => {
      const { body } = await wiki.api().get({});
      expect(body.error.code).to.equal('missingparam');
      expect(body.error.info).to.equal(
        'The "action" parameter must be set. This wiki\'s API offers "block", "createaccount", "edit", "login", "logout", ' +
          '"query", "unblock" and "userrights".',
      );
    });

    it('answers JSON only, naming format=json', async () => {
      const { body } = await wiki.api().get({ action: 'query', format: 'xml' });
      expect(body.error).to.include({
        code: 'badvalue',
        info: 'Unrecognized value for parameter "format": xml. This wiki\'s API answers in JSON only: use "format=json".',
      });
    });

    it('refuses an unknown formatversion and an error format other than bc', async () => {
      expect((await wiki.api().get({ action: 'query', formatversion: '3' })).body.error).to.include({
        code: 'badvalue',
        info: 'Unrecognized value for parameter "formatversion": 3.',
      });
      expect((await wiki.api().get({ action: 'query', errorformat: 'plaintext' })).body.error.info).to.equal(
        'Unrecognized value for parameter "errorformat": plaintext. This wiki reports errors in the "bc" format only: leave "errorformat" out.',
      );
    });

    it('warns about parameters nobody read, under "main"', async () => {
      const v1 = await wiki.api().get({ action: 'query', meta: 'userinfo', colour: 'blue' });
      expect(v1.body.warnings).to.deep.equal({ main: { '*': 'Unrecognized parameter: colour.' } });
      const v2 = await wiki.api().get({ action: 'query', meta: 'userinfo', colour: 'blue', size: 'L', formatversion: '2' });
      expect(v2.body.warnings).to.deep.equal({ main: { warnings: 'Unrecognized parameters: colour, size.' } });
    });

    it('answers other HTTP methods with invalidmethod and 405', async () => {
      const response = await wiki.client().request({ method: 'PUT', url: '/w/api.php?action=query' });
      expect(response.statusCode).to.equal(405);
      expect(response.headers.allow).to.equal('GET, HEAD, POST');
      expect(JSON.parse(response.body).error.code).to.equal('invalidmethod');
    });
  });

  describe('parameters', () => {
    it('says which required parameter is missing', async () => {
      const api = await wiki.apiAs('Admin');
      const token = await api.token();
      expect((await api.post({ action: 'block', token })).body.error).to.include({
        code: 'missingparam',
        info: 'The "user" parameter must be set.',
      });
      expect((await api.post({ action: 'edit', text: 'x', token })).body.error).to.include({
        code: 'missingparam',
        info: 'One of the parameters "title" and "pageid" is required.',
      });
      expect((await api.post({ action: 'edit', title: 'X', token })).body.error).to.include({
        code: 'missingparam',
        info: 'At least one of the parameters "text", "appendtext" and "prependtext" is required.',
      });
    });

    it('refuses title and pageid together, and a page id that is not a number', async () => {
      const api = wiki.api();
      expect((await api.post({ action: 'edit', title: 'X', pageid: '1', text: 'x', token: '+\\' })).body.error).to.include({
        code: 'invalidparammix',
        info: 'The parameters "title" and "pageid" can not be used together.',
      });
      expect((await api.post({ action: 'edit', pageid: 'one', text: 'x', token: '+\\' })).body.error).to.include({
        code: 'badinteger',
        info: 'Invalid value "one" for integer parameter "pageid".',
      });
    });
  });

  describe('tokens and methods', () => {
    it('needs the token of a write module', async () => {
      expect((await wiki.api().post({ action: 'edit', title: 'X', text: 'x' })).body.error).to.include({
        code: 'missingparam',
        info: 'The "token" parameter must be set.',
      });
    });

    it('refuses a token that is not the session\'s with badtoken', async () => {
      const { body } = await wiki.api().post({ action: 'edit', title: 'X', text: 'x', token: 'd41d8cd98f00b204e9800998ecf8427e+\\' });
      expect(body.error).to.include({ code: 'badtoken', info: 'Invalid CSRF token.' });
      const admin = await wiki.apiAs('Admin');
      expect((await admin.post({ action: 'edit', title: 'X', text: 'x', token: '+\\' })).body.error.code).to.equal('badtoken');
    });

    it('refuses a token sent in the query string (mustpostparams), even by POST', async () => {
      const viaGet = await wiki.api().get({ action: 'edit', title: 'X', text: 'x', token: '+\\' });
      expect(viaGet.body.error).to.include({
        code: 'mustpostparams',
        info: 'The following parameter was found in the query string, but must be in the POST body: token.',
      });
      const viaPostUrl = await wiki.api().post({ action: 'edit', title: 'X', text: 'x' }, { query: { token: '+\\' } });
      expect(viaPostUrl.body.error.code).to.equal('mustpostparams');
    });

    it('runs login only for a POST (mustbeposted)', async () => {
      const { body } = await wiki.api().get({ action: 'login', lgname: 'Admin', lgpassword: 'Admin-password' });
      expect(body.error).to.include({ code: 'mustbeposted', info: 'The "login" module requires a POST request.' });
    });

    it('refuses a write that promised not to write', async () => {
      const { body } = await wiki.api().post(
        { action: 'edit', title: 'X', text: 'x', token: '+\\' },
        { headers: { 'promise-non-write-api-action': 'true' } },
      );
      expect(body.error.code).to.equal('promised-nonwrite-api');
    });
  });

  describe('assertions', () => {
    it('fails assert=user for an anonymous visitor and assert=anon for a logged-in one', async () => {
      expect((await wiki.api().get({ action: 'query', assert: 'user' })).body.error).to.include({
        code: 'assertuserfailed',
        info: 'You are no longer logged in, so the action could not be completed.',
      });
      const admin = await wiki.apiAs('Admin');
      expect((await admin.get({ action: 'query', assert: 'anon' })).body.error.code).to.equal('assertanonfailed');
      expect((await admin.get({ action: 'query', assert: 'user' })).body).to.deep.equal({ batchcomplete: '' });
    });

    it('fails assertuser for another name and accepts the own name in any spelling', async () => {
      const admin = await wiki.apiAs('Admin');
      expect((await admin.get({ action: 'query', assertuser: 'Editor' })).body.error).to.include({
        code: 'assertnameduserfailed',
        info: 'You are no longer logged in as "Editor", so the action could not be completed.',
      });
      expect((await admin.get({ action: 'query', assertuser: 'admin' })).body.error).to.equal(undefined);
    });
  });

  describe('rights and refusals', () => {
    it('refuses userrights without the userrights right', async () => {
      const editor = await wiki.apiAs('Editor');
      const token = await editor.token('userrights');
      expect((await editor.post({ action: 'userrights', user: 'Editor', add: 'sysop', token })).body.error).to.include({
        code: 'permissiondenied',
        info: "You don't have permission to edit all user rights.",
      });
    });

    it('passes the host\'s refusals through with their codes', async () => {
      const api = wiki.api();
      const created = await api.post({ action: 'edit', title: 'Taken', text: 'x', token: '+\\' });
      expect(created.body.edit.result).to.equal('Success');
      expect((await api.post({ action: 'edit', title: 'Taken', text: 'y', createonly: '1', token: '+\\' })).body.error).to.include({
        code: 'articleexists',
        info: 'The article you tried to create has been created already.',
      });
      expect((await api.post({ action: 'edit', title: 'Nowhere', text: 'y', nocreate: '1', token: '+\\' })).body.error).to.include({
        code: 'missingtitle',
        info: "The page you specified doesn't exist.",
      });
      const badTitle = await api.post({ action: 'edit', title: 'A|B', text: 'y', token: '+\\' });
      expect(badTitle.body.error.code).to.equal('invalidtitle');
      expect(badTitle.body.error.info).to.match(/^Bad title "A\|B": /);
    });

    it('turns an unexpected failure into internal_api_error without its message, and logs it', async () => {
      sinon.stub(wiki.host.pages, 'getPageByTitle').rejects(new Error('database password is hunter2'));
      const answer = await wiki.api().get({ action: 'query', titles: 'Anything' });
      expect(answer.body.error.code).to.equal('internal_api_error_Error');
      expect(answer.body.error.info).to.match(/^\[[^\]]+\] Caught exception of type Error$/);
      expect(answer.text).not.to.include('hunter2');
      expect(logger.records.some((record) => record.level === 'error' && /action API request/.test(record.msg))).to.equal(true);
    });
  });
});
