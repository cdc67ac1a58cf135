import { Namespaces, type Title, type TitleParser } from '../../framework/core/Title';
import { ErrorCodes, WikiextError } from '../../framework/errors';
import { HostError } from '../HostError';
import { type ExtraNamespace, NamespaceNames } from './NamespaceNames';

/** MediaWiki's whitespace that collapses to one underscore in a DB key (TitleParser::splitTitleString). */
const WHITESPACE_RUN = /[ _\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
/** Direction marks a copy-paste from right-to-left text leaves behind; MediaWiki drops them. */
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E]/g;
/** `Namespace:rest`, the prefix ending at the first colon (spaces around the colon allowed). */
const PREFIX = /^(.+?)_*:_*(.*)$/s;
/** Characters outside MediaWiki's `$wgLegalTitleChars`: `# < > [ ] | { }`, control characters and DEL. */
const ILLEGAL_CHARACTER = /[#<>[\]|{}\u0000-\u001F\u007F]/;
/** `%3C` and `&lt;` would turn into other characters in links and URLs, so MediaWiki refuses them too. */
const PERCENT_ENCODED = /%[0-9A-Fa-f]{2}/;
const HTML_ENTITY = /&[A-Za-z0-9\u0080-\uFFFF]+;/;
const LONE_SURROGATE_OR_REPLACEMENT = /[\uFFFD]|\p{Surrogate}/u;

const MAX_TITLE_BYTES = 255;
/** Special pages carry their parameters in the title (`Special:Contributions/Name`), so MediaWiki allows more. */
const MAX_SPECIAL_TITLE_BYTES = 512;

/** Options a wiki passes from its settings. @public */
export interface HostTitleParserOptions {
  /** The project namespace's name (MediaWiki's `$wgMetaNamespace`, by default the site name); `Project` stays an alias. */
  readonly metaNamespace?: string;
}

/**
 * Parses page names by MediaWiki's rules (TitleParser::splitTitleString): namespace prefixes in any case (with the
 * aliases `Image` and `Project`, and the extensions' namespaces), spaces and underscores alike, trimmed, the first
 * letter upper case. A name MediaWiki would refuse throws `HostError('invalidtitle', 'Bad title "X": <why>.')`.
 *
 * Titles in the Special and Media namespaces parse (links to `Special:RunJobs` are fine) but name no storable page.
 *
 * @public
 */
export class HostTitleParser implements TitleParser {
  private readonly namespaces: NamespaceNames;

  constructor(extraNamespaces: readonly ExtraNamespace[] = [], options: HostTitleParserOptions = {}) {
    this.namespaces = new NamespaceNames(extraNamespaces, options.metaNamespace);
  }

  parseTitle(text: string, defaultNamespace: number = Namespaces.Main): Title {
    const bad = (reason: string): never => {
      throw new HostError('invalidtitle', `Bad title "${printable(text)}": ${reason}.`);
    };
    let namespace = defaultNamespace;
    let dbKey = text.replace(BIDI_MARKS, '').replace(WHITESPACE_RUN, '_').replace(/^_+|_+$/g, '');

    if (LONE_SURROGATE_OR_REPLACEMENT.test(dbKey)) bad('it contains an invalid UTF-8 sequence; re-enter the title as text');
    // A leading colon means the main namespace whatever the default ([[:Foo]]), and is not part of the name.
    if (dbKey.startsWith(':')) {
      namespace = Namespaces.Main;
      dbKey = dbKey.slice(1).replace(/^_+/, '');
    }
    if (dbKey === '') bad('the title is empty; give the name of a page');

    const prefixed = PREFIX.exec(dbKey);
    const prefixNamespace = prefixed === null ? undefined : this.namespaces.idOf(prefixed[1]);
    if (prefixed !== null && prefixNamespace !== undefined) {
      namespace = prefixNamespace;
      dbKey = prefixed[2];
      const inner = namespace === Namespaces.Talk ? PREFIX.exec(dbKey) : null;
      if (inner !== null && this.namespaces.idOf(inner[1]) !== undefined) {
        bad(`"Talk:" cannot be followed by another namespace; the talk page of "${inner[1]}:..." is in "${inner[1]} talk:"`);
      }
    }

    const illegal = ILLEGAL_CHARACTER.exec(dbKey);
    if (illegal !== null) {
      bad(`it contains "${printable(illegal[0])}"; titles cannot contain # < > [ ] | { } or control characters`);
    }
    const encoded = PERCENT_ENCODED.exec(dbKey) ?? HTML_ENTITY.exec(dbKey);
    if (encoded !== null) bad(`it contains the escape "${encoded[0]}"; write the character it stands for instead`);
    if (isRelativePath(dbKey)) {
      bad('relative paths ("./", "../") are not allowed, because browsers resolve them away; rename the page');
    }
    if (dbKey.includes('~~~')) bad('it contains "~~~", which the wiki replaces by a signature');

    const maxBytes = namespace === Namespaces.Special ? MAX_SPECIAL_TITLE_BYTES : MAX_TITLE_BYTES;
    const bytes = Buffer.byteLength(dbKey, 'utf8');
    if (bytes > maxBytes) bad(`it is ${bytes} bytes long; a title may have at most ${maxBytes} bytes in UTF-8`);

    dbKey = upperCaseFirst(dbKey);
    if (dbKey === '' && namespace !== Namespaces.Main) {
      bad('it names only a namespace; add the name of a page after the colon');
    }
    if (dbKey.startsWith(':')) bad('the name after the namespace starts with a colon; remove it');
    return this.makeTitle(namespace, dbKey);
  }

  /** A title from trusted parts (a database row): not validated, except that the namespace must be known. */
  makeTitle(namespace: number, dbKey: string): Title {
    const nsName = this.namespaces.nameOf(namespace);
    if (nsName === undefined) {
      throw new WikiextError(
        ErrorCodes.TITLE_INVALID,
        `Namespace ${namespace} (title "${dbKey}") is unknown to this wiki: declare it in the "namespaces" of an ` +
          'extension manifest, or re-enable the extension that declared it.',
      );
    }
    const text = dbKey.replace(/_/g, ' ');
    return Object.freeze({
      namespace,
      dbKey,
      text,
      prefixedText: nsName === '' ? text : `${nsName.replace(/_/g, ' ')}:${text}`,
      prefixedDbKey: nsName === '' ? dbKey : `${nsName}:${dbKey}`,
    });
  }

  /** The wiki's name of a namespace with spaces (`User talk`, `Event` for 1728), '' for the main namespace. */
  getNamespaceName(namespace: number): string | undefined {
    return this.namespaces.nameOf(namespace)?.replace(/_/g, ' ');
  }

  /** Whether a page with this title can be stored (Special and Media titles are generated, never saved). */
  static canExist(title: Title): boolean {
    return title.namespace >= 0;
  }

  /** @throws HostError `invalidtitle` for a title that names no storable page (see `canExist`). */
  static assertCanExist(title: Title): void {
    if (!HostTitleParser.canExist(title)) {
      const namespace = title.prefixedText.slice(0, title.prefixedText.indexOf(':'));
      throw new HostError(
        'invalidtitle',
        `Bad title "${title.prefixedText}": pages in the ${namespace} namespace are generated by the wiki and cannot be edited.`,
      );
    }
  }
}

/** `./x`, `../x`, `x/./y`, `x/../y`, `x/.`, `x/..`, `.` and `..` (MediaWiki: unreachable through browsers). */
function isRelativePath(dbKey: string): boolean {
  return (
    dbKey === '.' ||
    dbKey === '..' ||
    dbKey.startsWith('./') ||
    dbKey.startsWith('../') ||
    dbKey.includes('/./') ||
    dbKey.includes('/../') ||
    dbKey.endsWith('/.') ||
    dbKey.endsWith('/..')
  );
}

/** Upper-cases the first character (a whole code point, so letters outside the BMP work too). */
function upperCaseFirst(dbKey: string): string {
  const first = String.fromCodePoint(dbKey.codePointAt(0) ?? 0);
  return dbKey === '' ? '' : first.toUpperCase() + dbKey.slice(first.length);
}

/** The title as the message shows it: control characters as `\u0009` so the message stays one readable line. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
