import { expect } from 'chai';
import { CoreServices } from '../../../../src/framework/core/CoreServices';
import { describeEachDatabase } from '../../../support/databases';
import { hiddenField } from '../../host/http/support/WikiClient';
import { type PagesTestWiki, startPagesWiki } from './pagesFixture';

describeEachDatabase('Special:DeleteEventRegistration', (ctx) => {
  let wiki: PagesTestWiki;
  beforeEach(async () => {
    wiki = await startPagesWiki(ctx.db());
  });
  afterEach(async () => {
    await wiki.close();
  });

  /** The English text of the domain's refusal, escaped as the page shows it. */
  function notAllowedText(): string {
    return wiki.host.wiki.services.get(CoreServices.MessageLocalizer).msg('campaignevents-delete-not-allowed-registration').escaped();
  }

  it('asks the organizer to confirm, deletes on confirmation and returns to Special:MyEvents with a note', async () => {
    const event = await wiki.createEvent(await wiki.organizer('Organizer'));
    const client = await wiki.clientAs('Organizer');

    const form = await client.get(`/wiki/Special:DeleteEventRegistration/${event.id}`);
    expect(form.statusCode).to.equal(200);
    expect(form.body).to.contain('<h1>Delete the registration of Spring meetup</h1>');
    expect(form.body).to.contain(`<form method="post" action="/w/index.php?title=Special:DeleteEventRegistration/${event.id}">`);
    expect(form.body).to.contain(`<a href="/wiki/Special:EventDetails/${event.id}">Cancel</a>`);
    expect((await wiki.events.findEventById(event.id))?.deletedAt).to.equal(null);

    const res = await client.postForm(`/w/index.php?title=Special:DeleteEventRegistration/${event.id}`, {
      wpEditToken: hiddenField(form.body, 'wpEditToken'),
    });

    expect(res.statusCode).to.equal(303);
    expect(res.headers.location).to.equal('/w/index.php?title=Special:MyEvents&deleted=Spring%20meetup');
    expect((await wiki.events.findEventById(event.id))?.deletedAt).to.match(/^\d{14}$/);
    const list = await client.get(res.headers.location as string);
    expect(list.body).to.contain('The registration of the event &quot;Spring meetup&quot; was deleted.');
    expect(list.body).not.to.contain('<a href="/wiki/Event:Spring_meetup">');
  });

  it('deletes nothing when the edit token is missing or wrong, and shows the form again', async () => {
    const event = await wiki.createEvent(await wiki.organizer('Organizer'));
    const client = await wiki.clientAs('Organizer');
    const url = `/w/index.php?title=Special:DeleteEventRegistration/${event.id}`;

    const attempts: Record<string, string>[] = [{}, { wpEditToken: 'not-the-token+\\' }];
    for (const fields of attempts) {
      const res = await client.postForm(url, fields);
      expect(res.statusCode).to.equal(400);
      expect(res.body).to.contain('Nothing was deleted because your session ended or the form was open too long.');
      expect(res.body).to.contain('<button type="submit">Delete registration</button>');
    }
    expect((await wiki.events.findEventById(event.id))?.deletedAt).to.equal(null);
  });

  it('refuses a user who does not organize the event with a 403 and the reason, on GET and POST', async () => {
    const event = await wiki.createEvent(await wiki.organizer('Organizer'));
    await wiki.organizer('Other organizer');
    const client = await wiki.clientAs('Other organizer');

    const form = await client.get(`/wiki/Special:DeleteEventRegistration/${event.id}`);
    expect(form.statusCode).to.equal(403);
    expect(form.body).to.contain(notAllowedText());
    expect(form.body).not.to.contain('<button type="submit">Delete registration</button>');

    const res = await client.postForm(`/w/index.php?title=Special:DeleteEventRegistration/${event.id}`, { wpEditToken: 'x' });
    expect(res.statusCode).to.equal(403);
    expect((await wiki.events.findEventById(event.id))?.deletedAt).to.equal(null);
  });

  it('lets a sysop, who has the delete-registration right, delete an event they do not organize', async () => {
    const event = await wiki.createEvent(await wiki.organizer('Organizer'));
    await wiki.user('Admin', ['sysop']);
    const client = await wiki.clientAs('Admin');
    const form = await client.get(`/wiki/Special:DeleteEventRegistration/${event.id}`);
    expect(form.statusCode).to.equal(200);
    const res = await client.postForm(`/w/index.php?title=Special:DeleteEventRegistration/${event.id}`, {
      wpEditToken: hiddenField(form.body, 'wpEditToken'),
    });
    expect(res.statusCode).to.equal(303);
    expect((await wiki.events.findEventById(event.id))?.deletedAt).to.match(/^\d{14}$/);
  });

  it('answers an unknown or already deleted registration with a 404, and a subpage that is not an id with a 400', async () => {
    const event = await wiki.createEvent(await wiki.organizer('Organizer'));
    const client = await wiki.clientAs('Organizer');

    const unknown = await client.get('/wiki/Special:DeleteEventRegistration/999');
    expect(unknown.statusCode).to.equal(404);
    expect(unknown.body).to.contain('There is no event registration with the ID 999.');
    const notAnId = await client.get('/wiki/Special:DeleteEventRegistration/first');
    expect(notAnId.statusCode).to.equal(400);
    expect(notAnId.body).to.contain('for example Special:DeleteEventRegistration/1.');

    const form = await client.get(`/wiki/Special:DeleteEventRegistration/${event.id}`);
    await wiki.events.deleteRegistration(event);
    const again = await client.postForm(`/w/index.php?title=Special:DeleteEventRegistration/${event.id}`, {
      wpEditToken: hiddenField(form.body, 'wpEditToken'),
    });
    expect(again.statusCode).to.equal(404);
    expect(again.body).to.contain('The registration of the event &quot;Spring meetup&quot; has already been deleted.');
  });

  it('sends anonymous visitors to log in and come back', async () => {
    const event = await wiki.createEvent(await wiki.organizer('Organizer'));
    const res = await wiki.client().get(`/wiki/Special:DeleteEventRegistration/${event.id}`);
    expect(res.statusCode).to.be.oneOf([302, 303]);
    expect(res.headers.location).to.contain('Special:UserLogin');
    expect(res.headers.location).to.contain(`returnto=Special:DeleteEventRegistration/${event.id}`);
    const login = await wiki.client().get(res.headers.location as string);
    expect(login.body).to.contain('Log in to delete an event registration.');
  });
});
