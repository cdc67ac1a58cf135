import type { UserIdentity } from './UserIdentity';

/** A block on an account. `expiry` is a 14-digit timestamp or `infinity`. @public */
export interface Block {
  readonly id: number;
  readonly target: UserIdentity;
  readonly by: UserIdentity;
  readonly reason: string;
  readonly timestamp: string;
  readonly expiry: string;
  readonly sitewide: boolean;
}

/** Finds the block in force on an account; expired blocks count as none. @public */
export interface BlockManager {
  getBlock(user: UserIdentity): Promise<Block | null>;
}
