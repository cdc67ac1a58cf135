import { didYouMean } from './closestKey';
import { type ManifestProblem, pointerTo } from './ManifestProblem';

/**
 * extension.json keys that MediaWiki reads and wikiext does not (ResourceLoader, PHP autoloading, the Action API,
 * logs, auth, skins, ...). A real MediaWiki manifest may carry them; wikiext ignores them with a warning.
 *
 * @internal
 */
export const MEDIAWIKI_ONLY_KEYS: ReadonlySet<string> = new Set([
  // ResourceLoader and skins
  'ResourceFileModulePaths', 'ResourceModuleSkinStyles', 'ResourceLoaderSources',
  'QUnitTestModule', 'MessagePosterModule', 'SkinLessImportPaths', 'OOUIThemePaths', 'SkinOOUIThemes',
  'SkinCodexThemes', 'ValidSkinNames', 'ForeignResourcesDir',
  // PHP loading and setup
  'AutoloadNamespaces', 'AutoloadClasses', 'TestAutoloadNamespaces', 'TestAutoloadClasses',
  'load_composer_autoloader', 'ExtensionFunctions', 'ExtensionMessagesFiles', 'TranslationAliasesDirs',
  'ExtensionEntryPointListFiles', 'ConfigRegistry', 'InstallerTasks', 'DomainEventIngresses', 'RestModuleFiles',
  // Action API
  'APIModules', 'APIFormatModules', 'APIMetaModules', 'APIPropModules', 'APIListModules',
  // content, logs, search, media
  'ContentHandlers', 'Actions', 'LogTypes', 'LogRestrictions', 'FilterLogTypes', 'ActionFilteredLogs', 'LogNames',
  'LogHeaders', 'LogActions', 'LogActionsHandlers', 'RecentChangesFlags', 'MediaHandlers', 'FileExtensions',
  'FeedClasses', 'SearchMappings', 'ParsoidModules', 'TrackingCategories', 'RawHtmlMessages',
  'LateJSConfigVarNames',
  // users, groups and auth
  'GrantPermissions', 'GrantPermissionGroups', 'GroupsAddToSelf', 'GroupsRemoveFromSelf', 'AddGroups',
  'RemoveGroups', 'ImplicitGroups', 'PrivilegedGroups', 'RateLimits', 'HiddenPrefs', 'ConditionalUserOptions',
  'SessionProviders', 'AuthManagerAutoConfig', 'CentralIdLookupProviders', 'ChangeCredentialsBlacklist',
  'RemoveCredentialsBlacklist', 'PasswordPolicy', 'ReauthenticateTime', 'TempUserSerialProviders',
  'TempUserSerialMappings', 'UserRegistrationProviders', 'UserOptionsStoreProviders',
  // storage, notifications and other core registries
  'DatabaseVirtualDomains', 'NotificationHandlers', 'NotificationMiddleware', 'ContentNamespaces',
  'NamespaceProtection', 'NamespacesWithSubpages', 'NamespaceContentModels', 'CapitalLinkOverrides',
  'ServiceManipulators'
]);

/**
 * The warning for a top-level key the schema does not list: a MediaWiki-only key is named as such, anything else
 * gets a did-you-mean against the keys wikiext supports (and the MediaWiki ones, so `ResourceModule` is caught).
 *
 * @internal
 */
export function unknownTopLevelKey(file: string, key: string, supportedKeys: readonly string[]): ManifestProblem {
  const pointer = pointerTo('/', key);
  if (MEDIAWIKI_ONLY_KEYS.has(key)) {
    return {
      file,
      pointer,
      message: `"${key}" is a MediaWiki key that wikiext does not use; it is ignored`,
      severity: 'warning',
    };
  }
  const hint = didYouMean(key, [...supportedKeys, ...MEDIAWIKI_ONLY_KEYS]);
  return {
    file,
    pointer,
    message: `unknown key "${key}"${hint || '; it is ignored'}`,
    severity: 'warning',
  };
}
