export type { Config, ConfigEntry, ConfigSource, DescribedConfig } from './Config';
export { ConfigBuilder } from './ConfigBuilder';
export { ConfigSnapshot } from './ConfigSnapshot';
export { FeatureFlags, type FeatureFlag } from './FeatureFlags';
export { LiveConfig, type LiveConfigOptions, type ReloadResult } from './LiveConfig';
export { mergeConfigValue } from './mergeConfigValue';
export { checkSettingNames } from './checkSettingNames';
export { LOAD_EXTENSIONS_KEY, readSettingsFile, type SiteSettings } from './SettingsFile';
export { SettingsWatcher, type ReloadTrigger } from './SettingsWatcher';
