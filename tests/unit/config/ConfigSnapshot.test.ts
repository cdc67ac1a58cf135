import { expect } from 'chai';
import { ConfigBuilder } from '../../../src/framework/config/ConfigBuilder';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { contributionTrackingConfig, siteSettings } from './configFixtures';

describe('ConfigSnapshot', () => {
  const config = new ConfigBuilder(contributionTrackingConfig()).build(
    siteSettings({ wgCampaignEventsEnableContributionTracking: true }),
  );

  it('gives values by name without the wg prefix', () => {
    expect(config.get<boolean>('CampaignEventsEnableContributionTracking')).to.equal(true);
    expect(config.has('CampaignEventsEnableContributionTracking')).to.equal(true);
    expect(config.has('wgCampaignEventsEnableContributionTracking')).to.equal(false);
  });

  it('rejects an unknown name and suggests the declared one it resembles', () => {
    expect(() => config.get('CampaignEventsEnableContributionTraking'))
      .to.throw(WikiextError, 'Did you mean "CampaignEventsEnableContributionTracking"?')
      .with.property('code', ErrorCodes.CONFIG_UNKNOWN_KEY);
  });

  it('points a prefixed name at the name without prefix', () => {
    expect(() => config.get('wgCampaignEventsEnableContributionTracking')).to.throw(
      'Did you mean "CampaignEventsEnableContributionTracking"? Names are given without the "wg" prefix.',
    );
  });

  it('asks whether the declaring extension is loaded when no name is close', () => {
    expect(() => config.get('Sitename')).to.throw('No config setting "Sitename" is declared. Is the extension that declares it loaded?');
  });
});
