import { expect } from 'chai';
import { startApiTestWiki, type ApiTestWiki } from './support/apiTestWiki';

describe('action API pages: edit and prop=revisions', () => {
  let wiki: ApiTestWiki;

  beforeEach(async () => {
    wiki = await startApiTestWiki();
  });
  afterEach(() => wiki.close());

  describe('action=edit', () => {
    it('creates a page with the anonymous token "+\\" and answers MediaWiki\'s shape in formatversion 1', async () => {
      const { body } = await wiki.api().post({ action: 'edit', title: 'sandbox', text: 'Hello', summary: 'first', token: '+\\' });
      expect(body).to.deep.equal({
        edit: {
          new: '',
          result: 'Success',
          pageid: 1,
          title: 'Sandbox',
          contentmodel: 'wikitext',
          oldrevid: 0,
          newrevid: 1,
          newtimestamp: '2026-03-01T12:00:00Z',
        },
      });
      const revision = await wiki.host.pages.getRevisionById(1);
      expect(revision).to.include({ text: 'Hello', comment: 'first' });
      expect(revision!.user).to.deep.equal({ id: 0, name: '127.0.0.1' });
    });

    it('edits a page by id (formatversion 2, "new" absent) and reports nochange for the same text', async () => {
      const editor = await wiki.apiAs('Editor');
      const token = await editor.token();
      await editor.post({ action: 'edit', title: 'Notes', text: 'one', token });
      wiki.host.clock.advance(60);
      const edited = await editor.post({ action: 'edit', pageid: '1', text: 'two', token, formatversion: '2' });
      expect(edited.body.edit).to.deep.equal({
        result: 'Success',
        pageid: 1,
        title: 'Notes',
        contentmodel: 'wikitext',
        oldrevid: 1,
        newrevid: 2,
        newtimestamp: '2026-03-01T12:01:00Z',
      });
      const same = await editor.post({ action: 'edit', title: 'Notes', text: 'two', token, formatversion: '2' });
      expect(same.body.edit).to.deep.equal({ result: 'Success', pageid: 1, title: 'Notes', contentmodel: 'wikitext', nochange: true });
    });

    it('appends and prepends to the current text', async () => {
      const api = wiki.api();
      await api.post({ action: 'edit', title: 'List', text: 'b', token: '+\\' });
      await api.post({ action: 'edit', title: 'List', appendtext: '\nc', prependtext: 'a\n', token: '+\\' });
      const page = (await wiki.host.pages.getPageById(1))!;
      expect((await wiki.host.pages.getRevisionById(page.latestRevisionId))!.text).to.equal('a\nb\nc');
    });

    it('detects an edit conflict from basetimestamp when someone else saved since', async () => {
      const editor = await wiki.apiAs('Editor');
      await editor.post({ action: 'edit', title: 'Busy', text: 'v1', token: await editor.token() });
      const base = '2026-03-01T12:00:00Z';
      wiki.host.clock.advance(60);
      const admin = await wiki.apiAs('Admin');
      await admin.post({ action: 'edit', title: 'Busy', text: 'v2', token: await admin.token() });
      const late = await editor.post({ action: 'edit', title: 'Busy', text: 'v1b', basetimestamp: base, token: await editor.token() });
      expect(late.body.error).to.include({ code: 'editconflict', info: 'Edit conflict.' });
      const own = await admin.post({ action: 'edit', title: 'Busy', text: 'v3', basetimestamp: base, token: await admin.token() });
      expect(own.body.edit.result).to.equal('Success');
      const bad = await admin.post({ action: 'edit', title: 'Busy', text: 'v4', basetimestamp: 'yesterday', token: await admin.token() });
      expect(bad.body.error).to.include({ code: 'badtimestamp', info: 'Invalid value "yesterday" for timestamp parameter "basetimestamp".' });
    });

    it('refuses section edits, an unknown page id, and editing without the edit right', async () => {
      const api = wiki.api();
      expect((await api.post({ action: 'edit', title: 'X', section: 'new', text: 'x', token: '+\\' })).body.error.code).to.equal(
        'sectionsnotsupported',
      );
      expect((await api.post({ action: 'edit', pageid: '404', text: 'x', token: '+\\' })).body.error).to.include({
        code: 'nosuchpageid',
        info: 'There is no page with ID 404.',
      });
      await wiki.close();
      wiki = await startApiTestWiki({ settings: { wgGroupPermissions: { '*': { edit: false } } } });
      const { body } = await wiki.api().post({ action: 'edit', title: 'X', text: 'x', token: '+\\' });
      expect(body.error.code).to.equal('permissiondenied');
    });

    it('takes long text as multipart/form-data, as clients send it', async () => {
      const text = 'x'.repeat(20000);
      const boundary = '----wikiext-test';
      const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      const parts = [part('action', 'edit'), part('title', 'Long'), part('text', text), part('token', '+\\')];
      const payload = `${parts.join('')}--${boundary}--\r\n`;
      const response = await wiki.client().request({
        method: 'POST',
        url: '/w/api.php?format=json',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      expect(JSON.parse(response.body).edit.result).to.equal('Success');
      expect((await wiki.host.pages.getRevisionById(1))!.size).to.equal(20000);
    });

    it('refuses a multipart body that does not follow its boundary with 400, naming the problem', async () => {
      const response = await wiki.client().request({
        method: 'POST',
        url: '/w/api.php',
        headers: { 'content-type': 'multipart/form-data; boundary=abc' },
        payload: '--abc\r\nContent-Disposition: form-data; name="action"\r\n\r\nedit\r\n',
      });
      expect(response.statusCode).to.equal(400);
      expect(JSON.parse(response.body).error.info).to.equal(
        'The multipart/form-data request body is malformed: the last part is not closed by the boundary.',
      );
    });
  });

  describe('action=query&prop=revisions', () => {
    beforeEach(async () => {
      await wiki.api().post({ action: 'edit', title: 'Alpha', text: 'First text', summary: 'start', token: '+\\' });
    });

    it('reads the latest revision with rvslots=main in formatversion 2, pages as a list', async () => {
      const { body } = await wiki.api().get({
        action: 'query',
        titles: 'alpha|Missing page',
        prop: 'revisions',
        rvprop: 'ids|timestamp|user|comment|content',
        rvslots: 'main',
        formatversion: '2',
      });
      expect(body).to.deep.equal({
        batchcomplete: true,
        query: {
          normalized: [{ fromencoded: false, from: 'alpha', to: 'Alpha' }],
          pages: [
            {
              pageid: 1,
              ns: 0,
              title: 'Alpha',
              revisions: [
                {
                  revid: 1,
                  parentid: 0,
                  user: '127.0.0.1',
                  anon: true,
                  timestamp: '2026-03-01T12:00:00Z',
                  comment: 'start',
                  slots: { main: { contentmodel: 'wikitext', contentformat: 'text/x-wiki', content: 'First text' } },
                },
              ],
            },
            { ns: 0, title: 'Missing page', missing: true },
          ],
        },
      });
    });

    it('keys pages by id in formatversion 1 and puts legacy content under "*" without rvslots, with MediaWiki\'s warning', async () => {
      const { body } = await wiki.api().get({ action: 'query', titles: 'Alpha|Nope|Bad<title>', prop: 'revisions', rvprop: 'content' });
      expect(body.query.pages['1'].revisions).to.deep.equal([{ contentmodel: 'wikitext', contentformat: 'text/x-wiki', '*': 'First text' }]);
      expect(body.query.pages['-1']).to.deep.equal({ ns: 0, title: 'Nope', missing: '' });
      expect(body.query.pages['-2']).to.include({ title: 'Bad<title>', invalid: '' }).and.to.have.property('invalidreason');
      expect(body.warnings.revisions['*']).to.match(/^Because "rvslots" was not specified, a legacy format has been used/);
    });

    it('looks pages up by id and refuses titles and pageids together', async () => {
      const byId = await wiki.api().get({ action: 'query', pageids: '1|99', formatversion: '2' });
      expect(byId.body.query.pages).to.deep.equal([{ pageid: 1, ns: 0, title: 'Alpha' }, { pageid: 99, missing: true }]);
      const both = await wiki.api().get({ action: 'query', pageids: '1', titles: 'Alpha' });
      expect(both.body.error).to.include({ code: 'multisource', info: 'Cannot use "pageids" at the same time as "titles".' });
    });
  });

  describe('action=query&meta=siteinfo', () => {
    it('describes the wiki and its namespaces as clients expect', async () => {
      const { body } = await wiki.api().get({ action: 'query', meta: 'siteinfo', siprop: 'general|namespaces|namespacealiases', formatversion: '2' });
      expect(body.query.general).to.include({
        mainpage: 'Main Page',
        sitename: 'wikiext',
        generator: 'MediaWiki 1.45.0',
        articlepath: '/wiki/$1',
        scriptpath: '/w',
        case: 'first-letter',
        writeapi: true,
      });
      expect(body.query.namespaces['1728']).to.include({ id: 1728, name: 'Event', canonical: 'Event', subpages: true });
      expect(body.query.namespaces['0']).to.include({ id: 0, name: '', content: true });
      expect(body.query.namespacealiases).to.deep.include({ id: 6, alias: 'Image' });
      const v1 = await wiki.api().get({ action: 'query', meta: 'siteinfo', siprop: 'namespaces' });
      expect(v1.body.query.namespaces['0']).to.deep.equal({ id: 0, case: 'first-letter', '*': '', content: '' });
    });
  });
});
