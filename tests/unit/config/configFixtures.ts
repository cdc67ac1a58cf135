import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SiteSettings } from '../../../src/framework/config/SettingsFile';
import type { DeclaredConfig } from '../../../src/framework/registry/ExtractedData';

/** The folder of the checked-in settings fixtures (tests run from dist/, the fixtures stay in the source tree). */
export const settingsFixtures = path.resolve(__dirname, '../../../../tests/fixtures/settings');

/** A config key as the registry hands it over: declared by CampaignEvents, global name `wg` + key. */
export function declared(key: string, value: unknown, extra: Partial<DeclaredConfig> = {}): Record<string, DeclaredConfig> {
  return { [key]: { value, extension: 'CampaignEvents', globalName: `wg${key}`, ...extra } };
}

/** A feature flag (`"flag": true`) with a boolean default. */
export function featureFlag(key: string, enabled = false): Record<string, DeclaredConfig> {
  return declared(key, enabled, { flag: true, public: true, description: `Turns on ${key}.` });
}

/** The schema CampaignEvents declares for its disallowed countries: CLDR code -> English name. */
export function countryMapSchema(codeDescription?: string): Record<string, unknown> {
  return {
    type: 'object',
    description: 'an object that maps CLDR country codes (two capital letters) to English country names',
    propertyNames: { pattern: '^[A-Z]{2}$', ...(codeDescription === undefined ? {} : { description: codeDescription }) },
    additionalProperties: { type: 'string' },
    examples: [{ BH: 'Bahrain', BY: 'Belarus' }],
  };
}

/** The two keys of the contribution-tracking feature, as in CampaignEvents' extension.json. */
export function contributionTrackingConfig(): Record<string, DeclaredConfig> {
  return {
    ...featureFlag('CampaignEventsEnableContributionTracking'),
    ...declared('CampaignEventsContributionTrackingDisallowedCountries', {}, { schema: countryMapSchema() }),
  };
}

/** Settings as `readSettingsFile` returns them, for tests that do not need a file. */
export function siteSettings(values: Record<string, unknown>, file = 'LocalSettings.json', extensions: string[] = []): SiteSettings {
  return { file, extensions, values };
}

/** Writes `<dir>/LocalSettings.json` (a fresh temporary folder unless given) and returns its path. */
export function writeSettingsFile(data: unknown, dir = mkdtempSync(path.join(os.tmpdir(), 'wikiext-'))): string {
  const file = path.join(dir, 'LocalSettings.json');
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, '\t'));
  return file;
}
