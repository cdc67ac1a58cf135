import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../../src/host/HostInfo';
import { manifest, tempDir, writeExtension } from '../../support/extensionFixtures';
import { writeSettings } from '../../support/settingsFixtures';

const CLI = path.join(REPO_ROOT, 'dist', 'src', 'host', 'cli', 'main.js');

/** Runs `wikiext ARGS` in `cwd` as a user would, and returns its exit code and output. */
function wikiext(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env = { ...process.env, ...options.env };
  if (options.env?.WIKIEXT_SETTINGS === undefined) delete env.WIKIEXT_SETTINGS;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? tempDir(), env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('wikiext CLI', () => {
  describe('validate', () => {
    it('exits 0 for the repository extension.json', () => {
      const r = wikiext(['validate', path.join(REPO_ROOT, 'extension.json')]);
      expect(r.code, r.stdout + r.stderr).to.equal(0);
      expect(r.stdout).to.equal('');
    });

    it('defaults to ./extension.json', () => {
      const good = wikiext(['validate'], { cwd: REPO_ROOT });
      expect(good.code).to.equal(0);
      expect(good.stderr).to.contain('valid: extension.json');
      const dir = tempDir();
      writeExtension(dir, { manifest_version: 2 }, '.');
      const bad = wikiext(['validate'], { cwd: dir });
      expect(bad.code).to.equal(1);
      expect(bad.stdout).to.equal('extension.json: /: missing required key "name"\n');
    });

    it('exits 1 with one FILE: /pointer: message line per error, for every file given', () => {
      const root = tempDir();
      const bad = writeExtension(root, manifest('Bad', { config: { BadEnable: { value: 'yes', flag: true, description: 'x' } } }));
      const worse = writeExtension(root, { manifest_version: 2, Hooks: { X: 42 } }, 'Worse');
      const r = wikiext(['validate', bad, worse]);
      expect(r.code).to.equal(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines.every((l) => /^\S+extension\.json: \/\S*: .+/.test(l)), r.stdout).to.equal(true);
      expect(r.stdout).to.contain(`${bad}: /config/BadEnable/value: must be boolean`);
      expect(r.stdout).to.contain(`${worse}: /: missing required key "name"`);
      expect(r.stdout).to.contain(`${worse}: /Hooks/X:`);
    });

    it('warns about an unknown key with the key that was probably meant, and still exits 0', () => {
      const file = writeExtension(tempDir(), manifest('Typo', { Hook: {} }));
      const r = wikiext(['validate', file]);
      expect(r.code).to.equal(0);
      expect(r.stderr).to.contain(`${file}: /Hook: unknown key "Hook"; did you mean "Hooks"?`);
    });

    it('reports a file that does not exist', () => {
      const r = wikiext(['validate', 'nope/extension.json']);
      expect(r.code).to.equal(1);
      expect(r.stdout).to.match(/^nope\/extension\.json: \/: /);
    });
  });

  describe('config', () => {
    it('prints every key with its value, source and description', () => {
      const settings = writeSettings(tempDir(), { wgCampaignEventsEnableContributionTracking: true });
      const r = wikiext(['config', '--settings', settings]);
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.contain(`wgCampaignEventsEnableContributionTracking = true  [flag]  (settings file ${settings})`);
      expect(r.stdout).to.contain('wgCampaignEventsContributionTrackingDisallowedCountries = {}  (default)');
      expect(r.stdout).to.contain('Maps CLDR country codes to English country names');
    });

    it('describes keys in the wiki language, falling back to English', () => {
      const settings = writeSettings(tempDir(), { wgLanguageCode: 'de' });
      const r = wikiext(['config', '--settings', settings]);
      expect(r.stdout).to.contain('Ob die Bearbeitungen der Teilnehmenden');
      expect(r.stdout).to.contain('Countries in which in-person and hybrid events cannot use contribution statistics. Maps CLDR');
    });

    it('gives machine-readable output with --json and reads WIKIEXT_SETTINGS', () => {
      const settings = writeSettings(tempDir(), { wgCampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain' } });
      const r = wikiext(['config', '--json'], { env: { WIKIEXT_SETTINGS: settings } });
      expect(r.code, r.stderr).to.equal(0);
      const entry = (JSON.parse(r.stdout) as { name: string; value: unknown; source: string }[]).find(
        (e) => e.name === 'CampaignEventsContributionTrackingDisallowedCountries',
      );
      expect(entry).to.deep.include({ value: { BH: 'Bahrain' }, source: `settings file ${settings}` });
    });

    it('reads ./LocalSettings.json by default and uses the defaults when there is none', () => {
      const dir = tempDir();
      expect(wikiext(['config'], { cwd: dir }).stdout).to.contain('wgCampaignEventsEnableContributionTracking = false');
      writeSettings(dir, { wgCampaignEventsEnableContributionTracking: true });
      expect(wikiext(['config'], { cwd: dir }).stdout).to.contain('wgCampaignEventsEnableContributionTracking = true');
    });

    it('exits 1 and explains a wrong override (the seed case)', () => {
      const settings = writeSettings(tempDir(), {
        wgCampaignEventsContributionTrackingDisallowedCountries: ['AF', 'Afghanistan', 'AFG'],
      });
      const r = wikiext(['config', '--settings', settings]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain(
        `${settings}: wgCampaignEventsContributionTrackingDisallowedCountries: must be an object, but it is a list (["AF", "Afghanistan", "AFG"]).`,
      );
      expect(r.stderr).to.contain('Example: {"BH": "Bahrain", "BY": "Belarus"}');
    });

    it('warns about a misspelt setting with the name that was probably meant', () => {
      const settings = writeSettings(tempDir(), { wgCampaignEventsEnableContributionTraking: true });
      const r = wikiext(['config', '--settings', settings]);
      expect(r.code).to.equal(0);
      expect(r.stderr).to.contain('wgCampaignEventsEnableContributionTraking').and.to.contain('wgCampaignEventsEnableContributionTracking');
    });

    it('exits 1 for a settings file named but missing, saying how to fix it', () => {
      const r = wikiext(['config', '--settings', 'missing.json']);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('missing.json');
    });
  });

  describe('flags', () => {
    it('lists the feature flags and whether they are on', () => {
      const settings = writeSettings(tempDir(), { wgCampaignEventsEnableContributionTracking: true });
      const r = wikiext(['flags', '--settings', settings]);
      expect(r.stdout).to.match(/^on +wgCampaignEventsEnableContributionTracking {2}\(CampaignEvents, settings file /m);
    });
  });

  describe('hooks', () => {
    it('lists every hook with its handlers, whether it is abortable and its error policy', () => {
      const root = tempDir();
      const ext = writeExtension(
        root,
        manifest('Listener', { HookHandlers: { main: { class: 'h#H' } }, Hooks: { PageView: 'main', SomethingElse: 'main' } }),
      );
      const r = wikiext(['hooks', '--settings', writeSettings(root, {}, [ext])]);
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.contain('PageView  (not abortable, async, errors: isolate)\n    Listener:main');
      expect(r.stdout).to.contain('EventRegistrationForm  (not abortable, async, errors: propagate)\n    (no handlers)');
      expect(r.stdout).to.contain('SomethingElse  (not in the hook catalog');
    });
  });

  describe('info', () => {
    it('shows the loaded extensions, versions and the start-up report, then serves the next run from cache', () => {
      const dir = tempDir();
      const settings = writeSettings(dir, {});
      const first = wikiext(['info', '--settings', settings]);
      expect(first.code, first.stderr).to.equal(0);
      expect(first.stdout).to.contain('CampaignEvents 0.1.0');
      expect(first.stdout).to.match(/loaded {2}CampaignEvents 0\.1\.0 +\d+\.\d ms/);
      expect(first.stdout).not.to.contain('(from cache)');
      expect(wikiext(['info', '--settings', settings]).stdout).to.contain('(from cache)');
    });

    it('exits 1 listing every dependency problem and the report', () => {
      const root = tempDir();
      const needy = writeExtension(root, manifest('Needy', { requires: { extensions: { Missing: '*', CampaignEvents: '>= 9' } } }));
      const r = wikiext(['info', '--settings', writeSettings(root, {}, [needy])]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('Needy requires Missing to be installed.');
      expect(r.stderr).to.contain('Needy is not compatible with CampaignEvents 0.1.0; it requires CampaignEvents >= 9.');
      expect(r.stderr).to.match(/FAILED {2}Needy/);
      expect(r.stderr).to.match(/skipped {2}CampaignEvents/);
    });
  });

  it('exits 1 with usage for an unknown command', () => {
    const r = wikiext(['frobnicate']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.contain("unknown command 'frobnicate'");
  });
});
