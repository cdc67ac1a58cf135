import { expect } from 'chai';
import { describeEachDatabase } from '../../../support/databases';
import { detail, type PagesTestWiki, startPagesWiki } from './pagesFixture';

describeEachDatabase('Special:EventDetails', (ctx) => {
  let wiki: PagesTestWiki;
  afterEach(async () => {
    await wiki?.close();
  });

  describe('with contribution statistics enabled on the wiki', () => {
    beforeEach(async () => {
      wiki = await startPagesWiki(ctx.db(), { wgCampaignEventsEnableContributionTracking: true });
    });

    it('shows every field of the event to its organizer, with links to edit and delete it', async () => {
      const organizer = await wiki.organizer('Organizer');
      const event = await wiki.createEvent(organizer, { isTestEvent: true });
      const client = await wiki.clientAs('Organizer');

      const res = await client.get(`/wiki/Special:EventDetails/${event.id}`);

      expect(res.statusCode).to.equal(200);
      expect(res.body).to.contain('<h1>Event details: Spring meetup</h1>');
      expect(res.body).to.contain('<a href="/wiki/Event:Spring_meetup">Event:Spring meetup</a>');
      expect(detail(res.body, 'status')).to.equal('Open');
      expect(detail(res.body, 'dates')).to.equal('April 1, 2026 at 10:00 AM – April 2, 2026 at 6:00 PM (Europe/Rome)');
      expect(detail(res.body, 'types')).to.equal('<ul><li>Editing event</li><li>Workshop</li></ul>');
      expect(detail(res.body, 'wikis')).to.equal('All wikis');
      expect(detail(res.body, 'topics')).to.equal('None');
      expect(detail(res.body, 'participation')).to.equal('Online and in person');
      expect(detail(res.body, 'country')).to.equal('Italy');
      expect(detail(res.body, 'address')).to.equal('<span class="ce-address">Via Roma 1, Milano</span>');
      expect(detail(res.body, 'meeting-url')).to.equal(
        '<a href="https://meet.example.org/spring" rel="nofollow noopener">https://meet.example.org/spring</a>',
      );
      expect(detail(res.body, 'chat-url')).to.equal(
        '<a href="https://chat.example.org/spring" rel="nofollow noopener">https://chat.example.org/spring</a>',
      );
      expect(res.body).to.contain('This is a test event.');
      expect(res.body).to.contain('<p class="ce-contribution-statistics">Contribution statistics: on</p>');
      expect(detail(res.body, 'organizers')).to.equal('<ul><li><a href="/wiki/User:Organizer">Organizer</a></li></ul>');
      expect(res.body).to.contain(`<a href="/wiki/Special:EditEventRegistration/${event.id}">Edit registration</a>`);
      expect(res.body).to.contain(`<a href="/wiki/Special:DeleteEventRegistration/${event.id}">Delete registration</a>`);
    });

    it('says "Contribution statistics: off" for an event that does not collect them', async () => {
      const event = await wiki.createEvent(await wiki.organizer('Organizer'), { tracksContributions: false });
      const res = await wiki.client().get(`/wiki/Special:EventDetails/${event.id}`);
      expect(res.body).to.contain('<p class="ce-contribution-statistics">Contribution statistics: off</p>');
    });

    it('hides the meeting and chat links, and the edit and delete links, from anonymous visitors and other users', async () => {
      const event = await wiki.createEvent(await wiki.organizer('Organizer'));
      await wiki.user('Reader');
      for (const client of [wiki.client(), await wiki.clientAs('Reader')]) {
        const res = await client.get(`/wiki/Special:EventDetails/${event.id}`);
        expect(res.statusCode).to.equal(200);
        expect(res.body).not.to.contain('meet.example.org');
        expect(res.body).not.to.contain('chat.example.org');
        expect(detail(res.body, 'meeting-url')).to.contain('Only the event&#039;s organizers can see this link.');
        expect(detail(res.body, 'chat-url')).to.contain('Only the event&#039;s organizers can see this link.');
        expect(res.body).not.to.contain('Special:EditEventRegistration');
        expect(res.body).not.to.contain('Special:DeleteEventRegistration');
        // Everything else is public.
        expect(detail(res.body, 'country')).to.equal('Italy');
      }
    });

    it('hides the meeting and chat links from an organizer under a sitewide block', async () => {
      const organizer = await wiki.organizer('Organizer');
      const event = await wiki.createEvent(organizer);
      const admin = await wiki.user('Admin', ['sysop']);
      await wiki.host.blocks.block(organizer, admin, { reason: 'test', expiry: 'infinity' });

      const res = await (await wiki.clientAs('Organizer')).get(`/wiki/Special:EventDetails/${event.id}`);

      expect(res.statusCode).to.equal(200);
      expect(res.body).not.to.contain('meet.example.org');
      expect(res.body).not.to.contain('chat.example.org');
      expect(res.body).not.to.contain('Special:EditEventRegistration');
    });
  });

  describe('with contribution statistics disabled on the wiki (the default)', () => {
    beforeEach(async () => {
      wiki = await startPagesWiki(ctx.db());
    });

    it('has no contribution statistics line', async () => {
      const event = await wiki.createEvent(await wiki.organizer('Organizer'));
      const res = await wiki.client().get(`/wiki/Special:EventDetails/${event.id}`);
      expect(res.statusCode).to.equal(200);
      expect(res.body).not.to.contain('Contribution statistics');
    });

    it('lists the target wikis of an online event, without country, address or test-event note', async () => {
      const event = await wiki.createEvent(await wiki.organizer('Organizer'), {
        page: 'Event:Online drive',
        wikis: ['commonswiki', 'wiki'],
        types: ['backlog-drive'],
        participationOptions: 1,
        meetingCountryCode: null,
        meetingAddress: null,
        chatUrl: null,
        status: 'open',
      });
      const res = await (await wiki.clientAs('Organizer')).get(`/wiki/Special:EventDetails/${event.id}`);
      expect(detail(res.body, 'wikis')).to.equal('<ul><li>commonswiki</li><li>wiki</li></ul>');
      expect(detail(res.body, 'types')).to.equal('<ul><li>Backlog drive</li></ul>');
      expect(detail(res.body, 'participation')).to.equal('Online');
      expect(detail(res.body, 'country')).to.equal(null);
      expect(detail(res.body, 'address')).to.equal(null);
      expect(detail(res.body, 'chat-url')).to.equal('None');
      expect(res.body).not.to.contain('This is a test event.');
    });

    it('shows the country of an in-person event in the wiki language, and no meeting link row', async () => {
      const event = await wiki.createEvent(await wiki.organizer('Organizer'), {
        participationOptions: 2,
        meetingUrl: null,
        meetingCountryCode: 'BH',
        meetingAddress: null,
      });
      const res = await wiki.client().get(`/wiki/Special:EventDetails/${event.id}`);
      expect(detail(res.body, 'participation')).to.equal('In person');
      expect(detail(res.body, 'country')).to.equal('Bahrain');
      expect(detail(res.body, 'address')).to.equal(null);
      expect(detail(res.body, 'meeting-url')).to.equal(null);
    });

    it('shows a success note after the form saved (saved=1)', async () => {
      const event = await wiki.createEvent(await wiki.organizer('Organizer'));
      const saved = await wiki.client().get(`/wiki/Special:EventDetails/${event.id}?saved=1`);
      expect(saved.body).to.contain('<p class="success">The event registration was saved.</p>');
      const plain = await wiki.client().get(`/wiki/Special:EventDetails/${event.id}`);
      expect(plain.body).not.to.contain('The event registration was saved.');
    });

    it('answers an unknown id with a 404 page', async () => {
      const res = await wiki.client().get('/wiki/Special:EventDetails/999');
      expect(res.statusCode).to.equal(404);
      expect(res.body).to.contain('There is no event registration with the ID 999.');
    });

    it('answers a subpage that is not an id with a 400 page that says how to write one', async () => {
      const res = await wiki.client().get('/wiki/Special:EventDetails/seven&8');
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain(
        '&quot;seven&amp;8&quot; is not an event registration ID. Use the registration&#039;s number after the slash, for example Special:EventDetails/1.',
      );
      const none = await wiki.client().get('/wiki/Special:EventDetails');
      expect(none.statusCode).to.equal(400);
      expect(none.body).to.contain('No event registration was given. Add its ID to the page name after a slash, for example Special:EventDetails/1.');
    });

    it('says that a deleted registration was deleted, with a 404', async () => {
      const event = await wiki.createEvent(await wiki.organizer('Organizer'));
      await wiki.events.deleteRegistration(event);
      const res = await wiki.client().get(`/wiki/Special:EventDetails/${event.id}`);
      expect(res.statusCode).to.equal(404);
      expect(res.body).to.contain('The registration of the event &quot;Spring meetup&quot; was deleted');
      expect(res.body).not.to.contain('Via Roma');
    });
  });
});
