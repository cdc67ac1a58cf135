import { expect } from 'chai';
import { ConfigBuilder } from '../../../src/framework/config/ConfigBuilder';
import { FeatureFlags } from '../../../src/framework/config/FeatureFlags';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { contributionTrackingConfig, featureFlag, siteSettings } from './configFixtures';

function flagsFor(values: Record<string, unknown>): FeatureFlags {
  const declarations = { ...contributionTrackingConfig(), ...featureFlag('FooEnable', true) };
  return new FeatureFlags(new ConfigBuilder(declarations).build(siteSettings(values)));
}

describe('FeatureFlags', () => {
  it('lists only the keys declared as flags, with state, description, extension and source', () => {
    const flags = flagsFor({ wgCampaignEventsEnableContributionTracking: true });
    expect(flags.list()).to.deep.equal([
      {
        name: 'CampaignEventsEnableContributionTracking',
        globalName: 'wgCampaignEventsEnableContributionTracking',
        enabled: true,
        description: 'Turns on CampaignEventsEnableContributionTracking.',
        extension: 'CampaignEvents',
        source: 'settings file LocalSettings.json',
      },
      {
        name: 'FooEnable',
        globalName: 'wgFooEnable',
        enabled: true,
        description: 'Turns on FooEnable.',
        extension: 'CampaignEvents',
        source: 'default',
      },
    ]);
  });

  it('answers whether a flag is on', () => {
    expect(flagsFor({}).isEnabled('CampaignEventsEnableContributionTracking')).to.equal(false);
    expect(flagsFor({ wgCampaignEventsEnableContributionTracking: true }).isEnabled('CampaignEventsEnableContributionTracking')).to.equal(true);
  });

  it('refuses a config key that is not a flag', () => {
    expect(() => flagsFor({}).isEnabled('CampaignEventsContributionTrackingDisallowedCountries'))
      .to.throw(WikiextError, 'is a config setting but not a feature flag')
      .with.property('code', ErrorCodes.CONFIG_UNKNOWN_KEY);
  });

  it('refuses an unknown flag with a suggestion', () => {
    expect(() => flagsFor({}).isEnabled('FooEnabled')).to.throw(WikiextError, 'Did you mean "FooEnable"?');
  });
});
