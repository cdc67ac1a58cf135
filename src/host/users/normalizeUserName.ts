import { isIPv6 } from 'node:net';
import { HostError } from '../HostError';

/** Longest user name, in UTF-8 bytes (MediaWiki's `$wgMaxNameChars`, which counts bytes). @public */
export const MAX_USER_NAME_BYTES = 255;

/**
 * Characters a user name cannot contain: those no page title may contain (a user name is also the title of a user
 * page), plus `/` (subpages), `@` and `:` (MediaWiki's `$wgInvalidUsernameCharacters`, interwiki prefixes).
 */
const INVALID_CHARACTERS = ['#', '<', '>', '[', ']', '|', '{', '}', '/', '@', ':'];

/** Whitespace MediaWiki's title codec turns into a plain space, and underscores, which titles show as spaces. */
const SPACE_LIKE = /[ _\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
/** Invisible direction marks, which MediaWiki strips from titles so look-alike names cannot be made with them. */
const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E]/g;
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F]/;
/** MediaWiki's `UserNameUtils::isIP` counts `1.2.3.xxx` (how old wikis hid addresses) as an address too. */
const IPV4_LIKE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.(?:xxx|\d{1,3})$/i;

/**
 * The canonical form of a user name, as MediaWiki's `UserNameUtils::getCanonical()` makes it: spaces instead of
 * underscores, runs of spaces collapsed, trimmed, first letter upper case (`foo__bar ` -> `Foo bar`).
 *
 * @throws HostError `invalidusername` saying why: empty, an IP address (the name of anonymous visitors), a forbidden
 *   or control character, or longer than 255 bytes.
 * @public
 */
export function normalizeUserName(input: string): string {
  const spaced = input.replace(DIRECTION_MARKS, '').replace(SPACE_LIKE, ' ').trim();
  const invalid = (why: string) => new HostError('invalidusername', `The username "${input}" is not valid: ${why}.`);
  if (spaced === '') throw invalid('it is empty');
  if (IPV4_LIKE.test(spaced) || isIPv6(spaced)) throw invalid('it is an IP address, and those name visitors who are not logged in');
  const forbidden = INVALID_CHARACTERS.find((c) => spaced.includes(c));
  if (forbidden !== undefined) {
    throw invalid(`it contains "${forbidden}"; user names cannot contain any of ${INVALID_CHARACTERS.join(' ')}`);
  }
  if (CONTROL_CHARACTER.test(spaced)) throw invalid('it contains a control character (such as a tab or a line break)');
  const name = upperCaseFirst(spaced);
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > MAX_USER_NAME_BYTES) throw invalid(`it is ${bytes} bytes long and at most ${MAX_USER_NAME_BYTES} are allowed`);
  return name;
}

function upperCaseFirst(name: string): string {
  const first = String.fromCodePoint(name.codePointAt(0)!);
  const upper = first.toUpperCase();
  // A letter whose capital is two letters (ß -> SS) stays as it is, as in MediaWiki's $wgOverrideUcfirstCharacters.
  return [...upper].length === 1 ? upper + name.slice(first.length) : name;
}
