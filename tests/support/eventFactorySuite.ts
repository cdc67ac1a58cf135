/**
 * The EventFactory's rules, once for every way of building the factory: `defineEventFactoryRules(make)` registers
 * them in the current `describe`, and `make` builds the wiki of tests/support/eventFactoryWorld.ts with the settings
 * a rule needs. The unit tests run them on fake services, the integration tests on a booted host on each database.
 */
import { expect } from 'chai';
import { EventError } from '../../src/events/EventErrors';
import type { EventFactoryOptions } from '../../src/events/EventFactory';
import type { EventInput } from '../../src/events/EventInput';
import { ALL_WIKIS } from '../../src/events/EventRegistration';
import { DEFAULT_FACTORY_SETTINGS, factoryInput, type FactorySettings, type FactoryUnderTest } from './eventFactoryWorld';
import { rejection } from './rejection';

const TYPE_ERROR =
  'tracksContributions: Contribution statistics can only be enabled for events with the following types: ' +
  'Editing event, Media upload event, Backlog drive, Contest';
const COUNTRY_ERROR = 'tracksContributions: Contribution statistics cannot be enabled for the selected country.';
const NO_WIKIS_ERROR = 'tracksContributions: Contribution statistics can only be enabled for events with at least one target wiki.';

/** Registers the rules; `make` gets {@link DEFAULT_FACTORY_SETTINGS} with what a rule changes. */
export function defineEventFactoryRules(make: (settings: FactorySettings) => Promise<FactoryUnderTest>): void {
  // One wiki per test and settings, not per call: a rule builds many events, and booting a host for each is slow.
  const opened = new Map<string, Promise<FactoryUnderTest>>();
  function wikiWith(settings: Partial<FactorySettings> = {}): Promise<FactoryUnderTest> {
    const key = JSON.stringify(settings);
    if (!opened.has(key)) opened.set(key, make({ ...DEFAULT_FACTORY_SETTINGS, ...settings }));
    return opened.get(key)!;
  }
  afterEach(async () => {
    const wikis = [...opened.values()];
    opened.clear();
    for (const wiki of wikis) await (await wiki).close();
  });

  /** The problems of an EventError as `field: English text`, the way the form shows them. */
  function described(wiki: FactoryUnderTest, error: Error): string[] {
    expect(error).to.be.instanceOf(EventError);
    return (error as EventError).problems.map((p) => `${p.field}: ${wiki.messages.msg(p.key, ...p.params).text()}`);
  }

  /** The problems (`field: English text`) the factory finds in `overrides` applied to a valid input. */
  async function problemsOf(
    overrides: Partial<EventInput>,
    settings: Partial<FactorySettings> = {},
    options: EventFactoryOptions = {},
  ): Promise<string[]> {
    const wiki = await wikiWith(settings);
    const error = await rejection(() => wiki.factory.newEvent(factoryInput(overrides), options));
    const problems = described(wiki, error);
    expect((error as EventError).kind).to.equal('invalid');
    return problems;
  }

  async function build(overrides: Partial<EventInput>, settings: Partial<FactorySettings> = {}, options: EventFactoryOptions = {}) {
    return (await wikiWith(settings)).factory.newEvent(factoryInput(overrides), options);
  }

  describe('a valid event', () => {
    it('builds the registration with every field', async () => {
      const event = await build({
        timezone: 'Europe/Rome',
        types: ['editing-event', 'workshop'],
        wikis: ['wiki', 'enwiki'],
        topics: ['history', 'women'],
        participationOptions: 3,
        meetingUrl: 'https://meet.example.org/room',
        meetingCountryCode: 'it',
        meetingAddress: '  Piazza del Duomo 1, Milano  ',
        chatUrl: 'https://chat.example.org/x',
        isTestEvent: true,
        tracksContributions: true,
        trackingToolId: 'wikimedia-pe-dashboard',
        trackingToolEventId: 'School/Course',
      });
      expect(event).to.deep.equal({
        id: null,
        name: 'Spring fair',
        page: { namespace: 1728, dbKey: 'Spring_fair', prefixedText: 'Event:Spring fair' },
        status: 'open',
        timezone: 'Europe/Rome',
        startLocal: '20300101100000',
        endLocal: '20300101120000',
        startUtc: '20300101090000',
        endUtc: '20300101110000',
        types: ['editing-event', 'workshop'],
        wikis: ['wiki', 'enwiki'],
        topics: ['history', 'women'],
        participationOptions: 3,
        meetingUrl: 'https://meet.example.org/room',
        address: { address: 'Piazza del Duomo 1, Milano', countryCode: 'IT' },
        chatUrl: 'https://chat.example.org/x',
        isTestEvent: true,
        tracksContributions: true,
        trackingTools: [{ toolId: 'wikimedia-pe-dashboard', toolEventId: 'School/Course' }],
        createdAt: null,
        lastEditAt: null,
        deletedAt: null,
      });
    });

    it('accepts pages in every namespace of CampaignEventsEventNamespaces and names the event after the title text', async () => {
      const event = await build({ page: 'Project:Meetup' });
      expect(event.page).to.deep.equal({ namespace: 4, dbKey: 'Meetup', prefixedText: 'wikiext:Meetup' });
      expect(event.name).to.equal('Meetup');
    });

    it('converts local times to UTC for UTC, IANA zones and fixed offsets', async () => {
      expect((await build({ timezone: 'UTC' })).startUtc).to.equal('20300101100000');
      expect((await build({ timezone: '+05:30' })).startUtc).to.equal('20300101043000');
      expect((await build({ timezone: '-03:00' })).endUtc).to.equal('20300101150000');
      const summer = await build({ timezone: 'america/new_york', start: '20300701100000', end: '20300701100000' });
      expect(summer.timezone).to.equal('America/New_York');
      expect(summer.startUtc).to.equal('20300701140000');
    });

    it('keeps stored timestamps it is given', async () => {
      const event = await build({ id: 7, createdAt: '20250101000000', lastEditAt: '20250102000000', deletedAt: null });
      expect(event).to.include({ id: 7, createdAt: '20250101000000', lastEditAt: '20250102000000', deletedAt: null });
    });
  });

  describe('id', () => {
    it('refuses an id that is not a positive integer', async () => {
      for (const id of [0, -3, 1.5]) {
        expect(await problemsOf({ id })).to.deep.equal(['general: The event ID must be a positive integer.']);
      }
    });
  });

  describe('event page', () => {
    it('refuses an empty title', async () => {
      expect(await problemsOf({ page: '   ' })).to.deep.equal(['page: Enter an event page title.']);
    });

    it('refuses an invalid title, saying why', async () => {
      const [problem] = await problemsOf({ page: 'Event:A[b]' });
      expect(problem).to.match(/^page: The event page title is invalid: Bad title "Event:A\[b\]": it contains "\[".*\.$/);
      expect(problem).not.to.match(/\.\.$/);
    });

    it('refuses a page on another wiki of the farm', async () => {
      expect(await problemsOf({ page: 'enwiki:Event:Spring fair' })).to.deep.equal(['page: Specify an event page on the local wiki.']);
    });

    it('refuses a page outside the event namespaces, and virtual pages', async () => {
      const text = 'page: The event page must be in one of the permitted namespaces';
      expect(await problemsOf({ page: 'Talk:Chat' })).to.deep.equal([text]);
      expect(await problemsOf({ page: 'Special:Version' })).to.deep.equal([text]);
      expect(await problemsOf({ page: 'Project:Meetup' }, { CampaignEventsEventNamespaces: [1728] })).to.deep.equal([text]);
    });

    it('lets an update keep a page in a namespace that is no longer allowed when asked to', async () => {
      const wiki = await wikiWith({ CampaignEventsEventNamespaces: [1728] });
      // Stored while the project namespace was allowed: a valid event, moved there.
      const meetup = { namespace: 4, dbKey: 'Meetup', prefixedText: 'wikiext:Meetup' };
      const id = await wiki.storeEvent({ ...(await wiki.factory.newEvent(factoryInput())), name: 'Meetup', page: meetup });
      const event = await wiki.factory.newEvent(factoryInput({ id, page: 'Project:Meetup' }), { skipUnchangedPageNamespace: true });
      expect(event.page.namespace).to.equal(4);
      const moved = await rejection(() => wiki.factory.newEvent(factoryInput({ id, page: 'Talk:Chat' }), { skipUnchangedPageNamespace: true }));
      expect(described(wiki, moved)).to.deep.equal(['page: The event page must be in one of the permitted namespaces']);
    });

    it('refuses a title with a section', async () => {
      expect(await problemsOf({ page: 'Event:Spring fair#Schedule' })).to.deep.equal(['page: The event page must not contain a section name.']);
    });

    it('refuses a page that does not exist', async () => {
      expect(await problemsOf({ page: 'Event:Autumn fair' })).to.deep.equal(['page: There is no event page with this name.']);
    });
  });

  describe('status', () => {
    it('accepts open and closed and refuses anything else', async () => {
      expect((await build({ status: 'closed' })).status).to.equal('closed');
      expect(await problemsOf({ status: 'draft' })).to.deep.equal(['status: Indicate whether the event is open or closed.']);
    });
  });

  describe('timezone and dates', () => {
    it('refuses an unknown timezone and a malformed or out-of-range offset', async () => {
      for (const timezone of ['Mars/Olympus_Mons', '+5:30', '+05:60', '+15:00', '']) {
        expect(await problemsOf({ timezone }), timezone).to.deep.equal(['timezone: Enter a valid timezone.']);
      }
    });

    it('refuses a missing, invalid or past start', async () => {
      expect(await problemsOf({ start: '' })).to.deep.equal(['start: Choose a start time.']);
      expect(await problemsOf({ start: '2030' })).to.deep.equal(['start: The event start time is invalid.']);
      expect(await problemsOf({ start: '20301345000000' })).to.deep.equal(['start: The event start time is invalid.']);
      expect(await problemsOf({ start: '20260301115959' })).to.deep.equal(['start: Enter a start time in the future.']);
    });

    it('allows a past start when an update asks to skip that check', async () => {
      const event = await build({ start: '20200101000000' }, {}, { skipDatesPast: true });
      expect(event.startLocal).to.equal('20200101000000');
    });

    it('refuses a missing or invalid end and an end before the start; equal times are fine', async () => {
      expect(await problemsOf({ end: '' })).to.deep.equal(['end: Enter an end time.']);
      expect(await problemsOf({ end: '20300230120000' })).to.deep.equal(['end: The event end time is invalid.']);
      expect(await problemsOf({ end: '20300101095959' })).to.deep.equal(['end: Enter an end date that comes after the start date.']);
      expect((await build({ end: '20300101100000' })).endUtc).to.equal('20300101100000');
    });
  });

  describe('types', () => {
    it('refuses no type, too many and unknown ones', async () => {
      expect(await problemsOf({ types: [] })).to.deep.equal(['types: Enter at least one type']);
      expect(await problemsOf({ types: ['contest', 'meetup', 'hackathon'] })).to.deep.equal(['types: Enter a maximum of 2 event types.']);
      expect(await problemsOf({ types: ['party', 'picnic'] })).to.deep.equal(['types: The following event types are not recognized: party, picnic.']);
    });

    it('refuses "other" with another type but accepts it alone', async () => {
      expect(await problemsOf({ types: ['other', 'meetup'] })).to.deep.equal([
        "types: You cannot choose 'Other' along with other event types. Please choose only 'Other' or remove it to choose other options.",
      ]);
      expect((await build({ types: ['other'] })).types).to.deep.equal(['other']);
    });
  });

  describe('wikis', () => {
    it('refuses more than 100 wikis and unknown wiki IDs', async () => {
      const many = Array.from({ length: 101 }, (_, i) => `wiki${i}`);
      expect(await problemsOf({ wikis: many })).to.deep.equal(['wikis: Enter a maximum of 100 wikis.']);
      expect(await problemsOf({ wikis: ['wiki', 'dewiki'] })).to.deep.equal(['wikis: The following wiki IDs are not recognized: dewiki.']);
    });

    it('turns a list of every wiki into "all wikis", and accepts none', async () => {
      expect((await build({ wikis: ['commonswiki', 'wiki', 'enwiki'] })).wikis).to.equal(ALL_WIKIS);
      expect((await build({ wikis: true })).wikis).to.equal(ALL_WIKIS);
      expect((await build({ wikis: [] })).wikis).to.deep.equal([]);
    });
  });

  describe('topics', () => {
    it('refuses more than 5 topics and unknown ones', async () => {
      const six = ['history', 'women', 'sports', 'music', 'physics', 'films'];
      expect(await problemsOf({ topics: six })).to.deep.equal(['topics: Enter a maximum of 5 topics.']);
      expect(await problemsOf({ topics: ['history', 'gossip'] })).to.deep.equal(['topics: The following topics are not recognized: gossip.']);
    });
  });

  describe('participation, meeting URL, country and address', () => {
    it('refuses a missing participation option and then skips the meeting checks', async () => {
      expect(await problemsOf({ participationOptions: 0, meetingUrl: 'not a url', meetingCountryCode: 'XX' })).to.deep.equal([
        'participation: Choose at least one participation option.',
      ]);
      expect(await problemsOf({ participationOptions: 4 })).to.deep.equal(['participation: Choose at least one participation option.']);
    });

    it('accepts http, https, protocol-relative and international URLs', async () => {
      for (const meetingUrl of ['https://meet.example.org/a?b=c', 'http://example.org', '//example.org/x', 'https://bücher.example/raum']) {
        expect((await build({ meetingUrl })).meetingUrl, meetingUrl).to.equal(meetingUrl);
      }
    });

    it('refuses other meeting URLs', async () => {
      for (const meetingUrl of ['ftp://example.org', 'example.org', 'https://', 'https://exa mple.org', 'javascript:alert(1)', 'https://-bad-.org']) {
        expect(await problemsOf({ meetingUrl }), meetingUrl).to.deep.equal(['meetingUrl: Enter a valid event meeting URL.']);
      }
    });

    it('refuses a meeting URL for an in-person event', async () => {
      expect(await problemsOf({ participationOptions: 2, meetingUrl: 'https://example.org', meetingCountryCode: 'IT' })).to.deep.equal([
        'meetingUrl: The meeting URL must not be specified if the event is not online.',
      ]);
    });

    it('requires a valid country for in-person and hybrid events; pseudo-codes are not countries', async () => {
      for (const meetingCountryCode of [null, 'XX', 'ZZ', 'EU']) {
        expect(await problemsOf({ participationOptions: 2, meetingCountryCode }), String(meetingCountryCode)).to.deep.equal([
          'country: Enter a valid country code.',
        ]);
      }
    });

    it('refuses an empty address but accepts none', async () => {
      expect(await problemsOf({ participationOptions: 2, meetingCountryCode: 'IT', meetingAddress: '  ' })).to.deep.equal([
        'address: Enter a valid address.',
      ]);
      expect((await build({ participationOptions: 2, meetingCountryCode: 'IT' })).address).to.deep.equal({ address: null, countryCode: 'IT' });
    });

    it('refuses a country or an address for an online event', async () => {
      const text = 'The meeting country and address must not be specified if the event is not in-person.';
      expect(await problemsOf({ meetingCountryCode: 'IT' })).to.deep.equal([`country: ${text}`]);
      expect(await problemsOf({ meetingAddress: 'Via Roma 1' })).to.deep.equal([`address: ${text}`]);
    });

    it('cuts an address to 8192 bytes without splitting a character', async () => {
      const long = 'a' + 'é'.repeat(5000); // 10001 bytes
      const event = await build({ participationOptions: 2, meetingCountryCode: 'FR', meetingAddress: long });
      const address = event.address!.address!;
      expect(Buffer.byteLength(address)).to.equal(8191);
      expect(address).to.equal(long.slice(0, 4096));
    });
  });

  describe('chat URL', () => {
    it('follows the URL rules', async () => {
      expect((await build({ chatUrl: 'https://t.me/group' })).chatUrl).to.equal('https://t.me/group');
      expect(await problemsOf({ chatUrl: 'irc://libera.chat/#wiki' })).to.deep.equal(['chatUrl: Enter a valid chat URL.']);
    });
  });

  describe('contribution statistics', () => {
    const inPerson = (country: string): Partial<EventInput> => ({ participationOptions: 2, meetingCountryCode: country, tracksContributions: true });

    it('refuses an in-person or hybrid event in a disallowed country', async () => {
      expect(await problemsOf(inPerson('BH'))).to.deep.equal([COUNTRY_ERROR]);
      expect(await problemsOf({ ...inPerson('BY'), participationOptions: 3 })).to.deep.equal([COUNTRY_ERROR]);
    });

    it('never blocks an online-only event by country (the seed QA case)', async () => {
      const event = await build({ participationOptions: 1, tracksContributions: true });
      expect(event.tracksContributions).to.equal(true);
      expect((await build(inPerson('IT'))).tracksContributions).to.equal(true);
    });

    it('requires a contribution type, listing the contribution types by their labels', async () => {
      expect(await problemsOf({ types: ['meetup'], tracksContributions: true })).to.deep.equal([TYPE_ERROR]);
      expect(await problemsOf({ types: ['other'], tracksContributions: true })).to.deep.equal([TYPE_ERROR]);
      expect((await build({ types: ['meetup', 'contest'], tracksContributions: true })).tracksContributions).to.equal(true);
    });

    it('requires at least one target wiki; all wikis count', async () => {
      expect(await problemsOf({ wikis: [], tracksContributions: true })).to.deep.equal([NO_WIKIS_ERROR]);
      expect((await build({ wikis: true, tracksContributions: true })).tracksContributions).to.equal(true);
    });

    it('checks the country, then the types, then the wikis, and reports only the first failure', async () => {
      expect(await problemsOf({ ...inPerson('BH'), types: ['meetup'], wikis: [] })).to.deep.equal([COUNTRY_ERROR]);
      expect(await problemsOf({ types: ['meetup'], wikis: [], tracksContributions: true })).to.deep.equal([TYPE_ERROR]);
    });

    it('ignores the input while CampaignEventsEnableContributionTracking is off', async () => {
      const off = { CampaignEventsEnableContributionTracking: false };
      const event = await build({ ...inPerson('BH'), types: ['meetup'], wikis: [] }, off);
      expect(event.tracksContributions).to.equal(false);
      expect((await build({ tracksContributions: true }, off)).tracksContributions).to.equal(false);
    });

    it('uses only the codes of the disallowed-countries setting', async () => {
      const settings = { CampaignEventsContributionTrackingDisallowedCountries: { IT: 'anything at all' } };
      expect(await problemsOf(inPerson('IT'), settings)).to.deep.equal([COUNTRY_ERROR]);
      expect((await build(inPerson('BH'), settings)).tracksContributions).to.equal(true);
    });
  });

  describe('tracking tool', () => {
    it('requires both the tool and the event on it, and knows only the P&E Dashboard', async () => {
      expect(await problemsOf({ trackingToolId: 'wikimedia-pe-dashboard' })).to.deep.equal([
        'trackingTool: Provide the identifier of the event on the given tracking tool.',
      ]);
      expect(await problemsOf({ trackingToolEventId: 'School/Course' })).to.deep.equal(['trackingTool: Provide the identifier of the tracking tool']);
      expect(await problemsOf({ trackingToolId: 'other-dashboard', trackingToolEventId: 'x' })).to.deep.equal([
        'trackingTool: Provide a valid tracking tool identifier',
      ]);
      expect((await build({ trackingToolId: '', trackingToolEventId: '' })).trackingTools).to.deep.equal([]);
    });
  });

  it('reports every problem at once, in the order of the checks', async () => {
    const problems = await problemsOf({
      id: -1,
      page: '',
      status: 'maybe',
      timezone: 'Nowhere',
      start: '',
      end: 'soon',
      types: [],
      wikis: ['nowiki'],
      topics: ['gossip'],
      participationOptions: 1,
      meetingUrl: 'nope',
      chatUrl: 'nope',
      trackingToolId: 'x',
    });
    expect(problems).to.deep.equal([
      'general: The event ID must be a positive integer.',
      'page: Enter an event page title.',
      'status: Indicate whether the event is open or closed.',
      'timezone: Enter a valid timezone.',
      'start: Choose a start time.',
      'end: The event end time is invalid.',
      'types: Enter at least one type',
      'wikis: The following wiki IDs are not recognized: nowiki.',
      'topics: The following topics are not recognized: gossip.',
      'meetingUrl: Enter a valid event meeting URL.',
      'chatUrl: Enter a valid chat URL.',
      'trackingTool: Provide the identifier of the event on the given tracking tool.',
    ]);
  });
}
