import type { Title } from '../../../../framework/core/Title';
import { articleViewHeader } from '../articleViewHeader';
import { deferPageView } from '../deferPageView';
import { html, type SafeHtml } from '../html';
import { HostError } from '../../../HostError';
import { type PageContext, type PageOutput, redirectTo, renderedPage } from '../PageContext';
import { renderPageText } from '../renderPageText';
import { whatThisWikiOffers } from '../whatThisWikiOffers';
import { indexUrl } from '../wikiUrls';
import { editRefusal } from './editRefusal';

/** MediaWiki's redirect syntax: a page whose text starts with `#REDIRECT [[Target]]`. */
const REDIRECT = /^#REDIRECT\s*:?\s*\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/i;

/**
 * `action=view`: the current text, below what `ArticleViewHeader` handlers add, or a notice for a missing page (no
 * hook, as in MediaWiki); the main page adds what the wiki offers. A redirect page answers with an HTTP redirect to
 * its target (`redirect=no` shows the redirect page itself), and the target says where the reader came from.
 */
export async function viewAction(ctx: PageContext, title: Title): Promise<PageOutput> {
  const { pages } = ctx.host;
  const page = await pages.getPageByTitle(title);
  const revision = page ? await pages.getRevisionById(page.latestRevisionId) : null;
  const target = revision && ctx.param('redirect') !== 'no' ? redirectTarget(ctx, revision.text) : null;
  deferPageView(ctx, title, page?.id ?? 0, 'view', target !== null);
  if (target !== null) return redirectTo(indexUrl(target, { redirectfrom: title.prefixedDbKey }), 302);

  const isMainPage = title.namespace === 0 && title.dbKey === 'Main_Page';
  const header = revision ? await articleViewHeader(ctx, title) : null;
  const content = revision ? renderPageText(revision.text) : await missingPageNotice(ctx, title);
  const from = ctx.param('redirectfrom');
  const note = from ? html`<p class="redirected-from">(Redirected from <a href="${indexUrl(from, { redirect: 'no' })}">${from.replace(/_/g, ' ')}</a>)</p>` : null;
  const body = html`${note}${header}${content}${isMainPage ? whatThisWikiOffers(ctx.host.wiki) : null}`;
  return renderedPage(title.prefixedText, body, { title, status: page || isMainPage ? 200 : 404 });
}

/** The title a redirect page points to; null for other pages and for a target that is not a valid title. */
function redirectTarget(ctx: PageContext, text: string): Title | null {
  const m = REDIRECT.exec(text);
  if (m === null) return null;
  try {
    return ctx.host.titles.parseTitle(m[1]);
  } catch (error) {
    if (error instanceof HostError) return null;
    throw error;
  }
}

async function missingPageNotice(ctx: PageContext, title: Title): Promise<SafeHtml> {
  const canEdit = (await editRefusal(ctx, title)) === null;
  return html`<p class="missing">This page does not exist yet.${
    canEdit ? html` <a href="${indexUrl(title, { action: 'edit' })}">Create this page</a>.` : null
  }</p>`;
}
