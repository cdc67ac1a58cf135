import { fromMwTimestamp, mwTimestampToIso, toMwTimestamp } from '../../../../framework/core/MwTimestamp';
import type { PageRecord } from '../../../../framework/core/PageLookup';
import type { Title } from '../../../../framework/core/Title';
import type { UserIdentity } from '../../../../framework/core/UserIdentity';
import type { Host } from '../../../boot/bootHost';
import { HostError } from '../../../HostError';
import { ApiError } from '../ApiError';
import type { ApiContext, ApiModule } from '../ApiModule';
import { PAGE_CONTENT_MODEL } from '../pageContentModel';
import { blockedError } from './blockedError';

/**
 * `action=edit` (ApiEdit): saves `text` (or the current text with `prependtext`/`appendtext`) to `title` or
 * `pageid`, with `summary`, `createonly`, `nocreate` and `basetimestamp` edit-conflict detection. Needs the `edit`
 * right and a CSRF token (`+\` for anonymous editors).
 *
 * Answers `{"edit": {"result": "Success", "pageid", "title", "contentmodel", "oldrevid", "newrevid",
 * "newtimestamp"}}`, plus `"new"` for a created page, or `"nochange"` (and no revision ids) when the text was the same.
 */
export const editModule: ApiModule = {
  name: 'edit',
  mustBePosted: true,
  token: { type: 'csrf', parameter: 'token' },
  isWrite: true,
  async execute(context) {
    const { host, params, session } = context;
    const user = session.user;
    const { title, page } = await targetPage(context);
    if (params.string('section') !== undefined) {
      throw new ApiError('sectionsnotsupported', 'Sections are not supported by this wiki. Send the whole page text without "section".');
    }
    const content = contentParams(context);
    const summary = params.string('summary') ?? '';
    const createOnly = params.flag('createonly');
    const noCreate = params.flag('nocreate');
    const baseTimestamp = timestampParam(context, 'basetimestamp');
    // Accepted for compatibility, without effect here: pages are never deleted (starttimestamp guards against that),
    // and neither minor edits nor the bot flag are recorded.
    params.string('starttimestamp');
    params.flag('minor');
    params.flag('bot');

    await assertCanEdit(host, user, title);
    const current = page === null ? null : await host.pages.getRevisionById(page.latestRevisionId);
    if (baseTimestamp !== undefined && current !== null && current.timestamp > baseTimestamp && current.user.name !== user.name) {
      throw new ApiError('editconflict', 'Edit conflict.');
    }
    const text = content.text ?? `${content.prepend ?? ''}${current?.text ?? ''}${content.append ?? ''}`;

    const saved = await host.pageUpdater.edit({ title, text, summary, user, createOnly, noCreate });
    const base = { pageid: saved.page.id, title: saved.page.title.prefixedText, contentmodel: PAGE_CONTENT_MODEL };
    if (saved.result === 'nochange') return { edit: { result: 'Success', ...base, nochange: true } };
    return {
      edit: {
        ...(saved.result === 'created' ? { new: true } : {}),
        result: 'Success',
        ...base,
        oldrevid: saved.revision.parentId,
        newrevid: saved.revision.id,
        newtimestamp: mwTimestampToIso(saved.revision.timestamp),
      },
    };
  },
};

/** `title` or `pageid`, exactly one. */
async function targetPage({ host, params }: ApiContext): Promise<{ title: Title; page: PageRecord | null }> {
  const titleText = params.string('title');
  const pageId = params.integer('pageid');
  if (titleText !== undefined && pageId !== undefined) throw ApiError.invalidParamMix(['title', 'pageid']);
  if (titleText !== undefined) {
    const title = host.titles.parseTitle(titleText);
    return { title, page: await host.pages.getPageByTitle(title) };
  }
  if (pageId === undefined) throw ApiError.missingOneOf(['title', 'pageid']);
  const page = await host.pages.getPageById(pageId);
  if (page === null) throw new ApiError('nosuchpageid', `There is no page with ID ${pageId}.`);
  return { title: page.title, page };
}

/**
 * The new text: `text`, or `prependtext` + current text + `appendtext` (`text` is then ignored, as in MediaWiki).
 *
 * @throws ApiError `missingparam` when none of the three is given.
 */
function contentParams({ params }: ApiContext): { text?: string; prepend?: string; append?: string } {
  const text = params.string('text');
  const prepend = params.string('prependtext');
  const append = params.string('appendtext');
  if (prepend !== undefined || append !== undefined) return { prepend, append };
  if (text === undefined) throw ApiError.missingAtLeastOneOf(['text', 'appendtext', 'prependtext']);
  return { text };
}

/** A timestamp parameter as a 14-digit timestamp: ISO 8601 or 14 digits. @throws ApiError `badtimestamp`. */
function timestampParam({ params }: ApiContext, name: string): string | undefined {
  const value = params.string(name);
  if (value === undefined || value === '') return undefined;
  const date = /^\d{14}$/.test(value) ? safeMwTimestamp(value) : new Date(value);
  if (date === null || Number.isNaN(date.getTime())) {
    throw new ApiError('badtimestamp', `Invalid value "${value}" for timestamp parameter "${name}".`);
  }
  return toMwTimestamp(date);
}

function safeMwTimestamp(value: string): Date | null {
  try {
    return fromMwTimestamp(value);
  } catch {
    return null;
  }
}

/** EditPermissions' verdict, with MediaWiki's block details on `blocked`. */
async function assertCanEdit(host: Host, user: UserIdentity, title: Title): Promise<void> {
  try {
    await host.editPermissions.assertCanEdit(user, title);
  } catch (error) {
    if (error instanceof HostError && error.code === 'blocked') throw await blockedError(host, user);
    throw error;
  }
}
