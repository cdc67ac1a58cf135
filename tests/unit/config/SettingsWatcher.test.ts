import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigBuilder } from '../../../src/framework/config/ConfigBuilder';
import { LiveConfig, type ReloadResult } from '../../../src/framework/config/LiveConfig';
import { readSettingsFile } from '../../../src/framework/config/SettingsFile';
import { type ReloadTrigger, SettingsWatcher } from '../../../src/framework/config/SettingsWatcher';
import { contributionTrackingConfig, writeSettingsFile } from './configFixtures';

const FLAG = 'CampaignEventsEnableContributionTracking';

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Reload {
  result: ReloadResult;
  trigger: ReloadTrigger;
}

describe('SettingsWatcher', () => {
  let watcher: SettingsWatcher | undefined;
  afterEach(() => watcher?.close());

  function watched(): { config: LiveConfig; file: string; reloads: Reload[]; next: () => Promise<Reload> } {
    const file = writeSettingsFile({ [`wg${FLAG}`]: false });
    const config = new LiveConfig(new ConfigBuilder(contributionTrackingConfig()), readSettingsFile(file));
    const reloads: Reload[] = [];
    let waiting: ((r: Reload) => void) | undefined;
    watcher = new SettingsWatcher(config, (result, trigger) => {
      reloads.push({ result, trigger });
      waiting?.(reloads[reloads.length - 1]);
    });
    const next = () =>
      new Promise<Reload>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no reload within 3 seconds')), 3000);
        waiting = (r) => {
          clearTimeout(timer);
          resolve(r);
        };
      });
    return { config, file, reloads, next };
  }

  it('reloads on SIGHUP and reports the changed keys', () => {
    const { config, file, reloads } = watched();
    writeSettingsFile({ [`wg${FLAG}`]: true }, path.dirname(file));
    process.emit('SIGHUP');
    expect(reloads).to.deep.equal([{ result: { ok: true, changed: [FLAG], restartNeeded: false }, trigger: 'SIGHUP' }]);
    expect(config.get(FLAG)).to.equal(true);
  });

  it('reloads when the settings file changes', async () => {
    const { config, file, next } = watched();
    const reloaded = next();
    writeSettingsFile({ [`wg${FLAG}`]: true }, path.dirname(file));
    const { result, trigger } = await reloaded;
    expect(trigger).to.equal('file');
    expect(result).to.deep.include({ ok: true, changed: [FLAG] });
    expect(config.get(FLAG)).to.equal(true);
  });

  it('ignores changes to other files in the folder', async () => {
    const { file, reloads } = watched();
    writeFileSync(path.join(path.dirname(file), 'other.json'), '{}');
    await pause(300);
    expect(reloads).to.deep.equal([]);
  });

  it('reloads once for a burst of writes', async () => {
    const { file, reloads } = watched();
    for (const enabled of [true, false, true]) writeSettingsFile({ [`wg${FLAG}`]: enabled }, path.dirname(file));
    await pause(400);
    expect(reloads.map((r) => r.trigger)).to.deep.equal(['file']);
  });

  it('stops listening for the file and the signal when closed', async () => {
    const listeners = process.listenerCount('SIGHUP');
    const { file, reloads } = watched();
    expect(process.listenerCount('SIGHUP')).to.equal(listeners + 1);
    watcher?.close();
    expect(process.listenerCount('SIGHUP')).to.equal(listeners);
    writeSettingsFile({ [`wg${FLAG}`]: true }, path.dirname(file));
    await pause(300);
    expect(reloads).to.deep.equal([]);
  });
});
