import type { RevisionRecord } from '../../../../framework/core/PageLookup';
import type { Title } from '../../../../framework/core/Title';
import { mwTimestampToIso } from '../../../../framework/core/MwTimestamp';
import { isRegistered } from '../../../../framework/core/UserIdentity';
import { deferPageView } from '../deferPageView';
import { html, type SafeHtml } from '../html';
import { type PageContext, type PageOutput, renderedPage } from '../PageContext';
import { articleUrl } from '../wikiUrls';

/** The newest revisions listed; older ones need paging, which comes when a page has that many. */
const HISTORY_LIMIT = 500;

/** `action=history`: the page's revisions, newest first, with time, author, size and summary. */
export async function historyAction(ctx: PageContext, title: Title): Promise<PageOutput> {
  const page = await ctx.host.pages.getPageByTitle(title);
  deferPageView(ctx, title, page?.id ?? 0, 'history');
  const heading = `Revision history of ${title.prefixedText}`;
  if (!page) return renderedPage(heading, html`<p>There is no edit history for this page: it does not exist yet.</p>`, { title, status: 404 });

  const revisions = await ctx.host.pages.getRevisions(page.id, { limit: HISTORY_LIMIT });
  const rows = revisions.map((rev) => revisionRow(rev, rev.id === page.latestRevisionId));
  return renderedPage(
    heading,
    html`<table class="history"><thead><tr><th>Time (UTC)</th><th>User</th><th>Size</th><th>Summary</th></tr></thead>
<tbody>${rows}</tbody></table>`,
    { title },
  );
}

function revisionRow(rev: RevisionRecord, current: boolean): SafeHtml {
  const time = mwTimestampToIso(rev.timestamp).replace('T', ' ').replace('Z', '');
  const author = isRegistered(rev.user) ? html`<a href="${articleUrl(`User:${rev.user.name}`)}">${rev.user.name}</a>` : html`${rev.user.name}`;
  return html`<tr data-revision="${rev.id}"><td>${time}${current ? ' (current)' : ''}</td><td>${author}</td><td>${rev.size} bytes</td><td>${rev.comment}</td></tr>`;
}
