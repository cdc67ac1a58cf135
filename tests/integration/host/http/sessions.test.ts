import { expect } from 'chai';
import { createTestUser } from '../../../support/hostFixture';
import { startTestWiki, type TestWiki } from './support/testWiki';
import type { WikiClient } from './support/WikiClient';

describe('Sessions (wikiext_session cookie)', () => {
  let wiki: TestWiki;
  before(async () => {
    wiki = await startTestWiki();
    await createTestUser(wiki.host, 'Sam');
  });
  after(async () => {
    await wiki.close();
  });

  const sessionKey = (id: string) => wiki.host.stash.makeKey('session', id);
  const whoAmI = async (client: WikiClient) => (await client.get('/w/rest.php/fixture/v0/echo/a/b')).json().user.name as string;

  it('sets no cookie for an anonymous page view', async () => {
    const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Main_Page' });
    expect(res.headers['set-cookie']).to.equal(undefined);
  });

  it('sets an HttpOnly, SameSite=Lax cookie for the whole site that lives as long as the stash entry (24 h)', async () => {
    const client = wiki.client();
    const res = await client.logIn('Sam');
    const cookie = res.cookies.find((c) => c.name === 'wikiext_session')!;
    expect(cookie).to.include({ path: '/', httpOnly: true, sameSite: 'Lax', maxAge: 86400 });
    expect(await wiki.host.stash.get(sessionKey(cookie.value))).to.include({ userName: 'Sam' });
  });

  it('creates a session for an anonymous visitor who needs a login token', async () => {
    const client = wiki.client();
    await client.get('/wiki/Special:UserLogin');
    const id = client.cookies.get('wikiext_session')!;
    expect(await wiki.host.stash.get(sessionKey(id))).to.include({ userId: 0 });
  });

  it('gives the session a new id on login, so an id planted before login is worthless (session fixation)', async () => {
    const attacker = wiki.client();
    await attacker.get('/wiki/Special:UserLogin');
    const planted = attacker.cookies.get('wikiext_session')!;

    const victim = wiki.client();
    victim.cookies.set('wikiext_session', planted);
    await victim.logIn('Sam');
    expect(victim.cookies.get('wikiext_session')).to.not.equal(planted);
    expect(await whoAmI(victim)).to.equal('Sam');
    expect(await whoAmI(attacker)).to.equal('127.0.0.1');
    expect(await wiki.host.stash.get(sessionKey(planted))).to.equal(undefined);
  });

  it('is the same session for pages and REST routes', async () => {
    const client = wiki.client();
    await client.logIn('Sam');
    const res = await client.get('/w/rest.php/fixture/v0/echo/a/b');
    expect(res.json()).to.deep.include({ user: { id: (await wiki.host.users.getUserByName('Sam'))!.id, name: 'Sam' }, hasSession: true });
  });

  it('destroys the session on logout: replaying the old cookie is anonymous', async () => {
    const client = wiki.client();
    await client.logIn('Sam');
    const id = client.cookies.get('wikiext_session')!;
    const confirm = await client.get('/wiki/Special:UserLogout');
    const token = /name="wpEditToken" value="([^"]*)"/.exec(confirm.body)![1];
    const res = await client.postForm('/wiki/Special:UserLogout', { wpEditToken: token });
    expect(res.cookies.find((c) => c.name === 'wikiext_session')?.value).to.equal('');
    expect(await wiki.host.stash.get(sessionKey(id))).to.equal(undefined);

    const replay = wiki.client();
    replay.cookies.set('wikiext_session', id);
    expect(await whoAmI(replay)).to.equal('127.0.0.1');
  });

  it('expires an unused session after 24 hours', async () => {
    const client = wiki.client();
    await client.logIn('Sam');
    wiki.host.clock.advance(24 * 3600 + 1);
    expect(await whoAmI(client)).to.equal('127.0.0.1');
  });

  it('renews a session that is used, so an active user stays logged in', async () => {
    const client = wiki.client();
    await client.logIn('Sam');
    for (let day = 0; day < 3; day++) {
      wiki.host.clock.advance(23 * 3600);
      expect(await whoAmI(client), `after ${day + 1} days`).to.equal('Sam');
    }
  });

  it('ignores a malformed or unknown cookie', async () => {
    for (const value of ['../../etc', 'a'.repeat(32)]) {
      const client = wiki.client();
      client.cookies.set('wikiext_session', value);
      expect(await whoAmI(client)).to.equal('127.0.0.1');
    }
  });
});
