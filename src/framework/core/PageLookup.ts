import type { Title } from './Title';
import type { UserIdentity } from './UserIdentity';

/** An existing page. @public */
export interface PageRecord {
  readonly id: number;
  readonly title: Title;
  readonly latestRevisionId: number;
  /** 14-digit timestamp of the last change. */
  readonly touched: string;
  /** Size in bytes of the current text. */
  readonly length: number;
}

/** One saved version of a page. Plain text content. @public */
export interface RevisionRecord {
  readonly id: number;
  readonly pageId: number;
  readonly user: UserIdentity;
  readonly timestamp: string;
  /** Size in bytes of the text (UTF-8). */
  readonly size: number;
  /** The revision before this one, or 0 for the page's first. */
  readonly parentId: number;
  readonly comment: string;
  readonly text: string;
}

/** Reads pages and revisions (MediaWiki's PageStore and RevisionStore). @public */
export interface PageLookup {
  getPageByTitle(title: Title): Promise<PageRecord | null>;
  getPageById(id: number): Promise<PageRecord | null>;
  getRevisionById(id: number): Promise<RevisionRecord | null>;
  /** Newest first. */
  getRevisions(pageId: number, options?: { limit?: number }): Promise<RevisionRecord[]>;
  /** The revision that created the page (its author is the page's creator); null for an unknown page. */
  getFirstRevision(pageId: number): Promise<RevisionRecord | null>;
}
