import type { Logger } from '../Logger';
import type { ExtractedData } from '../registry/ExtractedData';
import type { HookDeprecation } from './defineHook';

interface DeprecationInfo {
  since: string;
  silent: boolean;
  /** Who deprecated it: the declaring extension, or `contract` for a catalog entry. */
  component: string;
}

/**
 * Which hooks are deprecated in this install, from the extensions' `DeprecatedHooks` and from declared contracts.
 * Drives MediaWiki's call filtering: a handler that acknowledges the deprecation (`"deprecated": true`) is skipped
 * where the hook is deprecated and called where it is not, so one extension release works on both sides.
 *
 * @internal
 */
export class HookDeprecations {
  readonly #byHook = new Map<string, DeprecationInfo>();

  constructor(fromExtensions: ExtractedData['deprecatedHooks'] = {}) {
    for (const [hook, spec] of Object.entries(fromExtensions)) {
      this.#byHook.set(hook, { since: spec.deprecatedVersion, silent: spec.silent ?? false, component: spec.component });
    }
  }

  /** Marks a hook deprecated by its contract; an extension's own `DeprecatedHooks` entry is kept if there is one. */
  addFromContract(hook: string, deprecation: HookDeprecation): void {
    if (this.#byHook.has(hook)) return;
    this.#byHook.set(hook, { since: deprecation.since, silent: deprecation.silent ?? false, component: 'contract' });
  }

  /** Whether a handler entry is left out: it acknowledges a deprecation that is in effect here. */
  skips(hook: string, acknowledged: boolean): boolean {
    return acknowledged && this.#byHook.has(hook);
  }

  /** Logs that a handler still uses a deprecated hook, unless the deprecation is silent. */
  warnIfDeprecated(hook: string, handler: string, logger: Logger): void {
    const info = this.#byHook.get(hook);
    if (info === undefined || info.silent) return;
    logger.warn(
      { hook, handler, deprecatedVersion: info.since, component: info.component },
      `Hook ${hook} is deprecated since ${info.since} (${info.component}), but handler ${handler} still uses it. ` +
        'Move the handler to the replacement, or mark its "Hooks" entry with "deprecated": true.',
    );
  }
}
