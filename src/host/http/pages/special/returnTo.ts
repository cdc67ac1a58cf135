import { articleUrl } from '../wikiUrls';
import type { PageContext } from '../PageContext';

/**
 * Where to go after login, logout or sign-up: the `returnto` page if it is a valid title, else the main page. Only
 * a parsed title becomes a URL, so `returnto` cannot send anyone to another site.
 */
export function returnToUrl(ctx: PageContext): string {
  const target = ctx.param('returnto');
  if (target) {
    try {
      return articleUrl(ctx.host.titles.parseTitle(target));
    } catch {
      // An invalid returnto is ignored, as in MediaWiki.
    }
  }
  return articleUrl('Main_Page');
}
