import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../support/chromium';
import { ENABLE_FORM, type FormTestWiki, startFormWiki, TEXTS } from './formFixture';

/** The form's browser script (ext.campaignEvents.registrationForm) in Chromium: what it shows, hides and disables. */
describe('Registration form script', function () {
  this.timeout(60_000);
  let browser: Browser;
  let wiki: FormTestWiki;
  let page: Page;

  before(async function () {
    browser = await launchChromium(this);
    wiki = await startFormWiki(undefined);
    await wiki.organizer('Organizer');
    const url = (await wiki.app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    page = await (await browser.newContext()).newPage();
    await page.goto(`${url}/w/index.php?title=Special:UserLogin`);
    await page.getByLabel('Username').fill('Organizer');
    await page.getByLabel('Password').fill('Organizer-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.goto(`${url}${ENABLE_FORM.url}`);
  });
  after(async () => {
    await browser?.close();
    await wiki?.close();
  });

  const toggle = () => page.locator('#mw-input-wpTracksContributions');
  const reason = () => page.locator('#ce-tracks-contributions-reason');
  const fieldShown = (name: string) => page.locator(`.ce-field[data-field="${name}"]`).isVisible();

  it('starts with the toggle on and enabled while no type is chosen yet', async () => {
    expect(await toggle().isEnabled()).to.equal(true);
    expect(await toggle().isChecked()).to.equal(true);
    expect(await reason().isVisible()).to.equal(false);
  });

  it('disables the toggle with the type reason once only non-contribution types are chosen', async () => {
    await page.locator('#mw-input-wpEventTypes-meetup').check();
    expect(await toggle().isDisabled()).to.equal(true);
    expect(await toggle().isChecked()).to.equal(false);
    expect(await reason().innerText()).to.equal(TEXTS.type);
  });

  it('turns the toggle back on, as it was, once a contribution type is chosen', async () => {
    await page.locator('#mw-input-wpEventTypes-contest').check();
    expect(await toggle().isEnabled()).to.equal(true);
    expect(await toggle().isChecked()).to.equal(true);
    expect(await reason().isVisible()).to.equal(false);
  });

  it('shows the meeting link for online events and the country and address for in-person ones', async () => {
    expect(await fieldShown('wpEventMeetingURL')).to.equal(true);
    expect(await fieldShown('wpEventMeetingCountryCode')).to.equal(false);
    await page.locator('#mw-input-wpParticipationOptions-2').check();
    expect(await fieldShown('wpEventMeetingURL')).to.equal(false);
    expect(await fieldShown('wpEventMeetingCountryCode')).to.equal(true);
    expect(await fieldShown('wpEventMeetingAddress')).to.equal(true);
    await page.locator('#mw-input-wpParticipationOptions-3').check();
    expect(await fieldShown('wpEventMeetingURL')).to.equal(true);
    expect(await fieldShown('wpEventMeetingAddress')).to.equal(true);
  });

  it('gives the organizer\'s own choice back: a toggle turned off stays off after a disallowed country', async () => {
    await toggle().uncheck();
    await page.locator('#mw-input-wpEventMeetingCountryCode').selectOption('BY');
    expect(await toggle().isDisabled()).to.equal(true);
    expect(await reason().innerText()).to.equal(TEXTS.country);
    await page.locator('#mw-input-wpEventMeetingCountryCode').selectOption('FR');
    expect(await toggle().isEnabled()).to.equal(true);
    expect(await toggle().isChecked()).to.equal(false);
    await toggle().check();
  });

  it('disables the toggle for specific wikis with none ticked, and lists the wikis only then', async () => {
    expect(await fieldShown('wpEventWikis')).to.equal(false);
    await page.locator('#mw-input-wpEventWikisMode-specific').check();
    expect(await fieldShown('wpEventWikis')).to.equal(true);
    expect(await reason().innerText()).to.equal(TEXTS.wikis);
    await page.locator('#mw-input-wpEventWikis-commonswiki').check();
    expect(await toggle().isEnabled()).to.equal(true);
    expect(await toggle().isChecked()).to.equal(true);
  });
});
