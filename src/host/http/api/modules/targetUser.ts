import type { UserRecord } from '../../../../framework/core/UserLookup';
import type { Host } from '../../../boot/bootHost';
import { ApiError } from '../ApiError';

/**
 * The account a module acts on (`user=` of userrights, block, unblock).
 *
 * @throws HostError `invalidusername` for a name no account can have; ApiError `nosuchuser` when there is no such account.
 */
export async function findTargetUser(host: Host, name: string): Promise<UserRecord> {
  const user = await host.users.getUserByName(name);
  if (user === null) throw new ApiError('nosuchuser', `There is no user by the name "${name}". Check your spelling.`);
  return user;
}
