import { mwTimestampToIso } from '../../src/framework/core/MwTimestamp';
import type { UserRecord } from '../../src/framework/core/UserLookup';

/** A registered user, as hooks pass it: plain data, no lookups behind it. @public */
export interface HookUser {
  /** Local user id. */
  id: number;
  name: string;
  /** ISO 8601 registration time; null for accounts older than registration tracking. */
  registration: string | null;
}

/** A stored account as hooks receive it. @public */
export function toHookUser(user: UserRecord): HookUser {
  return { id: user.id, name: user.name, registration: user.registration ? mwTimestampToIso(user.registration) : null };
}
