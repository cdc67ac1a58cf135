import { expect } from 'chai';
import type { WikiClient } from '../../host/http/support/WikiClient';
import { describeEachDatabase } from '../../../support/databases';
import {
  ENABLE_FORM,
  fieldBlock,
  fieldErrors,
  fieldOrder,
  type FormChanges,
  type FormPage,
  type FormTestWiki,
  startFormWiki,
  submitForm,
} from './formFixture';

const EDIT_FORM: FormPage = {
  url: '/wiki/Special:EditEventRegistration/1',
  postUrl: '/w/index.php?title=Special:EditEventRegistration/1',
};

describeEachDatabase('Special:EditEventRegistration', (ctx) => {
  let wiki: FormTestWiki;
  let client: WikiClient;
  beforeEach(async () => {
    wiki = await startFormWiki(ctx.db());
    ({ client } = await wiki.loggedInOrganizer('Organizer'));
  });
  afterEach(async () => {
    await wiki?.close();
  });

  /** Enables the registration through the form, as the organizer. */
  async function createEvent(changes: FormChanges = {}): Promise<void> {
    const res = await submitForm(client, ENABLE_FORM, changes);
    if (res.statusCode !== 303) throw new Error(`The event was not created (${res.statusCode}):\n${res.body}`);
  }

  it('fills the form in from the stored event, with the status field and "Save changes"', async () => {
    await createEvent({ wpTracksContributions: null, wpParticipationOptions: '3', wpEventMeetingURL: 'https://meet.example.org/s' });
    const res = await client.get(EDIT_FORM.url);
    expect(res.statusCode).to.equal(200);
    expect(res.body).to.contain('<h1>Edit event registration</h1>');
    expect(fieldOrder(res.body).slice(0, 3)).to.deep.equal(['wpEventPage', 'wpEventStatus', 'wpTimezone']);
    expect(fieldBlock(res.body, 'wpEventPage')).to.contain('value="Event:Spring edit-a-thon"');
    expect(fieldBlock(res.body, 'wpEventStatus')).to.contain('value="open" checked>');
    expect(fieldBlock(res.body, 'wpTimezone')).to.contain('<option value="Europe/Rome" selected>');
    expect(fieldBlock(res.body, 'wpEventStart')).to.contain('value="2026-04-01T10:00"');
    expect(fieldBlock(res.body, 'wpEventEnd')).to.contain('value="2026-04-01T18:00"');
    expect(fieldBlock(res.body, 'wpEventOrganizers')).to.contain('>Organizer</textarea>');
    expect(fieldBlock(res.body, 'wpEventTypes')).to.contain('value="editing-event" checked>');
    expect(fieldBlock(res.body, 'wpParticipationOptions')).to.contain('value="3" checked>');
    expect(fieldBlock(res.body, 'wpEventMeetingURL')).to.contain('value="https://meet.example.org/s"');
    expect(fieldBlock(res.body, 'wpEventMeetingCountryCode')).to.contain('<option value="IT" selected>Italy</option>');
    expect(fieldBlock(res.body, 'wpEventMeetingAddress')).to.contain('>Via Roma 1, Milano</textarea>');
    expect(fieldBlock(res.body, 'wpTracksContributions')).to.contain('name="wpTracksContributions" value="1">');
    expect(res.body).to.contain('action="/w/index.php?title=Special:EditEventRegistration/1"');
    expect(res.body).to.contain('<button type="submit" class="ce-submit">Save changes</button>');
  });

  it('saves the changes, adds an organizer, and goes to the details page', async () => {
    await createEvent();
    await wiki.organizer('Helper');
    const res = await submitForm(client, EDIT_FORM, {
      wpEventStatus: 'closed',
      wpEventEnd: '2026-04-02T12:30',
      wpEventOrganizers: 'Organizer\nHelper\n',
      wpTracksContributions: null,
      wpParticipationOptions: '1',
      wpEventMeetingURL: 'https://meet.example.org/new',
    });
    expect(res.statusCode).to.equal(303);
    expect(res.headers.location).to.equal('/wiki/Special:EventDetails/1?saved=1');
    const event = (await wiki.events.findEventById(1))!;
    expect(event).to.deep.include({ status: 'closed', endLocal: '20260402123000', tracksContributions: false, participationOptions: 1 });
    expect(event.meetingUrl).to.equal('https://meet.example.org/new');
    expect(event.address).to.equal(null);
    expect((await wiki.organizers.getEventOrganizers(1)).map((o) => o.userName)).to.have.members(['Organizer', 'Helper']);
    expect(fieldBlock((await client.get(EDIT_FORM.url)).body, 'wpEventEnd')).to.contain('value="2026-04-02T12:30"');
  });

  it('shows problems next to their fields: an emptied organizers list and the country refused for statistics', async () => {
    await createEvent();
    const res = await submitForm(client, EDIT_FORM, { wpEventOrganizers: '  \n', wpEventMeetingCountryCode: 'BY' });
    expect(res.statusCode).to.equal(200);
    expect(fieldErrors(res.body, 'wpEventOrganizers')).to.deep.equal(['Add at least one organizer.']);
    expect(fieldErrors(res.body, 'wpTracksContributions')).to.deep.equal(['Contribution statistics cannot be enabled for the selected country.']);
    expect((await wiki.events.findEventById(1))!.address?.countryCode).to.equal('IT');
  });

  it('refuses organizers who are not organizers of this event with a 403 page', async () => {
    await createEvent();
    const { client: other } = await wiki.loggedInOrganizer('Other organizer', 'Event:Other');
    const res = await other.get(EDIT_FORM.url);
    expect(res.statusCode).to.equal(403);
    expect(res.body).to.contain('You are not allowed to edit this event registration. Only its organizers can, unless they are blocked.');
    expect(res.body).not.to.contain('<form id="ce-registration-form"');
    const own = await submitForm(client, EDIT_FORM, { wpEventOrganizers: 'Organizer', wpEventStatus: 'open' });
    expect(own.statusCode).to.equal(303);
  });

  it('answers 404 for an unknown event, 400 without an ID, and sends anonymous visitors to log in', async () => {
    const missing = await client.get('/wiki/Special:EditEventRegistration/42');
    expect(missing.statusCode).to.equal(404);
    expect(missing.body).to.contain('There is no event registration with the ID 42.');
    for (const url of ['/wiki/Special:EditEventRegistration', '/wiki/Special:EditEventRegistration/abc']) {
      const res = await client.get(url);
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('Add the ID of the event to the page name');
    }
    const anonymous = await wiki.client().get(EDIT_FORM.url);
    expect(anonymous.statusCode).to.equal(302);
    expect(anonymous.headers.location).to.equal(
      '/w/index.php?title=Special:UserLogin&returnto=Special:EditEventRegistration/1&warning=campaignevents-form-login-required',
    );
  });

  it('answers 404 for a deleted registration', async () => {
    await createEvent();
    const deleted = await wiki.events.deleteRegistration((await wiki.events.findEventById(1))!);
    expect(deleted).to.equal(true);
    const res = await client.get(EDIT_FORM.url);
    expect(res.statusCode).to.equal(404);
    expect(res.body).to.contain('This event registration has been deleted and can no longer be edited.');
    expect(res.body).not.to.contain('<form id="ce-registration-form"');
  });
});
