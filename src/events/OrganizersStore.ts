import { sql } from 'kysely';
import { inject } from 'tsyringe';
import type { Clock } from '../framework/core/Clock';
import { toMwTimestamp } from '../framework/core/MwTimestamp';
import type { UserLookup } from '../framework/core/UserLookup';
import type { Database } from '../framework/db/Database';
import type { EventTables } from './eventTables';

/** One organizer of an event. @public */
export interface Organizer {
  userId: number;
  userName: string;
  /** The creator has both roles. */
  roles: ('creator' | 'organizer')[];
  /** When the user became an organizer (14 digits). */
  createdAt: string;
}

/** `ceo_roles` bits. */
const ROLE_CREATOR = 1;
const ROLE_ORGANIZER = 2;

/**
 * The organizers of each event (`ce_organizers`): the creator, who enabled the registration, and the users the
 * organizers added. Removed organizers are soft-deleted (`ceo_deleted_at`) and come back as the same row if re-added.
 *
 * @public
 */
export class OrganizersStore {
  private readonly db: Database<EventTables>;

  constructor(
    @inject('Database') db: Database,
    @inject('Clock') private readonly clock: Clock,
    @inject('UserIdentityLookup') private readonly users: UserLookup,
  ) {
    this.db = db.as<EventTables>();
  }

  /** Current organizers, the creator first, then in the order they were added. Accounts that no longer exist are left out. */
  async getEventOrganizers(eventId: number): Promise<Organizer[]> {
    const rows = await this.db.kysely
      .selectFrom('ce_organizers')
      .select(['ceo_user_id', 'ceo_roles', 'ceo_created_at', 'ceo_id'])
      .where('ceo_event_id', '=', eventId)
      .where('ceo_deleted_at', 'is', null)
      .orderBy('ceo_id')
      .execute();
    const organizers: Organizer[] = [];
    for (const row of rows) {
      const user = await this.users.getUserById(this.db.readNumber(row.ceo_user_id));
      if (user === null) continue;
      const roles = this.db.readNumber(row.ceo_roles);
      organizers.push({
        userId: user.id,
        userName: user.name,
        roles: [...(roles & ROLE_CREATOR ? (['creator'] as const) : []), ...(roles & ROLE_ORGANIZER ? (['organizer'] as const) : [])],
        createdAt: row.ceo_created_at,
      });
    }
    return organizers.sort((a, b) => Number(b.roles.includes('creator')) - Number(a.roles.includes('creator')));
  }

  async isEventOrganizer(eventId: number, userId: number): Promise<boolean> {
    if (userId <= 0) return false;
    const row = await this.db.kysely
      .selectFrom('ce_organizers')
      .select('ceo_id')
      .where('ceo_event_id', '=', eventId)
      .where('ceo_user_id', '=', userId)
      .where('ceo_deleted_at', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The user who enabled the registration, even if since removed as organizer; null if the account is gone. */
  async getEventCreator(eventId: number): Promise<Organizer | null> {
    const row = await this.db.kysely
      .selectFrom('ce_organizers')
      .select(['ceo_user_id', 'ceo_roles', 'ceo_created_at', 'ceo_deleted_at'])
      .where('ceo_event_id', '=', eventId)
      .where(sql<boolean>`(ceo_roles & ${ROLE_CREATOR}) = ${ROLE_CREATOR}`)
      .executeTakeFirst();
    if (row === undefined) return null;
    const user = await this.users.getUserById(this.db.readNumber(row.ceo_user_id));
    if (user === null) return null;
    const roles = this.db.readNumber(row.ceo_roles);
    return {
      userId: user.id,
      userName: user.name,
      roles: ['creator', ...(roles & ROLE_ORGANIZER ? (['organizer'] as const) : [])],
      createdAt: row.ceo_created_at,
    };
  }

  /**
   * Makes exactly `userIds` the event's organizers: adds the missing ones, removes (soft-deletes) the others, restores
   * removed ones. `creatorId`, when given, gets the creator role (a new event). Runs in `trx` if given.
   */
  async setEventOrganizers(eventId: number, userIds: readonly number[], options: { creatorId?: number; trx?: Database } = {}): Promise<void> {
    const run = async (db: Database<EventTables>) => {
      const now = toMwTimestamp(this.clock.now());
      const wanted = new Set(userIds);
      const rows = await db.kysely
        .selectFrom('ce_organizers')
        .select(['ceo_id', 'ceo_user_id', 'ceo_roles', 'ceo_deleted_at'])
        .where('ceo_event_id', '=', eventId)
        .execute();
      const byUser = new Map(rows.map((row) => [db.readNumber(row.ceo_user_id), row]));
      for (const row of rows) {
        if (!wanted.has(db.readNumber(row.ceo_user_id)) && row.ceo_deleted_at === null) {
          await db.kysely.updateTable('ce_organizers').set({ ceo_deleted_at: now }).where('ceo_id', '=', row.ceo_id).execute();
        }
      }
      for (const userId of wanted) {
        const role = userId === options.creatorId ? ROLE_CREATOR | ROLE_ORGANIZER : ROLE_ORGANIZER;
        const row = byUser.get(userId);
        if (row === undefined) {
          await db.insert('ce_organizers', { ceo_event_id: eventId, ceo_user_id: userId, ceo_roles: role, ceo_created_at: now, ceo_deleted_at: null });
        } else if (row.ceo_deleted_at !== null || (role & ROLE_CREATOR && !(db.readNumber(row.ceo_roles) & ROLE_CREATOR))) {
          await db.kysely
            .updateTable('ce_organizers')
            .set({
              ceo_deleted_at: null,
              ceo_roles: db.readNumber(row.ceo_roles) | role,
              // A removed organizer who is added again is an organizer since now.
              ...(row.ceo_deleted_at !== null ? { ceo_created_at: now } : {}),
            })
            .where('ceo_id', '=', row.ceo_id)
            .execute();
        }
      }
    };
    await (options.trx?.as<EventTables>() ?? this.db).transaction(run);
  }
}
