import { ErrorCodes, WikiextError } from '../errors';
import type { ConfigSource, DescribedConfig } from './Config';

/** One feature flag as `wikiext flags` lists it. @public */
export interface FeatureFlag {
  /** Name without prefix. */
  name: string;
  globalName: string;
  enabled: boolean;
  description?: string;
  extension: string;
  source: ConfigSource;
}

/**
 * Feature flags: config keys declared with `"flag": true`. Reads through the given config on every call, so with
 * a {@link LiveConfig} a flag turned on in the settings file takes effect at the next reload, without a restart.
 *
 * @public
 */
export class FeatureFlags {
  constructor(private readonly config: DescribedConfig) {}

  list(): FeatureFlag[] {
    return this.config
      .entries()
      .filter((entry) => entry.flag)
      .map((entry) => ({
        name: entry.name,
        globalName: entry.globalName,
        enabled: entry.value === true,
        description: entry.description,
        extension: entry.extension,
        source: entry.source,
      }));
  }

  /** @throws WikiextError CONFIG_UNKNOWN_KEY when `name` is not declared, or declared but not as a flag. */
  isEnabled(name: string): boolean {
    // One entries() call reads one snapshot, so the flag check and the value agree even during a reload.
    const entry = this.config.entries().find((e) => e.name === name);
    if (entry === undefined) this.config.get(name); // throws the unknown-key error with suggestions
    if (entry?.flag !== true) {
      throw new WikiextError(
        ErrorCodes.CONFIG_UNKNOWN_KEY,
        `"${name}" is a config setting but not a feature flag; read it with Config.get("${name}"), ` +
          'or declare it with "flag": true in extension.json.',
        { name },
      );
    }
    return entry.value === true;
  }
}
