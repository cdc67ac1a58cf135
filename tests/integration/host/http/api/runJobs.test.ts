import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { runJobsSignature } from '../../../../../src/host/http/api/runJobsSignature';
import { startApiTestWiki, type ApiTestWiki } from './support/apiTestWiki';

const SECRET = 'a-secret-key-of-at-least-32-characters';
/** 2026-03-01T12:00:00Z, the test clock's start, in Unix seconds. */
const NOW = 1772366400;

/** The jobs RecordingJob (the RestFixture's `fixtureJob`) has run, in order. */
const ranJobs = (): unknown[] => ((globalThis as { restFixtureJobs?: unknown[] }).restFixtureJobs ??= []);

describe('Special:RunJobs', () => {
  let wiki: ApiTestWiki;

  beforeEach(async () => {
    ranJobs().length = 0;
    wiki = await startApiTestWiki();
  });
  afterEach(() => wiki.close());

  /** Signs as a MediaWiki job runner does, then POSTs the form to /w/index.php. */
  async function post(params: Record<string, string>, signature?: string) {
    const signed = { title: 'Special:RunJobs', tasks: 'jobs', sigexpiry: String(NOW + 300), ...params };
    const fields = { ...signed, signature: signature ?? runJobsSignature(signed, wiki.host.secretKey) };
    return wiki.client().postForm('/w/index.php', fields);
  }

  const pushJobs = (count: number) =>
    wiki.host.jobs.push(Array.from({ length: count }, (_, n) => ({ type: 'fixtureJob', params: { n } })));

  describe('the signature', () => {
    it('is MediaWiki\'s: HMAC-SHA1 with the secret key over the parameters sorted by name, PHP-urlencoded', () => {
      const params = { title: 'Special:RunJobs', tasks: 'jobs', sigexpiry: '1772366700', maxjobs: '5', stats: 'a b~c' };
      const cgi = 'maxjobs=5&sigexpiry=1772366700&stats=a+b%7Ec&tasks=jobs&title=Special%3ARunJobs';
      expect(runJobsSignature(params, SECRET)).to.equal(createHmac('sha1', SECRET).update(cgi).digest('hex'));
    });
  });

  describe('running jobs', () => {
    it('runs up to maxjobs jobs and answers the run with async=0&stats=1', async () => {
      await pushJobs(2);
      const response = await post({ maxjobs: '10', async: '0', stats: '1' });
      expect(response.statusCode).to.equal(200);
      expect(response.headers['content-type']).to.equal('application/json; charset=utf-8');
      expect(JSON.parse(response.body)).to.deep.equal({
        reached: 'none-ready',
        jobs: [
          { type: 'fixtureJob', status: 'ok', time: 0 },
          { type: 'fixtureJob', status: 'ok', time: 0 },
        ],
      });
      expect(ranJobs()).to.deep.equal([{ n: 0 }, { n: 1 }]);
    });

    it('stops at the job limit, one job when maxjobs is not given', async () => {
      await pushJobs(4);
      const two = JSON.parse((await post({ maxjobs: '2', async: '0', stats: '1' })).body);
      expect(two.reached).to.equal('job-limit');
      expect(two.jobs).to.have.length(2);
      const one = JSON.parse((await post({ async: '0', stats: '1' })).body);
      expect(one).to.deep.include({ reached: 'job-limit' });
      expect(one.jobs).to.have.length(1);
      expect(await wiki.host.jobs.count()).to.equal(1);
    });

    it('answers none-ready with no jobs when the queue is empty', async () => {
      const response = await post({ async: '0', stats: '1' });
      expect(JSON.parse(response.body)).to.deep.equal({ reached: 'none-ready', jobs: [] });
    });

    it('answers 202 at once by default and runs the jobs after the response', async () => {
      await pushJobs(1);
      const response = await post({});
      expect(response.statusCode).to.equal(202);
      expect(response.body).to.equal('');
      await wiki.app.backgroundWork.idle();
      expect(ranJobs()).to.deep.equal([{ n: 0 }]);
    });

    it('answers "Done" without stats', async () => {
      const response = await post({ async: '0' });
      expect(response.statusCode).to.equal(200);
      expect(response.body).to.equal('Done\n');
    });

    it('finds the special page whatever the case of its name', async () => {
      await pushJobs(1);
      const signed = { title: 'special:runjobs', sigexpiry: String(NOW + 300), async: '0', stats: '1' };
      const response = await wiki.client().postForm('/w/index.php', { ...signed, signature: runJobsSignature(signed, wiki.host.secretKey) });
      expect(JSON.parse(response.body).jobs).to.have.length(1);
    });
  });

  describe('refusals', () => {
    it('refuses a wrong signature and a signed parameter changed afterwards, running nothing', async () => {
      await pushJobs(1);
      const wrong = await post({ async: '0', stats: '1' }, 'f'.repeat(40));
      expect(wrong.statusCode).to.equal(400);
      expect(JSON.parse(wrong.body).error).to.match(/^Invalid or stale signature provided: the signature does not match/);
      const signed = { title: 'Special:RunJobs', sigexpiry: String(NOW + 300), maxjobs: '1' };
      const tampered = await wiki.client().postForm('/w/index.php', {
        ...signed,
        maxjobs: '1000',
        signature: runJobsSignature(signed, wiki.host.secretKey),
      });
      expect(tampered.statusCode).to.equal(400);
      expect(await wiki.host.jobs.count()).to.equal(1);
    });

    it('refuses an expired signature, saying so', async () => {
      await pushJobs(1);
      wiki.host.clock.advance(301);
      const response = await post({ async: '0', stats: '1' });
      expect(response.statusCode).to.equal(400);
      expect(JSON.parse(response.body).error).to.equal(
        `Invalid or stale signature provided: it expired (sigexpiry ${NOW + 300} is not a Unix time in the future). ` +
          'Sign the request again with a later sigexpiry.',
      );
      expect(ranJobs()).to.deep.equal([]);
    });

    it('names missing parameters', async () => {
      const response = await wiki.client().postForm('/w/index.php', { title: 'Special:RunJobs' });
      expect(response.statusCode).to.equal(400);
      expect(JSON.parse(response.body)).to.deep.equal({ error: 'Missing parameters: signature, sigexpiry.' });
    });

    it('refuses GET with 405', async () => {
      const response = await wiki.client().get('/w/index.php?title=Special:RunJobs');
      expect(response.statusCode).to.equal(405);
      expect(response.headers.allow).to.equal('POST');
      expect(JSON.parse(response.body)).to.deep.equal({ error: 'Request must be POSTed.' });
    });

    it('refuses the job type filter it cannot honour, and limits that are not numbers', async () => {
      const typed = await post({ type: 'fixtureJob', async: '0' });
      expect(typed.statusCode).to.equal(400);
      expect(JSON.parse(typed.body).error).to.match(/^The "type" parameter is not supported/);
      const bad = await post({ maxjobs: 'lots', async: '0' });
      expect(JSON.parse(bad.body)).to.deep.equal({ error: '"maxjobs" must be a whole number, not "lots".' });
    });
  });

  it('leaves the other requests to /w/index.php to the pages', async () => {
    const response = await wiki.client().get('/w/index.php?title=Main_Page');
    expect(response.headers['content-type']).to.match(/^text\/html/);
  });
});
