import { HostError } from '../HostError';

/**
 * MediaWiki's default password policy for every account (`$wgPasswordPolicy['policies']['default']`): at least
 * 8 characters, at most 4096, and not the user name.
 */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 4096;

/**
 * Refuses a password the policy does not allow for the account `userName` (already normalised).
 *
 * @throws HostError `passwordtooshort`, `passwordtoolong` or `password-name-match`.
 * @public
 */
export function checkPasswordPolicy(userName: string, password: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new HostError('passwordtooshort', `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new HostError('passwordtoolong', `Passwords cannot be longer than ${MAX_PASSWORD_LENGTH} characters.`);
  }
  if (password.toLowerCase() === userName.toLowerCase()) {
    throw new HostError('password-name-match', 'Your password must be different from your username.');
  }
}
