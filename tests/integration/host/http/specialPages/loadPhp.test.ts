import { expect } from 'chai';
import type { FastifyInstance } from 'fastify';
import type { Host } from '../../../../../src/host/boot/bootHost';
import { createHttpServer } from '../../../../../src/host/http/createHttpServer';
import { createTestHost } from '../../../../support/hostFixture';
import { FIXTURE_OTHER_STYLE, FIXTURE_STYLE, writeSpecialFixtureExtension } from './specialFixtureExtension';

describe('load.php (/w/load.php)', () => {
  let host: Host;
  let app: FastifyInstance;
  before(async () => {
    host = await createTestHost({ extensions: [writeSpecialFixtureExtension()] });
    app = createHttpServer(host);
    await app.ready();
  });
  after(async () => {
    await app.close();
    await host.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('serves a module\'s scripts as JavaScript, each file in its own function scope, without source map comments', async () => {
    const res = await get('/w/load.php?modules=ext.specialFixture&only=scripts');
    expect(res.statusCode).to.equal(200);
    expect(res.headers['content-type']).to.equal('text/javascript; charset=utf-8');
    expect(res.headers['x-content-type-options']).to.equal('nosniff');
    expect(res.body).to.equal(
      '/* ext.specialFixture */\ntry {\n/* fixture.js */\n(function () {\n' +
        "document.documentElement.dataset.specialFixture = 'ran';\n}());\n" +
        '} catch (e) {\n  console.error("Module \\"ext.specialFixture\\" failed:", e);\n}\n',
    );
    expect(() => new Function(res.body)).not.to.throw();
  });

  it('concatenates the styles of several modules in the order given', async () => {
    const res = await get('/w/load.php?modules=ext.specialFixture.stylesOnly%7Cext.specialFixture&only=styles');
    expect(res.headers['content-type']).to.equal('text/css; charset=utf-8');
    expect(res.body).to.equal(
      `/* ext.specialFixture.stylesOnly */\n/* modules/other.css */\n${FIXTURE_OTHER_STYLE}\n/* ext.specialFixture */\n/* fixture.css */\n${FIXTURE_STYLE}`,
    );
  });

  it('answers scripts of a styles-only module with an empty script', async () => {
    const res = await get('/w/load.php?modules=ext.specialFixture.stylesOnly&only=scripts');
    expect(res.statusCode).to.equal(200);
    expect(res.body).to.equal('');
  });

  it('sends an ETag, answers If-None-Match with 304, and lets only the current versioned URL be cached long', async () => {
    const first = await get('/w/load.php?modules=ext.specialFixture&only=styles');
    const etag = String(first.headers.etag);
    expect(etag).to.match(/^"[0-9a-f]{12}"$/);
    expect(first.headers['cache-control']).to.equal('public, max-age=300, must-revalidate');
    const again = await get('/w/load.php?modules=ext.specialFixture&only=styles', { 'if-none-match': etag });
    expect(again.statusCode).to.equal(304);
    expect(again.body).to.equal('');
    const versioned = await get(`/w/load.php?modules=ext.specialFixture&only=styles&version=${etag.slice(1, -1)}`);
    expect(versioned.headers['cache-control']).to.equal('public, max-age=2592000, immutable');
    const stale = await get('/w/load.php?modules=ext.specialFixture&only=styles&version=000000000000');
    expect(stale.headers['cache-control']).to.equal('public, max-age=300, must-revalidate');
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/w/load.php?modules=ext.specialFixture&only=scripts' });
    expect(res.statusCode).to.equal(200);
    expect(res.headers['content-type']).to.equal('text/javascript; charset=utf-8');
  });

  it('answers an unknown module with a plain-text 404 naming it, with a did-you-mean', async () => {
    const res = await get('/w/load.php?modules=ext.specialFixture%7Cext.specialFixtur%7Cnothing.like.it&only=scripts');
    expect(res.statusCode).to.equal(404);
    expect(res.headers['content-type']).to.equal('text/plain; charset=utf-8');
    expect(res.body).to.equal(
      'There is no module "ext.specialFixtur"; did you mean "ext.specialFixture"? Modules are declared under ResourceModules in an extension.json.\n' +
        'There is no module "nothing.like.it". Modules are declared under ResourceModules in an extension.json.\n',
    );
  });

  it('answers a request without modules or without only=scripts|styles with a plain-text 400', async () => {
    const noModules = await get('/w/load.php?only=scripts');
    expect(noModules.statusCode).to.equal(400);
    expect(noModules.body).to.equal('load.php needs modules=<name>|<name>... and only=scripts or only=styles, e.g. /w/load.php?modules=ext.myExtension&only=scripts.\n');
    const noOnly = await get('/w/load.php?modules=ext.specialFixture');
    expect(noOnly.statusCode).to.equal(400);
    expect(noOnly.body).to.equal('load.php answers either scripts or styles: give only=scripts or only=styles (got no "only" parameter).\n');
    const badOnly = await get('/w/load.php?modules=ext.specialFixture&only=images');
    expect(badOnly.body).to.contain('(got only=images)');
  });
});
