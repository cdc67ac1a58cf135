import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Title, TitleParser } from '../../../src/framework/core/Title';
import { MessageLocalizer } from '../../../src/framework/i18n/MessageLocalizer';
import { LocalizedHttpError } from '../../../src/framework/rest/LocalizedHttpError';
import { type ParamDeclarations, ParamValidator } from '../../../src/framework/rest/ParamValidator';
import { HOST_MESSAGES_DIR, REPO_ROOT } from '../../../src/host/HostInfo';

const messages = new MessageLocalizer({ wikiext: [HOST_MESSAGES_DIR] });

/** A title parser that refuses names with `#`, as the wiki's does. */
const titles: TitleParser = {
  parseTitle(text: string): Title {
    if (text.includes('#') || text === '') throw new Error(`Bad title "${text}": it contains "#".`);
    return { namespace: 0, dbKey: text, text, prefixedText: text, prefixedDbKey: text };
  },
  makeTitle: () => {
    throw new Error('not used');
  },
  getNamespaceName: () => '',
};

const validator = new ParamValidator(titles);
const json = (body: unknown) => ({ body, headers: { 'content-type': 'application/json' } });
const form = (body: Record<string, string>) => ({ body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });

/** The error `action` throws, with its English text. */
function failure(action: () => unknown): { error: LocalizedHttpError; text: string } {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(LocalizedHttpError);
    const e = error as LocalizedHttpError;
    return { error: e, text: messages.msg(e.messageKey, ...e.params).text() };
  }
  throw new Error('expected a LocalizedHttpError');
}

const TYPES = ['editing-event', 'contest', 'workshop'];
const EVENT = {
  event_page: { type: 'title', required: true },
  timezone: { type: 'string', required: true },
  start_time: { type: 'timestamp', required: true },
  types: { type: 'enum', values: TYPES, isMulti: true, maxValues: 2, required: true },
  wikis: { type: 'enum', values: ['enwiki', 'dewiki'], isMulti: true, all: true },
  online_meeting: { type: 'boolean', default: false },
  inperson_meeting: { type: 'boolean' },
  meeting_address: { type: 'string', maxBytes: 10 },
  country: { type: 'enum', values: ['BH', 'BY', 'FR'] },
  attendees: { type: 'integer', min: 1 },
} as const satisfies ParamDeclarations;

const VALID = { event_page: 'Event:Spring', timezone: 'UTC', start_time: '20260501093000', types: ['contest'] };

