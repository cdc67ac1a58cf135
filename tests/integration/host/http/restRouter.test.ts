import { expect } from 'chai';
import { createTestUser } from '../../../support/hostFixture';
import { recordingLogger, startTestWiki, type TestWiki } from './support/testWiki';
import type { WikiClient } from './support/WikiClient';

/** A logged-in client and its CSRF token (from the edit form, as a browser script would read it). */
async function loggedIn(wiki: TestWiki, name: string): Promise<{ client: WikiClient; token: string }> {
  await createTestUser(wiki.host, name);
  const client = wiki.client();
  await client.logIn(name);
  const form = await client.get('/w/index.php?title=Sandbox&action=edit');
  const token = /name="wpEditToken" value="([^"]*)"/.exec(form.body)![1];
  return { client, token };
}

describe('REST router (/w/rest.php)', () => {
  let wiki: TestWiki;
  const logger = recordingLogger();
  before(async () => {
    wiki = await startTestWiki({ logger });
  });
  after(async () => {
    await wiki.close();
  });

  describe('routing', () => {
    it('passes decoded path parameters, query, user and session state to the handler', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/rest.php/fixture/v0/echo/a%20b/c%2Fd?x=1&y=2&y=3' });
      expect(res.statusCode).to.equal(200);
      expect(res.headers['content-type']).to.match(/^application\/json/);
      expect(res.json()).to.deep.include({
        method: 'GET',
        path: '/fixture/v0/echo/a%20b/c%2Fd',
        pathParams: { first: 'a b', second: 'c/d' },
        query: { x: '1', y: ['2', '3'] },
        user: { id: 0, name: '127.0.0.1' },
        hasSession: false,
      });
    });

    it('builds handlers with their services, by the spec\'s services list and by @inject token', async () => {
      const { client, token } = await loggedIn(wiki, 'Noter');
      const created = await client.sendJson('POST', '/w/rest.php/fixture/v0/notes', { text: 'first note', token });
      expect(created.statusCode).to.equal(201);
      expect(created.headers.location).to.equal(`/fixture/v0/notes/${created.json().id}`);
      const read = await client.get(`/w/rest.php/fixture/v0/notes/${created.json().id}`);
      expect(read.json()).to.deep.equal({ id: created.json().id, text: 'first note', author: 'Noter' });
    });

    it('prefers a literal segment over a parameter', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/rest.php/fixture/v0/notes/latest' });
      expect(res.statusCode).to.equal(200);
      expect(res.json()).to.have.property('latest');
    });

    it('answers 204 without a body when the handler returns nothing', async () => {
      const { client, token } = await loggedIn(wiki, 'Changer');
      const res = await client.sendJson('PUT', '/w/rest.php/fixture/v0/notes/99', { text: 'replaced', token });
      expect(res.statusCode).to.equal(204);
      expect(res.body).to.equal('');
    });

    it('answers HEAD with the GET handler', async () => {
      const res = await wiki.app.inject({ method: 'HEAD', url: '/w/rest.php/fixture/v0/notes/latest' });
      expect(res.statusCode).to.equal(200);
    });

    it('reads form-encoded bodies as fields', async () => {
      const res = await wiki.app.inject({
        method: 'POST',
        url: '/w/rest.php/fixture/v0/echo/a/b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'one=1&two=2',
      });
      expect(res.json().body).to.deep.equal({ one: '1', two: '2' });
    });
  });

  describe('errors in MediaWiki\'s format', () => {
    it('answers an unknown path with 404 rest-no-match naming the path', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/rest.php/nothing/here' });
      expect(res.statusCode).to.equal(404);
      expect(res.json()).to.deep.equal({
        errorKey: 'rest-no-match',
        httpCode: 404,
        httpReason: 'Not Found',
        messageTranslations: { en: 'The requested relative path (/nothing/here) did not match any known handler.' },
      });
    });

    it('answers rest.php itself with 404 rest-no-match', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/rest.php' });
      expect(res.statusCode).to.equal(404);
      expect(res.json().errorKey).to.equal('rest-no-match');
    });

    it('answers a known path with another method with 405 rest-wrong-method and an Allow header', async () => {
      const res = await wiki.app.inject({ method: 'PATCH', url: '/w/rest.php/fixture/v0/notes/1' });
      expect(res.statusCode).to.equal(405);
      expect(res.headers.allow).to.equal('GET, PUT, DELETE');
      expect(res.json()).to.include({ errorKey: 'rest-wrong-method', httpCode: 405, httpReason: 'Method Not Allowed' });
      expect(res.json().messageTranslations.en).to.equal('The request method (PATCH) is not allowed for this path. Use one of: GET, PUT, DELETE.');
    });

    it('answers a body of another content type with 415 rest-unsupported-content-type', async () => {
      const res = await wiki.app.inject({
        method: 'POST',
        url: '/w/rest.php/fixture/v0/echo/a/b',
        headers: { 'content-type': 'text/plain' },
        payload: 'hello',
      });
      expect(res.statusCode).to.equal(415);
      expect(res.json().errorKey).to.equal('rest-unsupported-content-type');
      expect(res.json().messageTranslations.en).to.contain('"text/plain" is not supported');
    });

    it('answers JSON that does not parse with 400 rest-bad-json-body', async () => {
      const res = await wiki.app.inject({
        method: 'POST',
        url: '/w/rest.php/fixture/v0/echo/a/b',
        headers: { 'content-type': 'application/json' },
        payload: '{"text": ',
      });
      expect(res.statusCode).to.equal(400);
      expect(res.json()).to.include({ errorKey: 'rest-bad-json-body', httpCode: 400, httpReason: 'Bad Request' });
      expect(res.json().messageTranslations.en).to.match(/^The request body is not valid JSON \(.+\)\./);
    });

    it('shows a handler\'s LocalizedHttpError with its message and extra fields', async () => {
      const { client, token } = await loggedIn(wiki, 'Forgetful');
      const res = await client.sendJson('POST', '/w/rest.php/fixture/v0/notes', { token });
      expect(res.statusCode).to.equal(400);
      expect(res.json()).to.deep.equal({
        errorKey: 'restfixture-missing-text',
        httpCode: 400,
        httpReason: 'Bad Request',
        failureCode: 'missingparam',
        name: 'text',
        messageTranslations: { en: 'The parameter "text" is required.' },
      });
    });

    it('answers 404 with the handler\'s own message for a missing note', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/rest.php/fixture/v0/notes/12345' });
      expect(res.statusCode).to.equal(404);
      expect(res.json().messageTranslations).to.deep.equal({ en: 'There is no note 12345.' });
    });

    it('answers an unexpected exception with 500 rest-internal-error, logged, without stack or message', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/rest.php/fixture/v0/broken' });
      expect(res.statusCode).to.equal(500);
      expect(res.json().errorKey).to.equal('rest-internal-error');
      expect(res.body).not.to.contain('hunter2');
      expect(res.body).not.to.contain('.js:');
      expect(res.json().messageTranslations.en).to.match(/logged with the request id \S+\.$/);
      const logged = logger.records.find((r) => r.level === 'error' && String((r.obj.err as Error)?.message).includes('hunter2'));
      expect(logged, 'the error is in the log').to.not.equal(undefined);
    });

    it('answers a route whose class is not a handler with 500, and logs why', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/rest.php/fixture/v0/not-a-handler' });
      expect(res.statusCode).to.equal(500);
      const logged = logger.records.find((r) => String((r.obj.err as Error)?.message).includes('has no execute(request) method'));
      expect(logged).to.not.equal(undefined);
    });
  });

  describe('CSRF tokens on writes', () => {
    it('refuses a write without a session: 403 rest-badtoken, explaining that a session is needed', async () => {
      const res = await wiki.client().sendJson('POST', '/w/rest.php/fixture/v0/notes', { text: 'x', token: '+\\' });
      expect(res.statusCode).to.equal(403);
      expect(res.json().errorKey).to.equal('rest-badtoken');
      expect(res.json().messageTranslations.en).to.contain('needs a logged-in session');
    });

    it('refuses a write without a token: 403 rest-badtoken', async () => {
      const { client } = await loggedIn(wiki, 'Tokenless');
      const res = await client.sendJson('POST', '/w/rest.php/fixture/v0/notes', { text: 'x' });
      expect(res.statusCode).to.equal(403);
      expect(res.json().errorKey).to.equal('rest-badtoken');
      expect(res.json().messageTranslations.en).to.contain('needs a CSRF token in the body field "token"');
    });

    it('refuses a write with another session\'s token: 403 rest-badtoken', async () => {
      const { client } = await loggedIn(wiki, 'Victim');
      const { token: attackerToken } = await loggedIn(wiki, 'Attacker');
      const res = await client.sendJson('DELETE', '/w/rest.php/fixture/v0/notes/1', { token: attackerToken });
      expect(res.statusCode).to.equal(403);
      expect(res.json().errorKey).to.equal('rest-badtoken');
      expect(res.json().messageTranslations.en).to.contain('not valid for this session');
    });

    it('refuses the anonymous token +\\ from a visitor who has a session but is not logged in', async () => {
      const client = wiki.client();
      await client.get('/wiki/Special:UserLogin');
      expect(client.cookies.has('wikiext_session')).to.equal(true);
      const res = await client.sendJson('POST', '/w/rest.php/fixture/v0/notes', { text: 'x', token: '+\\' });
      expect(res.statusCode).to.equal(403);
      expect(res.json().errorKey).to.equal('rest-badtoken');
    });

    it('accepts a form-encoded write with the token field', async () => {
      const { client, token } = await loggedIn(wiki, 'Former');
      const res = await client.request({
        method: 'POST',
        url: '/w/rest.php/fixture/v0/notes',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ text: 'from a form', token }).toString(),
      });
      expect(res.statusCode).to.equal(201);
    });

    it('lets a handler that declares needsToken: false take writes without a token', async () => {
      const res = await wiki.client().sendJson('POST', '/w/rest.php/fixture/v0/echo/a/b', { hello: 'world' });
      expect(res.statusCode).to.equal(200);
      expect(res.json().body).to.deep.equal({ hello: 'world' });
    });
  });
});
