import { expect } from 'chai';
import type { FastifyInstance } from 'fastify';
import { type ErrorCode, ErrorCodes, WikiextAggregateError } from '../../../../../src/framework/errors';
import type { Host } from '../../../../../src/host/boot/bootHost';
import { createHttpServer } from '../../../../../src/host/http/createHttpServer';
import { createTestHost, createTestUser } from '../../../../support/hostFixture';
import { recordingLogger } from '../support/testWiki';
import { hiddenField, WikiClient } from '../support/WikiClient';
import { FIXTURE_OTHER_STYLE, FIXTURE_STYLE, writeSpecialFixtureExtension } from './specialFixtureExtension';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";

/** What GreetingPage saw of the request. */
function seen(body: string): Record<string, unknown> {
  const match = /<pre id="seen">([^<]*)<\/pre>/.exec(body);
  if (match === null) throw new Error(`No request dump in:\n${body}`);
  return JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#039;/g, "'").replace(/&amp;/g, '&'));
}

describe('Extension special pages', () => {
  let host: Host;
  let app: FastifyInstance;
  const logger = recordingLogger();
  before(async () => {
    host = await createTestHost({ extensions: [writeSpecialFixtureExtension()], logger });
    app = createHttpServer(host, { logger });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await host.close();
  });

  describe('dispatch', () => {
    it('builds the page with its service and hands it the request: GET, user, language', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:Greeting' });
      expect(res.statusCode).to.equal(200);
      expect(res.headers['content-type']).to.equal('text/html; charset=utf-8');
      expect(res.body).to.contain('<p class="greeting">Hello, nobody!</p>');
      expect(seen(res.body)).to.deep.equal({ method: 'GET', subpage: '', user: '127.0.0.1', language: 'en', name: null, tags: [], missing: [] });
    });

    it('escapes the heading into the <h1> and the document title', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:Greeting' });
      expect(res.body).to.contain('<h1>Greeting &lt;nobody&gt;</h1>');
      expect(res.body).to.contain('<title>Greeting &lt;nobody&gt; - wikiext</title>');
    });

    it('passes the subpage with spaces for underscores, from /wiki/ and from index.php', async () => {
      const viaPath = await app.inject({ method: 'GET', url: '/wiki/Special:Greeting/Big_world/and_more' });
      expect(seen(viaPath.body).subpage).to.equal('Big world/and more');
      expect(viaPath.body).to.contain('Hello, Big world/and more!');
      const viaIndex = await app.inject({ method: 'GET', url: '/w/index.php?title=Special:Greeting/Moon' });
      expect(seen(viaIndex.body).subpage).to.equal('Moon');
    });

    it('finds the page whatever the case of its name', async () => {
      for (const url of ['/wiki/Special:greeting', '/wiki/Special:GREETING/x', '/w/index.php?title=Special:gReEtInG']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).to.equal(200);
        expect(res.body, url).to.contain('<p class="greeting">');
      }
    });

    it('gives param() the first value and params() every value, of repeated and name[] fields', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:Greeting?name=Ann&name=Bob&tag=a&tag=b&tag%5B%5D=c' });
      expect(seen(res.body)).to.deep.include({ name: 'Ann', tags: ['a', 'b', 'c'], missing: [] });
    });

    it('hands over POST, preferring form fields to query parameters', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/w/index.php?title=Special:Greeting&tag=fromQuery&name=queryName',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'tag=one&tag=two&tag=three',
      });
      expect(res.statusCode).to.equal(200);
      expect(seen(res.body)).to.deep.include({ method: 'POST', tags: ['one', 'two', 'three'], name: 'queryName' });
    });

    it('lists the extension\'s special pages on the main page', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Main_Page' });
      expect(res.body).to.contain('<h3>SpecialFixture 1.0.0</h3>');
      expect(res.body).to.contain('<a href="/wiki/Special:Greeting">Special:Greeting</a>');
      expect(res.body).to.contain('<a href="/wiki/Special:NoteForm">Special:NoteForm</a>');
    });

    it('still answers an unknown special page with a 404 and serves the core pages', async () => {
      expect((await app.inject({ method: 'GET', url: '/wiki/Special:Greetings' })).statusCode).to.equal(404);
      expect((await app.inject({ method: 'GET', url: '/wiki/Special:UserLogin' })).body).to.contain('<h1>Log in</h1>');
    });
  });

  describe('forms and the edit token', () => {
    it('accepts a POST with the session\'s edit token and follows the page\'s redirect with 303', async () => {
      await createTestUser(host, 'Note taker');
      const client = new WikiClient(app);
      await client.logIn('Note taker');
      const form = await client.get('/wiki/Special:NoteForm');
      const token = hiddenField(form.body, 'wpEditToken');
      expect(token).to.match(/^[0-9a-f]{32}\+\\$/);
      const res = await client.request({
        method: 'POST',
        url: '/w/index.php?title=Special:NoteForm',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams([['wpNote', 'first'], ['wpNote', 'second'], ['wpEditToken', token]]).toString(),
      });
      expect(res.statusCode).to.equal(303);
      expect(res.headers.location).to.equal('/wiki/Special:NoteForm/saved?count=2');
      expect((await client.get('/wiki/Special:NoteForm')).body).to.contain('<p id="saved">first, second</p>');
    });

    it('refuses a POST whose token is missing or belongs to another session', async () => {
      await createTestUser(host, 'Other taker');
      const other = new WikiClient(app);
      await other.logIn('Other taker');
      const otherToken = hiddenField((await other.get('/wiki/Special:NoteForm')).body, 'wpEditToken');
      const client = new WikiClient(app);
      await createTestUser(host, 'Victim taker');
      await client.logIn('Victim taker');
      const attempts: Record<string, string>[] = [{ wpNote: 'x' }, { wpNote: 'x', wpEditToken: otherToken }, { wpNote: 'x', wpEditToken: '+\\' }];
      for (const fields of attempts) {
        const res = await client.postForm('/w/index.php?title=Special:NoteForm', fields);
        expect(res.statusCode).to.equal(400);
        expect(res.body).to.contain('Bad token: the note was not saved.');
      }
    });

    it('gives anonymous visitors MediaWiki\'s anonymous token +\\, which matches', async () => {
      const client = new WikiClient(app);
      const token = hiddenField((await client.get('/wiki/Special:NoteForm')).body, 'wpEditToken');
      expect(token).to.equal('+\\');
      const res = await client.postForm('/w/index.php?title=Special:NoteForm', { wpNote: 'anon', wpEditToken: token });
      expect(res.statusCode).to.equal(303);
    });
  });

  describe('login required', () => {
    it('redirects to Special:UserLogin with returnto, returntoquery and the page\'s reason', async () => {
      const res = await app.inject({ method: 'GET', url: '/w/index.php?title=Special:MembersOnly/list&sort=name&dir=up' });
      expect(res.statusCode).to.equal(302);
      expect(res.headers.location).to.equal(
        '/w/index.php?title=Special:UserLogin&returnto=Special:MembersOnly/list&returntoquery=sort%3Dname%26dir%3Dup&warning=specialfixture-login-reason',
      );
    });

    it('shows the reason message above the login form, escaped, and returns to the page with its query after login', async () => {
      await createTestUser(host, 'Member');
      const client = new WikiClient(app);
      const redirect = await client.get('/wiki/Special:MembersOnly/list?sort=name');
      const login = await client.get(String(redirect.headers.location));
      expect(login.statusCode).to.equal(200);
      expect(login.body).to.contain('<p class="warning" id="login-warning">You need to log in to see the &lt;members&gt; list.</p>');
      const res = await client.postForm('/w/index.php?title=Special:UserLogin', {
        wpName: 'Member',
        wpPassword: 'Member-password',
        wpLoginToken: hiddenField(login.body, 'wpLoginToken'),
        returnto: hiddenField(login.body, 'returnto'),
        returntoquery: hiddenField(login.body, 'returntoquery'),
      });
      expect(res.statusCode).to.equal(303);
      expect(res.headers.location).to.equal('/w/index.php?title=Special:MembersOnly/list&sort=name');
      const page = await client.get(String(res.headers.location));
      expect(page.statusCode).to.equal(200);
      expect(page.body).to.contain('Welcome, member Member (list).');
    });

    it('shows a generic text when the page gives no reason, or the warning names no message', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:PrivateNotes' });
      expect(res.statusCode).to.equal(302);
      expect(res.headers.location).to.equal('/w/index.php?title=Special:UserLogin&returnto=Special:PrivateNotes&warning=loginrequired');
      const login = await app.inject({ method: 'GET', url: String(res.headers.location) });
      expect(login.body).to.contain('<p class="warning" id="login-warning">Please log in to use this page.</p>');
      const forged = await app.inject({ method: 'GET', url: '/w/index.php?title=Special:UserLogin&warning=%3Cb%3Eno-such-key' });
      expect(forged.body).to.contain('<p class="warning" id="login-warning">Please log in to use this page.</p>');
      expect(forged.body).not.to.contain('<b>');
    });

    it('shows no warning on the login page reached directly', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:UserLogin' });
      expect(res.body).not.to.contain('login-warning');
    });
  });

  describe('modules and CSP', () => {
    it('links the modules\' styles in the head and loads their scripts deferred before </body>', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:Greeting' });
      expect(res.headers['content-security-policy']).to.equal(CSP);
      const link = /<link rel="stylesheet" href="([^"]+)">\n<\/head>/.exec(res.body);
      const script = /<script src="([^"]+)" defer><\/script>\n<\/body>/.exec(res.body);
      expect(link, res.body).not.to.equal(null);
      expect(script, res.body).not.to.equal(null);
      const styles = link![1].replace(/&amp;/g, '&');
      const scripts = script![1].replace(/&amp;/g, '&');
      expect(styles).to.match(/^\/w\/load\.php\?modules=ext\.specialFixture%7Cext\.specialFixture\.stylesOnly&only=styles&version=[0-9a-f]{12}$/);
      // The styles-only module has no script, so it is left out of the script URL.
      expect(scripts).to.match(/^\/w\/load\.php\?modules=ext\.specialFixture&only=scripts&version=[0-9a-f]{12}$/);

      const css = await app.inject({ method: 'GET', url: styles });
      expect(css.statusCode).to.equal(200);
      expect(css.headers['content-type']).to.equal('text/css; charset=utf-8');
      expect(css.headers['cache-control']).to.equal('public, max-age=2592000, immutable');
      expect(css.body).to.contain(FIXTURE_STYLE.trim());
      expect(css.body.indexOf(FIXTURE_STYLE.trim())).to.be.lessThan(css.body.indexOf(FIXTURE_OTHER_STYLE.trim()));
      const js = await app.inject({ method: 'GET', url: scripts });
      expect(js.headers['content-type']).to.equal('text/javascript; charset=utf-8');
      expect(js.body).to.contain("document.documentElement.dataset.specialFixture = 'ran';");
    });

    it('emits no module tags on pages without modules', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:NoteForm' });
      expect(res.body).not.to.contain('<script');
      expect(res.body).not.to.contain('<link rel="stylesheet"');
      expect(res.headers['content-security-policy']).to.equal(CSP);
    });
  });

  describe('errors', () => {
    it('answers a page that throws with the 500 page, without the message, and logs it', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:Broken' });
      expect(res.statusCode).to.equal(500);
      expect(res.body).to.contain('<h1>Internal error</h1>');
      expect(res.body).not.to.contain('hunter2');
      const logged = logger.records.find((r) => r.level === 'error' && String((r.obj.err as Error | undefined)?.message).includes('hunter2'));
      expect(logged).not.to.equal(undefined);
    });

    it('answers a page whose class has no execute() with 500, and logs which page and why', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:NotAHandler' });
      expect(res.statusCode).to.equal(500);
      const logged = logger.records.find((r) => (r.obj.err as { code?: string } | undefined)?.code === ErrorCodes.SPECIAL_PAGE_INVALID);
      expect((logged?.obj.err as Error).message).to.match(
        /^Special:NotAHandler \(SpecialPages of SpecialFixture\): the object built from ".*specialFixtureModule#NotAHandler" has no execute\(request\) method\./,
      );
    });

    it('answers a page that asks for an unknown module with 500, logging a did-you-mean', async () => {
      const res = await app.inject({ method: 'GET', url: '/wiki/Special:UnknownModule' });
      expect(res.statusCode).to.equal(500);
      const logged = logger.records.find((r) => (r.obj.err as { code?: string } | undefined)?.code === ErrorCodes.RESOURCE_MODULE_INVALID);
      expect((logged?.obj.err as Error).message).to.equal(
        'The page "Unknown module" asks for a module that does not exist. There is no module "ext.specialFixtur"; did you mean "ext.specialFixture"? ' +
          'Modules are declared under ResourceModules in an extension.json.',
      );
    });
  });
});

