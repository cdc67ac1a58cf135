import type { Generated } from 'kysely';

/**
 * The kysely view of the `page` and `revision` tables in sql/host/tables.json. Times are 14-digit MediaWiki
 * timestamps; text in binary columns reads back as strings on both databases.
 */

/** @internal */
export interface PageTable {
  page_id: Generated<number>;
  page_namespace: number;
  /** DB key without the namespace (underscores). */
  page_title: string;
  /** rev_id of the current revision; 0 only inside the transaction that creates the page. */
  page_latest: number;
  page_touched: string;
  /** Bytes of the current text. */
  page_len: number;
}

/** @internal */
export interface RevisionTable {
  rev_id: Generated<number>;
  rev_page: number;
  /** 0 for an anonymous edit. */
  rev_user: number;
  rev_user_text: string;
  rev_timestamp: string;
  rev_len: number;
  rev_parent_id: number;
  rev_comment: string;
  rev_text: string;
}

/** @internal */
export interface PageTables {
  page: PageTable;
  revision: RevisionTable;
}
