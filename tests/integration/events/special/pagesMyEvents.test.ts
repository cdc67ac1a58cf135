import { expect } from 'chai';
import { describeEachDatabase } from '../../../support/databases';
import { type PagesTestWiki, startPagesWiki } from './pagesFixture';

describeEachDatabase('Special:MyEvents', (ctx) => {
  let wiki: PagesTestWiki;
  beforeEach(async () => {
    wiki = await startPagesWiki(ctx.db());
  });
  afterEach(async () => {
    await wiki.close();
  });

  it('sends anonymous visitors to log in and come back', async () => {
    const res = await wiki.client().get('/wiki/Special:MyEvents');
    expect(res.statusCode).to.be.oneOf([302, 303]);
    expect(res.headers.location).to.contain('Special:UserLogin');
    expect(res.headers.location).to.contain('returnto=Special:MyEvents');
    const login = await wiki.client().get(res.headers.location as string);
    expect(login.body).to.contain('Log in to see the events you organize.');
  });

  it('lists only the events the user organizes, with their dates, status and links', async () => {
    const alice = await wiki.organizer('Alice');
    const bob = await wiki.organizer('Bob');
    const spring = await wiki.createEvent(alice, { page: 'Event:Spring meetup' });
    const autumn = await wiki.createEvent(alice, {
      page: 'Event:Autumn drive',
      start: '20261001090000',
      end: '20261001170000',
      timezone: 'UTC',
      isTestEvent: true,
    });
    await wiki.createEvent(bob, { page: "Event:Bob's contest" });

    const res = await (await wiki.clientAs('Alice')).get('/wiki/Special:MyEvents');

    expect(res.statusCode).to.equal(200);
    expect(res.body).to.contain('<h1>My events</h1>');
    expect(res.body).to.contain('<a href="/wiki/Special:EnableEventRegistration">Enable registration for an event page</a>');
    expect(res.body).to.contain('<a href="/wiki/Event:Spring_meetup">Spring meetup</a>');
    expect(res.body).to.contain('<a href="/wiki/Event:Autumn_drive">Autumn drive</a> <span class="ce-test-event">(test event)</span>');
    expect(res.body).to.contain('<td>October 1, 2026 at 9:00 AM – October 1, 2026 at 5:00 PM (UTC)</td>');
    expect(res.body).to.contain('<td>Open</td>');
    expect(res.body).not.to.contain('contest');
    for (const event of [spring, autumn]) {
      expect(res.body).to.contain(`<tr data-event-id="${event.id}">`);
      expect(res.body).to.contain(`<a href="/wiki/Special:EventDetails/${event.id}">Details</a>`);
      expect(res.body).to.contain(`<a href="/wiki/Special:EditEventRegistration/${event.id}">Edit</a>`);
      expect(res.body).to.contain(`<a href="/wiki/Special:DeleteEventRegistration/${event.id}">Delete</a>`);
    }
  });

  it('leaves out deleted registrations and says when there is nothing to list', async () => {
    const alice = await wiki.organizer('Alice');
    await wiki.events.deleteRegistration(await wiki.createEvent(alice));

    const res = await (await wiki.clientAs('Alice')).get('/wiki/Special:MyEvents');

    expect(res.body).not.to.contain('Spring meetup');
    expect(res.body).to.contain('You do not organize any event yet.');
  });

  it('shows the note about a deleted registration with the name escaped', async () => {
    await wiki.organizer('Alice');
    const res = await (await wiki.clientAs('Alice')).get('/wiki/Special:MyEvents?deleted=%3Cscript%3Ex%3C%2Fscript%3E');
    expect(res.body).to.contain('<p class="success">The registration of the event &quot;&lt;script&gt;x&lt;/script&gt;&quot; was deleted.</p>');
    expect(res.body).not.to.contain('<script>x');
  });
});
