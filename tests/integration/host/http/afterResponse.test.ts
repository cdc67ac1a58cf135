import { expect } from 'chai';
import type { PageViewData } from '../../../../hooks';
import { BackgroundWork } from '../../../../src/host/http/background/BackgroundWork';
import { jobsPerRequest } from '../../../../src/host/http/background/registerAfterResponseWork';
import { toFastifyLogger } from '../../../../src/host/http/fastifyLogger';
import { createTestUser } from '../../../support/hostFixture';
import { recordingLogger, startTestWiki, type TestWiki } from './support/testWiki';

describe('Work after the response', () => {
  describe('the PageView hook', () => {
    let wiki: TestWiki;
    let views: PageViewData[];
    before(async () => {
      wiki = await startTestWiki();
      wiki.host.wiki.hooks.register('PageView', (view: PageViewData) => void views.push(view));
    });
    beforeEach(() => {
      views = [];
    });
    after(async () => {
      await wiki.close();
    });

    it('runs for a missing page with the anonymous viewer and the request', async () => {
      await wiki.app.inject({ method: 'GET', url: '/wiki/Event:Not_yet?foo=bar' });
      await wiki.app.backgroundWork.idle();
      expect(views).to.deep.equal([
        {
          user: null,
          page: { text: 'Event:Not yet', dbKey: 'Not_yet', namespace: 1728, id: 0 },
          request: { method: 'GET', action: 'view', path: '/wiki/Event:Not_yet', query: 'foo=bar' },
          isRedirect: false,
          timestamp: '2026-03-01T12:00:00Z',
        },
      ]);
    });

    it('runs for an existing page with the logged-in viewer, and for its history', async () => {
      const viewer = await createTestUser(wiki.host, 'Viewer');
      const page = await wiki.host.pageUpdater.edit({ title: wiki.host.titles.parseTitle('Seen'), text: 'x', user: viewer });
      const client = wiki.client();
      await client.logIn('Viewer');
      await client.get('/wiki/Seen');
      await client.get('/w/index.php?title=Seen&action=history');
      await wiki.app.backgroundWork.idle();
      expect(views.map((v) => [v.request.action, v.page.id, v.user])).to.deep.equal([
        ['view', page.page.id, { id: viewer.id, name: 'Viewer', registration: '2026-03-01T12:00:00Z' }],
        ['history', page.page.id, { id: viewer.id, name: 'Viewer', registration: '2026-03-01T12:00:00Z' }],
      ]);
    });

    it('runs for a redirect page answered with a redirect, then for its target', async () => {
      const author = await createTestUser(wiki.host, 'Redirector');
      const target = await wiki.host.pageUpdater.edit({ title: wiki.host.titles.parseTitle('Garden'), text: 'Gardens.', user: author });
      const redirect = await wiki.host.pageUpdater.edit({ title: wiki.host.titles.parseTitle('Gardens'), text: '#REDIRECT [[Garden]]', user: author });
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Gardens' });
      expect(res.statusCode).to.equal(302);
      expect(res.headers.location).to.equal('/w/index.php?title=Garden&redirectfrom=Gardens');
      const landed = await wiki.app.inject({ method: 'GET', url: res.headers.location as string });
      expect(landed.body).to.contain('(Redirected from <a href="/w/index.php?title=Gardens&amp;redirect=no">Gardens</a>)');
      expect(landed.body).to.contain('Gardens.');
      await wiki.app.backgroundWork.idle();
      expect(views.map((v) => [v.page.id, v.isRedirect])).to.deep.equal([
        [redirect.page.id, true],
        [target.page.id, false],
      ]);
    });

    it('shows a redirect page itself with redirect=no, as a view and not a redirect', async () => {
      const author = await createTestUser(wiki.host, 'Redirector2');
      await wiki.host.pageUpdater.edit({ title: wiki.host.titles.parseTitle('Trees'), text: '#REDIRECT [[Tree planting]]', user: author });
      const res = await wiki.app.inject({ method: 'GET', url: '/w/index.php?title=Trees&redirect=no' });
      expect(res.statusCode).to.equal(200);
      expect(res.body).to.contain('#REDIRECT [[Tree planting]]');
      await wiki.app.backgroundWork.idle();
      expect(views.map((v) => v.isRedirect)).to.deep.equal([false]);
    });

    it('does not run for special pages', async () => {
      await wiki.app.inject({ method: 'GET', url: '/wiki/Special:UserLogin' });
      await wiki.app.backgroundWork.idle();
      expect(views).to.deep.equal([]);
    });

    it('runs only after the response has been sent', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const slowHandler = async () => gate;
      const unregister = wiki.host.wiki.hooks.scopedRegister('PageView', slowHandler);
      // If the hook ran before the response, this would wait for the gate forever.
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Slow_hook' });
      expect(res.statusCode).to.equal(404);
      release();
      await wiki.app.backgroundWork.idle();
      unregister();
      expect(views).to.have.length(1);
    });

    it('keeps serving pages when a handler fails', async () => {
      const unregister = wiki.host.wiki.hooks.scopedRegister('PageView', () => {
        throw new Error('handler bug');
      });
      const res = await wiki.app.inject({ method: 'GET', url: '/wiki/Fragile' });
      await wiki.app.backgroundWork.idle();
      unregister();
      expect(res.statusCode).to.equal(404);
      expect(views).to.have.length(1);
    });
  });

  describe('queued jobs (JobRunRate)', () => {
    const g = globalThis as { restFixtureJobs?: unknown[] };
    afterEach(() => {
      delete g.restFixtureJobs;
    });

    async function jobsRunAfterOneRequest(settings: Record<string, unknown>): Promise<unknown[]> {
      const wiki = await startTestWiki({ settings });
      try {
        await wiki.host.jobs.push([1, 2, 3].map((n) => ({ type: 'fixtureJob', params: { n } })));
        await wiki.app.inject({ method: 'GET', url: '/wiki/Main_Page' });
        await wiki.app.backgroundWork.idle();
        return g.restFixtureJobs ?? [];
      } finally {
        await wiki.close();
      }
    }

    it('runs up to JobRunRate jobs after a response', async () => {
      expect(await jobsRunAfterOneRequest({ wgJobRunRate: 2 })).to.deep.equal([{ n: 1 }, { n: 2 }]);
    });

    it('runs none with JobRunRate 0', async () => {
      expect(await jobsRunAfterOneRequest({ wgJobRunRate: 0 })).to.deep.equal([]);
    });

    it('treats a rate below 1 as the chance of running one job', async () => {
      const config = { has: () => true, get: () => 0.25 } as never;
      expect(jobsPerRequest(config, () => 0.1)).to.equal(1);
      expect(jobsPerRequest(config, () => 0.5)).to.equal(0);
    });
  });

  describe('BackgroundWork', () => {
    it('logs a failing task instead of throwing, and idle() waits for every task', async () => {
      const logger = recordingLogger();
      const work = new BackgroundWork(toFastifyLogger(logger));
      let finished = false;
      work.run('A failing task', async () => {
        throw new Error('boom');
      });
      work.run('A slow task', () => new Promise((resolve) => setTimeout(() => resolve((finished = true)), 20)));
      await work.idle();
      expect(finished).to.equal(true);
      expect(logger.records.map((r) => [r.level, r.msg, (r.obj.err as Error).message])).to.deep.equal([['error', 'A failing task failed', 'boom']]);
    });
  });
});
