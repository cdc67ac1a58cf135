import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import { Mwn } from 'mwn';
import { startApiTestWiki, type ApiTestWiki } from './support/apiTestWiki';

/**
 * The proof that existing MediaWiki clients work with the host unchanged: mwn, a bot framework written for Wikipedia,
 * drives a listening server over real HTTP with its own defaults (formatversion 2, maxlag, tokens of every type).
 */
describe('the action API driven by mwn, an unmodified MediaWiki bot library', () => {
  let wiki: ApiTestWiki;
  let apiUrl: string;

  before(async () => {
    wiki = await startApiTestWiki();
    await wiki.app.listen({ port: 0, host: '127.0.0.1' });
    apiUrl = `http://127.0.0.1:${(wiki.app.server.address() as AddressInfo).port}/w/api.php`;
  });
  after(() => wiki.close());

  /** A bot for `username`, failing fast instead of mwn's retries with pauses. */
  const botFor = (username: string, password = `${username}-password`) =>
    new Mwn({ apiUrl, username, password, silent: true, maxRetries: 0, retryPause: 1, userAgent: 'wikiext tests (mwn)' });

  it('logs in, gets a token, creates an account, adds it to a group, edits a page and reads it back', async () => {
    const admin = botFor('Admin');
    const login = await admin.login();
    expect(login).to.include({ result: 'Success', lgusername: 'Admin' });

    const token = await admin.getCsrfToken();
    expect(token).to.match(/^[0-9a-f]{32}\+\\$/);

    expect(await admin.createAccount('Mwn newbie', 'Newbie-password-1')).to.deep.equal({ status: 'PASS', username: 'Mwn newbie' });

    const rights = await admin.request({ action: 'userrights', user: 'Mwn newbie', add: 'bot', token: admin.state.userrightstoken });
    expect(rights.userrights).to.include({ user: 'Mwn newbie' });
    expect(rights.userrights.added).to.deep.equal(['bot']);

    const saved = await admin.save('Proof page', 'Written by mwn.', 'First version');
    expect(saved).to.include({ result: 'Success', title: 'Proof page', new: true });

    const page = await admin.read('Proof page');
    expect(page.revisions?.[0].content).to.equal('Written by mwn.');

    const newbie = botFor('Mwn newbie', 'Newbie-password-1');
    await newbie.login();
    const info = await newbie.userinfo({ uiprop: ['groups', 'rights'] });
    expect(info.groups).to.include('bot');
    expect(info.rights).to.include('bot');
  });

  it('edits with edit-conflict detection (bot.edit) and sends long text as multipart', async () => {
    const admin = botFor('Admin');
    await admin.login();
    await admin.save('Growing page', 'Line 1');
    const edited = await admin.edit('Growing page', (revision) => `${revision.content}\nLine 2`);
    expect(edited).to.include({ result: 'Success', oldrevid: edited.newrevid - 1 });
    expect((await admin.read('Growing page')).revisions?.[0].content).to.equal('Line 1\nLine 2');

    const long = 'A long line of text. '.repeat(1000);
    await admin.save('Long page', long);
    expect((await admin.read('Long page')).revisions?.[0].content).to.equal(long);
  });

  it('blocks and unblocks a user, whose edits fail with "blocked" in between', async () => {
    const admin = botFor('Admin');
    await admin.login();
    const block = await new admin.User('Editor').block({ expiry: '1 day', reason: 'mwn test' });
    expect(block).to.include({ user: 'Editor', reason: 'mwn test', expiry: '2026-03-02T12:00:00Z' });

    const editor = botFor('Editor');
    await editor.login();
    let refusal: { code?: string } = {};
    await editor.save('Sandbox', 'while blocked').catch((error: { code?: string }) => (refusal = error));
    expect(refusal.code).to.equal('blocked');

    const unblock = await new admin.User('Editor').unblock({ reason: 'done' });
    expect(unblock).to.include({ user: 'Editor', reason: 'done' });
    expect(await editor.save('Sandbox', 'after the block')).to.include({ result: 'Success' });
  });

  it('logs out', async () => {
    const editor = botFor('Editor');
    await editor.login();
    await editor.logout();
    expect(await editor.userinfo()).to.deep.include({ id: 0, anon: true });
  });
});
