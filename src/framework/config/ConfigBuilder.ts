import { ErrorCodes, WikiextAggregateError } from '../errors';
import type { DeclaredConfig } from '../registry/ExtractedData';
import type { ConfigEntry } from './Config';
import { ConfigSnapshot } from './ConfigSnapshot';
import { ConfigValueChecker } from './ConfigValueChecker';
import { checkSettingNames } from './checkSettingNames';
import { mergeConfigValue, siteValueCounts } from './mergeConfigValue';
import type { SiteSettings } from './SettingsFile';

/**
 * Turns declarations (from `ExtractedData.config`, plus the host's own under extension `core`) and a site's
 * settings into a {@link ConfigSnapshot}. Made once per set of loaded extensions; `build` runs at start-up and on
 * every reload. Defaults given with `path: true` arrive already prefixed with the extension folder by the registry,
 * and site values are taken as written, as in MediaWiki.
 *
 * @public
 */
export class ConfigBuilder {
  readonly #declarations: Record<string, DeclaredConfig>;
  readonly #checker: ConfigValueChecker;

  constructor(declarations: Record<string, DeclaredConfig>) {
    this.#declarations = declarations;
    this.#checker = new ConfigValueChecker(declarations);
  }

  /**
   * Effective values: each site value merged with its default by the key's merge strategy, then checked. A site
   * list or object of the wrong type is reported as written, before merging. Unknown settings become warnings on
   * the snapshot.
   *
   * @throws WikiextAggregateError CONFIG_INVALID_VALUE listing every invalid value, one line each, followed by the
   *   warnings about unknown settings (`warning: ...`), since a misspelt setting may be the real cause.
   */
  build(settings: SiteSettings): ConfigSnapshot {
    const warnings = checkSettingNames(settings, this.#declarations);
    const entries: ConfigEntry[] = [];
    const problems: string[] = [];
    for (const [name, decl] of Object.entries(this.#declarations)) {
      const siteValue = settings.values[decl.globalName];
      // An empty or null site value leaves the default in force, so the default is the source (and is to blame).
      const fromSettings = siteValueCounts(decl.merge_strategy, siteValue);
      const value = mergeConfigValue(decl.merge_strategy, decl.value, siteValue);
      const problem =
        (fromSettings ? this.#checker.siteTypeProblem(decl, siteValue) : undefined) ?? this.#checker.problem(name, decl, value);
      if (problem !== undefined) {
        const where = fromSettings ? settings.file : `the default of ${decl.extension}`;
        problems.push(`${where}: ${decl.globalName}: ${problem}`);
      }
      entries.push({
        name,
        globalName: decl.globalName,
        value,
        source: fromSettings ? `settings file ${settings.file}` : 'default',
        extension: decl.extension,
        description: decl.description,
        descriptionmsg: decl.descriptionmsg,
        flag: decl.flag === true,
        public: decl.public === true,
      });
    }
    if (problems.length > 0) {
      const lines = [...problems, ...warnings.map((w) => `warning: ${w}`)];
      throw new WikiextAggregateError(ErrorCodes.CONFIG_INVALID_VALUE, lines, { file: settings.file });
    }
    return new ConfigSnapshot(entries, warnings);
  }
}
