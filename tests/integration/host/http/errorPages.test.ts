import { expect } from 'chai';
import { HostError } from '../../../../src/host/HostError';
import { recordingLogger, startTestWiki, type TestWiki } from './support/testWiki';

describe('Error pages', () => {
  let wiki: TestWiki;
  const logger = recordingLogger();
  before(async () => {
    wiki = await startTestWiki({ logger });
  });
  after(async () => {
    await wiki.close();
  });

  it('shows an unexpected failure as "Internal error" with the request id, logging the error, never its message or stack', async () => {
    const pages = wiki.host.pages;
    const original = pages.getPageByTitle;
    pages.getPageByTitle = async () => {
      throw new Error('SQLITE_CORRUPT at /srv/wiki/data/wiki.sqlite');
    };
    try {
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Anything' });
      expect(res.statusCode).to.equal(500);
      expect(res.headers['content-type']).to.equal('text/html; charset=utf-8');
      expect(res.body).to.contain('<h1>Internal error</h1>');
      expect(res.body).to.match(/it has been logged with the request id \S+\./);
      expect(res.body).not.to.contain('SQLITE_CORRUPT');
      expect(res.body).not.to.match(/\n\s+at /);
      expect(logger.records.some((r) => r.level === 'error' && (r.obj.err as Error).message.startsWith('SQLITE_CORRUPT'))).to.equal(true);
    } finally {
      pages.getPageByTitle = original;
    }
  });

  it('shows a user error thrown outside a form with its message and status', async () => {
    const pages = wiki.host.pages;
    const original = pages.getPageByTitle;
    pages.getPageByTitle = async () => {
      throw new HostError('readonly', 'The wiki is read-only <for maintenance>.', 503);
    };
    try {
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Anything' });
      expect(res.statusCode).to.equal(503);
      expect(res.body).to.contain('The wiki is read-only &lt;for maintenance&gt;.');
    } finally {
      pages.getPageByTitle = original;
    }
  });

  it('explains a request fastify refuses (a form over the size limit) without a stack', async () => {
    const res = await wiki.app.inject({
      method: 'POST',
      url: '/w/index.php?title=Big&action=submit',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `wpTextbox1=${'x'.repeat(2 * 1024 * 1024)}`,
    });
    expect(res.statusCode).to.equal(413);
    expect(res.body).to.contain('Request body is too large');
  });
});
