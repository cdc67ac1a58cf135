import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { hookCatalog } from '../../../hooks';
import { ConfigBuilder } from '../../framework/config/ConfigBuilder';
import { FeatureFlags } from '../../framework/config/FeatureFlags';
import { LiveConfig, type ReloadResult } from '../../framework/config/LiveConfig';
import { readSettingsFile, type SiteSettings } from '../../framework/config/SettingsFile';
import { type ReloadTrigger, SettingsWatcher } from '../../framework/config/SettingsWatcher';
import { ErrorCodes, WikiextAggregateError, WikiextError } from '../../framework/errors';
import { createHookRunner, type HookRunner } from '../../framework/hooks/createHookRunner';
import { HookContainer } from '../../framework/hooks/HookContainer';
import { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import { type Logger, silentLogger } from '../../framework/Logger';
import { ModuleLoader } from '../../framework/modules/ModuleLoader';
import { ExtensionRegistry } from '../../framework/registry/ExtensionRegistry';
import type { ExtractedData } from '../../framework/registry/ExtractedData';
import { FileRegistryCache, MemoryRegistryCache } from '../../framework/registry/RegistryCache';
import type { StartupReport } from '../../framework/registry/StartupReport';
import { createObjectFromSpec } from '../../framework/services/ObjectFactory';
import { ServiceContainer } from '../../framework/services/ServiceContainer';
import { COMPILED_ROOTS, HOST, HOST_MESSAGES_DIR, REPO_ROOT } from '../HostInfo';
import { CORE_CONFIG } from './coreConfig';
import { CoreServices } from '../../framework/core/CoreServices';
import { resolveSettingsFile } from './resolveSettingsFile';
import { runExtensionCallbacks } from './runExtensionCallbacks';

/** @public */
export interface BootOptions {
  /** `--settings FILE`; otherwise `WIKIEXT_SETTINGS`, otherwise `./LocalSettings.json` if it exists. */
  settingsFile?: string;
  logger?: Logger;
  /** Keep the processed registry in memory only (tests). */
  memoryCache?: boolean;
  /** Allow `clear()` on hooks (tests). */
  testMode?: boolean;
}

/** A booted wiki kernel: everything extensions and the host use, wired together. @public */
export interface Wiki {
  settings: SiteSettings;
  /** Folder that relative paths in the settings (data, cache) start from: the settings file's, else the wikiext folder. */
  baseDir: string;
  registry: ExtensionRegistry;
  data: ExtractedData;
  report: StartupReport;
  config: LiveConfig;
  flags: FeatureFlags;
  services: ServiceContainer;
  hooks: HookContainer;
  hookRunner: HookRunner<typeof hookCatalog>;
  messages: MessageLocalizer;
  /**
   * Re-reads the settings file whenever it changes and on SIGHUP, so config and feature flags change without a
   * restart (invalid new settings are refused and the old values stay). Long-running hosts call this once.
   */
  watchSettings(onReload?: (result: ReloadResult, trigger: ReloadTrigger) => void): SettingsWatcher;
  /** Stops watching the settings and destroys services; the wiki is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * Boots the kernel in MediaWiki's order: read the site settings, load the extensions they name (by default the
 * bundled CampaignEvents), apply config over the extensions' defaults (refusing values of the wrong shape), then
 * define services, hooks and messages. Nothing is created eagerly that a request might not need: services and hook
 * handler objects are built on first use.
 *
 * @throws WikiextError for unreadable or invalid settings, manifests, dependencies or config values.
 */
export function bootWiki(options: BootOptions = {}): Wiki {
  const logger = options.logger ?? silentLogger;
  const choice = resolveSettingsFile(options.settingsFile);
  const settings = readSettingsFile(choice.file, { optional: !choice.named });
  const extensions = settings.extensions.length > 0 ? settings.extensions : [path.join(REPO_ROOT, 'extension.json')];

  const registry = new ExtensionRegistry({
    // The wikiext version is part of the name, and so of the cache key: an upgrade re-reads every manifest.
    host: { name: `${HOST.name} ${HOST.version}`, version: HOST.mediaWikiVersion },
    cache: options.memoryCache ? new MemoryRegistryCache() : new FileRegistryCache(cacheDirectory(settings, choice.file)),
  });
  for (const file of extensions) registry.queue(file);
  const { data, report } = registry.load();
  for (const warning of report.warnings) logger.warn({}, warning);

  const config = new LiveConfig(new ConfigBuilder(withCoreConfig(data)), settings, { logger, optional: !choice.named });
  for (const warning of config.snapshot.warnings) logger.warn({ file: choice.file }, warning);
  const flags = new FeatureFlags(config);

  const loader = new ModuleLoader(COMPILED_ROOTS);
  const services = new ServiceContainer();
  const hooks = new HookContainer({
    logger,
    testMode: options.testMode,
    timing: config.get<boolean>('HookTiming'),
    extensions: {
      data,
      createHandler: (spec) => createObjectFromSpec(spec, services, loader) as object,
      loadFunction: (ref) => {
        const fn = loader.load(ref.dir, ref.handler, `${ref.extension} Hooks`);
        if (typeof fn !== 'function') {
          throw new WikiextError(
            ErrorCodes.HOOK_HANDLER_NOT_CALLABLE,
            `${ref.extension} Hooks: "${ref.handler}" (${ref.manifestPath}) is not a function.`,
          );
        }
        return fn as (...args: never[]) => unknown;
      },
    },
  });
  const hookRunner = createHookRunner(hooks, hookCatalog);
  const messages = new MessageLocalizer(
    { wikiext: [HOST_MESSAGES_DIR], ...data.messagesDirs },
    { defaultLanguage: config.get<string>('LanguageCode') },
  );

  services.defineService(CoreServices.MainConfig, () => config);
  services.defineService(CoreServices.FeatureFlags, () => flags);
  services.defineService(CoreServices.HookContainer, () => hooks);
  services.defineService(CoreServices.ExtensionRegistry, () => registry);
  services.defineService(CoreServices.MessageLocalizer, () => messages);
  services.defineService(CoreServices.Logger, () => logger);
  services.loadWiringFiles(data.serviceWiringFiles, loader);
  checkHandlerServices(data, services);

  let watcher: SettingsWatcher | undefined;
  const wiki: Wiki = {
    settings,
    baseDir: baseDirectory(choice.file),
    registry,
    data,
    report,
    config,
    flags,
    services,
    hooks,
    hookRunner,
    messages,
    watchSettings(onReload) {
      watcher?.close();
      watcher = new SettingsWatcher(config, onReload);
      return watcher;
    },
    close() {
      watcher?.close();
      return services.destroy();
    },
  };
  runExtensionCallbacks(data, loader, wiki);
  return wiki;
}

/** Every service a hook handler asks for must exist (optional_services may be missing, as in MediaWiki). */
function checkHandlerServices(data: ExtractedData, services: ServiceContainer): void {
  const problems = Object.values(data.hookHandlers).flatMap((spec) =>
    services.undefinedServices(spec.services ?? [], `HookHandlers "${spec.name.slice(spec.extension.length + 1)}" of ${spec.manifestPath}`),
  );
  if (problems.length > 0) throw new WikiextAggregateError(ErrorCodes.SERVICE_UNKNOWN, problems);
}

function withCoreConfig(data: ExtractedData) {
  for (const key of Object.keys(CORE_CONFIG)) {
    const clash = data.config[key];
    if (clash !== undefined) {
      throw new WikiextError(
        ErrorCodes.CONFIG_DECLARED_TWICE,
        `The configuration setting '${key}' belongs to the wikiext host and cannot be declared again by ${clash.extension}.`,
      );
    }
  }
  return { ...CORE_CONFIG, ...data.config };
}

/**
 * `wgCacheDirectory` as written in the settings (config is not built yet when the registry loads), relative to the
 * settings file; without a settings file, under the wikiext folder rather than wherever the command was run.
 */
function cacheDirectory(settings: SiteSettings, settingsFile: string): string {
  const raw = settings.values.wgCacheDirectory;
  const dir = typeof raw === 'string' ? raw : String(CORE_CONFIG.CacheDirectory.value);
  return path.resolve(baseDirectory(settingsFile), dir);
}

function baseDirectory(settingsFile: string): string {
  return existsSync(settingsFile) ? path.dirname(path.resolve(settingsFile)) : REPO_ROOT;
}
