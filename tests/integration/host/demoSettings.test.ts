import { expect } from 'chai';
import * as path from 'node:path';
import { bootWiki } from '../../../src/host/boot/bootWiki';
import { databaseOptionsFromConfig } from '../../../src/host/boot/databaseSettings';
import { DEMO_SETTINGS_FILE, startSettingsFile } from '../../../src/host/cli/serveCommand';
import { REPO_ROOT } from '../../../src/host/HostInfo';

describe('The demo settings (examples/demo/LocalSettings.json)', () => {
  it('are what `wikiext start` uses unless --settings or WIKIEXT_SETTINGS names a file', () => {
    expect(DEMO_SETTINGS_FILE).to.equal(path.join(REPO_ROOT, 'examples', 'demo', 'LocalSettings.json'));
    expect(startSettingsFile(undefined, {})).to.equal(DEMO_SETTINGS_FILE);
    expect(startSettingsFile(undefined, { WIKIEXT_SETTINGS: '' })).to.equal(DEMO_SETTINGS_FILE);
    expect(startSettingsFile('mine.json', {})).to.equal('mine.json');
    expect(startSettingsFile('mine.json', { WIKIEXT_SETTINGS: 'env.json' })).to.equal('mine.json');
    expect(startSettingsFile(undefined, { WIKIEXT_SETTINGS: 'env.json' })).to.equal(undefined); // bootHost reads it
  });

  it('load CampaignEvents and GrantId with contribution statistics on, Bahrain and Belarus ruled out', () => {
    const wiki = bootWiki({ settingsFile: DEMO_SETTINGS_FILE, memoryCache: true });
    try {
      expect(wiki.registry.isLoaded('CampaignEvents')).to.equal(true);
      expect(wiki.registry.isLoaded('GrantId')).to.equal(true);
      expect(wiki.flags.isEnabled('CampaignEventsEnableContributionTracking')).to.equal(true);
      expect(wiki.config.get('CampaignEventsContributionTrackingDisallowedCountries')).to.deep.equal({ BH: 'Bahrain', BY: 'Belarus' });
      expect(wiki.config.get('CampaignEventsProgramsAndEventsDashboardInstance')).to.equal('production');
      expect(wiki.config.get('LocalDatabases')).to.deep.equal(['commonswiki', 'wikidatawiki']);
      expect(wiki.config.get('DBname')).to.equal('wiki');
      expect(wiki.config.snapshot.warnings).to.deep.equal([]);
    } finally {
      void wiki.close();
    }
  });

  it('keep the database in the repository data/ folder, where `npm start` always kept it', () => {
    const wiki = bootWiki({ settingsFile: DEMO_SETTINGS_FILE, memoryCache: true });
    try {
      expect(databaseOptionsFromConfig(wiki.config, wiki.baseDir)).to.deep.equal({ type: 'sqlite', file: path.join(REPO_ROOT, 'data', 'wiki.sqlite') });
      expect(path.resolve(wiki.baseDir, wiki.config.get<string>('CacheDirectory'))).to.equal(path.join(REPO_ROOT, 'data', 'cache'));
    } finally {
      void wiki.close();
    }
  });
});
