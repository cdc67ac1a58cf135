import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PageView } from '../../../hooks';
import type { PageViewData } from '../../../hooks';
import {
  CONTRIBUTION_TRACKING_POLICY,
  type ContributionTrackingPolicy,
} from '../../../src/contributions/ContributionTrackingPolicy';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { bootWiki, type Wiki } from '../../../src/host/boot/bootWiki';
import { REPO_ROOT } from '../../../src/host/HostInfo';
import { manifest, tempDir, writeExtension } from '../../support/extensionFixtures';
import { writeSettings } from '../../support/settingsFixtures';

const view: PageViewData = {
  user: { id: 7, name: 'Newcomer', registration: '2026-11-23T00:00:00Z' },
  page: { text: 'Main Page', dbKey: 'Main_Page', namespace: 0, id: 1 },
  request: { method: 'GET', action: 'view', path: '/wiki/Main_Page', query: '' },
  isRedirect: false,
  timestamp: '2026-11-23T01:00:00Z',
};

/** An extension with a plain-JS PageView handler that records what it saw and the config it was given. */
function writeRecordingExtension(root: string): string {
  const file = writeExtension(
    root,
    manifest('Recorder', {
      requires: { extensions: { CampaignEvents: '>= 0.1' } },
      HookHandlers: { main: { class: 'handlers#Recorder', services: ['MainConfig'] } },
      Hooks: { PageView: 'main' },
      attributes: { CampaignEvents: { RegistrationFields: ['GrantId'] } },
      callback: 'handlers#onRegistration',
    }),
  );
  writeFileSync(
    path.join(path.dirname(file), 'handlers.js'),
    `exports.Recorder = class Recorder {
       constructor(config) { this.config = config; globalThis.recorderBuilt = (globalThis.recorderBuilt || 0) + 1; }
       async onPageView(view) {
         globalThis.recorderSaw = { title: view.page.text, flag: this.config.get('CampaignEventsEnableContributionTracking') };
       }
     };
     exports.onRegistration = (credits, wiki) => { globalThis.recorderCallback = credits.name + ':' + wiki.registry.isLoaded('CampaignEvents'); };`,
  );
  return file;
}

