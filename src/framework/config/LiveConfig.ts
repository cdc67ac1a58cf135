import { isDeepStrictEqual } from 'node:util';
import { WikiextError } from '../errors';
import { type Logger, silentLogger } from '../Logger';
import type { ConfigEntry, DescribedConfig } from './Config';
import type { ConfigBuilder } from './ConfigBuilder';
import type { ConfigSnapshot } from './ConfigSnapshot';
import { readSettingsFile, type SiteSettings } from './SettingsFile';

/**
 * What a reload did: the names (without prefix) whose value changed, or the error that kept the old values.
 *
 * @public
 */
export type ReloadResult =
  | { ok: true; changed: string[]; restartNeeded: boolean }
  | { ok: false; error: WikiextError };

/** @public */
export interface LiveConfigOptions {
  logger?: Logger;
  /** The settings file may be missing (the default LocalSettings.json): then it means "no settings". */
  optional?: boolean;
}

/**
 * Config whose values follow the settings file without a restart. Readers always see one whole snapshot: `reload()`
 * re-reads the file, builds a new snapshot and swaps it in with a single assignment, or, when the new settings
 * are invalid, keeps the old one and reports why. Loading or unloading extensions still needs a restart.
 *
 * @public
 */
export class LiveConfig implements DescribedConfig {
  #snapshot: ConfigSnapshot;
  readonly #builder: ConfigBuilder;
  readonly #file: string;
  readonly #logger: Logger;
  readonly #optional: boolean;
  /** The extensions this process loaded; a different list in the file needs a restart. */
  readonly #loadedExtensions: readonly string[];

  /** Builds the first snapshot from settings already read at start-up. @throws as {@link ConfigBuilder.build} */
  constructor(builder: ConfigBuilder, settings: SiteSettings, options: LiveConfigOptions = {}) {
    this.#builder = builder;
    this.#file = settings.file;
    this.#logger = options.logger ?? silentLogger;
    this.#optional = options.optional === true;
    this.#loadedExtensions = settings.extensions;
    this.#snapshot = builder.build(settings);
  }

  /** The settings file this config follows. */
  get file(): string {
    return this.#file;
  }

  /** The current snapshot; hold it to read several values that must agree with each other. */
  get snapshot(): ConfigSnapshot {
    return this.#snapshot;
  }

  get<T = unknown>(name: string): T {
    return this.#snapshot.get<T>(name);
  }

  has(name: string): boolean {
    return this.#snapshot.has(name);
  }

  entries(): readonly ConfigEntry[] {
    return this.#snapshot.entries();
  }

  /** Re-reads the settings file and swaps in the new values, or keeps the old ones if the file is invalid. */
  reload(): ReloadResult {
    let settings: SiteSettings;
    let next: ConfigSnapshot;
    try {
      settings = readSettingsFile(this.#file, { optional: this.#optional });
      next = this.#builder.build(settings);
    } catch (e) {
      if (!(e instanceof WikiextError)) throw e;
      this.#logger.error({ code: e.code, file: this.#file }, `Settings not reloaded, the previous values stay in effect:\n${e.message}`);
      return { ok: false, error: e };
    }
    const previous = this.#snapshot;
    const changed = next
      .entries()
      .filter((entry) => !isDeepStrictEqual(entry.value, previous.get(entry.name)))
      .map((entry) => entry.name);
    const restartNeeded = !isDeepStrictEqual(settings.extensions, this.#loadedExtensions);
    this.#snapshot = next;
    if (restartNeeded) {
      this.#logger.warn(
        { file: this.#file },
        'wfLoadExtensions changed in the settings file; restart wikiext to load or unload extensions. Other settings were applied.',
      );
    }
    for (const warning of next.warnings) this.#logger.warn({ file: this.#file }, warning);
    this.#logger.info({ file: this.#file, changed }, `Settings reloaded; ${changed.length} value(s) changed.`);
    return { ok: true, changed, restartNeeded };
  }
}
