import { articleUrl, indexUrl } from '../wikiUrls';
import type { PageContext } from '../PageContext';

/**
 * Where to go after login, logout or sign-up: the `returnto` page if it is a valid title, with `returntoquery` (its
 * query string, as MediaWiki passes it) if any, else the main page. Only a parsed title becomes a URL, and the
 * query is re-encoded after it, so neither can send anyone to another site.
 */
export function returnToUrl(ctx: PageContext): string {
  const target = ctx.param('returnto');
  if (target) {
    try {
      const title = ctx.host.titles.parseTitle(target);
      const query = new URLSearchParams(ctx.param('returntoquery') ?? '');
      query.delete('title');
      return query.size > 0 ? `${indexUrl(title)}&${query.toString()}` : articleUrl(title);
    } catch {
      // An invalid returnto is ignored, as in MediaWiki.
    }
  }
  return articleUrl('Main_Page');
}
