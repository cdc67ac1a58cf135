import { type FSWatcher, watch } from 'node:fs';
import * as path from 'node:path';
import type { LiveConfig, ReloadResult } from './LiveConfig';

/** What made the watcher reload. @public */
export type ReloadTrigger = 'file' | 'SIGHUP';

/**
 * Reloads a {@link LiveConfig} when its settings file changes and when the process receives SIGHUP; both are
 * supported so that editors, deploy tools and `kill -HUP` all work. The file's folder is watched, not the file,
 * because editors often save by writing a new file and renaming it over the old one; bursts of events are
 * debounced into one reload.
 *
 * @public
 */
export class SettingsWatcher {
  readonly #watcher: FSWatcher;
  readonly #onSignal: () => void;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    config: LiveConfig,
    onReload: (result: ReloadResult, trigger: ReloadTrigger) => void = () => {},
    debounceMs = 100,
  ) {
    const file = path.resolve(config.file);
    const reload = (trigger: ReloadTrigger): void => onReload(config.reload(), trigger);
    this.#watcher = watch(path.dirname(file), (_event, name) => {
      // Some platforms do not report the name; then any change in the folder may be ours.
      if (name !== null && name !== path.basename(file)) return;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => reload('file'), debounceMs);
    });
    this.#onSignal = () => reload('SIGHUP');
    process.on('SIGHUP', this.#onSignal);
  }

  /** Stops watching the file and listening for SIGHUP. */
  close(): void {
    clearTimeout(this.#timer);
    this.#watcher.close();
    process.off('SIGHUP', this.#onSignal);
  }
}