describe('ParamValidator', () => {
  describe('valid values', () => {
    it('returns JSON values typed by their settings, defaults for absent ones and null for the rest', () => {
      const params = validator.validateBody(EVENT, json({ ...VALID, token: 'ignored', attendees: 12, inperson_meeting: true }));
      expect(params).to.deep.equal({
        event_page: 'Event:Spring',
        timezone: 'UTC',
        start_time: '20260501093000',
        types: ['contest'],
        wikis: null,
        online_meeting: false,
        inperson_meeting: true,
        meeting_address: null,
        country: null,
        attendees: 12,
      });
    });

    it('treats JSON null as not sent', () => {
      const params = validator.validateBody(EVENT, json({ ...VALID, meeting_address: null, online_meeting: null }));
      expect(params.meeting_address).to.equal(null);
      expect(params.online_meeting).to.equal(false);
    });

    it('reads "*" as every value of a multi enum that allows it, and drops duplicates', () => {
      expect(validator.validateBody(EVENT, json({ ...VALID, wikis: ['*'] })).wikis).to.deep.equal(['enwiki', 'dewiki']);
      expect(validator.validateBody(EVENT, json({ ...VALID, types: ['contest', 'contest'] })).types).to.deep.equal(['contest']);
    });

    it('accepts an empty list (the domain decides whether it is enough)', () => {
      expect(validator.validateBody(EVENT, json({ ...VALID, types: [] })).types).to.deep.equal([]);
    });

    it('reads form bodies as MediaWiki does: 1/0/yes/no for booleans, a|b for lists, digits for integers', () => {
      const params = validator.validateBody(
        EVENT,
        form({ ...VALID, types: 'contest|workshop', online_meeting: 'yes', inperson_meeting: '', attendees: '3' }),
      );
      expect(params).to.deep.include({ types: ['contest', 'workshop'], online_meeting: true, inperson_meeting: false, attendees: 3 });
    });

    it('validates path parameters as text', () => {
      expect(validator.validatePath({ id: { type: 'integer', required: true, min: 1 } }, { id: '42' })).to.deep.equal({ id: 42 });
    });

    it('treats a request without a body as one without parameters', () => {
      const { error } = failure(() => validator.validateBody(EVENT, { body: undefined, headers: {} }));
      expect(error.data).to.include({ failureCode: 'missingparam', name: 'event_page' });
    });
  });

  describe('failures, in MediaWiki\'s REST format', () => {
    it('missingparam names the parameter', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, timezone: undefined })));
      expect(error.httpCode).to.equal(400);
      expect(error.errorKey).to.equal('paramvalidator-missingparam');
      expect(error.data).to.deep.equal({
        error: 'parameter-validation-failed',
        name: 'timezone',
        value: null,
        failureCode: 'missingparam',
        failureData: null,
      });
      expect(text).to.equal('The "timezone" parameter must be set. Send it with a value.');
    });

    it('badvalue for an unknown enum value, listing the accepted ones', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, types: ['contest', 'party'] })));
      expect(error.data).to.include({ name: 'types', failureCode: 'badvalue' });
      expect(error.data.value).to.deep.equal(['contest', 'party']);
      expect(text).to.equal('Unrecognized value for the "types" parameter: "party". Accepted values: "editing-event", "contest", "workshop".');
    });

    it('badvalue for a single enum, and the hint about "*" where it is accepted', () => {
      expect(failure(() => validator.validateBody(EVENT, json({ ...VALID, country: 'XX' }))).text).to.equal(
        'Unrecognized value for the "country" parameter: "XX". Accepted values: "BH", "BY", "FR".',
      );
      expect(failure(() => validator.validateBody(EVENT, json({ ...VALID, wikis: ['frwiki', 'itwiki'] }))).text).to.equal(
        'Unrecognized values for the "wikis" parameter: "frwiki", "itwiki". Accepted values: "enwiki", "dewiki", or "*" alone for all of them.',
      );
    });

    it('badvalue names only a few accepted values when there are many', () => {
      const many = { code: { type: 'enum', values: Array.from({ length: 30 }, (_, i) => `C${i}`) } } as const;
      expect(failure(() => validator.validateBody(many, json({ code: 'ZZ' }))).text).to.equal(
        'Unrecognized value for the "code" parameter: "ZZ". Accepted values include "C0", "C1", "C2" and 27 more.',
      );
    });

    it('badbool for a JSON value that is not true or false, even one a form may send', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, online_meeting: 'yes' })));
      expect(error.errorKey).to.equal('paramvalidator-badbool');
      expect(error.data).to.include({ name: 'online_meeting', value: 'yes', failureCode: 'badbool' });
      expect(text).to.equal('Invalid value "yes" for the boolean parameter "online_meeting". Send true or false as JSON booleans, without quotes.');
    });

    it('badbool in a form body lists the words it accepts', () => {
      const { text } = failure(() => validator.validateBody(EVENT, form({ ...VALID, types: 'contest', online_meeting: 'maybe' })));
      expect(text).to.equal(
        'Invalid value "maybe" for the boolean parameter "online_meeting". Send 1, true, yes or on for true, and 0, false, no, off or an empty value for false.',
      );
    });

    it('badinteger and outofrange', () => {
      const bad = failure(() => validator.validatePath({ id: { type: 'integer', min: 1 } }, { id: 'abc' }));
      expect(bad.error.data).to.include({ failureCode: 'badinteger', name: 'id', value: 'abc' });
      expect(bad.text).to.equal('Invalid value "abc" for the integer parameter "id". Send a whole number, such as 42.');
      expect(failure(() => validator.validateBody(EVENT, json({ ...VALID, attendees: 2.5 }))).error.data.failureCode).to.equal('badinteger');
      expect(failure(() => validator.validateBody(EVENT, json({ ...VALID, attendees: '3' }))).error.data.failureCode).to.equal('badinteger');

      const low = failure(() => validator.validatePath({ id: { type: 'integer', min: 1 } }, { id: '0' }));
      expect(low.error.data).to.deep.include({ failureCode: 'outofrange', failureData: { min: 1 } });
      expect(low.text).to.equal('The value 0 of the "id" parameter is too small. Send a number of at least 1.');
    });

    it('badtimestamp for anything but 14 digits of a real date and time', () => {
      for (const value of ['2026-05-01T09:30:00Z', '2026050109300', '20260230093000', '20260501246000', 20260501093000]) {
        const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, start_time: value })));
        expect(error.data, String(value)).to.include({ failureCode: 'badtimestamp', name: 'start_time' });
        expect(text).to.contain('for the timestamp parameter "start_time". Send a 14-digit MediaWiki timestamp YYYYMMDDHHMMSS');
      }
    });

    it('toomanyvalues with the limit', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, types: TYPES })));
      expect(error.data).to.deep.include({ name: 'types', failureCode: 'toomanyvalues', failureData: { limit: 2 } });
      expect(text).to.equal('Too many values for the "types" parameter: 3 were sent, but the limit is 2. Send at most 2 values.');
    });

    it('maxbytes counts UTF-8 bytes', () => {
      expect(validator.validateBody(EVENT, json({ ...VALID, meeting_address: 'ééééé' })).meeting_address).to.equal('ééééé');
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, meeting_address: 'éééééé' })));
      expect(error.data).to.deep.include({ failureCode: 'maxbytes', failureData: { maxbytes: 10 } });
      expect(text).to.equal('The value of the "meeting_address" parameter is 12 bytes long, but at most 10 bytes are allowed. Send a shorter value.');
    });

    it('a list for a single value is paramvalidator-notmulti (failureCode badvalue, as MediaWiki)', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, timezone: ['UTC'] })));
      expect(error.errorKey).to.equal('paramvalidator-notmulti');
      expect(error.data).to.include({ name: 'timezone', failureCode: 'badvalue' });
      expect(text).to.equal('The "timezone" parameter takes a single value, but a list was sent. Send one value, not an array.');
    });

    it('a single JSON value for a list is multivalue-must-be-array', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, types: 'contest' })));
      expect(error.data).to.include({ name: 'types', failureCode: 'multivalue-must-be-array' });
      expect(text).to.equal('The "types" parameter takes a list of values. Send a JSON array, such as ["editing-event"].');
    });

    it('a number for text is paramvalidator-needstring', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, timezone: 1 })));
      expect(error.errorKey).to.equal('paramvalidator-needstring');
      expect(error.data).to.include({ failureCode: 'badvalue', name: 'timezone' });
      expect(text).to.equal('The "timezone" parameter takes text, but 1 was sent. Send a JSON string.');
    });

    it('badtitle with the title parser\'s reason', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json({ ...VALID, event_page: 'Event:A#b' })));
      expect(error.data).to.include({ failureCode: 'badtitle', name: 'event_page' });
      expect(text).to.equal('The "event_page" parameter is not a valid page title. Bad title "Event:A#b": it contains "#". Send the name of a page, such as "Event:Spring edit-a-thon".');
    });

    it('refuses a JSON body that is not an object', () => {
      const { error, text } = failure(() => validator.validateBody(EVENT, json(['a'])));
      expect(error.errorKey).to.equal('paramvalidator-body-not-object');
      expect(text).to.equal('The request body must be a JSON object of named parameters, such as {"token": "..."}, but it was ["a"].');
    });
  });

  it('has an English text in the host messages for every paramvalidator-* key it uses', () => {
    const english = JSON.parse(readFileSync(path.join(HOST_MESSAGES_DIR, 'en.json'), 'utf8')) as Record<string, string>;
    const source = readFileSync(path.join(REPO_ROOT, 'src', 'framework', 'rest', 'ParamValidator.ts'), 'utf8');
    const used = [...source.matchAll(/'(paramvalidator-[a-z-]+)'/g)].map((m) => m[1]);
    expect(used.length).to.be.greaterThan(10);
    expect(used.filter((key) => !Object.hasOwn(english, key))).to.deep.equal([]);
  });
});
