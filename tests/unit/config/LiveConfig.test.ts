import { expect } from 'chai';
import * as path from 'node:path';
import { ConfigBuilder } from '../../../src/framework/config/ConfigBuilder';
import { FeatureFlags } from '../../../src/framework/config/FeatureFlags';
import { LiveConfig } from '../../../src/framework/config/LiveConfig';
import { readSettingsFile } from '../../../src/framework/config/SettingsFile';
import { ErrorCodes } from '../../../src/framework/errors';
import type { Logger } from '../../../src/framework/Logger';
import { contributionTrackingConfig, writeSettingsFile } from './configFixtures';

const FLAG = 'CampaignEventsEnableContributionTracking';

/** A logger that keeps what it was told, by level. */
function recordingLogger(): Logger & { lines: { level: string; msg: string }[] } {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (_obj: Record<string, unknown>, msg: string) => void lines.push({ level, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function liveConfigFor(data: Record<string, unknown>, logger?: Logger): { config: LiveConfig; file: string } {
  const file = writeSettingsFile(data);
  const config = new LiveConfig(new ConfigBuilder(contributionTrackingConfig()), readSettingsFile(file), { logger });
  return { config, file };
}

describe('LiveConfig', () => {
  it('applies a new flag value on reload, without a restart', () => {
    const { config, file } = liveConfigFor({ [`wg${FLAG}`]: false });
    const flags = new FeatureFlags(config);
    writeSettingsFile({ [`wg${FLAG}`]: true }, path.dirname(file));
    const result = config.reload();
    expect(result).to.deep.equal({ ok: true, changed: [FLAG], restartNeeded: false });
    expect(config.get(FLAG)).to.equal(true);
    expect(flags.isEnabled(FLAG)).to.equal(true);
  });

  it('reports no changed keys when the file changed nothing', () => {
    const { config } = liveConfigFor({ [`wg${FLAG}`]: true });
    expect(config.reload()).to.deep.include({ ok: true, changed: [] });
  });

  it('keeps every old value when the new settings are invalid, and logs why', () => {
    const logger = recordingLogger();
    const { config, file } = liveConfigFor({ [`wg${FLAG}`]: false }, logger);
    const before = config.snapshot;
    // One valid change and one invalid: neither may be applied.
    writeSettingsFile(
      { [`wg${FLAG}`]: true, wgCampaignEventsContributionTrackingDisallowedCountries: ['AF'] },
      path.dirname(file),
    );
    const result = config.reload();
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error.code).to.equal(ErrorCodes.CONFIG_INVALID_VALUE);
    expect(config.snapshot).to.equal(before);
    expect(config.get(FLAG)).to.equal(false);
    expect(logger.lines.filter((l) => l.level === 'error').map((l) => l.msg)[0])
      .to.contain('previous values stay in effect')
      .and.contain('must be an object, but it is a list');
  });

  it('keeps the old values when the file no longer parses', () => {
    const { config, file } = liveConfigFor({ [`wg${FLAG}`]: true });
    writeSettingsFile('{ "wgCampaignEventsEnableContributionTracking": fals', path.dirname(file));
    const result = config.reload();
    expect(!result.ok && result.error.code).to.equal(ErrorCodes.SETTINGS_BAD_JSON);
    expect(config.get(FLAG)).to.equal(true);
  });

  it('warns that a changed extension list needs a restart, and applies the other settings', () => {
    const logger = recordingLogger();
    const { config, file } = liveConfigFor({ wfLoadExtensions: ['./'] }, logger);
    writeSettingsFile({ wfLoadExtensions: ['./', '../extensions/GrantId'], [`wg${FLAG}`]: true }, path.dirname(file));
    expect(config.reload()).to.deep.include({ ok: true, restartNeeded: true });
    expect(config.get(FLAG)).to.equal(true);
    expect(logger.lines.find((l) => l.level === 'warn')?.msg).to.contain('restart wikiext');
  });

  it('logs unknown settings found on reload', () => {
    const logger = recordingLogger();
    const { config, file } = liveConfigFor({}, logger);
    writeSettingsFile({ wgCampaignEventsEnableContributionTraking: true }, path.dirname(file));
    config.reload();
    expect(logger.lines.find((l) => l.level === 'warn')?.msg).to.contain('Did you mean');
  });

  it('treats a missing optional settings file as empty settings on reload', () => {
    const missing = path.join(path.dirname(writeSettingsFile({})), 'absent', 'LocalSettings.json');
    const builder = new ConfigBuilder(contributionTrackingConfig());
    const config = new LiveConfig(builder, readSettingsFile(missing, { optional: true }), { optional: true });
    expect(config.reload()).to.deep.include({ ok: true, changed: [] });
  });
});
