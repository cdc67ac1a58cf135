import { expect } from 'chai';
import { CountryProvider } from '../../../src/events/CountryProvider';
import { EventTypesRegistry } from '../../../src/events/EventTypesRegistry';
import { TopicRegistry } from '../../../src/events/TopicRegistry';
import { WikiLookup } from '../../../src/events/WikiLookup';
import { fakeConfig, messages } from './eventFactoryFixtures';

describe('EventTypesRegistry', () => {
  const registry = new EventTypesRegistry();

  it('groups the types as CampaignEvents does, with their bitmask values', () => {
    const groups = registry.getGroups().map((g) => [g.id, g.messageKey, g.types.map((t) => `${t.id}=${t.dbValue}`)]);
    expect(groups).to.deep.equal([
      ['contributions', 'campaignevents-eventtype-group-contributions', ['editing-event=1', 'media-upload-event=2', 'backlog-drive=4', 'contest=8']],
      ['community', 'campaignevents-eventtype-group-community', ['workshop=16', 'training-seminar=32', 'meetup=64', 'hackathon=128', 'conference=256']],
      ['other', 'campaignevents-eventtype-group-other', ['other=0']],
    ]);
  });

  it('names the contribution types and says which types are', () => {
    expect(registry.getContributionTypes()).to.deep.equal(['editing-event', 'media-upload-event', 'backlog-drive', 'contest']);
    expect(registry.isContributionType('contest')).to.equal(true);
    expect(registry.isContributionType('meetup')).to.equal(false);
    expect(registry.getAllTypes()).to.have.length(10);
  });

  it('has an English label for every type and group', () => {
    const labels = registry.getAllTypes().map((t) => messages.msg(registry.getTypeMessageKey(t)).text());
    expect(labels).to.deep.equal([
      'Editing event', 'Media upload event', 'Backlog drive', 'Contest', 'Workshop', 'Training / seminar', 'Meetup',
      'Hackathon', 'Conference', 'Other',
    ]);
    expect(registry.getGroups().map((g) => messages.msg(g.messageKey).text())).to.deep.equal(['Contributions', 'Community', 'Other']);
  });

  it('converts types to the stored bitmask and back; "other" is 0', () => {
    expect(registry.typesToDbValue(['meetup', 'editing-event'])).to.equal(65);
    expect(registry.dbValueToTypes(65)).to.deep.equal(['editing-event', 'meetup']);
    expect(registry.typesToDbValue(['other'])).to.equal(0);
    expect(registry.dbValueToTypes(0)).to.deep.equal(['other']);
  });

  it('names the known types when asked about an unknown one', () => {
    expect(() => registry.getTypeMessageKey('party')).to.throw(/Unknown event type "party"; the known types are editing-event, /);
  });
});

describe('TopicRegistry', () => {
  const registry = new TopicRegistry();

  it('offers ORES-style article topics, each with an English label', () => {
    const topics = registry.getAllTopics();
    expect(topics.length).to.be.within(25, 40);
    expect(topics).to.include.members(['biography', 'history', 'geography', 'science', 'technology', 'arts', 'sports', 'women']);
    for (const topic of topics) {
      const key = registry.getTopicMessageKey(topic);
      expect(key).to.equal(`campaignevents-topic-${topic}`);
      expect(messages.msg(key).exists(), key).to.equal(true);
    }
    expect(messages.msg(registry.getTopicMessageKey('women')).text()).to.equal('Women');
  });

  it('refuses an unknown topic', () => {
    expect(registry.isValidTopic('gossip')).to.equal(false);
    expect(() => registry.getTopicMessageKey('gossip')).to.throw(/Unknown event topic "gossip"/);
  });
});

describe('WikiLookup', () => {
  it('lists this wiki first, then the other wikis of the farm, each once', () => {
    const lookup = new WikiLookup(fakeConfig({ DBname: 'enwiki', LocalDatabases: ['dewiki', 'enwiki', 'commonswiki'] }));
    expect(lookup.getCurrentWikiId()).to.equal('enwiki');
    expect(lookup.getAllWikis()).to.deep.equal(['enwiki', 'dewiki', 'commonswiki']);
  });
});

describe('CountryProvider', () => {
  const provider = new CountryProvider();

  it('names countries from the CLDR data of Node: BH is Bahrain', () => {
    expect(provider.isValidCountryCode('BH')).to.equal(true);
    expect(provider.getName('BH', 'en')).to.equal('Bahrain');
    expect(provider.getName('BY', 'en')).to.equal('Belarus');
    expect(provider.getName('DE', 'de')).to.equal('Deutschland');
  });

  it('leaves out pseudo-codes, groupings and deprecated codes', () => {
    for (const code of ['CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ', 'BU', 'YU', 'AA', 'bh']) {
      expect(provider.isValidCountryCode(code), code).to.equal(false);
    }
    const codes = provider.getCountries('en').map((c) => c.code);
    expect(codes).not.to.include.members(['EU', 'ZZ', 'XA', 'UN']);
    expect(codes.length).to.be.within(240, 260);
  });

  it('sorts by the name in the requested language', () => {
    const english = provider.getCountries('en').map((c) => c.name);
    expect(english.slice(0, 3)).to.deep.equal(['Afghanistan', 'Åland Islands', 'Albania']);
    const german = provider.getCountries('de');
    expect(german.find((c) => c.code === 'EG')?.name).to.equal('Ägypten');
    expect(german.findIndex((c) => c.code === 'EG')).to.be.lessThan(german.findIndex((c) => c.code === 'AL'));
  });

  it('falls back to English names for a language without data', () => {
    expect(provider.getName('BH', 'qqx')).to.equal('Bahrain');
    expect(provider.getName('BH', 'not a language')).to.equal('Bahrain');
  });
});
