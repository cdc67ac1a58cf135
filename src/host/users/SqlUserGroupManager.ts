import type { Clock } from '../../framework/core/Clock';
import { INFINITY, toMwTimestamp } from '../../framework/core/MwTimestamp';
import type { GroupMembership, UserGroupManager } from '../../framework/core/UserGroupManager';
import { isRegistered, type UserIdentity } from '../../framework/core/UserIdentity';
import type { Database } from '../../framework/db/Database';
import { HostError } from '../HostError';
import { parseFutureExpiry } from './parseExpiry';
import type { UserTables } from './userTables';

/**
 * Groups every registered account is in without being added: MediaWiki's `$wgImplicitGroups`. `autoconfirmed` is
 * among them because MediaWiki's defaults (`$wgAutoConfirmAge` and `$wgAutoConfirmCount` both 0) promote every
 * account at once.
 *
 * @public
 */
export const IMPLICIT_GROUPS = ['*', 'user', 'autoconfirmed'] as const;

/**
 * Group memberships in `user_groups`, each possibly with an expiry. An expired membership counts as none; its row
 * is deleted the next time the user's groups are changed, as MediaWiki purges them.
 *
 * @public
 */
export class SqlUserGroupManager implements UserGroupManager {
  private readonly db: Database<UserTables>;

  constructor(
    db: Database,
    private readonly clock: Clock,
  ) {
    this.db = db.as<UserTables>();
  }

  async getUserGroups(user: UserIdentity): Promise<string[]> {
    return (await this.getUserGroupMemberships(user)).map((membership) => membership.group);
  }

  async getUserGroupMemberships(user: UserIdentity): Promise<GroupMembership[]> {
    if (!isRegistered(user)) return [];
    const now = toMwTimestamp(this.clock.now());
    const rows = await this.db.kysely
      .selectFrom('user_groups')
      .select(['ug_group', 'ug_expiry'])
      .where('ug_user', '=', user.id)
      .where((eb) => eb.or([eb('ug_expiry', 'is', null), eb('ug_expiry', '>', now)]))
      .orderBy('ug_group')
      .execute();
    return rows.map((row) => ({ group: row.ug_group, expiry: row.ug_expiry }));
  }

  async getUserEffectiveGroups(user: UserIdentity): Promise<string[]> {
    if (!isRegistered(user)) return ['*'];
    return [...new Set([...IMPLICIT_GROUPS, ...(await this.getUserGroups(user))])];
  }

  /**
   * Adds `user` to `group` until `expiry`, or renews the membership with the new expiry. `expiry` is anything
   * parseExpiry accepts (14 digits, ISO 8601, `1 week`); null or `infinity` means forever. Whether `group` exists
   * is the caller's question (PermissionManager.getAllGroups()).
   *
   * @returns false when the user already was in the group with that expiry.
   * @throws HostError `nosuchuser` for an anonymous visitor; `invalidexpiry` or `pastexpiry` for a bad expiry.
   */
  async addUserToGroup(user: UserIdentity, group: string, expiry: string | null = null): Promise<boolean> {
    this.assertRegistered(user, `add "${user.name}" to the group "${group}"`);
    const now = this.clock.now();
    const parsed = expiry === null ? INFINITY : parseFutureExpiry(expiry, now);
    const until = parsed === INFINITY ? null : parsed;
    return this.db.transaction(async (db) => {
      await this.purgeExpired(db, user, now);
      const existing = await db.kysely
        .selectFrom('user_groups')
        .select('ug_expiry')
        .where('ug_user', '=', user.id)
        .where('ug_group', '=', group)
        .executeTakeFirst();
      if (existing !== undefined && existing.ug_expiry === until) return false;
      await db.upsert('user_groups', { ug_user: user.id, ug_group: group, ug_expiry: until }, ['ug_user', 'ug_group'], ['ug_expiry']);
      return true;
    });
  }

  /** @returns false when the user was not in the group (or the membership had expired). */
  async removeUserFromGroup(user: UserIdentity, group: string): Promise<boolean> {
    if (!isRegistered(user)) return false;
    return this.db.transaction(async (db) => {
      await this.purgeExpired(db, user, this.clock.now());
      const result = await db.kysely
        .deleteFrom('user_groups')
        .where('ug_user', '=', user.id)
        .where('ug_group', '=', group)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  private async purgeExpired(db: Database<UserTables>, user: UserIdentity, now: Date): Promise<void> {
    await db.kysely
      .deleteFrom('user_groups')
      .where('ug_user', '=', user.id)
      .where('ug_expiry', 'is not', null)
      .where('ug_expiry', '<=', toMwTimestamp(now))
      .execute();
  }

  private assertRegistered(user: UserIdentity, action: string): void {
    if (!isRegistered(user)) {
      throw new HostError('nosuchuser', `Cannot ${action}: only registered accounts can be in groups, and "${user.name}" is not one.`);
    }
  }
}
