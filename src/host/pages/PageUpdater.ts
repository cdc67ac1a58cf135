import type { hookCatalog } from '../../../hooks';
import type { Clock } from '../../framework/core/Clock';
import { mwTimestampToIso, toMwTimestamp } from '../../framework/core/MwTimestamp';
import type { PageRecord, RevisionRecord } from '../../framework/core/PageLookup';
import type { Title } from '../../framework/core/Title';
import type { UserIdentity } from '../../framework/core/UserIdentity';
import type { Database } from '../../framework/db/Database';
import type { HookRunner } from '../../framework/hooks/createHookRunner';
import { HostError } from '../HostError';
import type { UserStore } from '../users/UserStore';
import { HostTitleParser } from './HostTitleParser';
import type { PageTables } from './pageTables';
import type { SqlPageStore } from './SqlPageStore';

/** MediaWiki's `$wgMaxArticleSize` default: 2048 KiB. */
const MAX_TEXT_BYTES = 2048 * 1024;
/** MediaWiki's CommentStore limit; longer summaries are cut, as MediaWiki does. */
const MAX_SUMMARY_CHARACTERS = 500;

/** One edit to save. @public */
export interface EditRequest {
  readonly title: Title;
  readonly text: string;
  readonly summary?: string;
  readonly user: UserIdentity;
  /** Refuse to edit a page that exists (action=edit `createonly`). */
  readonly createOnly?: boolean;
  /** Refuse to create a page that does not exist (action=edit `nocreate`). */
  readonly noCreate?: boolean;
}

/** What an edit did: `nochange` when the text was already the page's (no revision is saved, as MediaWiki's null edit). @public */
export interface EditResult {
  readonly result: 'created' | 'edited' | 'nochange';
  readonly page: PageRecord;
  /** The new revision, or the current one after `nochange`. */
  readonly revision: RevisionRecord;
}

/**
 * Saves edits (MediaWiki's PageUpdater): page and revision in one transaction, then the author's edit count and the
 * `PageSaveComplete` hook after the commit. Rights and blocks are the caller's business (`EditPermissions`).
 *
 * @public
 */
export class PageUpdater {
  private readonly db: Database<PageTables>;

  constructor(
    db: Database,
    private readonly clock: Clock,
    private readonly pages: SqlPageStore,
    private readonly users: UserStore,
    private readonly hookRunner: Pick<HookRunner<typeof hookCatalog>, 'onPageSaveComplete'>,
  ) {
    this.db = db.as<PageTables>();
  }

  /**
   * @throws HostError `invalidtitle` (Special and Media pages), `contenttoobig`, `articleexists` (`createOnly`),
   *   `missingtitle` (`noCreate`), `editconflict` (someone else saved the same page at the same moment).
   */
  async edit(request: EditRequest): Promise<EditResult> {
    const { title, text, user } = request;
    HostTitleParser.assertCanExist(title);
    const size = Buffer.byteLength(text, 'utf8');
    if (size > MAX_TEXT_BYTES) {
      throw new HostError('contenttoobig', `The content you supplied exceeds the article size limit of ${MAX_TEXT_BYTES / 1024} kibibytes.`);
    }
    const timestamp = toMwTimestamp(this.clock.now());
    const summary = truncateSummary(request.summary ?? '');

    const attempt = { creating: false };
    let saved: EditResult;
    try {
      saved = await this.db.transaction((trx) => this.save(trx, request, { size, timestamp, summary }, attempt));
    } catch (error) {
      throw attempt.creating ? await this.explainLostRace(error, request) : error;
    }
    if (saved.result === 'nochange') return saved;

    // After the commit, as MediaWiki's deferred UserEditCountUpdate: the counters are not part of the page.
    await this.users.recordEdit(user, timestamp);
    await this.hookRunner.onPageSaveComplete(
      { id: saved.page.id, namespace: title.namespace, dbKey: title.dbKey, text: title.prefixedText },
      {
        id: saved.revision.id,
        parentId: saved.revision.parentId,
        timestamp: mwTimestampToIso(timestamp),
        size,
        comment: summary,
      },
      { id: user.id, name: user.name },
      { isNew: saved.result === 'created' },
    );
    return saved;
  }

  private async save(
    trx: Database<PageTables>,
    request: EditRequest,
    change: { size: number; timestamp: string; summary: string },
    attempt: { creating: boolean },
  ): Promise<EditResult> {
    const { title, text, user } = request;
    const pages = this.pages.withDatabase(trx);
    const existing = await pages.getPageByTitle(title);
    if (existing !== null && request.createOnly === true) {
      throw new HostError('articleexists', 'The article you tried to create has been created already.');
    }
    if (existing === null && request.noCreate === true) {
      throw new HostError('missingtitle', "The page you specified doesn't exist.");
    }
    if (existing !== null) {
      const current = await pages.getRevisionById(existing.latestRevisionId);
      if (current !== null && current.text === text) return { result: 'nochange', page: existing, revision: current };
    }

    attempt.creating = existing === null;
    const pageId =
      existing?.id ??
      (await trx.insert('page', {
        page_namespace: title.namespace,
        page_title: title.dbKey,
        page_latest: 0,
        page_touched: change.timestamp,
        page_len: change.size,
      }));
    const parentId = existing?.latestRevisionId ?? 0;
    const revisionId = await trx.insert('revision', {
      rev_page: pageId,
      rev_user: user.id,
      rev_user_text: user.name,
      rev_timestamp: change.timestamp,
      rev_len: change.size,
      rev_parent_id: parentId,
      rev_comment: change.summary,
      rev_text: text,
    });
    // Compare-and-set on page_latest: if another save moved it since we read it, ours would silently drop theirs.
    const moved = await trx.kysely
      .updateTable('page')
      .set({ page_latest: revisionId, page_touched: change.timestamp, page_len: change.size })
      .where('page_id', '=', pageId)
      .where('page_latest', '=', existing === null ? 0 : parentId)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw editConflict();

    const page: PageRecord = { id: pageId, title, latestRevisionId: revisionId, touched: change.timestamp, length: change.size };
    const revision: RevisionRecord = {
      id: revisionId,
      pageId,
      user: { id: user.id, name: user.name },
      timestamp: change.timestamp,
      size: change.size,
      parentId,
      comment: change.summary,
      text,
    };
    return { result: existing === null ? 'created' : 'edited', page, revision };
  }

  /**
   * A save that failed while creating a page that exists now lost a race against another save of the same title (the
   * unique index refused the second page row): that is an edit conflict, not a server error.
   */
  private async explainLostRace(error: unknown, request: EditRequest): Promise<unknown> {
    if (error instanceof HostError) return error;
    const nowExists = await this.pages.getPageByTitle(request.title).catch(() => null);
    if (nowExists === null) return error;
    return request.createOnly === true
      ? new HostError('articleexists', 'The article you tried to create has been created already.')
      : editConflict();
  }
}

function editConflict(): HostError {
  return new HostError('editconflict', 'Edit conflict: someone else saved this page at the same time. Load it again and redo your edit.', 409);
}

/** Cuts a summary to MediaWiki's 500 characters (code points), marking the cut with "...". */
function truncateSummary(summary: string): string {
  const characters = Array.from(summary);
  return characters.length <= MAX_SUMMARY_CHARACTERS ? summary : `${characters.slice(0, MAX_SUMMARY_CHARACTERS - 3).join('')}...`;
}
