import type { Generated } from 'kysely';
import type { Block, BlockManager } from '../../framework/core/BlockManager';
import type { Clock } from '../../framework/core/Clock';
import { toMwTimestamp } from '../../framework/core/MwTimestamp';
import { isRegistered, type UserIdentity } from '../../framework/core/UserIdentity';
import type { Database } from '../../framework/db/Database';
import { HostError } from '../HostError';
import { parseFutureExpiry } from '../users/parseExpiry';
import type { UserTable } from '../users/userTables';

/** The `block` table of sql/host/tables.json. @internal */
interface BlockTable {
  bl_id: Generated<number>;
  bl_user: number;
  bl_by: number;
  bl_reason: string;
  bl_timestamp: string;
  /** 14 digits or `infinity`, which sorts after every timestamp, so `bl_expiry > now` finds blocks in force. */
  bl_expiry: string;
  bl_sitewide: number;
}

interface BlockTables {
  block: BlockTable;
  user: UserTable;
}

/** @public */
export interface BlockOptions {
  reason?: string;
  /** Anything parseExpiry accepts: `infinity`, 14 digits, ISO 8601 or a duration such as `2 weeks`. */
  expiry: string;
  /** Replace the block already on the account (MediaWiki's `reblock`) instead of refusing. */
  reblock?: boolean;
}

/**
 * Sitewide blocks of accounts, one per account at most. A block whose expiry has come counts as none: getBlock
 * ignores it and the next block or unblock of that account deletes it.
 *
 * @public
 */
export class BlockStore implements BlockManager {
  private readonly db: Database<BlockTables>;

  constructor(
    db: Database,
    private readonly clock: Clock,
  ) {
    this.db = db.as<BlockTables>();
  }

  async getBlock(user: UserIdentity): Promise<Block | null> {
    if (!isRegistered(user)) return null;
    return this.findActive(this.db, user.id);
  }

  /**
   * Blocks the account `target`, done by `by`.
   *
   * @throws HostError `nosuchuser` when `target` is no account; `invalidexpiry` or `pastexpiry` for a bad expiry;
   *   `alreadyblocked` when the account is blocked and `reblock` was not asked for.
   */
  async block(target: UserIdentity, by: UserIdentity, options: BlockOptions): Promise<Block> {
    const now = this.clock.now();
    const expiry = parseFutureExpiry(options.expiry, now);
    const row = { bl_by: by.id, bl_reason: options.reason ?? '', bl_timestamp: toMwTimestamp(now), bl_expiry: expiry };
    try {
      return await this.db.transaction(async (db) => {
        await this.assertAccountExists(db, target);
        await this.purgeExpired(db, target.id, now);
        const existing = await this.findActive(db, target.id);
        if (existing !== null && !options.reblock) throw alreadyBlocked(existing.target.name);
        if (existing !== null) {
          await db.kysely.updateTable('block').set(row).where('bl_id', '=', existing.id).execute();
        } else {
          await db.insert('block', { ...row, bl_user: target.id, bl_sitewide: db.bool(true) });
        }
        return (await this.findActive(db, target.id))!;
      });
    } catch (error) {
      // Two blocks of one account at the same moment: the unique index on bl_user let only the first one in.
      const winner = error instanceof HostError ? null : await this.getBlock(target);
      if (winner !== null) throw alreadyBlocked(winner.target.name);
      throw error;
    }
  }

  /**
   * Lifts the block on `target`.
   *
   * @returns the block that was lifted.
   * @throws HostError `cantunblock` when the account is not blocked (or its block has expired).
   */
  async unblock(target: UserIdentity): Promise<Block> {
    // Outside the transaction, which the refusal below rolls back: an expired block goes either way.
    if (isRegistered(target)) await this.purgeExpired(this.db, target.id, this.clock.now());
    return this.db.transaction(async (db) => {
      const existing = isRegistered(target) ? await this.findActive(db, target.id) : null;
      if (existing === null) {
        throw new HostError(
          'cantunblock',
          `The block you are trying to remove could not be found: "${target.name}" is not blocked. It may have already been unblocked or expired.`,
        );
      }
      await db.kysely.deleteFrom('block').where('bl_id', '=', existing.id).execute();
      return existing;
    });
  }

  private async findActive(db: Database<BlockTables>, userId: number): Promise<Block | null> {
    const row = await db.kysely
      .selectFrom('block')
      .innerJoin('user as target', 'target.user_id', 'block.bl_user')
      .leftJoin('user as performer', 'performer.user_id', 'block.bl_by')
      .select([
        'block.bl_id',
        'block.bl_user',
        'block.bl_by',
        'block.bl_reason',
        'block.bl_timestamp',
        'block.bl_expiry',
        'block.bl_sitewide',
        'target.user_name as target_name',
        'performer.user_name as performer_name',
      ])
      .where('block.bl_user', '=', userId)
      .where('block.bl_expiry', '>', toMwTimestamp(this.clock.now()))
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      id: db.readNumber(row.bl_id),
      target: { id: db.readNumber(row.bl_user), name: row.target_name },
      // A blocker whose account is gone is shown by id, as MediaWiki shows unknown actors.
      by: { id: db.readNumber(row.bl_by), name: row.performer_name ?? `#${row.bl_by}` },
      reason: row.bl_reason,
      timestamp: row.bl_timestamp,
      expiry: row.bl_expiry,
      sitewide: db.readBool(row.bl_sitewide),
    };
  }

  private async assertAccountExists(db: Database<BlockTables>, target: UserIdentity): Promise<void> {
    const found = isRegistered(target)
      ? await db.kysely.selectFrom('user').select('user_id').where('user_id', '=', target.id).executeTakeFirst()
      : undefined;
    if (found === undefined) {
      throw new HostError('nosuchuser', `The user "${target.name}" does not exist. Only registered accounts can be blocked here.`);
    }
  }

  private async purgeExpired(db: Database<BlockTables>, userId: number, now: Date): Promise<void> {
    await db.kysely.deleteFrom('block').where('bl_user', '=', userId).where('bl_expiry', '<=', toMwTimestamp(now)).execute();
  }
}

function alreadyBlocked(name: string): HostError {
  return new HostError('alreadyblocked', `"${name}" is already blocked. To change the block, block again with the reblock option.`);
}
