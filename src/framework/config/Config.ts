/**
 * Read access to configuration, as MediaWiki's `Config`: names are written without the `wg` prefix
 * (`config.get<boolean>('CampaignEventsEnableContributionTracking')`).
 *
 * @public
 */
export interface Config {
  /** The effective value of a declared key. @throws WikiextError CONFIG_UNKNOWN_KEY for an undeclared name. */
  get<T = unknown>(name: string): T;
  has(name: string): boolean;
}

/** Where an effective value comes from: the extension's default or the site's settings file. @public */
export type ConfigSource = 'default' | `settings file ${string}`;

/**
 * One config key with its effective value and what a reader needs to judge it; `wikiext config` prints these.
 *
 * @public
 */
export interface ConfigEntry {
  /** Name without prefix, as `Config.get` takes it. */
  name: string;
  /** Name in the settings file (`wgFoo`). */
  globalName: string;
  value: unknown;
  source: ConfigSource;
  /** Declaring extension, or `core` for the host's own keys. */
  extension: string;
  description?: string;
  descriptionmsg?: string;
  flag: boolean;
  /** Whether the value may be shown to the public. */
  public: boolean;
}

/** A `Config` that can also list its entries. @public */
export interface DescribedConfig extends Config {
  entries(): readonly ConfigEntry[];
}
