import { expect } from 'chai';
import type { LightMyRequestResponse } from 'fastify';
import { CoreServices } from '../../../../src/framework/core/CoreServices';
import { describeEachDatabase } from '../../../support/databases';
import { englishText, eventBody, REGISTRATIONS, type RestTestWiki, type RestUser, startRestWiki } from './restFixture';

describeEachDatabase('REST /campaignevents/v0/event_registration errors', (ctx) => {
  let wiki: RestTestWiki;
  let organizer: RestUser;

  beforeEach(async () => {
    wiki = await startRestWiki(ctx.db());
    organizer = await wiki.restOrganizer('Organizer', 'Event:Spring edit-a-thon');
  });
  afterEach(async () => {
    await wiki.close();
  });

  /** The English text of a message of the wiki, as the API renders it. */
  function text(key: string): string {
    return wiki.host.wiki.services.get(CoreServices.MessageLocalizer).msg(key).inLanguage('en').text();
  }

  /** Enables the registration of Event:Spring edit-a-thon as the organizer. */
  async function createEvent(): Promise<number> {
    const res = await organizer.send('POST', '', eventBody());
    expect(res.statusCode, res.body).to.equal(201);
    return res.json().id;
  }

  function expectError(res: LightMyRequestResponse, httpCode: number, errorKey: string, english?: string): void {
    expect(res.statusCode, res.body).to.equal(httpCode);
    expect(res.json()).to.include({ errorKey, httpCode });
    if (english !== undefined) expect(englishText(res)).to.equal(english);
  }

  describe('parameter validation (400, MediaWiki\'s failure codes)', () => {
    it('missingparam names the missing body parameter', async () => {
      const body = eventBody();
      delete body.event_page;
      const res = await organizer.send('POST', '', body);
      expectError(res, 400, 'paramvalidator-missingparam', 'The "event_page" parameter must be set. Send it with a value.');
      expect(res.json()).to.include({ error: 'parameter-validation-failed', name: 'event_page', failureCode: 'missingparam' });
    });

    it('missingparam for the status of PUT', async () => {
      const id = await createEvent();
      const res = await organizer.send('PUT', `/${id}`, eventBody());
      expectError(res, 400, 'paramvalidator-missingparam');
      expect(res.json()).to.include({ name: 'status', failureCode: 'missingparam' });
    });

    it('badvalue for an unknown event type, country, wiki or status', async () => {
      const types = await organizer.send('POST', '', eventBody({ types: ['party'] }));
      expectError(types, 400, 'paramvalidator-badvalue');
      expect(types.json()).to.include({ name: 'types', failureCode: 'badvalue' });
      expect(englishText(types)).to.match(/^Unrecognized value for the "types" parameter: "party"\. Accepted values: "editing-event", /);

      const country = await organizer.send('POST', '', eventBody({ inperson_meeting: true, meeting_country_code: 'XX' }));
      expect(country.json()).to.include({ name: 'meeting_country_code', failureCode: 'badvalue', value: 'XX' });

      const wikis = await organizer.send('POST', '', eventBody({ wikis: ['nowiki'] }));
      expect(wikis.json()).to.include({ name: 'wikis', failureCode: 'badvalue' });
      expect(englishText(wikis)).to.equal(
        'Unrecognized value for the "wikis" parameter: "nowiki". Accepted values: "wiki", "commonswiki", "enwiki", or "*" alone for all of them.',
      );

      const id = await createEvent();
      const status = await organizer.send('PUT', `/${id}`, eventBody({ status: 'finished' }));
      expect(status.json()).to.include({ name: 'status', failureCode: 'badvalue' });
    });

    it('badbool for a boolean sent as text', async () => {
      const res = await organizer.send('POST', '', eventBody({ online_meeting: 'yes' }));
      expectError(res, 400, 'paramvalidator-badbool', 'Invalid value "yes" for the boolean parameter "online_meeting". Send true or false as JSON booleans, without quotes.');
      expect(res.json()).to.include({ name: 'online_meeting', value: 'yes', failureCode: 'badbool' });
    });

    it('toomanyvalues for three event types', async () => {
      const res = await organizer.send('POST', '', eventBody({ types: ['editing-event', 'contest', 'workshop'] }));
      expectError(res, 400, 'paramvalidator-toomanyvalues', 'Too many values for the "types" parameter: 3 were sent, but the limit is 2. Send at most 2 values.');
      expect(res.json()).to.deep.include({ name: 'types', failureCode: 'toomanyvalues', failureData: { limit: 2 } });
    });

    it('badtimestamp for a time that is not 14 digits', async () => {
      const res = await organizer.send('POST', '', eventBody({ start_time: '2026-05-01 09:00' }));
      expectError(res, 400, 'paramvalidator-badtimestamp');
      expect(res.json()).to.include({ name: 'start_time', failureCode: 'badtimestamp' });
      expect(englishText(res)).to.equal(
        'Invalid value "2026-05-01 09:00" for the timestamp parameter "start_time". Send a 14-digit MediaWiki timestamp YYYYMMDDHHMMSS of a real date and time, such as "20260501093000" for 1 May 2026, 09:30:00.',
      );
    });

    it('multivalue-must-be-array for a list sent as one string', async () => {
      const res = await organizer.send('POST', '', eventBody({ types: 'editing-event' }));
      expect(res.json()).to.include({ name: 'types', failureCode: 'multivalue-must-be-array' });
    });

    it('badinteger for an id that is not a number', async () => {
      const res = await wiki.client().get(`${REGISTRATIONS}/seven`);
      expectError(res, 400, 'paramvalidator-badinteger');
      expect(res.json()).to.include({ name: 'id', failureCode: 'badinteger' });
    });
  });

  describe('EventFactory errors (400, the first error)', () => {
    it('reports the first of several errors with its key and text', async () => {
      const res = await organizer.send('POST', '', eventBody({ event_page: 'Event:No such page', start_time: '20260502090000' }));
      expectError(res, 400, 'campaignevents-error-page-not-found', 'There is no event page with this name.');
    });

    it('an end before the start', async () => {
      const res = await organizer.send('POST', '', eventBody({ start_time: '20260502090000' }));
      expectError(res, 400, 'campaignevents-error-start-after-end', 'Enter an end date that comes after the start date.');
    });

    it('"other" with another type, the type\'s label in the text', async () => {
      const res = await organizer.send('POST', '', eventBody({ types: ['other', 'workshop'], tracks_contributions: false }));
      expectError(
        res,
        400,
        'campaignevents-error-invalid-other-selection',
        "You cannot choose 'Other' along with other event types. Please choose only 'Other' or remove it to choose other options.",
      );
    });

    it('a tracking tool without the event\'s id on it', async () => {
      const res = await organizer.send('POST', '', eventBody({ tracking_tool_id: 'wikimedia-pe-dashboard' }));
      expectError(res, 400, 'campaignevents-error-trackingtool-without-eventid', 'Provide the identifier of the event on the given tracking tool.');
    });

    it('statistics without a contribution type, listing the types that allow them', async () => {
      const res = await organizer.send('POST', '', eventBody({ types: ['workshop'] }));
      expectError(
        res,
        400,
        'campaignevents-error-contribs-tracking-invalid-type',
        'Contribution statistics can only be enabled for events with the following types: Editing event, Media upload event, Backlog drive, Contest',
      );
    });

    it('statistics without a target wiki', async () => {
      const res = await organizer.send('POST', '', eventBody({ wikis: [] }));
      expectError(res, 400, 'campaignevents-error-contribs-tracking-no-wikis', 'Contribution statistics can only be enabled for events with at least one target wiki.');
    });

    it('the seed\'s QA case: in person in Bahrain with statistics is refused, the same event online is accepted', async () => {
      const inPerson = { online_meeting: false, inperson_meeting: true, meeting_country_code: 'BH', meeting_address: 'Manama' };
      const refused = await organizer.send('POST', '', eventBody(inPerson));
      expectError(refused, 400, 'campaignevents-error-contribs-tracking-disallowed-country', 'Contribution statistics cannot be enabled for the selected country.');
      const hybrid = await organizer.send('POST', '', eventBody({ ...inPerson, online_meeting: true }));
      expectError(hybrid, 400, 'campaignevents-error-contribs-tracking-disallowed-country');

      const online = await organizer.send('POST', '', eventBody({ online_meeting: true, inperson_meeting: false }));
      expect(online.statusCode, online.body).to.equal(201);
    });

    it('the QA case on PUT: moving a tracked event to Belarus in person is refused', async () => {
      const id = await createEvent();
      const res = await organizer.send('PUT', `/${id}`, eventBody({ status: 'open', inperson_meeting: true, meeting_country_code: 'BY' }));
      expectError(res, 400, 'campaignevents-error-contribs-tracking-disallowed-country');
    });

    it('a page that already has a registration', async () => {
      await createEvent();
      const res = await organizer.send('POST', '', eventBody());
      expectError(res, 400, 'campaignevents-error-page-already-registered', 'The given event page already has an associated registration.');
    });
  });

  describe('who may do what (403)', () => {
    it('refuses writes without a session: 403 rest-badtoken, saying that a logged-in session is needed', async () => {
      const id = await createEvent();
      const visitor = wiki.client();
      const attempts = [
        await visitor.sendJson('POST', REGISTRATIONS, { ...eventBody(), token: '+\\' }),
        await visitor.sendJson('PUT', `${REGISTRATIONS}/${id}`, { ...eventBody({ status: 'open' }), token: '+\\' }),
        await visitor.sendJson('DELETE', `${REGISTRATIONS}/${id}`, { token: '+\\' }),
      ];
      for (const res of attempts) {
        expectError(res, 403, 'rest-badtoken');
        expect(englishText(res)).to.contain('needs a logged-in session, but none came with it');
      }
    });

    it('refuses to enable registration for a user without the right', async () => {
      const editor = await wiki.restUser('Editor');
      const res = await editor.send('POST', '', eventBody());
      expectError(res, 403, 'campaignevents-rest-enable-registration-permission-denied', 'You are not allowed to enable event registrations.');
    });

    it('refuses to enable registration for a blocked organizer', async () => {
      const admin = await wiki.restUser('Admin', ['sysop']);
      await wiki.host.blocks.block(organizer.record, admin.record, { expiry: '1 week' });
      const res = await organizer.send('POST', '', eventBody());
      expectError(res, 403, 'campaignevents-rest-enable-registration-permission-denied', 'You are not allowed to enable event registrations.');
    });

    it('refuses PUT by an organizer of other events', async () => {
      const id = await createEvent();
      const other = await wiki.restOrganizer('Other organizer');
      const res = await other.send('PUT', `/${id}`, eventBody({ status: 'closed' }));
      expectError(res, 403, 'campaignevents-edit-not-allowed-registration', text('campaignevents-edit-not-allowed-registration'));
    });

    it('refuses PUT by the event\'s own organizer once blocked', async () => {
      const id = await createEvent();
      const admin = await wiki.restUser('Admin', ['sysop']);
      await wiki.host.blocks.block(organizer.record, admin.record, { expiry: 'infinity' });
      const res = await organizer.send('PUT', `/${id}`, eventBody({ status: 'closed' }));
      expectError(res, 403, 'campaignevents-edit-not-allowed-registration');
    });

    it('refuses DELETE by someone who does not organize the event', async () => {
      const id = await createEvent();
      const other = await wiki.restOrganizer('Other organizer');
      const res = await other.send('DELETE', `/${id}`);
      expectError(res, 403, 'campaignevents-delete-not-allowed-registration', text('campaignevents-delete-not-allowed-registration'));
    });

    it('lets an administrator who does not organize the event delete it (campaignevents-delete-registration)', async () => {
      const id = await createEvent();
      const admin = await wiki.restUser('Admin', ['sysop']);
      expect((await admin.send('DELETE', `/${id}`)).statusCode).to.equal(204);
    });
  });

  describe('unknown and deleted registrations (404)', () => {
    it('answers GET, PUT and DELETE of an unknown id with campaignevents-rest-event-not-found', async () => {
      const attempts = [
        await wiki.client().get(`${REGISTRATIONS}/999`),
        await organizer.send('PUT', '/999', eventBody({ status: 'open' })),
        await organizer.send('DELETE', '/999'),
      ];
      for (const res of attempts) {
        expectError(res, 404, 'campaignevents-rest-event-not-found', 'There is no event registration with the ID 999. Check the ID in the request path.');
      }
    });

    it('answers a second DELETE with campaignevents-rest-delete-already-deleted', async () => {
      const id = await createEvent();
      expect((await organizer.send('DELETE', `/${id}`)).statusCode).to.equal(204);
      const again = await organizer.send('DELETE', `/${id}`);
      expectError(again, 404, 'campaignevents-rest-delete-already-deleted', `The registration of event ${id} has already been deleted.`);
    });

    it('answers GET of a deleted registration with campaignevents-rest-get-registration-deleted', async () => {
      const id = await createEvent();
      await organizer.send('DELETE', `/${id}`);
      const res = await wiki.client().get(`${REGISTRATIONS}/${id}`);
      expectError(res, 404, 'campaignevents-rest-get-registration-deleted', `The registration of event ${id} has been deleted, so it cannot be shown.`);
    });

    it('refuses PUT of a deleted registration', async () => {
      const id = await createEvent();
      await organizer.send('DELETE', `/${id}`);
      const res = await organizer.send('PUT', `/${id}`, eventBody({ status: 'open' }));
      expectError(res, 400, 'campaignevents-edit-registration-deleted', text('campaignevents-edit-registration-deleted'));
    });
  });
});

