import { ErrorCodes, WikiextError } from '../errors';
import { closestKey } from '../manifest/closestKey';
import type { ConfigEntry, DescribedConfig } from './Config';

/**
 * Effective configuration at one moment: immutable, so a reload builds a new snapshot and swaps it in whole.
 *
 * @public
 */
export class ConfigSnapshot implements DescribedConfig {
  readonly #entries: readonly ConfigEntry[];
  readonly #byName: ReadonlyMap<string, ConfigEntry>;

  /** @param warnings Problems that did not stop the build (unknown settings). */
  constructor(
    entries: readonly ConfigEntry[],
    readonly warnings: readonly string[] = [],
  ) {
    this.#entries = entries;
    this.#byName = new Map(entries.map((e) => [e.name, e]));
  }

  get<T = unknown>(name: string): T {
    const entry = this.#byName.get(name);
    if (entry === undefined) {
      const close = closestKey(name, this.#byName.keys());
      const hint = close === undefined ? ' Is the extension that declares it loaded?' : ` Did you mean "${close}"?`;
      throw new WikiextError(
        ErrorCodes.CONFIG_UNKNOWN_KEY,
        `No config setting "${name}" is declared.${hint} Names are given without the "wg" prefix.`,
        { name },
      );
    }
    return entry.value as T;
  }

  has(name: string): boolean {
    return this.#byName.has(name);
  }

  entries(): readonly ConfigEntry[] {
    return this.#entries;
  }
}
