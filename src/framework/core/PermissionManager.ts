import type { UserIdentity } from './UserIdentity';

/**
 * Rights, as MediaWiki computes them: the union of `GroupPermissions` over the user's effective groups, minus
 * `RevokePermissions`. Rights come from core and from every extension's manifest.
 *
 * @public
 */
export interface PermissionManager {
  getUserPermissions(user: UserIdentity): Promise<string[]>;
  userHasRight(user: UserIdentity, right: string): Promise<boolean>;
  /** Rights the given groups grant, without looking anyone up. */
  getGroupPermissions(groups: readonly string[]): string[];
  /** Every right known to the wiki (`AvailableRights` plus those granted in `GroupPermissions`). */
  getAllPermissions(): string[];
  /** Every group named in `GroupPermissions`, except the implicit `*` and `user`. */
  getAllGroups(): string[];
}
