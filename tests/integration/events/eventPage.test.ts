import { expect } from 'chai';
import type { EventInput } from '../../../src/events/EventInput';
import type { ExistingEventRegistration } from '../../../src/events/EventRegistration';
import { EventServices } from '../../../src/events/EventServices';
import type { UserIdentity } from '../../../src/framework/core/UserIdentity';
import { describeEachDatabase } from '../../support/databases';
import { hybridEventInput } from '../../support/eventFixtures';
import { type EventWiki, startEventWiki } from '../../support/eventWiki';

/** The box EventPageDecorator adds above the page text (`registration` or `enable`), or null when there is none. */
function eventBox(body: string, kind: 'registration' | 'enable'): string | null {
  return new RegExp(`<div class="ce-eventpage-${kind}">.*?</div>`, 's').exec(body)?.[0] ?? null;
}

function hasNoEventBox(body: string): boolean {
  return !body.includes('ce-eventpage-');
}

describeEachDatabase('Event pages (ArticleViewHeader)', (ctx) => {
  let wiki: EventWiki;
  beforeEach(async () => {
    wiki = await startEventWiki(ctx.db());
  });
  afterEach(async () => {
    await wiki?.close();
  });

  /** Writes the event page of `hybridEventInput(overrides)` as `organizer` and enables its registration. */
  async function createEvent(organizer: UserIdentity, overrides: Partial<EventInput> = {}): Promise<ExistingEventRegistration> {
    const services = wiki.host.wiki.services;
    const input = hybridEventInput(overrides);
    await wiki.writePage(organizer, input.page);
    const event = await services.get(EventServices.EventFactory).newEvent(input);
    const id = await services.get(EventServices.EditEventCommand).doEditIfAllowed(event, organizer, [organizer.name]);
    const stored = await wiki.events.findEventById(id);
    if (stored === null) throw new Error(`Event ${id} was saved but cannot be read back.`);
    return stored;
  }

  describe('a page with registration', () => {
    it('shows anyone that the event has registration, its dates and a link to its details', async () => {
      const event = await createEvent(await wiki.organizer('Organizer'));
      await wiki.user('Reader');
      for (const client of [wiki.client(), await wiki.clientAs('Reader')]) {
        const res = await client.get('/wiki/Event:Spring_meetup');
        expect(res.statusCode).to.equal(200);
        const box = eventBox(res.body, 'registration');
        expect(box).to.contain('Participants can register for this event.');
        expect(box).to.contain('Dates: April 1, 2026 at 10:00 AM – April 2, 2026 at 6:00 PM (Europe/Rome)');
        expect(box).to.contain(`<a href="/wiki/Special:EventDetails/${event.id}">View event details</a>`);
        expect(box).not.to.contain('Special:EditEventRegistration');
      }
    });

    it('shows the box between the heading and the page text', async () => {
      await createEvent(await wiki.organizer('Organizer'));
      const res = await wiki.client().get('/wiki/Event:Spring_meetup');
      expect(res.body).to.match(/<h1>Event:Spring meetup<\/h1>\n<div class="ce-eventpage-registration">.*?<\/div><div class="page-text">/s);
    });

    it('adds "Edit registration" for its organizer only', async () => {
      const event = await createEvent(await wiki.organizer('Organizer'));
      await wiki.organizer('Other organizer');
      const edit = `<a href="/wiki/Special:EditEventRegistration/${event.id}">Edit registration</a>`;

      const asOrganizer = await (await wiki.clientAs('Organizer')).get('/wiki/Event:Spring_meetup');
      const asOther = await (await wiki.clientAs('Other organizer')).get('/wiki/Event:Spring_meetup');

      expect(eventBox(asOrganizer.body, 'registration')).to.contain(edit);
      expect(eventBox(asOther.body, 'registration')).not.to.contain('Special:EditEventRegistration');
    });

    it('shows nothing once the registration is deleted (it cannot be enabled again)', async () => {
      const organizer = await wiki.organizer('Organizer');
      const event = await createEvent(organizer);
      await wiki.host.wiki.services.get(EventServices.DeleteEventCommand).deleteIfAllowed(event, organizer);
      const res = await (await wiki.clientAs('Organizer')).get('/wiki/Event:Spring_meetup');
      expect(res.statusCode).to.equal(200);
      expect(hasNoEventBox(res.body)).to.equal(true);
    });
  });

  describe('a page without registration', () => {
    it('offers its author in event-organizer to enable registration for it', async () => {
      await wiki.organizer('Organizer', 'Event:Autumn fair');
      const res = await (await wiki.clientAs('Organizer')).get('/wiki/Event:Autumn_fair');
      const box = eventBox(res.body, 'enable');
      expect(box).to.contain('Registration is not enabled for this event yet.');
      expect(box).to.contain(
        '<a href="/w/index.php?title=Special:EnableEventRegistration&amp;wpEventPage=Event:Autumn%20fair">Enable registration</a>',
      );
    });

    it('shows nothing to anonymous visitors, to other organizers, nor to its author without the right', async () => {
      await wiki.organizer('Organizer', 'Event:Autumn fair');
      await wiki.organizer('Other organizer');
      const author = await wiki.user('Author');
      await wiki.writePage(author, 'Event:Winter fair');
      const views = [
        await wiki.client().get('/wiki/Event:Autumn_fair'),
        await (await wiki.clientAs('Other organizer')).get('/wiki/Event:Autumn_fair'),
        await (await wiki.clientAs('Author')).get('/wiki/Event:Winter_fair'),
      ];
      for (const res of views) {
        expect(res.statusCode).to.equal(200);
        expect(hasNoEventBox(res.body)).to.equal(true);
      }
    });
  });

  describe('a page outside the event namespaces', () => {
    it('shows nothing, even to the author who could otherwise enable registration', async () => {
      await wiki.organizer('Organizer', 'Spring meetup');
      const res = await (await wiki.clientAs('Organizer')).get('/wiki/Spring_meetup');
      expect(res.statusCode).to.equal(200);
      expect(hasNoEventBox(res.body)).to.equal(true);
    });

    it('follows CampaignEventsEventNamespaces as the settings change', async () => {
      await createEvent(await wiki.organizer('Organizer'));
      wiki.changeSettings({ wgCampaignEventsEventNamespaces: [4] });
      const res = await wiki.client().get('/wiki/Event:Spring_meetup');
      expect(res.statusCode).to.equal(200);
      expect(hasNoEventBox(res.body)).to.equal(true);
    });
  });

  it('escapes the page name in the link to enable registration', async () => {
    await wiki.organizer('Organizer', `Event:Tom & Jerry's "quiz"`);
    const res = await (await wiki.clientAs('Organizer')).get('/wiki/Event:Tom_%26_Jerry%27s_%22quiz%22');
    expect(res.statusCode).to.equal(200);
    expect(eventBox(res.body, 'enable')).to.contain(
      '<a href="/w/index.php?title=Special:EnableEventRegistration&amp;wpEventPage=Event:Tom%20%26%20Jerry&#039;s%20%22quiz%22">',
    );
  });
});
