/**
 * Every error the kernel raises, in one place, each with a stable code (the Fastify `FST_ERR_*` idea).
 * A message always says what was wrong and, where there is one, how to fix it.
 *
 * @public
 */
export const ErrorCodes = {
  // manifests
  MANIFEST_UNREADABLE: 'WX_MANIFEST_UNREADABLE',
  MANIFEST_BAD_JSON: 'WX_MANIFEST_BAD_JSON',
  MANIFEST_INVALID: 'WX_MANIFEST_INVALID',
  MANIFEST_UNSUPPORTED_VERSION: 'WX_MANIFEST_UNSUPPORTED_VERSION',
  // registry
  EXTENSION_LOADED_TWICE: 'WX_EXTENSION_LOADED_TWICE',
  EXTENSION_DEPENDENCY: 'WX_EXTENSION_DEPENDENCY',
  EXTENSION_DEPENDENCY_CYCLE: 'WX_EXTENSION_DEPENDENCY_CYCLE',
  EXTENSION_LOAD_FAILED: 'WX_EXTENSION_LOAD_FAILED',
  EXTENSION_NOT_LOADED: 'WX_EXTENSION_NOT_LOADED',
  REGISTRY_LATE_QUEUE: 'WX_REGISTRY_LATE_QUEUE',
  EXTENSION_CALLBACK_NOT_CALLABLE: 'WX_EXTENSION_CALLBACK_NOT_CALLABLE',
  // modules referenced from manifests ("path/to/module#export")
  MODULE_NOT_FOUND: 'WX_MODULE_NOT_FOUND',
  MODULE_EXPORT_MISSING: 'WX_MODULE_EXPORT_MISSING',
  MODULE_LOAD_FAILED: 'WX_MODULE_LOAD_FAILED',
  // settings and config
  SETTINGS_UNREADABLE: 'WX_SETTINGS_UNREADABLE',
  SETTINGS_BAD_JSON: 'WX_SETTINGS_BAD_JSON',
  SETTINGS_INVALID: 'WX_SETTINGS_INVALID',
  CONFIG_INVALID_VALUE: 'WX_CONFIG_INVALID_VALUE',
  CONFIG_UNKNOWN_KEY: 'WX_CONFIG_UNKNOWN_KEY',
  CONFIG_DECLARED_TWICE: 'WX_CONFIG_DECLARED_TWICE',
  CONFIG_BAD_MERGE_STRATEGY: 'WX_CONFIG_BAD_MERGE_STRATEGY',
  // services
  SERVICE_UNKNOWN: 'WX_SERVICE_UNKNOWN',
  SERVICE_DEFINED_TWICE: 'WX_SERVICE_DEFINED_TWICE',
  SERVICE_CIRCULAR: 'WX_SERVICE_CIRCULAR',
  SERVICE_ALREADY_CREATED: 'WX_SERVICE_ALREADY_CREATED',
  SERVICE_CONTAINER_DESTROYED: 'WX_SERVICE_CONTAINER_DESTROYED',
  SERVICE_WIRING_INVALID: 'WX_SERVICE_WIRING_INVALID',
  SERVICE_NOT_INJECTABLE: 'WX_SERVICE_NOT_INJECTABLE',
  OBJECT_SPEC_INVALID: 'WX_OBJECT_SPEC_INVALID',
  // hooks
  HOOK_HANDLER_MISSING: 'WX_HOOK_HANDLER_MISSING',
  HOOK_BAD_RETURN: 'WX_HOOK_BAD_RETURN',
  HOOK_UNABORTABLE: 'WX_HOOK_UNABORTABLE',
  HOOK_NO_SERVICES: 'WX_HOOK_NO_SERVICES',
  HOOK_HANDLER_NOT_CALLABLE: 'WX_HOOK_HANDLER_NOT_CALLABLE',
  HOOK_CLEAR_OUTSIDE_TESTS: 'WX_HOOK_CLEAR_OUTSIDE_TESTS',
  HOOK_SYNC_GOT_PROMISE: 'WX_HOOK_SYNC_GOT_PROMISE',
  HOOK_DECLARED_TWICE: 'WX_HOOK_DECLARED_TWICE',
  HOOK_MODE_MISMATCH: 'WX_HOOK_MODE_MISMATCH',
  HOOK_HANDLER_FAILED: 'WX_HOOK_HANDLER_FAILED',
  // i18n
  I18N_BAD_FILE: 'WX_I18N_BAD_FILE',

  BAD_TIMESTAMP: 'WX_BAD_TIMESTAMP',
  TITLE_INVALID: 'WX_TITLE_INVALID',
  DB_CONNECT: 'WX_DB_CONNECT',
  DB_SETTINGS_INVALID: 'WX_DB_SETTINGS_INVALID',
  SCHEMA_INVALID: 'WX_SCHEMA_INVALID',
  SCHEMA_UPDATE_FAILED: 'WX_SCHEMA_UPDATE_FAILED',
  JOB_TYPE_UNKNOWN: 'WX_JOB_TYPE_UNKNOWN',
  REST_ROUTE_INVALID: 'WX_REST_ROUTE_INVALID',
  SPECIAL_PAGE_INVALID: 'WX_SPECIAL_PAGE_INVALID',
  RESOURCE_MODULE_INVALID: 'WX_RESOURCE_MODULE_INVALID',
  VALUE_NOT_JSON: 'WX_VALUE_NOT_JSON',
} as const;

/** @public */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * Base class of every error the kernel throws. `code` is stable and safe to match on; `message` is for people.
 *
 * @public
 */
export class WikiextError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'WikiextError';
  }
}

/**
 * An error that collects several problems, each one a full sentence (dependency errors, invalid manifests,
 * invalid settings). `message` holds all of them, one per line.
 *
 * @public
 */
export class WikiextAggregateError extends WikiextError {
  constructor(
    code: ErrorCode,
    readonly problems: readonly string[],
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, problems.join('\n'), details);
    this.name = 'WikiextAggregateError';
  }
}
