import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ExtraFormFields } from '../../../../src/events/special/ExtraFormFields';
import { manifest, tempDir, writeExtension } from '../../../support/extensionFixtures';
import { describeEachDatabase } from '../../../support/databases';
import {
  ENABLE_FORM,
  fieldBlock,
  fieldErrors,
  fieldOrder,
  type FormTestWiki,
  startFormWiki,
  submitForm,
} from './formFixture';
import { recordedCalls } from './formHookFixtureModule';

/** Writes the FormFixture extension: a handler of EventRegistrationForm and the messages of its fields. */
function writeFormFixtureExtension(): string {
  const file = writeExtension(
    tempDir('wikiext-form-fixture-'),
    manifest('FormFixture', {
      HookHandlers: { main: { class: `${path.join(__dirname, 'formHookFixtureModule')}#FormFieldsHandler` } },
      Hooks: { EventRegistrationForm: 'main' },
      MessagesDirs: { FormFixture: ['i18n'] },
    }),
  );
  const i18n = path.join(path.dirname(file), 'i18n');
  mkdirSync(i18n);
  writeFileSync(
    path.join(i18n, 'en.json'),
    JSON.stringify({
      'formfixture-grant-label': 'Grant number',
      'formfixture-grant-help': 'Two numbers joined by a hyphen.',
      'formfixture-size-label': 'Expected participants',
      'formfixture-kind-label': 'Kind',
      'formfixture-kind-small': 'Small',
      'formfixture-kind-large': 'Large',
      'formfixture-site-label': 'Website',
      'formfixture-agree-label': 'Share with the grant team',
    }),
  );
  return file;
}

describeEachDatabase('EventRegistrationForm hook on the registration form', (ctx) => {
  let wiki: FormTestWiki;
  beforeEach(async () => {
    recordedCalls.length = 0;
    wiki = await startFormWiki(ctx.db(), { extensions: [writeFormFixtureExtension()] });
  });
  afterEach(async () => {
    await wiki?.close();
  });

  it('renders the handlers\' fields after the chat link and the test-event box, by descriptor type', async () => {
    const { client } = await wiki.loggedInOrganizer('Organizer');
    const body = (await client.get(ENABLE_FORM.url)).body;
    expect(fieldOrder(body).slice(-8)).to.deep.equal([
      'wpTracksContributions',
      'wpEventChatURL',
      'wpIsTestEvent',
      'wptest-grant',
      'wptest-size',
      'wptest-kind',
      'wptest-site',
      'wptest-agree',
    ]);
    expect(fieldBlock(body, 'wptest-grant')).to.contain(
      '<label class="ce-field-label" for="mw-input-wptest-grant">Grant number</label>\n<input type="text" id="mw-input-wptest-grant" name="wptest-grant" value="">',
    );
    expect(fieldBlock(body, 'wptest-grant')).to.contain('<p class="ce-field-help">Two numbers joined by a hyphen.</p>');
    expect(fieldBlock(body, 'wptest-size')).to.contain('<input type="number" id="mw-input-wptest-size" name="wptest-size" value="">');
    expect(fieldBlock(body, 'wptest-kind')).to.contain('<option value="small">Small</option><option value="large">Large</option>');
    expect(fieldBlock(body, 'wptest-site')).to.contain('<input type="url" id="mw-input-wptest-site"');
    expect(fieldBlock(body, 'wptest-agree')).to.contain('name="wptest-agree" value="1" checked>');
    expect(recordedCalls).to.deep.equal([{ stage: 'build', eventId: null, fields: {} }]);
  });

  it('checks the fields on the server, each error next to its field, and saves nothing', async () => {
    const { client } = await wiki.loggedInOrganizer('Organizer');
    const res = await submitForm(client, ENABLE_FORM, { 'wptest-grant': '12/34', 'wptest-size': 'many', 'wptest-kind': 'huge', 'wptest-site': 'ftp://example.org' });
    expect(res.statusCode).to.equal(200);
    expect(fieldErrors(res.body, 'wptest-grant')).to.deep.equal([
      'The value does not have the expected format (it must match the regular expression ^\\d+-\\d+$).',
    ]);
    expect(fieldErrors(res.body, 'wptest-size')).to.deep.equal(['Enter a number, for example 12 or 3.5.']);
    expect(fieldErrors(res.body, 'wptest-kind')).to.deep.equal(['Choose one of the listed options.']);
    expect(fieldErrors(res.body, 'wptest-site')).to.deep.equal(['Enter a web address that starts with http:// or https://.']);
    expect(fieldBlock(res.body, 'wptest-grant')).to.contain('value="12/34"');
    expect(fieldBlock(res.body, 'wptest-agree')).to.contain('value="1">');
    expect(await wiki.events.findEventById(1)).to.equal(null);
    expect(recordedCalls.map((c) => c.stage)).to.deep.equal(['build', 'build']);

    const empty = await submitForm(client, ENABLE_FORM);
    expect(fieldErrors(empty.body, 'wptest-grant')).to.deep.equal(['Fill in this field.']);
  });

  it('hands the saved values, the handlers\' own included, and the performer to the \'saved\' stage', async () => {
    const { user, client } = await wiki.loggedInOrganizer('Organizer');
    const res = await submitForm(client, ENABLE_FORM, { 'wptest-grant': '12345-678', 'wptest-size': '40', 'wptest-kind': 'large', 'wptest-agree': '1' });
    expect(res.statusCode).to.equal(303);
    const saved = recordedCalls.at(-1)!;
    expect(saved.stage).to.equal('saved');
    if (saved.stage !== 'saved') return;
    expect(saved.eventId).to.equal(1);
    expect(saved.performer).to.deep.equal({ id: user.id, name: 'Organizer', registration: '2026-03-01T12:00:00Z' });
    expect(saved.values).to.deep.include({
      'test-grant': '12345-678',
      'test-size': 40,
      'test-kind': 'large',
      'test-site': null,
      'test-agree': true,
      EventPage: 'Event:Spring edit-a-thon',
      EventTypes: 'editing-event',
      TracksContributions: true,
    });

    recordedCalls.length = 0;
    await client.get('/wiki/Special:EditEventRegistration/1');
    expect(recordedCalls).to.deep.equal([{ stage: 'build', eventId: 1, fields: {} }]);
  });
});

describe('Fields added through EventRegistrationForm', () => {
  it('may not take the name of a field of the form', () => {
    expect(() => new ExtraFormFields({ EventPage: { type: 'text', labelMessage: 'x' } })).to.throw(
      'EventRegistrationForm field "EventPage": the form has a field of that name already; prefix the name with the extension\'s (e.g. "wce-grant-id").',
    );
  });

  it('must give a pattern that is a regular expression', () => {
    expect(() => new ExtraFormFields({ 'x-code': { type: 'text', labelMessage: 'x', pattern: '([a-z' } })).to.throw(
      /^EventRegistrationForm field "x-code": its pattern \(\[a-z is not a valid regular expression/,
    );
  });
});
