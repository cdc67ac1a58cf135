import { expect } from 'chai';
import type { FastifyInstance } from 'fastify';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GrantIdStoreRef } from '../../examples/GrantId/src/GrantIdStore';
import { EventServices } from '../../src/events/EventServices';
import type { Host } from '../../src/host/boot/bootHost';
import { REPO_ROOT } from '../../src/host/HostInfo';
import { createHttpServer } from '../../src/host/http/createHttpServer';
import { launchChromium } from '../support/chromium';
import { createTestHost, createTestUser } from '../support/hostFixture';

const COUNTRY_REASON = 'Contribution statistics cannot be enabled for the selected country.';

/** The demo's settings (examples/demo/LocalSettings.json), on a wiki of its own. */
const DEMO_LIKE_SETTINGS = {
  wgCampaignEventsEnableContributionTracking: true,
  wgCampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' },
  wgLocalDatabases: ['commonswiki', 'wikidatawiki'],
  wgCampaignEventsProgramsAndEventsDashboardInstance: 'production',
};

describe('Event registration in a browser', function () {
  this.timeout(90_000);
  let browser: Browser;
  let host: Host;
  let app: FastifyInstance;
  let url: string;
  let page: Page;

  before(async function () {
    browser = await launchChromium(this);
    host = await createTestHost({ settings: DEMO_LIKE_SETTINGS, extensions: [path.join(REPO_ROOT, 'examples', 'GrantId', 'extension.json')] });
    const organizer = await createTestUser(host, 'Meetup Organizer', ['event-organizer']);
    await host.pageUpdater.edit({
      title: host.titles.parseTitle('Event:E2E Meetup'),
      text: 'A meetup of local editors.',
      summary: 'Create the event page',
      user: organizer,
    });
    app = createHttpServer(host, {});
    url = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    page = await (await browser.newContext()).newPage();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await host?.close();
  });

  const toggle = () => page.locator('#mw-input-wpTracksContributions');
  const reason = () => page.locator('#ce-tracks-contributions-reason');
  const field = (name: string) => page.locator(`#mw-input-${name}`);
  const eventOnPage = async () => (await host.wiki.services.get(EventServices.EventStore).findEventByPage(host.titles.parseTitle('Event:E2E Meetup')))!;

  // The steps share one browser page and build on each other: log in, enable, edit, delete.
  it('logs the organizer in', async () => {
    await page.goto(`${url}/w/index.php?title=Special:UserLogin`);
    await page.getByLabel('Username').fill('Meetup Organizer');
    await page.getByLabel('Password').fill('Meetup Organizer-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(await page.locator('header').innerText()).to.contain('Meetup Organizer');
  });

  it('offers "Show contribution statistics", on by default, and the Grant ID field of GrantId', async () => {
    await page.goto(`${url}/wiki/Special:EnableEventRegistration`);
    expect(await toggle().evaluate((input: HTMLInputElement) => input.defaultChecked)).to.equal(true);
    expect(await toggle().isChecked(), 'the toggle is on when the form opens').to.equal(true);
    expect(await toggle().isEnabled()).to.equal(true);
    expect(await page.locator('label[for="mw-input-wpTracksContributions"]').innerText()).to.equal('Show contribution statistics');
    expect(await page.locator('.ce-field[data-field="wpTracksContributions"]').innerText()).to.contain(
      'Enable contribution statistics, so that you can share and understand the impact of the event. A summary and full list of edits is provided.',
    );
    expect(await page.getByLabel('Grant ID').count()).to.equal(1);

    await field('wpEventPage').fill('Event:E2E Meetup');
    await field('wpTimezone').selectOption('UTC');
    await field('wpEventStart').fill('2026-04-10T10:00');
    await field('wpEventEnd').fill('2026-04-10T16:00');
    await page.locator('#mw-input-wpEventTypes-editing-event').check();
    expect(await toggle().isChecked(), 'the toggle is on once the event has a contribution type').to.equal(true);
    expect(await toggle().isEnabled()).to.equal(true);
  });

  it('disables the toggle, saying why, for an in-person event in a disallowed country', async () => {
    await page.locator('#mw-input-wpParticipationOptions-2').check();
    await field('wpEventMeetingCountryCode').selectOption('BH');
    expect(await toggle().isDisabled()).to.equal(true);
    expect(await toggle().isChecked()).to.equal(false);
    expect(await reason().isVisible()).to.equal(true);
    expect(await reason().innerText()).to.equal(COUNTRY_REASON);
  });

  it('enables it again, still on, for a permitted country', async () => {
    await field('wpEventMeetingCountryCode').selectOption('DE');
    expect(await toggle().isEnabled()).to.equal(true);
    expect(await toggle().isChecked()).to.equal(true);
    expect(await reason().isVisible()).to.equal(false);

    // Online events are never ruled out by their country.
    await field('wpEventMeetingCountryCode').selectOption('BY');
    expect(await toggle().isDisabled()).to.equal(true);
    await page.locator('#mw-input-wpParticipationOptions-1').check();
    expect(await toggle().isEnabled()).to.equal(true);
    await page.locator('#mw-input-wpParticipationOptions-2').check();
    await field('wpEventMeetingCountryCode').selectOption('DE');
    expect(await toggle().isChecked()).to.equal(true);
  });

  it('refuses a badly formed grant ID next to its field, keeping what was typed', async () => {
    await field('wpEventMeetingAddress').fill('Stadtbibliothek, Hauptstraße 1, Berlin');
    await field('wpwce-grant-id').fill('G-12');
    await page.getByRole('button', { name: 'Enable registration' }).click();

    expect(await page.locator('.ce-field[data-field="wpwce-grant-id"] .ce-field-error').innerText()).to.equal(
      '"G-12" is not a valid grant ID. Enter two numbers joined by a hyphen, for example 12345-678, or leave the field empty.',
    );
    expect(await field('wpwce-grant-id').inputValue()).to.equal('G-12');
    expect(await field('wpEventMeetingCountryCode').inputValue()).to.equal('DE');
    expect(await toggle().isChecked()).to.equal(true);
    expect(await host.wiki.services.get(EventServices.EventStore).findEventByPage(host.titles.parseTitle('Event:E2E Meetup'))).to.equal(null);
  });

  it('saves the event with its grant ID and shows its details', async () => {
    await field('wpwce-grant-id').fill('12345-678');
    await page.getByRole('button', { name: 'Enable registration' }).click();

    const event = await eventOnPage();
    expect(page.url()).to.match(new RegExp(`/Special:EventDetails/${event.id}(\\?|$)`));
    const main = await page.locator('main').innerText();
    expect(main).to.contain('The event registration was saved.');
    expect(main).to.contain('E2E Meetup');
    expect(main).to.contain('In person');
    expect(main).to.contain('Germany');
    expect(main).to.contain('Contribution statistics: on');
    expect(event).to.deep.include({ participationOptions: 2, types: ['editing-event'], tracksContributions: true, startLocal: '20260410100000' });
    expect(event.address?.countryCode).to.equal('DE');
    expect(await host.wiki.services.get(GrantIdStoreRef).getGrantId(event.id!)).to.equal('12345-678');
  });

  it('edits the event: what was stored is filled in, and the changes are saved', async () => {
    const id = (await eventOnPage()).id!;
    await page.getByRole('link', { name: 'Edit registration' }).click();
    expect(page.url()).to.contain(`Special:EditEventRegistration/${id}`);
    expect(await toggle().isChecked()).to.equal(true);
    expect(await field('wpwce-grant-id').inputValue()).to.equal('12345-678');
    expect(await field('wpEventMeetingCountryCode').inputValue()).to.equal('DE');

    await field('wpEventEnd').fill('2026-04-10T18:30');
    await page.locator('#mw-input-wpParticipationOptions-3').check();
    await field('wpEventMeetingURL').fill('https://meet.example.org/e2e-meetup');
    await field('wpwce-grant-id').fill('12345-999');
    await page.getByRole('button', { name: 'Save changes' }).click();

    expect(page.url()).to.match(new RegExp(`/Special:EventDetails/${id}(\\?|$)`));
    expect(await page.locator('main').innerText()).to.contain('Online and in person');
    const event = await eventOnPage();
    expect(event).to.deep.include({ participationOptions: 3, endLocal: '20260410183000', tracksContributions: true });
    expect(await host.wiki.services.get(GrantIdStoreRef).getGrantId(id)).to.equal('12345-999');
  });

  it('deletes the registration after asking, and its details are gone', async () => {
    const id = (await eventOnPage()).id!;
    await page.goto(`${url}/wiki/Special:EventDetails/${id}`);
    await page.getByRole('link', { name: 'Delete registration' }).click();
    expect(await page.locator('main').innerText()).to.contain('Delete the registration of the event "E2E Meetup"?');
    await page.getByRole('button', { name: 'Delete registration' }).click();

    expect(await page.locator('main').innerText()).to.contain('The registration of the event "E2E Meetup" was deleted.');
    expect((await eventOnPage()).deletedAt).not.to.equal(null);
    const details = await page.goto(`${url}/wiki/Special:EventDetails/${id}`);
    expect(details?.status()).to.equal(404);
  });
});
