/**
 * A page name split into namespace and title, as MediaWiki's TitleValue. `dbKey` uses underscores
 * (`Event:Spring_edit-a-thon`), `text` spaces (`Spring edit-a-thon`).
 *
 * @public
 */
export interface Title {
  readonly namespace: number;
  readonly dbKey: string;
  readonly text: string;
  /** With the namespace name: `Event:Spring edit-a-thon`. */
  readonly prefixedText: string;
  readonly prefixedDbKey: string;
}

/** MediaWiki's namespace numbers for the namespaces the host knows, plus the extension ones it is told about. @public */
export const Namespaces = {
  Media: -2,
  Special: -1,
  Main: 0,
  Talk: 1,
  User: 2,
  UserTalk: 3,
  Project: 4,
  ProjectTalk: 5,
  File: 6,
  FileTalk: 7,
  MediaWiki: 8,
  MediaWikiTalk: 9,
  Template: 10,
  TemplateTalk: 11,
  Help: 12,
  HelpTalk: 13,
  Category: 14,
  CategoryTalk: 15,
} as const;

/** Parses and formats page names (MediaWiki's TitleParser and TitleFormatter). @public */
export interface TitleParser {
  /** Throws an error naming what is wrong with the text (the reference host: `HostError` with code `invalidtitle`). */
  parseTitle(text: string, defaultNamespace?: number): Title;
  makeTitle(namespace: number, dbKey: string): Title;
  /** The canonical name of a namespace number (`Event` for 1728), '' for the main namespace. */
  getNamespaceName(namespace: number): string | undefined;
}
