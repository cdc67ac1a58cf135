import type {
  ConfigDeclaration,
  DeprecatedHookSpec,
  HandlerSpec,
  NamespaceSpec,
  RestRouteSpec,
} from '../manifest/Manifest';

/**
 * What the registry makes of the queued manifests: plain JSON, so it can be cached as is. Every consumer (config,
 * services, hooks, i18n, the host) reads its part from here; nothing else re-reads extension.json.
 *
 * @public
 */
export interface ExtractedData {
  /** Extensions in load order (dependencies first). */
  extensions: ExtensionCredits[];
  /** Config declarations by key (without prefix), each tagged with its extension. */
  config: Record<string, DeclaredConfig>;
  /** Hook name -> handler references, in load order. */
  hooks: Record<string, HookHandlerRef[]>;
  /** Qualified handler name (`Extension-name`) -> spec. One object per name is shared by all its hooks. */
  hookHandlers: Record<string, QualifiedHandlerSpec>;
  /** Hooks that extensions declare deprecated (`DeprecatedHooks`). */
  deprecatedHooks: Record<string, DeprecatedHookSpec & { component: string }>;
  /** Modules mapping service names to factories, in load order. */
  serviceWiringFiles: ModuleRefIn[];
  /** MessagesDirs as absolute directories, by message group. */
  messagesDirs: Record<string, string[]>;
  /** Merged attributes, e.g. `CampaignEventsRegistrationFields` from `attributes.CampaignEvents.RegistrationFields`. */
  attributes: Record<string, unknown>;
  /** Registry-type settings merged across extensions, as MediaWiki's `$wgXxx` globals. */
  globals: {
    AvailableRights: string[];
    GroupPermissions: Record<string, Record<string, boolean>>;
    RevokePermissions: Record<string, Record<string, boolean>>;
    namespaces: (NamespaceSpec & { extension: string })[];
    RestRoutes: (RestRouteSpec & { extension: string; dir: string })[];
    /** Special page name -> its handler; a name is declared by one extension only. */
    SpecialPages: Record<string, { extension: string; dir: string; spec: string | HandlerSpec }>;
    /** Client-side module name -> its files; a name is declared by one extension only. */
    ResourceModules: Record<string, ResourceModuleInfo>;
    JobClasses: Record<string, { extension: string; dir: string; spec: string | HandlerSpec }>;
    DefaultUserOptions: Record<string, unknown>;
  };
  /** `callback` module references, run after everything is set up. */
  callbacks: ModuleRefIn[];
}

/** @public */
export interface ExtensionCredits {
  name: string;
  version?: string;
  author: string[];
  url?: string;
  description?: string;
  descriptionmsg?: string;
  namemsg?: string;
  'license-name'?: string;
  type: string;
  /** Absolute path of the extension.json. */
  path: string;
  /** Absolute folder of the extension; module references resolve against it. */
  dir: string;
}

/** @public */
export interface DeclaredConfig extends ConfigDeclaration {
  extension: string;
  /** The global name a site setting uses: `config_prefix` (default `wg`) + key. */
  globalName: string;
}

/**
 * One `Hooks` entry after normalisation. `handler` is either a key of `ExtractedData.hookHandlers` (`kind:
 * 'object'`) or a module reference to a plain function (`kind: 'function'`).
 *
 * @public
 */
export interface HookHandlerRef {
  kind: 'object' | 'function';
  handler: string;
  deprecated: boolean;
  extension: string;
  dir: string;
  /** extension.json path, for messages. */
  manifestPath: string;
}

/** @public */
export interface QualifiedHandlerSpec extends HandlerSpec {
  /** `Extension-handlerName`. */
  name: string;
  extension: string;
  dir: string;
  manifestPath: string;
}

/** A module reference together with the extension folder it is relative to. @public */
export interface ModuleRefIn {
  extension: string;
  dir: string;
  ref: string;
}

/**
 * One `ResourceModules` entry, normalised: single paths become lists, `localBasePath` is absolute. `scripts` and
 * `styles` stay as written (relative to `localBasePath`), for messages; the host resolves and checks them.
 *
 * @public
 */
export interface ResourceModuleInfo {
  extension: string;
  /** Absolute folder of the extension. */
  dir: string;
  /** Absolute folder the files are relative to (the extension folder unless the manifest says otherwise). */
  localBasePath: string;
  scripts: string[];
  styles: string[];
}
