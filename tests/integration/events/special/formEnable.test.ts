import { expect } from 'chai';
import { describeEachDatabase } from '../../../support/databases';
import { QA_SETTINGS } from '../../../support/eventWiki';
import {
  ENABLE_FORM,
  fieldBlock,
  fieldErrors,
  fieldOrder,
  formAttribute,
  type FormTestWiki,
  generalErrors,
  postFields,
  startFormWiki,
  submitForm,
  TEXTS,
  validForm,
} from './formFixture';

/** The QA settings, with the Programs & Events Dashboard field shown. */
const WITH_DASHBOARD = { ...QA_SETTINGS, wgCampaignEventsProgramsAndEventsDashboardInstance: 'production' };

describeEachDatabase('Special:EnableEventRegistration', (ctx) => {
  let wiki: FormTestWiki;
  afterEach(async () => {
    await wiki?.close();
  });

  describe('the empty form', () => {
    beforeEach(async () => {
      wiki = await startFormWiki(ctx.db(), { settings: WITH_DASHBOARD });
    });

    it('shows the fields in the order of the issue: the toggle after participation, country and address, before the Dashboard and chat links', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const res = await client.get(ENABLE_FORM.url);
      expect(res.statusCode).to.equal(200);
      expect(res.body).to.contain('<h1>Enable event registration</h1>');
      expect(fieldOrder(res.body)).to.deep.equal([
        'wpEventPage',
        'wpTimezone',
        'wpEventStart',
        'wpEventEnd',
        'wpEventOrganizers',
        'wpEventTypes',
        'wpEventWikisMode',
        'wpEventWikis',
        'wpEventTopics',
        'wpParticipationOptions',
        'wpEventMeetingURL',
        'wpEventMeetingCountryCode',
        'wpEventMeetingAddress',
        'wpTracksContributions',
        'wpEventDashboardURL',
        'wpEventChatURL',
        'wpIsTestEvent',
      ]);
      expect(res.body).to.contain('<button type="submit" class="ce-submit">Enable registration</button>');
    });

    it('has "Show contribution statistics" on by default, with the exact help text and an empty reason', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const toggle = fieldBlock((await client.get(ENABLE_FORM.url)).body, 'wpTracksContributions');
      expect(toggle).to.contain('<input type="checkbox" id="mw-input-wpTracksContributions" name="wpTracksContributions" value="1" checked>');
      expect(toggle).to.contain(`<label class="ce-field-label" for="mw-input-wpTracksContributions">${TEXTS.toggleLabel}</label>`);
      expect(toggle).to.contain(`<p class="ce-field-help">${TEXTS.toggleHelp}</p>`);
      expect(toggle).to.contain('<p id="ce-tracks-contributions-reason" class="ce-field-reason" aria-live="polite" hidden></p>');
    });

    it('labels every input, groups the event types, and offers UTC first, wikis, topics and countries by name', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const body = (await client.get(ENABLE_FORM.url)).body;
      expect(fieldBlock(body, 'wpEventStart')).to.contain(
        '<label class="ce-field-label" for="mw-input-wpEventStart">Start</label>\n<input type="datetime-local" id="mw-input-wpEventStart" name="wpEventStart" value="">',
      );
      const timezone = fieldBlock(body, 'wpTimezone')!;
      expect(timezone).to.match(/<select id="mw-input-wpTimezone" name="wpTimezone"><option value="UTC" selected>UTC<\/option>/);
      expect(timezone).to.contain('<option value="Europe/Rome">Europe/Rome</option>');
      expect(timezone).to.contain('<option value="America/New_York">America/New York</option>');
      const types = fieldBlock(body, 'wpEventTypes')!;
      expect(types).to.contain('<legend>Contributions</legend>');
      expect(types).to.contain('<legend>Community</legend>');
      expect(types).to.contain(
        '<input type="checkbox" id="mw-input-wpEventTypes-editing-event" name="wpEventTypes" value="editing-event"><label for="mw-input-wpEventTypes-editing-event">Editing event</label>',
      );
      expect(types.indexOf('Editing event')).to.be.lessThan(types.indexOf('Meetup'));
      expect(fieldBlock(body, 'wpEventWikisMode')).to.contain('value="all" checked>');
      const wikis = fieldBlock(body, 'wpEventWikis')!;
      for (const id of ['wiki', 'commonswiki', 'wikidatawiki']) expect(wikis).to.contain(`name="wpEventWikis" value="${id}">`);
      expect(fieldBlock(body, 'wpParticipationOptions')).to.contain('name="wpParticipationOptions" value="1" checked>');
      const countries = fieldBlock(body, 'wpEventMeetingCountryCode')!;
      expect(countries).to.contain('<option value="" selected>Choose a country</option>');
      expect(countries).to.contain('<option value="BH">Bahrain</option>');
      expect(countries.indexOf('>Bahrain<')).to.be.lessThan(countries.indexOf('>Belarus<'));
      expect(fieldBlock(body, 'wpEventOrganizers')).to.contain('>Organizer</textarea>');
      expect(fieldBlock(body, 'wpEventDashboardURL')).to.contain('https://outreachdashboard.wmflabs.org/courses/');
      expect(body).to.contain('<input type="hidden" name="wpEditToken" value="');
    });

    it('gives the browser script the contribution types, the disallowed countries and the server\'s own error texts', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const body = (await client.get(ENABLE_FORM.url)).body;
      expect(JSON.parse(formAttribute(body, 'data-contribution-types'))).to.deep.equal(['editing-event', 'media-upload-event', 'backlog-drive', 'contest']);
      expect(JSON.parse(formAttribute(body, 'data-disallowed-countries'))).to.deep.equal(['BH', 'BY']);
      expect(formAttribute(body, 'data-reason-country')).to.equal(TEXTS.country);
      expect(formAttribute(body, 'data-reason-type')).to.equal(TEXTS.type);
      expect(formAttribute(body, 'data-reason-wikis')).to.equal(TEXTS.wikis);
      expect(body).to.match(/load\.php\?modules=ext\.campaignEvents\.registrationForm&(amp;)?only=scripts/);
    });

    it('fills the event page in from ?wpEventPage=', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const res = await client.get('/w/index.php?title=Special:EnableEventRegistration&wpEventPage=Event:Autumn%20%22meetup%22');
      expect(fieldBlock(res.body, 'wpEventPage')).to.contain('name="wpEventPage" value="Event:Autumn &quot;meetup&quot;">');
    });
  });

  describe('with the feature flag off', () => {
    beforeEach(async () => {
      wiki = await startFormWiki(ctx.db(), { settings: {} });
    });

    it('leaves the toggle and its rules out, and shows them once the flag is turned on, without a restart', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const off = (await client.get(ENABLE_FORM.url)).body;
      expect(fieldOrder(off)).not.to.include('wpTracksContributions');
      expect(off).not.to.contain(TEXTS.toggleLabel);
      expect(off).not.to.contain('data-reason-country');
      expect(fieldOrder(off)).not.to.include('wpEventDashboardURL');

      wiki.changeSettings({ wgCampaignEventsEnableContributionTracking: true });
      const on = (await client.get(ENABLE_FORM.url)).body;
      expect(fieldOrder(on)).to.include('wpTracksContributions');
    });

    it('saves a new event without statistics even when the field is sent', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const res = await submitForm(client, ENABLE_FORM, { wpEventTypes: 'meetup' });
      expect(res.statusCode).to.equal(303);
      expect((await wiki.events.findEventById(1))!.tracksContributions).to.equal(false);
    });
  });

  describe('submitting', () => {
    beforeEach(async () => {
      wiki = await startFormWiki(ctx.db(), { settings: WITH_DASHBOARD });
    });

    it('creates the event from a valid form, with the organizer as its only organizer, and goes to its details', async () => {
      const { user, client } = await wiki.loggedInOrganizer('Organizer');
      const res = await submitForm(client, ENABLE_FORM, {
        wpEventTypes: ['editing-event', 'workshop'],
        wpEventTopics: [],
        wpEventDashboardURL: 'https://outreachdashboard.wmflabs.org/courses/Uni/Spring_2026',
        wpIsTestEvent: '1',
      });
      expect(res.statusCode).to.equal(303);
      expect(res.headers.location).to.equal('/wiki/Special:EventDetails/1?saved=1');
      const event = (await wiki.events.findEventById(1))!;
      expect(event).to.deep.include({
        name: 'Spring edit-a-thon',
        status: 'open',
        timezone: 'Europe/Rome',
        startLocal: '20260401100000',
        endLocal: '20260401180000',
        startUtc: '20260401080000',
        wikis: true,
        participationOptions: 2,
        meetingUrl: null,
        chatUrl: 'https://chat.example.org/spring',
        isTestEvent: true,
        tracksContributions: true,
      });
      expect(event.page.prefixedText).to.equal('Event:Spring edit-a-thon');
      expect(event.types).to.have.members(['editing-event', 'workshop']);
      expect(event.address).to.deep.equal({ address: 'Via Roma 1, Milano', countryCode: 'IT' });
      expect(event.trackingTools).to.deep.equal([{ toolId: 'wikimedia-pe-dashboard', toolEventId: 'Uni/Spring_2026' }]);
      const organizers = await wiki.organizers.getEventOrganizers(1);
      expect(organizers.map((o) => o.userId)).to.deep.equal([user.id]);
    });

    it('stores the toggle off when the organizer unticks it, and the chosen wikis', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const res = await submitForm(client, ENABLE_FORM, {
        wpTracksContributions: null,
        wpEventWikisMode: 'specific',
        wpEventWikis: ['wiki', 'commonswiki'],
      });
      expect(res.statusCode).to.equal(303);
      const event = (await wiki.events.findEventById(1))!;
      expect(event.tracksContributions).to.equal(false);
      expect(event.wikis).to.have.members(['wiki', 'commonswiki']);
    });

    it('shows every problem next to its field and keeps everything that was typed', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const res = await submitForm(client, ENABLE_FORM, {
        wpEventStart: '2026-04-02T10:00',
        wpEventEnd: '2026-04-01T18:00',
        wpEventTypes: [],
        wpEventChatURL: 'not a url',
        wpParticipationOptions: '3',
        wpEventMeetingURL: 'https://meet.example.org/<x>',
        wpEventDashboardURL: 'https://example.org/courses/a/b',
      });
      expect(res.statusCode).to.equal(200);
      expect(fieldErrors(res.body, 'wpEventEnd')).to.deep.equal(['Enter an end date that comes after the start date.']);
      expect(fieldErrors(res.body, 'wpEventTypes')).to.deep.equal(['Enter at least one type']);
      expect(fieldErrors(res.body, 'wpEventChatURL')).to.deep.equal(['Enter a valid chat URL.']);
      expect(fieldErrors(res.body, 'wpEventDashboardURL')[0]).to.contain('https://outreachdashboard.wmflabs.org/courses/');
      expect(fieldErrors(res.body, 'wpEventStart')).to.deep.equal([]);
      expect(res.body).to.contain('The registration was not saved.');
      expect(fieldBlock(res.body, 'wpEventPage')).to.contain('value="Event:Spring edit-a-thon"');
      expect(fieldBlock(res.body, 'wpEventStart')).to.contain('value="2026-04-02T10:00"');
      expect(fieldBlock(res.body, 'wpEventEnd')).to.contain('value="2026-04-01T18:00"');
      expect(fieldBlock(res.body, 'wpEventChatURL')).to.contain('value="not a url"');
      expect(fieldBlock(res.body, 'wpEventMeetingURL')).to.contain('value="https://meet.example.org/&lt;x&gt;"');
      expect(fieldBlock(res.body, 'wpTimezone')).to.contain('<option value="Europe/Rome" selected>');
      expect(fieldBlock(res.body, 'wpParticipationOptions')).to.contain('value="3" checked>');
      expect(fieldBlock(res.body, 'wpEventMeetingCountryCode')).to.contain('<option value="IT" selected>Italy</option>');
      expect(fieldBlock(res.body, 'wpEventMeetingAddress')).to.contain('>Via Roma 1, Milano</textarea>');
      expect(fieldBlock(res.body, 'wpTracksContributions')).to.contain('value="1" checked>');
      expect(await wiki.events.findEventById(1)).to.equal(null);
    });

    it('the seed\'s QA case: refuses statistics for an in-person event in Bahrain, next to the toggle, and accepts it online', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const inBahrain = await submitForm(client, ENABLE_FORM, { wpEventMeetingCountryCode: 'BH' });
      expect(inBahrain.statusCode).to.equal(200);
      expect(fieldErrors(inBahrain.body, 'wpTracksContributions')).to.deep.equal([TEXTS.country]);
      expect(fieldBlock(inBahrain.body, 'wpEventMeetingCountryCode')).to.contain('<option value="BH" selected>Bahrain</option>');
      expect(await wiki.events.findEventById(1)).to.equal(null);

      const online = await submitForm(client, ENABLE_FORM, {
        wpEventMeetingCountryCode: 'BH',
        wpParticipationOptions: '1',
        wpEventMeetingURL: 'https://meet.example.org/x',
      });
      expect(online.statusCode).to.equal(303);
      const event = (await wiki.events.findEventById(1))!;
      expect(event.tracksContributions).to.equal(true);
      expect(event.address).to.equal(null);
    });

    it('refuses statistics for a meetup with the text listing the contribution types, next to the toggle', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const res = await submitForm(client, ENABLE_FORM, { wpEventTypes: 'meetup' });
      expect(fieldErrors(res.body, 'wpTracksContributions')).to.deep.equal([TEXTS.type]);
      expect(fieldBlock(res.body, 'wpEventTypes')).to.contain('value="meetup" checked>');
    });

    it('refuses statistics for specific wikis with none chosen', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const res = await submitForm(client, ENABLE_FORM, { wpEventWikisMode: 'specific' });
      expect(fieldErrors(res.body, 'wpTracksContributions')).to.deep.equal([TEXTS.wikis]);
      expect(fieldBlock(res.body, 'wpEventWikisMode')).to.contain('value="specific" checked>');
    });

    it('saves nothing without the session\'s edit token, says why, and keeps the values', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      for (const token of [[], [['wpEditToken', '+\\']]] as [string, string][][]) {
        const res = await postFields(client, ENABLE_FORM.postUrl, [...validForm({ wpEventChatURL: 'https://chat.example.org/kept' }), ...token]);
        expect(res.statusCode).to.equal(400);
        expect(generalErrors(res.body)).to.deep.equal([
          'Your session was lost or has expired, so the registration was not saved. Check the fields below and submit the form again.',
        ]);
        expect(fieldBlock(res.body, 'wpEventChatURL')).to.contain('value="https://chat.example.org/kept"');
      }
      expect(await wiki.events.findEventById(1)).to.equal(null);
    });

    it('refuses a second registration for the same page next to the page field', async () => {
      const { client } = await wiki.loggedInOrganizer('Organizer');
      expect((await submitForm(client, ENABLE_FORM)).statusCode).to.equal(303);
      const again = await submitForm(client, ENABLE_FORM);
      expect(fieldErrors(again.body, 'wpEventPage')).to.deep.equal(['The given event page already has an associated registration.']);
    });
  });

  describe('who may use it', () => {
    beforeEach(async () => {
      wiki = await startFormWiki(ctx.db());
    });

    it('refuses a page someone else created with a 403 and the reason above the form, keeping the values', async () => {
      await wiki.organizer('Author', 'Event:Autumn meetup');
      const { client } = await wiki.loggedInOrganizer('Organizer');
      const res = await submitForm(client, ENABLE_FORM, { wpEventPage: 'Event:Autumn meetup' });
      expect(res.statusCode).to.equal(403);
      expect(generalErrors(res.body)).to.deep.equal([
        'You cannot enable registration for this page: only the user who created the event page can, and only with the right to enable event registrations.',
      ]);
      expect(fieldBlock(res.body, 'wpEventPage')).to.contain('value="Event:Autumn meetup"');
      expect(await wiki.events.findEventById(1)).to.equal(null);
    });

    it('sends anonymous visitors to log in and back', async () => {
      const res = await wiki.client().get(ENABLE_FORM.url);
      expect(res.statusCode).to.equal(302);
      expect(res.headers.location).to.equal(
        '/w/index.php?title=Special:UserLogin&returnto=Special:EnableEventRegistration&warning=campaignevents-form-login-required',
      );
      const login = await wiki.client().get(res.headers.location as string);
      expect(login.body).to.contain('Log in to enable or edit an event registration.');
    });

    it('answers users without the right with a 403 page saying what is missing, for GET and POST', async () => {
      await wiki.user('Reader');
      const client = await wiki.clientAs('Reader');
      const page = await client.get(ENABLE_FORM.url);
      expect(page.statusCode).to.equal(403);
      expect(page.body).to.contain('You cannot enable event registrations.');
      expect(page.body).not.to.contain('<form id="ce-registration-form"');
      const post = await postFields(client, ENABLE_FORM.postUrl, validForm());
      expect(post.statusCode).to.equal(403);
    });
  });
});
