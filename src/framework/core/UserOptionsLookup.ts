import type { UserIdentity } from './UserIdentity';

/**
 * User preferences (MediaWiki's UserOptionsLookup/Manager). Defaults come from `DefaultUserOptions`; preferences
 * listed in `HiddenPrefs` are stored and readable by code but not shown to the user on the preferences page.
 *
 * @public
 */
export interface UserOptionsManager {
  getOption(user: UserIdentity, name: string): Promise<unknown>;
  /** Every option with defaults filled in; hidden ones only when asked. */
  getOptions(user: UserIdentity, options?: { includeHidden?: boolean }): Promise<Record<string, unknown>>;
  setOption(user: UserIdentity, name: string, value: unknown): Promise<void>;
  isHidden(name: string): boolean;
}
