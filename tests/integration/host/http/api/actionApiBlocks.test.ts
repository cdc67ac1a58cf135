import { expect } from 'chai';
import { startApiTestWiki, type ApiTestWiki } from './support/apiTestWiki';

describe('action API blocks: block and unblock', () => {
  let wiki: ApiTestWiki;

  beforeEach(async () => {
    wiki = await startApiTestWiki();
  });
  afterEach(() => wiki.close());

  it('blocks an account until the expiry and answers the block', async () => {
    const admin = await wiki.apiAs('Admin');
    const editor = (await wiki.host.users.getUserByName('Editor'))!;
    const { body } = await admin.post({ action: 'block', user: 'Editor', expiry: '2 weeks', reason: 'Spam', token: await admin.token(), formatversion: '2' });
    const block = (await wiki.host.blocks.getBlock(editor))!;
    expect(body).to.deep.equal({
      block: { user: 'Editor', userID: editor.id, expiry: '2026-03-15T12:00:00Z', id: block.id, reason: 'Spam', partial: false },
    });
  });

  it('blocks forever by default, answers formatversion 1 without false flags, and refuses a second block', async () => {
    const admin = await wiki.apiAs('Admin');
    const token = await admin.token();
    const { body } = await admin.post({ action: 'block', user: 'Editor', token });
    expect(body.block).to.include({ user: 'Editor', expiry: 'infinite', reason: '' });
    expect(body.block).not.to.have.property('partial');
    const again = await admin.post({ action: 'block', user: 'Editor', token });
    expect(again.body.error.code).to.equal('alreadyblocked');
    const reblock = await admin.post({ action: 'block', user: 'Editor', expiry: '1 day', reblock: '1', token, formatversion: '2' });
    expect(reblock.body.block.expiry).to.equal('2026-03-02T12:00:00Z');
  });

  it('stops the blocked account from editing, telling it who blocked it, why and until when', async () => {
    const admin = await wiki.apiAs('Admin');
    await admin.post({ action: 'block', user: 'Editor', expiry: '1 day', reason: 'Cool down', token: await admin.token() });
    const blocked = await wiki.apiAs('Editor');
    const adminRecord = (await wiki.host.users.getUserByName('Admin'))!;
    const { body } = await blocked.post({ action: 'edit', title: 'Sandbox', text: 'x', token: await blocked.token(), formatversion: '2' });
    expect(body.error).to.deep.include({
      code: 'blocked',
      info: 'You have been blocked from editing.',
      blockinfo: {
        blockid: body.error.blockinfo.blockid,
        blockedby: 'Admin',
        blockedbyid: adminRecord.id,
        blockreason: 'Cool down',
        blockedtimestamp: '2026-03-01T12:00:00Z',
        blockexpiry: '2026-03-02T12:00:00Z',
        blockpartial: false,
      },
    });
  });

  it('unblocks and answers the lifted block; a second unblock is cantunblock', async () => {
    const admin = await wiki.apiAs('Admin');
    const token = await admin.token();
    const editor = (await wiki.host.users.getUserByName('Editor'))!;
    const blocked = await admin.post({ action: 'block', user: 'Editor', token, formatversion: '2' });
    const { body } = await admin.post({ action: 'unblock', user: 'Editor', reason: 'Talked it over', token, formatversion: '2' });
    expect(body).to.deep.equal({ unblock: { id: blocked.body.block.id, user: 'Editor', userid: editor.id, reason: 'Talked it over' } });
    expect(await wiki.host.blocks.getBlock(editor)).to.equal(null);
    expect((await admin.post({ action: 'unblock', user: 'Editor', token })).body.error.code).to.equal('cantunblock');
  });

  it('needs the block right for both', async () => {
    const editor = await wiki.apiAs('Editor');
    const token = await editor.token();
    expect((await editor.post({ action: 'block', user: 'Admin', token })).body.error).to.include({
      code: 'permissiondenied',
      info: "You don't have permission to block this user from editing.",
    });
    expect((await editor.post({ action: 'unblock', user: 'Admin', token })).body.error).to.include({
      code: 'permissiondenied',
      info: "You don't have permission to unblock users.",
    });
  });

  it('names a user who does not exist and an expiry it cannot read', async () => {
    const admin = await wiki.apiAs('Admin');
    const token = await admin.token();
    expect((await admin.post({ action: 'block', user: 'Ghost', token })).body.error.code).to.equal('nosuchuser');
    expect((await admin.post({ action: 'block', user: 'Editor', expiry: 'whenever', token })).body.error.code).to.equal('invalidexpiry');
  });

  it('warns about the block options the host does not have', async () => {
    const admin = await wiki.apiAs('Admin');
    const { body } = await admin.post({ action: 'block', user: 'Editor', nocreate: '1', autoblock: '1', token: await admin.token() });
    expect(body.warnings).to.deep.equal({ main: { '*': 'Unrecognized parameters: nocreate, autoblock.' } });
  });
});
