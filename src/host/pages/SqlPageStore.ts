import type { Selectable } from 'kysely';
import type { PageLookup, PageRecord, RevisionRecord } from '../../framework/core/PageLookup';
import type { Title, TitleParser } from '../../framework/core/Title';
import type { Database } from '../../framework/db/Database';
import type { PageTable, PageTables, RevisionTable } from './pageTables';

/**
 * Pages and their revisions from the `page` and `revision` tables (MediaWiki's PageStore and RevisionStore, read
 * side). Saving goes through `PageUpdater`.
 *
 * @public
 */
export class SqlPageStore implements PageLookup {
  private readonly db: Database<PageTables>;

  constructor(
    db: Database,
    private readonly titles: TitleParser,
  ) {
    this.db = db.as<PageTables>();
  }

  /** The same store reading through another connection, e.g. the transaction a save runs in. */
  withDatabase(db: Database): SqlPageStore {
    return new SqlPageStore(db, this.titles);
  }

  /** The page with this title; null when it does not exist (always for Special and Media titles). */
  async getPageByTitle(title: Title): Promise<PageRecord | null> {
    if (title.namespace < 0) return null;
    const row = await this.db.kysely
      .selectFrom('page')
      .selectAll()
      .where('page_namespace', '=', title.namespace)
      .where('page_title', '=', title.dbKey)
      .executeTakeFirst();
    return row === undefined ? null : this.toPage(row);
  }

  async getPageById(id: number): Promise<PageRecord | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await this.db.kysely.selectFrom('page').selectAll().where('page_id', '=', id).executeTakeFirst();
    return row === undefined ? null : this.toPage(row);
  }

  async getRevisionById(id: number): Promise<RevisionRecord | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await this.db.kysely.selectFrom('revision').selectAll().where('rev_id', '=', id).executeTakeFirst();
    return row === undefined ? null : this.toRevision(row);
  }

  /** The page's revisions, newest first; all of them unless `limit` says how many. */
  async getRevisions(pageId: number, options: { limit?: number } = {}): Promise<RevisionRecord[]> {
    const { limit } = options;
    if (limit !== undefined && (!Number.isSafeInteger(limit) || limit <= 0)) {
      throw new RangeError(`getRevisions(): limit must be a positive whole number, not ${limit}.`);
    }
    let query = this.db.kysely
      .selectFrom('revision')
      .selectAll()
      .where('rev_page', '=', pageId)
      .orderBy('rev_timestamp', 'desc')
      .orderBy('rev_id', 'desc');
    if (limit !== undefined) query = query.limit(limit);
    const rows = await query.execute();
    return rows.map((row) => this.toRevision(row));
  }

  async getFirstRevision(pageId: number): Promise<RevisionRecord | null> {
    const row = await this.db.kysely
      .selectFrom('revision')
      .selectAll()
      .where('rev_page', '=', pageId)
      .orderBy('rev_timestamp', 'asc')
      .orderBy('rev_id', 'asc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? null : this.toRevision(row);
  }

  private toPage(row: Selectable<PageTable>): PageRecord {
    return {
      id: this.db.readNumber(row.page_id),
      title: this.titles.makeTitle(this.db.readNumber(row.page_namespace), row.page_title),
      latestRevisionId: this.db.readNumber(row.page_latest),
      touched: row.page_touched,
      length: this.db.readNumber(row.page_len),
    };
  }

  private toRevision(row: Selectable<RevisionTable>): RevisionRecord {
    return {
      id: this.db.readNumber(row.rev_id),
      pageId: this.db.readNumber(row.rev_page),
      user: { id: this.db.readNumber(row.rev_user), name: row.rev_user_text },
      timestamp: row.rev_timestamp,
      size: this.db.readNumber(row.rev_len),
      parentId: this.db.readNumber(row.rev_parent_id),
      comment: row.rev_comment,
      text: row.rev_text,
    };
  }
}
