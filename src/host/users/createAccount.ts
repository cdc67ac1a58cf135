import type { UserIdentity } from '../../framework/core/UserIdentity';
import type { UserRecord } from '../../framework/core/UserLookup';
import type { Host } from '../boot/bootHost';
import { HostError } from '../HostError';
import { toHookUser } from '../../../hooks';

/** What a sign-up form or `action=createaccount` submits. @public */
export interface NewAccount {
  name: string;
  password: string;
  email?: string;
}

/**
 * Creates an account on behalf of `performer` (usually the anonymous visitor signing up) and runs the
 * `UserRegistration` hook with `autocreated: false`. Does not log anyone in.
 *
 * @throws HostError `permissiondenied` without the `createaccount` right, or whatever `UserStore.createUser` refuses
 *   (`userexists`, `invalidusername`, `passwordtooshort`...).
 * @public
 */
export async function createAccount(host: Host, performer: UserIdentity, account: NewAccount): Promise<UserRecord> {
  if (!(await host.permissions.userHasRight(performer, 'createaccount'))) {
    throw new HostError(
      'permissiondenied',
      'You do not have permission to create accounts (the "createaccount" right). Ask an administrator to create one for you.',
      403,
    );
  }
  return registerAccount(host, account);
}

/**
 * Creates the account and runs `UserRegistration` (`autocreated: false`), without asking whether anyone may: for
 * maintenance commands run by the wiki's operator (`wikiext createuser`).
 *
 * @public
 */
export async function registerAccount(host: Host, account: NewAccount): Promise<UserRecord> {
  const email = account.email?.trim() ? account.email.trim() : undefined;
  const user = await host.users.createUser(account.name, account.password, { email });
  await host.wiki.hookRunner.onUserRegistration(toHookUser(user), false);
  return user;
}
