import { expect } from 'chai';
import { createTestUser } from '../../../support/hostFixture';
import { startTestWiki, type TestWiki } from './support/testWiki';
import { hiddenField } from './support/WikiClient';

describe('Wiki pages', () => {
  let wiki: TestWiki;
  before(async () => {
    wiki = await startTestWiki();
  });
  after(async () => {
    await wiki.close();
  });

  /** Saves a page directly through the host, as another user would have. */
  async function savePage(title: string, text: string, summary = '', author = 'Seeder'): Promise<void> {
    const user = (await wiki.host.users.getUserByName(author)) ?? (await createTestUser(wiki.host, author));
    await wiki.host.pageUpdater.edit({ title: wiki.host.titles.parseTitle(title), text, summary, user });
  }

  describe('viewing', () => {
    it('redirects / to the main page', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/' });
      expect(res.statusCode).to.equal(302);
      expect(res.headers.location).to.equal('/wiki/Main_Page');
    });

    it('shows a page\'s current text as escaped paragraphs', async () => {
      await savePage('Plain text', 'First line\nsecond line\n\nSecond paragraph');
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Plain_text' });
      expect(res.statusCode).to.equal(200);
      expect(res.headers['content-type']).to.equal('text/html; charset=utf-8');
      expect(res.body).to.contain('<h1>Plain text</h1>');
      expect(res.body).to.contain('<p>First line<br>second line</p><p>Second paragraph</p>');
    });

    it('serves the same page through /w/index.php?title=...&action=view', async () => {
      await savePage('Via index', 'Reached through index.php');
      const res = await wiki.app.inject({ method: 'GET', url: '/w/index.php?title=Via_index&action=view' });
      expect(res.statusCode).to.equal(200);
      expect(res.body).to.contain('Reached through index.php');
    });

    it('escapes page text, so a <script> in it is shown, not run', async () => {
      await savePage('Script test', '<script>alert("x")</script> & "quotes"');
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Script_test' });
      expect(res.body).not.to.contain('<script>');
      expect(res.body).to.contain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
      expect(res.headers['content-security-policy']).to.equal("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'");
    });

    it('escapes a title it cannot accept in the "Bad title" message', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/%3Cscript%3Ealert(1)%3C%2Fscript%3E' });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('<h1>Bad title</h1>');
      expect(res.body).not.to.contain('<script>');
      expect(res.body).to.contain('&lt;script&gt;');
    });

    it('says a missing page does not exist yet, with a 404 and a link to create it', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/No_such_page' });
      expect(res.statusCode).to.equal(404);
      expect(res.body).to.contain('This page does not exist yet.');
      expect(res.body).to.contain('<a href="/w/index.php?title=No_such_page&amp;action=edit">Create this page</a>');
    });

    it('offers no create link to someone who may not edit', async () => {
      const blocked = await createTestUser(wiki.host, 'Blocked viewer');
      const admin = await createTestUser(wiki.host, 'Blocking admin', ['sysop']);
      await wiki.host.blocks.block(blocked, admin, { reason: 'test', expiry: 'infinity' });
      const client = wiki.client();
      await client.logIn('Blocked viewer');
      const res = await client.get('/wiki/Still_missing');
      expect(res.body).to.contain('This page does not exist yet.');
      expect(res.body).not.to.contain('Create this page');
    });

    it('shows the main page text and, below it, what every loaded extension offers', async () => {
      await savePage('Main Page', 'Welcome to the test wiki.');
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Main_Page' });
      expect(res.statusCode).to.equal(200);
      expect(res.body).to.contain('Welcome to the test wiki.');
      expect(res.body).to.contain('<h2>What this wiki offers</h2>');
      expect(res.body).to.contain('<h3>CampaignEvents 0.1.0</h3>');
      // The description comes from the extension's descriptionmsg.
      expect(res.body).to.contain('Lets organizers turn on event registration');
      expect(res.body).to.contain('<h3>RestFixture 1.0.0</h3>');
      expect(res.body).to.contain('Routes for testing the &lt;REST&gt; router &amp; pages.');
      expect(res.body).to.contain('<a href="/wiki/Special:FixtureReport">Special:FixtureReport</a>');
      expect(res.body).to.contain('<code>PUT, DELETE /w/rest.php/fixture/v0/notes/{id}</code>');
    });

    it('answers an unknown action with a 400 that lists the actions', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/index.php?title=Foo&action=purge' });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('The action "purge" is not available for GET requests; use one of: view, edit, history.');
    });

    it('answers an unknown special page with a 404', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Special:Nonexistent' });
      expect(res.statusCode).to.equal(404);
      expect(res.body).to.contain('There is no special page "Nonexistent".');
    });

    it('answers an unknown URL with a 404 page', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/nowhere/<b>' });
      expect(res.statusCode).to.equal(404);
      expect(res.body).to.contain('<h1>Not found</h1>');
      expect(res.body).not.to.contain('<b>');
    });
  });

  describe('editing', () => {
    it('saves an edit posted with the session\'s token and redirects to the page', async () => {
      await createTestUser(wiki.host, 'Editor');
      const client = wiki.client();
      await client.logIn('Editor');
      const form = await client.get('/w/index.php?title=Edited_page&action=edit');
      expect(form.statusCode).to.equal(200);
      expect(form.body).to.contain('<h1>Creating Edited page</h1>');
      const saved = await client.postForm('/w/index.php?title=Edited_page&action=submit', {
        wpTextbox1: 'Version one\r\n',
        wpSummary: 'first <b>version</b>',
        wpEditToken: hiddenField(form.body, 'wpEditToken'),
      });
      expect(saved.statusCode).to.equal(303);
      expect(saved.headers.location).to.equal('/wiki/Edited_page');
      const view = await client.get('/wiki/Edited_page');
      expect(view.body).to.contain('<p>Version one</p>');

      const again = await client.get('/w/index.php?title=Edited_page&action=edit');
      expect(again.body).to.contain('<h1>Editing Edited page</h1>');
      expect(again.body).to.contain('<textarea name="wpTextbox1" rows="20">Version one</textarea>');
    });

    it('lets anonymous visitors edit with the anonymous token +\\', async () => {
      const client = wiki.client();
      const form = await client.get('/w/index.php?title=Anonymous_edit&action=edit');
      expect(hiddenField(form.body, 'wpEditToken')).to.equal('+\\');
      const saved = await client.postForm('/w/index.php?title=Anonymous_edit&action=submit', { wpTextbox1: 'by an IP', wpEditToken: '+\\' });
      expect(saved.statusCode).to.equal(303);
      const revision = await wiki.host.pages.getPageByTitle(wiki.host.titles.parseTitle('Anonymous edit'));
      expect(revision).to.not.equal(null);
    });

    it('shows the form again with the text kept when the token is missing or wrong', async () => {
      await createTestUser(wiki.host, 'Careless');
      const client = wiki.client();
      await client.logIn('Careless');
      const res = await client.postForm('/w/index.php?title=Lost_session&action=submit', {
        wpTextbox1: 'My long <text>',
        wpSummary: 'keep me',
        wpEditToken: 'not-the-token+\\',
      });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('Sorry! We could not process your edit due to a loss of session data.');
      expect(res.body).to.contain('<textarea name="wpTextbox1" rows="20">My long &lt;text&gt;</textarea>');
      expect(res.body).to.contain('value="keep me"');
      expect(await wiki.host.pages.getPageByTitle(wiki.host.titles.parseTitle('Lost session'))).to.equal(null);
    });

    it('shows a blocked user why the edit was refused, keeping the text', async () => {
      const blocked = await createTestUser(wiki.host, 'Blocked editor');
      const admin = (await wiki.host.users.getUserByName('Blocking admin'))!;
      await wiki.host.blocks.block(blocked, admin, { reason: 'vandalism', expiry: 'infinity' });
      const client = wiki.client();
      await client.logIn('Blocked editor');
      const form = await client.get('/w/index.php?title=Blocked_target&action=edit');
      expect(form.statusCode).to.equal(403);
      expect(form.body).to.contain('<h1>View source for Blocked target</h1>');
      expect(form.body).to.contain('You have been blocked from editing.');

      // A blocked user gets no edit form; the logout form carries the same session token.
      const logoutForm = await client.get('/wiki/Special:UserLogout');
      const res = await client.postForm('/w/index.php?title=Blocked_target&action=submit', {
        wpTextbox1: 'attempt',
        wpEditToken: hiddenField(logoutForm.body, 'wpEditToken'),
      });
      expect(res.statusCode).to.equal(403);
      expect(res.body).to.contain('You have been blocked from editing.');
      expect(res.body).to.contain('>attempt</textarea>');
    });

    it('answers a POST to the view action with 405', async () => {
      const res = await wiki.app.inject({ method: 'POST', url: '/wiki/Foo', payload: {} });
      expect(res.statusCode).to.equal(405);
    });
  });

  describe('history', () => {
    it('lists revisions newest first with time, author, size and summary', async () => {
      await wiki.host.clock.set('2026-03-02T10:00:00Z');
      await savePage('Historic', 'one', 'created it', 'Historian');
      wiki.host.clock.advance(60);
      await savePage('Historic', 'one two', 'added <two>', 'Historian');
      const res = await wiki.app.inject({ method: 'GET', url: '/w/index.php?title=Historic&action=history' });
      expect(res.statusCode).to.equal(200);
      expect(res.body).to.contain('<h1>Revision history of Historic</h1>');
      const rows = [...res.body.matchAll(/<tr data-revision="\d+">(.*?)<\/tr>/g)].map((m) => m[1]);
      expect(rows).to.deep.equal([
        '<td>2026-03-02 10:01:00 (current)</td><td><a href="/wiki/User:Historian">Historian</a></td><td>7 bytes</td><td>added &lt;two&gt;</td>',
        '<td>2026-03-02 10:00:00</td><td><a href="/wiki/User:Historian">Historian</a></td><td>3 bytes</td><td>created it</td>',
      ]);
    });

    it('says a missing page has no history', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/w/index.php?title=Never_written&action=history' });
      expect(res.statusCode).to.equal(404);
      expect(res.body).to.contain('There is no edit history for this page');
    });
  });
});
