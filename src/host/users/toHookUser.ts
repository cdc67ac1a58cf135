import type { HookUser } from '../../../hooks';
import { mwTimestampToIso } from '../../framework/core/MwTimestamp';
import type { UserRecord } from '../../framework/core/UserLookup';

/** A stored account as hooks receive it. */
export function toHookUser(user: UserRecord): HookUser {
  return { id: user.id, name: user.name, registration: user.registration ? mwTimestampToIso(user.registration) : null };
}
