import { ManualClock } from '../../../../src/framework/core/Clock';
import type { Database } from '../../../../src/framework/db/Database';
import { PasswordHasher } from '../../../../src/host/users/PasswordHasher';
import { UserStore } from '../../../../src/host/users/UserStore';

/** scrypt at a cost tests can afford hundreds of times; the format and checks are the same as in production. */
export const cheapHasher = new PasswordHasher({ N: 1024, r: 8, p: 1 });

/** A UserStore on `db` with a manual clock at 2026-03-01 12:00 UTC. */
export function userStoreOn(db: Database, clock = new ManualClock('2026-03-01T12:00:00Z')): { users: UserStore; clock: ManualClock } {
  return { users: new UserStore(db, clock, cheapHasher), clock };
}
