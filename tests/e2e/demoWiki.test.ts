import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { seedDemo } from '../../src/host/demo/seedDemo';
import type { Host } from '../../src/host/boot/bootHost';
import { createHttpServer } from '../../src/host/http/createHttpServer';
import { launchChromium } from '../support/chromium';
import { createTestHost } from '../support/hostFixture';

describe('The demo wiki in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  let host: Host;
  let app: FastifyInstance;
  let url: string;
  let page: Page;

  before(async function () {
    browser = await launchChromium(this);
    host = await createTestHost();
    await seedDemo(host);
    app = createHttpServer(host, {});
    url = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
  });
  afterEach(async () => page?.context().close());
  after(async () => {
    await browser?.close();
    await app?.close();
    await host?.close();
  });

  it('logs a demo user in, views a page, edits it and finds the edit in the history', async () => {
    await page.goto(`${url}/`);
    await page.getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('Username').fill('Organizer');
    await page.getByLabel('Password').fill('demo-organizer-pass');
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(await page.locator('header').innerText()).to.contain('Organizer');

    await page.goto(`${url}/wiki/Community_garden`);
    expect(await page.locator('h1').innerText()).to.equal('Community garden');
    expect(await page.locator('main').innerText()).to.contain('gardened collectively');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.locator('textarea[name="wpTextbox1"]').fill('Community gardens grow <b>food</b> and friendships.');
    await page.getByLabel('Summary').fill('Rewrite from the browser');
    await page.getByRole('button', { name: 'Save changes' }).click();

    expect(page.url()).to.match(/\/wiki\/Community_garden$/);
    const text = await page.locator('main').innerText();
    expect(text).to.contain('Community gardens grow <b>food</b> and friendships.'); // shown as typed, not as markup
    expect(await page.locator('main b').count()).to.equal(0);

    await page.getByRole('link', { name: 'History' }).click();
    const history = await page.locator('main').innerText();
    expect(history).to.contain('Rewrite from the browser');
    expect(history).to.contain('Organizer');
    expect(history).to.contain('Participant Two');
  });

  it('keeps an anonymous visitor out of the login with a wrong password, keeping the name typed', async () => {
    await page.goto(`${url}/w/index.php?title=Special:UserLogin`);
    await page.getByLabel('Username').fill('Admin');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(await page.locator('main').innerText()).to.contain('Incorrect username or password');
    expect(await page.getByLabel('Username').inputValue()).to.equal('Admin');
    expect(await page.locator('header').innerText()).to.contain('Log in');
  });
});