describe('Extension special pages and modules: checks at server start', () => {
  /** The error createHttpServer throws for a host with the fixture extension changed by `extra`. */
  async function startError(extra: Record<string, unknown>, code: ErrorCode): Promise<string> {
    const host = await createTestHost({ extensions: [writeSpecialFixtureExtension(extra)] });
    try {
      createHttpServer(host);
    } catch (error) {
      expect(error).to.be.instanceOf(WikiextAggregateError);
      expect((error as WikiextAggregateError).code).to.equal(code);
      return (error as Error).message;
    } finally {
      await host.close();
    }
    throw new Error('expected createHttpServer to throw');
  }

  it('refuses a special page that clashes with a core page, naming both', async () => {
    const message = await startError({ SpecialPages: { userlogin: { class: 'x#Y' } } }, ErrorCodes.SPECIAL_PAGE_INVALID);
    expect(message).to.equal(
      'Special:userlogin (SpecialPages of SpecialFixture) clashes with the core special page Special:UserLogin (special page names ignore case); rename the extension\'s page.',
    );
  });

  it('refuses two extension pages whose names differ only in case, naming both', async () => {
    const other = writeSpecialFixtureExtension({ SpecialPages: { greeting: { class: 'x#Y' } }, ResourceModules: {}, ServiceWiringFiles: [] }, 'OtherFixture');
    const host = await createTestHost({ extensions: [writeSpecialFixtureExtension(), other] });
    try {
      expect(() => createHttpServer(host))
        .to.throw('Special:greeting (SpecialPages of OtherFixture) clashes with Special:Greeting (SpecialPages of SpecialFixture)')
        .with.property('code', ErrorCodes.SPECIAL_PAGE_INVALID);
    } finally {
      await host.close();
    }
  });

  it('refuses a special page name that cannot be a title', async () => {
    const message = await startError({ SpecialPages: { 'Two/Parts': { class: 'x#Y' } } }, ErrorCodes.SPECIAL_PAGE_INVALID);
    expect(message).to.contain('Special:Two/Parts (SpecialPages of SpecialFixture): the name cannot contain "/"');
  });

  it('refuses a special page spec that asks for an unknown service', async () => {
    const message = await startError({ SpecialPages: { Greeting: { class: 'x#Y', services: ['SpecialFixture.Greater'] } } }, ErrorCodes.SERVICE_UNKNOWN);
    expect(message).to.equal('No service "SpecialFixture.Greater" (required by SpecialPages "Greeting" of SpecialFixture); did you mean "SpecialFixture.Greeter"?');
  });

  it('refuses a module whose file is missing, naming module, extension and the path looked for', async () => {
    const message = await startError(
      { ResourceModules: { 'ext.specialFixture': { localBasePath: 'modules', scripts: ['fixture.js', 'missing.js'], styles: ['gone.css'] } } },
      ErrorCodes.RESOURCE_MODULE_INVALID,
    );
    const lines = message.split('\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/^ResourceModules "ext\.specialFixture" of SpecialFixture: the script "missing\.js" does not exist \(looked for .*\/modules\/missing\.js\); paths are relative to the module's localBasePath/);
    expect(lines[1]).to.match(/^ResourceModules "ext\.specialFixture" of SpecialFixture: the style "gone\.css" does not exist/);
  });
});
