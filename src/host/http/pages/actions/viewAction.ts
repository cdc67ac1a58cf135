import type { Title } from '../../../../framework/core/Title';
import { deferPageView } from '../deferPageView';
import { html, type SafeHtml } from '../html';
import { type PageContext, type PageOutput, renderedPage } from '../PageContext';
import { renderPageText } from '../renderPageText';
import { whatThisWikiOffers } from '../whatThisWikiOffers';
import { indexUrl } from '../wikiUrls';
import { editRefusal } from './editRefusal';

/** `action=view`: the current text, or a notice for a missing page; the main page adds what the wiki offers. */
export async function viewAction(ctx: PageContext, title: Title): Promise<PageOutput> {
  const { pages } = ctx.host;
  const page = await pages.getPageByTitle(title);
  const revision = page ? await pages.getRevisionById(page.latestRevisionId) : null;
  deferPageView(ctx, title, page?.id ?? 0, 'view');

  const isMainPage = title.namespace === 0 && title.dbKey === 'Main_Page';
  const content = revision ? renderPageText(revision.text) : await missingPageNotice(ctx, title);
  const body = html`${content}${isMainPage ? whatThisWikiOffers(ctx.host.wiki) : null}`;
  return renderedPage(title.prefixedText, body, { title, status: page || isMainPage ? 200 : 404 });
}

async function missingPageNotice(ctx: PageContext, title: Title): Promise<SafeHtml> {
  const canEdit = (await editRefusal(ctx, title)) === null;
  return html`<p class="missing">This page does not exist yet.${
    canEdit ? html` <a href="${indexUrl(title, { action: 'edit' })}">Create this page</a>.` : null
  }</p>`;
}
