import type { UserIdentity } from './UserIdentity';

/** One group membership; `expiry` is a 14-digit timestamp, or null when it never expires. @public */
export interface GroupMembership {
  readonly group: string;
  readonly expiry: string | null;
}

/** Group memberships (MediaWiki's UserGroupManager). Expired memberships are never returned. @public */
export interface UserGroupManager {
  /** Explicit groups the user is in now (not the implicit `*` and `user`). */
  getUserGroups(user: UserIdentity): Promise<string[]>;
  getUserGroupMemberships(user: UserIdentity): Promise<GroupMembership[]>;
  /** Implicit groups too: `*` for everyone, `user` for registered accounts. */
  getUserEffectiveGroups(user: UserIdentity): Promise<string[]>;
  /** Adds or renews a membership; `expiry` null means forever. Returns false when nothing changed. */
  addUserToGroup(user: UserIdentity, group: string, expiry?: string | null): Promise<boolean>;
  /** Returns false when the user was not in the group. */
  removeUserFromGroup(user: UserIdentity, group: string): Promise<boolean>;
}
