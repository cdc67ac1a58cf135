import { expect } from 'chai';
import type { FastifyInstance } from 'fastify';
import type { Host } from '../../../../../src/host/boot/bootHost';
import { createHttpServer } from '../../../../../src/host/http/createHttpServer';
import { WikiClient } from '../support/WikiClient';
import { type LogRecord, recordingLogger } from '../support/testWiki';
import { createTestHost, createTestUser } from '../../../../support/hostFixture';
import { seenViews, writeHeaderFixtureExtension } from './headerFixtureExtension';

describe('ArticleViewHeader', () => {
  const logger = recordingLogger();
  let host: Host;
  let app: FastifyInstance;
  before(async () => {
    host = await createTestHost({ extensions: [writeHeaderFixtureExtension()], logger });
    app = createHttpServer(host);
    await app.ready();
    const author = await createTestUser(host, 'Author');
    const write = (title: string, text: string) => host.pageUpdater.edit({ title: host.titles.parseTitle(title), text, user: author });
    await write('Garden', 'Roses & tulips.');
    await write('Tom & Jerry', 'A cartoon.');
    await write('Gardens', '#REDIRECT [[Garden]]');
  });
  beforeEach(() => {
    seenViews.length = 0;
    logger.records.length = 0;
  });
  after(async () => {
    await app.close();
    await host.close();
  });

  const hookErrors = (): LogRecord[] => logger.records.filter((r) => r.level === 'error' && r.obj.hook === 'ArticleViewHeader');

  it('is run by the view of an existing page with the page, the anonymous viewer and the language', async () => {
    await new WikiClient(app).get('/wiki/Garden');
    expect(seenViews).to.deep.equal([
      { title: { namespace: 0, dbKey: 'Garden', prefixedText: 'Garden' }, exists: true, viewer: { id: 0, name: '127.0.0.1' }, language: 'en' },
    ]);
  });

  it('passes a logged-in viewer as id and name', async () => {
    const reader = await createTestUser(host, 'Reader');
    const client = new WikiClient(app);
    await client.logIn('Reader');
    await client.get('/wiki/Garden');
    expect(seenViews.map((v) => v.viewer)).to.deep.equal([{ id: reader.id, name: 'Reader' }]);
  });

  it('puts what handlers added between the heading and the page text', async () => {
    const res = await new WikiClient(app).get('/wiki/Tom_%26_Jerry');
    expect(res.statusCode).to.equal(200);
    expect(res.body).to.contain('<h1>Tom &amp; Jerry</h1>\n<p class="header-fixture">About Tom &amp; Jerry</p><div class="page-text">');
  });

  it('is not run for a missing page, nor for a redirect page that answers with a redirect', async () => {
    const client = new WikiClient(app);
    expect((await client.get('/wiki/Nowhere')).statusCode).to.equal(404);
    expect((await client.get('/wiki/Gardens')).statusCode).to.equal(302);
    expect(seenViews).to.deep.equal([]);
  });

  it('is run for a redirect page shown with redirect=no', async () => {
    const res = await new WikiClient(app).get('/w/index.php?title=Gardens&redirect=no');
    expect(res.body).to.contain('<p class="header-fixture">About Gardens</p>');
    expect(seenViews.map((v) => v.title.dbKey)).to.deep.equal(['Gardens']);
  });

  it('logs a throwing handler and still shows the page with what the others added', async () => {
    const res = await new WikiClient(app).get('/wiki/Garden');
    expect(res.statusCode).to.equal(200);
    expect(res.body).to.contain('<p class="header-fixture">About Garden</p>');
    expect(res.body).to.contain('Roses &amp; tulips.');
    const failure = hookErrors().find((r) => r.msg.includes('header handler bug'));
    expect(failure?.obj.handler).to.match(/failing/);
  });

  it('refuses markup that is not SafeHtml: the handler fails and its string never reaches the page', async () => {
    const res = await new WikiClient(app).get('/wiki/Garden');
    expect(res.statusCode).to.equal(200);
    expect(res.body).not.to.contain('raw-fixture');
    expect(hookErrors().some((r) => r.msg.includes('addHtml() takes SafeHtml, not string'))).to.equal(true);
  });
});
