import { expect } from 'chai';
import type { HookUser } from '../../../../hooks';
import { createTestUser } from '../../../support/hostFixture';
import { startTestWiki, type TestWiki } from './support/testWiki';
import { hiddenField } from './support/WikiClient';

describe('Login, logout and account creation pages', () => {
  let wiki: TestWiki;
  before(async () => {
    wiki = await startTestWiki();
    await createTestUser(wiki.host, 'Alice');
  });
  after(async () => {
    await wiki.close();
  });

  describe('Special:UserLogin', () => {
    it('logs in with name, password and login token, then goes to returnto', async () => {
      const client = wiki.client();
      const form = await client.get('/w/index.php?title=Special:UserLogin&returnto=Some_page');
      expect(form.statusCode).to.equal(200);
      const res = await client.postForm('/w/index.php?title=Special:UserLogin', {
        wpName: 'alice',
        wpPassword: 'Alice-password',
        wpLoginToken: hiddenField(form.body, 'wpLoginToken'),
        returnto: hiddenField(form.body, 'returnto'),
      });
      expect(res.statusCode).to.equal(303);
      expect(res.headers.location).to.equal('/wiki/Some_page');
      const page = await client.get('/wiki/Some_page');
      expect(page.body).to.contain('Logged in as <a href="/wiki/User:Alice">Alice</a>');
      expect(page.body).to.contain('<form method="post" action="/w/index.php?title=Special:UserLogout">');
    });

    it('goes to the main page when returnto is missing or not a title (no open redirect)', async () => {
      const client = wiki.client();
      const form = await client.get('/wiki/Special:UserLogin');
      const res = await client.postForm('/wiki/Special:UserLogin', {
        wpName: 'Alice',
        wpPassword: 'Alice-password',
        wpLoginToken: hiddenField(form.body, 'wpLoginToken'),
        returnto: '//evil.example/<x>',
      });
      expect(res.headers.location).to.equal('/wiki/Main_Page');
    });

    it('refuses a wrong password with the generic message, keeping the name', async () => {
      const client = wiki.client();
      const form = await client.get('/wiki/Special:UserLogin');
      const res = await client.postForm('/wiki/Special:UserLogin', {
        wpName: 'Alice',
        wpPassword: 'wrong',
        wpLoginToken: hiddenField(form.body, 'wpLoginToken'),
      });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('Incorrect username or password entered.');
      expect(res.body).to.contain('name="wpName" value="Alice"');
      expect(res.body).to.contain('Log in</a>');
    });

    it('refuses a login without the session\'s login token (login CSRF)', async () => {
      const client = wiki.client();
      const res = await client.postForm('/wiki/Special:UserLogin', { wpName: 'Alice', wpPassword: 'Alice-password', wpLoginToken: '+\\' });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('Your session was lost or has expired');
      expect((await client.get('/wiki/Main_Page')).body).not.to.contain('Logged in as');
    });
  });

  describe('Special:UserLogout', () => {
    it('asks for confirmation on GET and logs out only on a POST with the token', async () => {
      const client = wiki.client();
      await client.logIn('Alice');
      const confirm = await client.get('/wiki/Special:UserLogout');
      expect(confirm.body).to.contain('Do you want to log out, Alice?');
      expect((await client.get('/wiki/Main_Page')).body).to.contain('Logged in as');

      const res = await client.postForm('/w/index.php?title=Special:UserLogout', { wpEditToken: hiddenField(confirm.body, 'wpEditToken') });
      expect(res.statusCode).to.equal(200);
      expect(res.body).to.contain('You are now logged out.');
      expect(res.body).to.contain('Log in</a>');
      expect((await client.get('/wiki/Main_Page')).body).not.to.contain('Logged in as');
    });

    it('does not log out on a POST with a wrong token', async () => {
      const client = wiki.client();
      await client.logIn('Alice');
      const res = await client.postForm('/wiki/Special:UserLogout', { wpEditToken: '+\\' });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('Your session was lost or has expired');
      expect((await client.get('/wiki/Main_Page')).body).to.contain('Logged in as');
    });

    it('tells an anonymous visitor they are not logged in', async () => {
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Special:UserLogout' });
      expect(res.body).to.contain('You are not logged in.');
    });
  });

  describe('Special:CreateAccount', () => {
    async function submit(fields: Record<string, string>) {
      const client = wiki.client();
      const form = await client.get('/wiki/Special:CreateAccount');
      const res = await client.postForm('/w/index.php?title=Special:CreateAccount', {
        wpCreateaccountToken: hiddenField(form.body, 'wpCreateaccountToken'),
        ...fields,
      });
      return { client, res };
    }

    it('creates the account, logs it in, runs UserRegistration (not auto-created) and goes to returnto', async () => {
      const seen: [HookUser, boolean][] = [];
      wiki.host.wiki.hooks.register('UserRegistration', (user: HookUser, autocreated: boolean) => void seen.push([user, autocreated]));
      const { client, res } = await submit({
        wpName: 'newcomer',
        wpPassword: 'a good long password',
        wpRetype: 'a good long password',
        wpEmail: 'newcomer@example.org',
        returnto: 'Help:Start',
      });
      expect(res.statusCode).to.equal(303);
      expect(res.headers.location).to.equal('/wiki/Help:Start');
      const user = await wiki.host.users.getUserByName('Newcomer');
      expect(user?.email).to.equal('newcomer@example.org');
      expect(seen).to.deep.equal([[{ id: user!.id, name: 'Newcomer', registration: '2026-03-01T12:00:00Z' }, false]]);
      expect((await client.get('/wiki/Main_Page')).body).to.contain('Logged in as <a href="/wiki/User:Newcomer">Newcomer</a>');
    });

    it('keeps a logged-in creator logged in as themselves', async () => {
      const client = wiki.client();
      await client.logIn('Alice');
      const form = await client.get('/wiki/Special:CreateAccount');
      const res = await client.postForm('/wiki/Special:CreateAccount', {
        wpName: 'Created by Alice',
        wpPassword: 'a good long password',
        wpRetype: 'a good long password',
        wpCreateaccountToken: hiddenField(form.body, 'wpCreateaccountToken'),
      });
      expect(res.statusCode).to.equal(200);
      expect(res.body).to.contain('The account Created by Alice has been created. You are still logged in as Alice.');
      expect(await wiki.host.users.getUserByName('Created by Alice')).to.not.equal(null);
      expect((await client.get('/wiki/Main_Page')).body).to.contain('Logged in as <a href="/wiki/User:Alice">Alice</a>');
    });

    it('shows a taken name next to the name field, keeping what was typed', async () => {
      const { res } = await submit({ wpName: 'Alice', wpPassword: 'another long password', wpRetype: 'another long password', wpEmail: 'a@example.org' });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.match(/name="wpName" value="Alice"[^>]*><\/label><span class="field-error" id="wpName-error">Username &quot;Alice&quot; is already in use/);
      expect(res.body).to.contain('name="wpEmail" value="a@example.org"');
    });

    it('shows mismatched passwords next to the confirmation field', async () => {
      const { res } = await submit({ wpName: 'Mismatch', wpPassword: 'one long password', wpRetype: 'another long password' });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('<span class="field-error" id="wpRetype-error">The passwords you entered do not match');
      expect(await wiki.host.users.getUserByName('Mismatch')).to.equal(null);
    });

    it('shows a password the policy refuses next to the password field', async () => {
      const { res } = await submit({ wpName: 'Shorty', wpPassword: 'x', wpRetype: 'x' });
      expect(res.body).to.contain('<span class="field-error" id="wpPassword-error">');
    });

    it('shows an invalid email address next to the email field', async () => {
      const { res } = await submit({ wpName: 'Bad mail', wpPassword: 'a good long password', wpRetype: 'a good long password', wpEmail: 'not an address' });
      expect(res.body).to.contain('<span class="field-error" id="wpEmail-error">The email address &quot;not an address&quot;');
    });

    it('refuses a submission without the account-creation token', async () => {
      const res = await wiki.client().postForm('/wiki/Special:CreateAccount', {
        wpName: 'Forged',
        wpPassword: 'a good long password',
        wpRetype: 'a good long password',
        wpCreateaccountToken: '+\\',
      });
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('Your session was lost or has expired');
      expect(await wiki.host.users.getUserByName('Forged')).to.equal(null);
    });
  });
});
