import type { PermissionManager } from '../../framework/core/PermissionManager';
import type { UserGroupManager } from '../../framework/core/UserGroupManager';
import type { UserIdentity } from '../../framework/core/UserIdentity';
import { IMPLICIT_GROUPS } from '../users/SqlUserGroupManager';
import type { GroupPermissionsMap } from './coreRights';

/**
 * Rights as MediaWiki computes them: the rights granted to any of the user's effective groups, minus those revoked
 * from any of them. The maps are the merged ones (mergeGroupPermissions); blocks are not rights and are checked
 * separately (EditPermissions).
 *
 * @public
 */
export class HostPermissionManager implements PermissionManager {
  private readonly allPermissions: string[];
  private readonly allGroups: string[];

  /**
   * @param grants `GroupPermissions`: group -> right -> true.
   * @param revokes `RevokePermissions`: group -> right -> true takes the right away whatever other groups grant.
   * @param availableRights `AvailableRights`: core's and the extensions' rights, granted to some group or not.
   */
  constructor(
    private readonly groups: UserGroupManager,
    private readonly grants: Readonly<GroupPermissionsMap>,
    private readonly revokes: Readonly<GroupPermissionsMap>,
    availableRights: readonly string[],
  ) {
    this.allPermissions = sortedUnique([...availableRights, ...Object.values(grants).flatMap(grantedIn)]);
    const implicit = new Set<string>(IMPLICIT_GROUPS);
    this.allGroups = sortedUnique([...Object.keys(grants), ...Object.keys(revokes)].filter((group) => !implicit.has(group)));
  }

  async getUserPermissions(user: UserIdentity): Promise<string[]> {
    return this.getGroupPermissions(await this.groups.getUserEffectiveGroups(user));
  }

  async userHasRight(user: UserIdentity, right: string): Promise<boolean> {
    return (await this.getUserPermissions(user)).includes(right);
  }

  /** Sorted, each right once. */
  getGroupPermissions(groups: readonly string[]): string[] {
    const rights = new Set(groups.flatMap((group) => grantedIn(this.grants[group])));
    for (const group of groups) for (const right of grantedIn(this.revokes[group])) rights.delete(right);
    return [...rights].sort();
  }

  getAllPermissions(): string[] {
    return [...this.allPermissions];
  }

  /** Every group that can be given to someone: those named in the maps, without the implicit `*`, `user`, `autoconfirmed`. */
  getAllGroups(): string[] {
    return [...this.allGroups];
  }
}

function grantedIn(rights: Readonly<Record<string, boolean>> | undefined): string[] {
  return Object.entries(rights ?? {})
    .filter(([, granted]) => granted)
    .map(([right]) => right);
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