describe('bootWiki', () => {
  const g = globalThis as Record<string, unknown>;
  let wiki: Wiki | undefined;
  afterEach(async () => {
    await wiki?.close();
    wiki = undefined;
    delete g.recorderSaw;
    delete g.recorderBuilt;
    delete g.recorderCallback;
  });

  it('loads CampaignEvents with its declared defaults', () => {
    wiki = bootWiki({ settingsFile: writeSettings(tempDir(), {}), memoryCache: true });
    expect(wiki.registry.isLoaded('CampaignEvents', '>= 0.1')).to.equal(true);
    expect(wiki.flags.isEnabled('CampaignEventsEnableContributionTracking')).to.equal(false);
    expect(wiki.config.get('CampaignEventsContributionTrackingDisallowedCountries')).to.deep.equal({});
    expect(wiki.report.extensions.map((e) => [e.name, e.status])).to.deep.equal([['CampaignEvents', 'loaded']]);
  });

  it('applies wg-prefixed site settings and reports their source', () => {
    const file = writeSettings(tempDir(), { wgCampaignEventsEnableContributionTracking: true });
    wiki = bootWiki({ settingsFile: file, memoryCache: true });
    expect(wiki.flags.isEnabled('CampaignEventsEnableContributionTracking')).to.equal(true);
    const entry = wiki.config.entries().find((e) => e.name === 'CampaignEventsEnableContributionTracking');
    expect(entry?.source).to.equal(`settings file ${file}`);
  });

  it('refuses the seed QA settings: a list of country names instead of an object keyed by CLDR codes', () => {
    const file = writeSettings(tempDir(), {
      wgCampaignEventsEnableContributionTracking: true,
      wgCampaignEventsContributionTrackingDisallowedCountries: ['AF', 'Afghanistan', 'AFG'],
    });
    expect(() => bootWiki({ settingsFile: file, memoryCache: true }))
      .to.throw(WikiextError)
      .that.satisfies((e: WikiextError) => {
        expect(e.code).to.equal(ErrorCodes.CONFIG_INVALID_VALUE);
        expect(e.message).to.contain('wgCampaignEventsContributionTrackingDisallowedCountries: must be an object, but it is a list');
        expect(e.message).to.contain('CLDR country codes');
        expect(e.message).to.contain('Example: {"BH": "Bahrain", "BY": "Belarus"}');
        return true;
      });
  });

  it('names a country key that is not a two-letter code', () => {
    const file = writeSettings(tempDir(), { wgCampaignEventsContributionTrackingDisallowedCountries: { AFG: 'Afghanistan' } });
    expect(() => bootWiki({ settingsFile: file, memoryCache: true })).to.throw(/"AFG" is not a two-letter CLDR country code/);
  });

  it('uses only the codes of the disallowed-countries map, and follows a reloaded settings file without a restart', () => {
    const dir = tempDir();
    const file = writeSettings(dir, { wgCampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' } });
    wiki = bootWiki({ settingsFile: file, memoryCache: true });
    const policy = wiki.services.get(CONTRIBUTION_TRACKING_POLICY) as ContributionTrackingPolicy;
    expect(policy.isCountryDisallowed('BH')).to.equal(true);
    expect(policy.isCountryDisallowed('Bahrain')).to.equal(false);
    expect(policy.isEnabled()).to.equal(false);

    writeSettings(dir, { wgCampaignEventsEnableContributionTracking: true });
    const result = wiki.config.reload();
    expect(result).to.deep.include({ ok: true });
    expect(policy.isEnabled()).to.equal(true);
    expect(policy.disallowedCountryCodes()).to.deep.equal([]);
  });

  it('turns a feature flag on without a restart when the settings file changes or on SIGHUP', async () => {
    const dir = tempDir();
    const file = writeSettings(dir, {});
    wiki = bootWiki({ settingsFile: file, memoryCache: true });
    const reloaded: string[] = [];
    let notify: () => void = () => {};
    wiki.watchSettings((result, trigger) => {
      reloaded.push(trigger);
      notify();
    });
    const next = () => new Promise<void>((resolve) => (notify = resolve));

    let seen = next();
    writeSettings(dir, { wgCampaignEventsEnableContributionTracking: true });
    await seen;
    expect(wiki.flags.isEnabled('CampaignEventsEnableContributionTracking')).to.equal(true);

    writeFileSync(file, JSON.stringify({ wgCampaignEventsEnableContributionTracking: false, wfLoadExtensions: [REPO_ROOT] }));
    await new Promise((r) => setTimeout(r, 250)); // let the file event settle before sending the signal
    reloaded.length = 0;
    seen = next();
    process.emit('SIGHUP', 'SIGHUP');
    await seen;
    expect(reloaded).to.include('SIGHUP');
    expect(wiki.flags.isEnabled('CampaignEventsEnableContributionTracking')).to.equal(false);
  });

  it('wires a second extension: lazy hook handler with services, attributes and its callback', async () => {
    const root = tempDir();
    const recorder = writeRecordingExtension(root);
    const file = writeSettings(root, { wgCampaignEventsEnableContributionTracking: true }, [recorder]);
    wiki = bootWiki({ settingsFile: file, memoryCache: true });

    expect(g.recorderCallback).to.equal('Recorder:true');
    expect(wiki.registry.getAttribute('CampaignEventsRegistrationFields')).to.deep.equal(['GrantId']);
    expect(wiki.hooks.getHandlerDescriptions('PageView')).to.deep.equal(['Recorder:main']);
    expect(g.recorderBuilt).to.equal(undefined, 'handler objects are built on first run, not at boot');

    await wiki.hookRunner.onPageView(view);
    await wiki.hookRunner.onPageView(view);
    expect(g.recorderSaw).to.deep.equal({ title: 'Main Page', flag: true });
    expect(g.recorderBuilt).to.equal(1);
  });

  it('refuses at start-up a hook handler that asks for a service nobody defines, suggesting the close one', () => {
    const root = tempDir();
    const ext = writeExtension(
      root,
      manifest('Typo', { HookHandlers: { main: { class: 'h#H', services: ['MainConfg'] } }, Hooks: { PageView: 'main' } }),
    );
    expect(() => bootWiki({ settingsFile: writeSettings(root, {}, [ext]), memoryCache: true }))
      .to.throw(`No service "MainConfg" (required by HookHandlers "main" of ${ext}); did you mean "MainConfig"?`)
      .with.property('code', ErrorCodes.SERVICE_UNKNOWN);
  });

  it('times each hook handler when the site opts in with wgHookTiming', async () => {
    wiki = bootWiki({ settingsFile: writeSettings(tempDir(), { wgHookTiming: true }), memoryCache: true });
    wiki.hooks.register(PageView.name, function recordView() {});
    await wiki.hookRunner.onPageView(view);
    expect(wiki.hooks.getTimings()).to.have.length(1);
    expect(wiki.hooks.getTimings()[0]).to.include({ hook: 'PageView', calls: 1 });
  });

  it('declares the catalog contracts, so PageView isolates a failing handler', async () => {
    wiki = bootWiki({ settingsFile: writeSettings(tempDir(), {}), memoryCache: true });
    let after = false;
    wiki.hooks.register(PageView.name, () => {
      throw new Error('storage down');
    });
    wiki.hooks.register(PageView.name, () => {
      after = true;
    });
    await wiki.hookRunner.onPageView(view);
    expect(after).to.equal(true);
  });
});
