/**
 * TypeScript shape of an extension.json (manifest_version 2) as far as wikiext reads it. The JSON Schema in
 * `extension.schema.json` beside this file is the authority; these types describe a manifest that passed it.
 *
 * Module references: wherever MediaWiki names a PHP class or callable (`class`, `factory`, `ServiceWiringFiles`,
 * string hook handlers), wikiext takes `"path/to/module#exportName"`, the path relative to the extension's folder
 * and without a file extension. `#exportName` may be left out to mean the module's default export.
 *
 * @public
 */
export interface Manifest {
  manifest_version: number;
  name: string;
  namemsg?: string;
  type?: string;
  author?: string | string[];
  version?: string;
  url?: string;
  description?: string;
  descriptionmsg?: string;
  'license-name'?: string;
  requires?: Requirements;
  suggests?: Requirements;
  'dev-requires'?: Requirements;
  config?: Record<string, ConfigDeclaration>;
  config_prefix?: string;
  Hooks?: Record<string, HookEntry | HookEntry[]>;
  HookHandlers?: Record<string, HandlerSpec>;
  DeprecatedHooks?: Record<string, DeprecatedHookSpec>;
  ServiceWiringFiles?: string[];
  MessagesDirs?: Record<string, string | string[]>;
  attributes?: Record<string, Record<string, unknown>>;
  AvailableRights?: string[];
  GroupPermissions?: Record<string, Record<string, boolean>>;
  RevokePermissions?: Record<string, Record<string, boolean>>;
  namespaces?: NamespaceSpec[];
  RestRoutes?: RestRouteSpec[];
  SpecialPages?: Record<string, string | HandlerSpec>;
  ResourceModules?: Record<string, ResourceModuleSpec>;
  JobClasses?: Record<string, string | JobSpec>;
  DefaultUserOptions?: Record<string, unknown>;
  callback?: string;
  [comment: `@${string}`]: unknown;
}

/** @public */
export interface Requirements {
  MediaWiki?: string;
  platform?: Record<string, string | boolean>;
  extensions?: Record<string, string>;
  skins?: Record<string, string>;
}

/** The six merge strategies MediaWiki applies between an extension default and a site setting. @public */
export type MergeStrategy =
  | 'array_merge_recursive'
  | 'array_replace_recursive'
  | 'array_plus_2d'
  | 'array_plus'
  | 'array_merge'
  | 'provide_default';

/**
 * One `config` entry. `schema` and `flag` go beyond MediaWiki: `schema` is a JSON Schema a site value must match
 * (its `description` and `examples` feed the error message), `flag: true` marks a boolean feature flag.
 *
 * @public
 */
export interface ConfigDeclaration {
  value: unknown;
  description?: string;
  descriptionmsg?: string;
  public?: boolean;
  merge_strategy?: MergeStrategy;
  path?: boolean;
  schema?: Record<string, unknown>;
  flag?: boolean;
}

/** A `Hooks` value: a HookHandlers name or module reference, or `{handler, deprecated}`. @public */
export type HookEntry = string | { handler: string; deprecated?: boolean };

/** An ObjectFactory-style spec, as in `HookHandlers`. @public */
export interface HandlerSpec {
  class?: string;
  factory?: string;
  args?: unknown[];
  services?: string[];
  optional_services?: string[];
}

/** A `JobClasses` spec; `needsPage: false` marks jobs that run without a target page, as in MediaWiki. @public */
export interface JobSpec extends HandlerSpec {
  needsPage?: boolean;
}

/** @public */
export interface DeprecatedHookSpec {
  deprecatedVersion: string;
  component?: string;
  silent?: boolean;
}

/** @public */
export interface NamespaceSpec {
  id: number;
  constant: string;
  name: string;
  [option: string]: unknown;
}

/** @public */
export interface RestRouteSpec extends HandlerSpec {
  path: string;
  method?: string | string[];
}

/**
 * A `ResourceModules` entry: MediaWiki's file module, reduced to what wikiext serves. Paths are relative to
 * `localBasePath`, which is relative to the extension folder; a `.ts` script is served from its compiled `.js`.
 * MediaWiki's other options (`dependencies`, `messages`, `packageFiles`, ...) are accepted with a warning and ignored.
 *
 * @public
 */
export interface ResourceModuleSpec {
  scripts?: string | string[];
  styles?: string | string[];
  localBasePath?: string;
  [mediaWikiOption: string]: unknown;
}
