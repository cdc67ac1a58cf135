import { expect } from 'chai';
import * as path from 'node:path';
import { readSettingsFile } from '../../../src/framework/config/SettingsFile';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { settingsFixtures, writeSettingsFile } from './configFixtures';

function readError(file: string, options?: { optional?: boolean }): WikiextError {
  try {
    readSettingsFile(file, options);
  } catch (e) {
    if (e instanceof WikiextError) return e;
    throw e;
  }
  throw new Error(`expected reading ${file} to fail`);
}

describe('readSettingsFile', () => {
  const site = path.join(settingsFixtures, 'site', 'LocalSettings.json');

  it('reads settings by their global name and drops "@" comments', () => {
    const settings = readSettingsFile(site);
    expect(settings.file).to.equal(site);
    expect(settings.values).to.deep.equal({
      wgCampaignEventsEnableContributionTracking: true,
      wgCampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' },
    });
  });

  it('resolves wfLoadExtensions against the settings file folder, to extension.json paths', () => {
    expect(readSettingsFile(site).extensions).to.deep.equal([
      path.join(settingsFixtures, 'site', 'extension.json'),
      path.join(settingsFixtures, 'extensions', 'GrantId', 'extension.json'),
    ]);
  });

  it('resolves extension paths against the folder of a settings file named relative to the working directory', () => {
    const relative = path.relative(process.cwd(), site);
    expect(readSettingsFile(relative).extensions[0]).to.equal(path.join(settingsFixtures, 'site', 'extension.json'));
  });

  it('names the file and how to create or choose one when it cannot be read', () => {
    const missing = path.join(settingsFixtures, 'no-such-settings.json');
    const error = readError(missing);
    expect(error.code).to.equal(ErrorCodes.SETTINGS_UNREADABLE);
    expect(error.message).to.contain(missing).and.contain('--settings').and.contain('WIKIEXT_SETTINGS');
  });

  it('gives empty settings for a missing optional file', () => {
    const missing = path.join(settingsFixtures, 'no-such-settings.json');
    expect(readSettingsFile(missing, { optional: true })).to.deep.equal({ file: missing, extensions: [], values: {} });
  });

  it('still fails for an optional file that exists but cannot be read', () => {
    expect(readError(settingsFixtures, { optional: true }).code).to.equal(ErrorCodes.SETTINGS_UNREADABLE);
  });

  it('reports bad JSON with the line and column where parsing stopped', () => {
    const file = path.join(settingsFixtures, 'missing-comma.json');
    const error = readError(file);
    expect(error.code).to.equal(ErrorCodes.SETTINGS_BAD_JSON);
    expect(error.message).to.match(new RegExp(`^${escape(file)}:3:2: not valid JSON`));
    expect(error.details).to.include({ line: 3, column: 2 });
  });

  it('reports JSON that ends too early at its end', () => {
    const file = writeSettingsFile('{\n  "wgFoo": true,\n');
    expect(readError(file).details).to.include({ line: 3, column: 1 });
  });

  it('rejects a setting written twice, since JSON would silently keep the last one', () => {
    const file = writeSettingsFile('{\n  "wgFoo": true,\n  "wgFoo": false\n}');
    const error = readError(file);
    expect(error.code).to.equal(ErrorCodes.SETTINGS_INVALID);
    expect(error.message).to.equal(`${file}: "wgFoo" set more than once; JSON keeps only the last value, so remove the others.`);
  });

  it('rejects a file whose top level is not an object', () => {
    const error = readError(path.join(settingsFixtures, 'top-level-list.json'));
    expect(error.code).to.equal(ErrorCodes.SETTINGS_INVALID);
    expect(error.message).to.contain('must be a JSON object').and.contain('holds a list');
  });

  it('rejects wfLoadExtensions that is not a list of strings', () => {
    const error = readError(path.join(settingsFixtures, 'extensions-not-a-list.json'));
    expect(error.code).to.equal(ErrorCodes.SETTINGS_INVALID);
    expect(error.message).to.contain('"wfLoadExtensions" must be a list of paths').and.contain('but it is "./"');
    expect(readError(writeSettingsFile({ wfLoadExtensions: ['./', 3] })).code).to.equal(ErrorCodes.SETTINGS_INVALID);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
