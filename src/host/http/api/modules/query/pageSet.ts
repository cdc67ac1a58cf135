import type { PageRecord } from '../../../../../framework/core/PageLookup';
import { HostError } from '../../../../HostError';
import { HostTitleParser } from '../../../../pages/HostTitleParser';
import { ApiError } from '../../ApiError';
import type { ApiContext } from '../../ApiModule';

/** One page of `titles=` or `pageids=`: its output entry and, when it exists, its record. */
export interface QueryPage {
  /** `{pageid, ns, title}`, `{ns, title, missing}` or `{title, invalidreason, invalid}`; prop modules add to it. */
  readonly entry: Record<string, unknown>;
  readonly record: PageRecord | null;
}

/** The pages a query works on (MediaWiki's ApiPageSet, without generators and redirects). */
export interface PageSet {
  readonly pages: QueryPage[];
  /** Titles the client wrote differently from their canonical form: `[{from: "foo_bar", to: "Foo bar"}]`. */
  readonly normalized: { from: string; to: string; fromencoded: boolean }[];
}

/**
 * Resolves `titles` or `pageids` (not both). Returns null when neither was given, so a meta-only query has no
 * `pages` member.
 *
 * @throws ApiError `multisource` when both are given; `badinteger` for a page id that is not a number.
 */
export async function resolvePageSet(context: ApiContext): Promise<PageSet | null> {
  const { params } = context;
  const titles = params.list('titles');
  const pageIds = params.list('pageids');
  if (titles.length > 0 && pageIds.length > 0) {
    throw new ApiError('multisource', 'Cannot use "pageids" at the same time as "titles".');
  }
  if (titles.length > 0) return byTitle(context, titles);
  if (pageIds.length > 0) return byId(context, pageIds);
  return null;
}

/** `query.pages`: an array in formatversion 2, an object keyed by page id (negative for missing titles) in 1. */
export function pagesResult(context: ApiContext, pages: readonly QueryPage[]): unknown {
  if (context.formatVersion === 2) return pages.map((page) => page.entry);
  let missing = 0;
  const key = (page: QueryPage) => (typeof page.entry.pageid === 'number' ? page.entry.pageid : --missing);
  return Object.fromEntries(pages.map((page) => [String(key(page)), page.entry]));
}

async function byTitle(context: ApiContext, texts: readonly string[]): Promise<PageSet> {
  const { host } = context;
  const pages: QueryPage[] = [];
  const normalized: PageSet['normalized'] = [];
  for (const text of texts) {
    let title;
    try {
      title = host.titles.parseTitle(text);
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      pages.push({ entry: { title: text, invalidreason: error.message, invalid: true }, record: null });
      continue;
    }
    if (title.prefixedText !== text) normalized.push({ from: text, to: title.prefixedText, fromencoded: false });
    // Special and Media titles name generated pages, never stored ones.
    const record = HostTitleParser.canExist(title) ? await host.pages.getPageByTitle(title) : null;
    const entry =
      record === null
        ? { ns: title.namespace, title: title.prefixedText, missing: true }
        : { pageid: record.id, ns: title.namespace, title: title.prefixedText };
    pages.push({ entry, record });
  }
  return { pages, normalized };
}

async function byId(context: ApiContext, ids: readonly string[]): Promise<PageSet> {
  const pages: QueryPage[] = [];
  for (const raw of ids) {
    if (!/^\d+$/.test(raw)) throw ApiError.badInteger('pageids', raw);
    const record = await context.host.pages.getPageById(Number(raw));
    const entry =
      record === null
        ? { pageid: Number(raw), missing: true }
        : { pageid: record.id, ns: record.title.namespace, title: record.title.prefixedText };
    pages.push({ entry, record });
  }
  return { pages, normalized: [] };
}
