import { HostError } from '../HostError';

/**
 * MediaWiki's `Sanitizer::validateEmail()`: the HTML5 `type=email` rule, liberal in the local part, a host name
 * made of letters, digits and hyphens.
 */
const EMAIL = /^[a-z0-9!#$%&'*+\-/=?^_`{|}~.]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*$/i;
/** `user_email` holds 255 bytes. */
const MAX_EMAIL_BYTES = 255;

/**
 * Returns the address trimmed, `''` meaning "no address".
 *
 * @throws HostError `invalidemailaddress` for an address that does not look like one or is too long to store.
 * @public
 */
export function checkEmailAddress(input: string): string {
  const email = input.trim();
  if (email === '') return email;
  if (!EMAIL.test(email) || Buffer.byteLength(email, 'utf8') > MAX_EMAIL_BYTES) {
    throw new HostError(
      'invalidemailaddress',
      `The email address "${input}" cannot be accepted as it appears to have an invalid format. Please enter a well-formatted address (name@example.org) or leave the field empty.`,
    );
  }
  return email;
}
