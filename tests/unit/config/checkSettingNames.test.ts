import { expect } from 'chai';
import { checkSettingNames } from '../../../src/framework/config/checkSettingNames';
import { contributionTrackingConfig, declared, siteSettings } from './configFixtures';

describe('checkSettingNames', () => {
  it('accepts every setting a loaded extension declares', () => {
    const settings = siteSettings({ wgCampaignEventsEnableContributionTracking: true });
    expect(checkSettingNames(settings, contributionTrackingConfig())).to.deep.equal([]);
  });

  it('warns about an unknown wg setting and suggests the declared name it resembles', () => {
    const settings = siteSettings({ wgCampaignEventsEnableContributionTraking: true });
    const [warning] = checkSettingNames(settings, contributionTrackingConfig());
    expect(warning).to.equal(
      'LocalSettings.json: unknown setting "wgCampaignEventsEnableContributionTraking", ignored: no loaded extension ' +
        'declares it. Did you mean "wgCampaignEventsEnableContributionTracking"?',
    );
  });

  it('warns without a suggestion when nothing declared is close', () => {
    const [warning] = checkSettingNames(siteSettings({ wgSitename: 'Wiki' }), contributionTrackingConfig());
    expect(warning).to.contain('unknown setting "wgSitename"').and.not.contain('Did you mean');
  });

  it('tells that setting names start with wg, suggesting the prefixed name', () => {
    const settings = siteSettings({ CampaignEventsEnableContributionTracking: true });
    const [warning] = checkSettingNames(settings, contributionTrackingConfig());
    expect(warning)
      .to.contain('setting names start with "wg"')
      .and.contain('Did you mean "wgCampaignEventsEnableContributionTracking"?');
  });

  it('suggests wfLoadExtensions for a misspelt extension list', () => {
    const [warning] = checkSettingNames(siteSettings({ wfLoadExtension: ['./'] }), contributionTrackingConfig());
    expect(warning).to.contain('Did you mean "wfLoadExtensions"?');
  });

  it('accepts a global name with an extension\'s own config_prefix', () => {
    const declarations = declared('FooEnable', false, { globalName: 'egFooEnable' });
    expect(checkSettingNames(siteSettings({ egFooEnable: true }), declarations)).to.deep.equal([]);
  });
});
