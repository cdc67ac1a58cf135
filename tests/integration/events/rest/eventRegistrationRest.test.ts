import { expect } from 'chai';
import { describeEachDatabase } from '../../../support/databases';
import { eventBody, FLAG_ON, REGISTRATIONS, type RestTestWiki, type RestUser, startRestWiki } from './restFixture';

/** Every body parameter, none at its default. */
const FULL_BODY = {
  event_page: 'Event:Spring meetup',
  timezone: 'Europe/Rome',
  start_time: '20260401100000',
  end_time: '20260402180000',
  types: ['editing-event', 'workshop'],
  wikis: ['wiki', 'commonswiki'],
  topics: ['history', 'arts'],
  online_meeting: true,
  inperson_meeting: true,
  meeting_url: 'https://meet.example.org/spring',
  meeting_country_code: 'IT',
  meeting_address: 'Via Roma 1, Milano',
  chat_url: 'https://chat.example.org/spring',
  is_test_event: true,
  tracks_contributions: true,
  tracking_tool_id: 'wikimedia-pe-dashboard',
  tracking_tool_event_id: 'Wikimedia_Italia/Spring_meetup',
};

describeEachDatabase('REST /campaignevents/v0/event_registration', (ctx) => {
  let wiki: RestTestWiki;
  let organizer: RestUser;

  afterEach(async () => {
    await wiki.close();
  });

  /** Boots the wiki with `settings` and logs in an organizer who wrote the pages the tests use. */
  async function start(settings: Record<string, unknown> = FLAG_ON): Promise<void> {
    wiki = await startRestWiki(ctx.db(), settings);
    organizer = await wiki.restOrganizer('Organizer', 'Event:Spring meetup', 'Event:Spring edit-a-thon');
  }

  describe('without wgServer', () => {
    const { wgServer: _configured, ...detect } = FLAG_ON;
    beforeEach(() => start(detect));

    it('names the host the request was sent to in Location', async () => {
      const res = await organizer.client.request({
        method: 'POST',
        url: REGISTRATIONS,
        headers: { 'content-type': 'application/json', host: 'wiki.example.net:8090' },
        payload: JSON.stringify({ ...FULL_BODY, token: organizer.token }),
      });
      expect(res.statusCode, res.body).to.equal(201);
      expect(res.headers.location).to.equal('http://wiki.example.net:8090/w/rest.php/campaignevents/v0/event_registration/1');
    });
  });

  describe('with contribution statistics on', () => {
    beforeEach(() => start());

    it('POST enables registration: 201, the id, and the absolute URL of the registration in Location', async () => {
      const res = await organizer.send('POST', '', FULL_BODY);
      expect(res.statusCode, res.body).to.equal(201);
      expect(res.json()).to.deep.equal({ id: 1 });
      expect(res.headers.location).to.equal('https://events.example.org/w/rest.php/campaignevents/v0/event_registration/1');
    });

    it('GET gives back every field that POST stored, and the meeting links to the organizer', async () => {
      const { id } = (await organizer.send('POST', '', FULL_BODY)).json();
      const res = await organizer.get(`/${id}`);
      expect(res.statusCode).to.equal(200);
      const { tracking_tool_id, tracking_tool_event_id, ...sameAsSent } = FULL_BODY;
      expect(res.json()).to.deep.equal({
        ...sameAsSent,
        id,
        name: 'Spring meetup',
        event_page_wiki: 'wiki',
        status: 'open',
        goal_type: null,
        goal_target: null,
        tracking_tools: [{ tool_id: tracking_tool_id, tool_event_id: tracking_tool_event_id }],
        questions: [],
      });
    });

    it('GET answers ["*"] for all wikis, whether sent as "*" or by naming every wiki', async () => {
      const star = (await organizer.send('POST', '', eventBody({ wikis: ['*'] }))).json().id;
      const named = (await organizer.send('POST', '', eventBody({ event_page: 'Event:Spring meetup', wikis: ['enwiki', 'wiki', 'commonswiki'] }))).json().id;
      expect((await organizer.get(`/${star}`)).json().wikis).to.deep.equal(['*']);
      expect((await organizer.get(`/${named}`)).json().wikis).to.deep.equal(['*']);
    });

    it('GET leaves out the meeting links for anyone but the organizers', async () => {
      const { id } = (await organizer.send('POST', '', FULL_BODY)).json();
      const other = await wiki.restUser('Someone');
      for (const res of [await wiki.client().get(`${REGISTRATIONS}/${id}`), await other.get(`/${id}`)]) {
        expect(res.statusCode).to.equal(200);
        expect(res.json()).to.include({ id, meeting_address: 'Via Roma 1, Milano' });
        expect(res.json()).not.to.have.any.keys('meeting_url', 'chat_url');
      }
    });

    it('GET leaves out the meeting links for an organizer who is blocked', async () => {
      const { id } = (await organizer.send('POST', '', FULL_BODY)).json();
      const admin = await wiki.restUser('Admin', ['sysop']);
      await wiki.host.blocks.block(organizer.record, admin.record, { expiry: 'infinity', reason: 'test' });
      const res = await organizer.get(`/${id}`);
      expect(res.statusCode).to.equal(200);
      expect(res.json()).not.to.have.any.keys('meeting_url', 'chat_url');
    });

    it('GET answers null meeting links to the organizer when the event has none', async () => {
      const { id } = (await organizer.send('POST', '', eventBody())).json();
      expect((await organizer.get(`/${id}`)).json()).to.include({ meeting_url: null, chat_url: null, meeting_country_code: null, meeting_address: null });
    });

    it('PUT changes the registration (204) and GET shows the change, tracks_contributions included', async () => {
      const { id } = (await organizer.send('POST', '', FULL_BODY)).json();
      const changes = {
        status: 'closed',
        timezone: '+02:00',
        end_time: '20260403180000',
        types: ['workshop'],
        wikis: ['*'],
        topics: [],
        inperson_meeting: false,
        meeting_country_code: null,
        meeting_address: null,
        chat_url: null,
        is_test_event: false,
        tracks_contributions: false,
      };
      const res = await organizer.send('PUT', `/${id}`, { ...FULL_BODY, ...changes });
      expect(res.statusCode, res.body).to.equal(204);
      expect(res.body).to.equal('');
      expect((await organizer.get(`/${id}`)).json()).to.deep.include({ ...changes, online_meeting: true });
    });

    it('PUT turns contribution statistics on', async () => {
      const { id } = (await organizer.send('POST', '', eventBody({ tracks_contributions: false }))).json();
      expect((await organizer.get(`/${id}`)).json().tracks_contributions).to.equal(false);
      const res = await organizer.send('PUT', `/${id}`, eventBody({ status: 'open', tracks_contributions: true }));
      expect(res.statusCode, res.body).to.equal(204);
      expect((await organizer.get(`/${id}`)).json().tracks_contributions).to.equal(true);
    });

    it('PUT keeps the organizers and accepts dates that have passed', async () => {
      const today = { start_time: '20260301130000', end_time: '20260301140000' };
      const { id } = (await organizer.send('POST', '', eventBody(today))).json();
      wiki.host.clock.advance(3 * 3600); // the event is over; the session is still valid
      const res = await organizer.send('PUT', `/${id}`, eventBody({ ...today, status: 'closed', topics: ['history'] }));
      expect(res.statusCode, res.body).to.equal(204);
      const organizers = await wiki.organizers.getEventOrganizers(id);
      expect(organizers.map((o) => o.userName)).to.deep.equal(['Organizer']);
      expect((await organizer.get(`/${id}`)).json()).to.deep.include({ status: 'closed', start_time: '20260301130000', topics: ['history'] });
    });

    it('POST leaves statistics off when tracks_contributions is not sent', async () => {
      const body = eventBody();
      delete body.tracks_contributions;
      const { id } = (await organizer.send('POST', '', body)).json();
      expect((await organizer.get(`/${id}`)).json().tracks_contributions).to.equal(false);
    });

    it('DELETE deletes the registration (204); GET then answers 404', async () => {
      const { id } = (await organizer.send('POST', '', eventBody())).json();
      const res = await organizer.send('DELETE', `/${id}`);
      expect(res.statusCode, res.body).to.equal(204);
      expect(res.body).to.equal('');
      const get = await organizer.get(`/${id}`);
      expect(get.statusCode).to.equal(404);
      expect(get.json().errorKey).to.equal('campaignevents-rest-get-registration-deleted');
    });

    it('accepts a form-encoded body, with lists as a|b and booleans as 1/0', async () => {
      const res = await organizer.client.postForm(REGISTRATIONS, {
        event_page: 'Event:Spring meetup',
        timezone: 'UTC',
        start_time: '20260501090000',
        end_time: '20260501170000',
        types: 'editing-event|contest',
        wikis: 'wiki|enwiki',
        online_meeting: '1',
        tracks_contributions: '0',
        token: organizer.token,
      });
      expect(res.statusCode, res.body).to.equal(201);
      expect((await organizer.get(`/${res.json().id}`)).json()).to.include({ online_meeting: true, tracks_contributions: false });
    });
  });

  describe('with contribution statistics off (the flag)', () => {
    beforeEach(() => start({ ...FLAG_ON, wgCampaignEventsEnableContributionTracking: false }));

    it('POST ignores tracks_contributions, even a malformed one, and GET does not show it', async () => {
      const { id } = (await organizer.send('POST', '', eventBody({ tracks_contributions: true }))).json();
      const get = await organizer.get(`/${id}`);
      expect(get.statusCode).to.equal(200);
      expect(get.json()).not.to.have.property('tracks_contributions');
      const malformed = await organizer.send('POST', '', eventBody({ event_page: 'Event:Spring meetup', tracks_contributions: 'sure' }));
      expect(malformed.statusCode, malformed.body).to.equal(201);
    });

    it('PUT ignores it too', async () => {
      const { id } = (await organizer.send('POST', '', eventBody())).json();
      const res = await organizer.send('PUT', `/${id}`, eventBody({ status: 'open', tracks_contributions: true }));
      expect(res.statusCode, res.body).to.equal(204);
      expect((await organizer.get(`/${id}`)).json()).not.to.have.property('tracks_contributions');
    });

    it('turning the flag on in the settings file takes effect without a restart', async () => {
      const before = (await organizer.send('POST', '', eventBody({ tracks_contributions: true }))).json().id;

      wiki.changeSettings({ wgCampaignEventsEnableContributionTracking: true });

      expect((await organizer.get(`/${before}`)).json().tracks_contributions).to.equal(false, 'ignored while the flag was off');
      const after = (await organizer.send('POST', '', eventBody({ event_page: 'Event:Spring meetup', tracks_contributions: true }))).json().id;
      expect((await organizer.get(`/${after}`)).json().tracks_contributions).to.equal(true);
      const malformed = await organizer.send('PUT', `/${after}`, eventBody({ event_page: 'Event:Spring meetup', status: 'open', tracks_contributions: 'sure' }));
      expect(malformed.statusCode).to.equal(400);
      expect(malformed.json()).to.include({ name: 'tracks_contributions', failureCode: 'badbool' });

      wiki.changeSettings({ wgCampaignEventsEnableContributionTracking: false });
      expect((await organizer.get(`/${after}`)).json()).not.to.have.property('tracks_contributions');
    });
  });
});
