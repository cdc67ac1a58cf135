import type { Title } from '../../../framework/core/Title';
import { SafeHtml } from './html';
import type { PageContext } from './PageContext';

/**
 * Runs the `ArticleViewHeader` hook for an existing page being viewed and returns what handlers added, in order.
 * `addHtml` checks at run time too, since handlers may be plain JavaScript: a string would be unescaped markup.
 */
export async function articleViewHeader(ctx: PageContext, title: Title): Promise<SafeHtml[]> {
  const { host, session } = ctx;
  const added: SafeHtml[] = [];
  await host.wiki.hookRunner.onArticleViewHeader({
    title: { namespace: title.namespace, dbKey: title.dbKey, prefixedText: title.prefixedText },
    exists: true,
    viewer: { id: session.user.id, name: session.user.name },
    language: host.wiki.config.get<string>('LanguageCode'),
    addHtml(html) {
      if (!(html instanceof SafeHtml)) {
        throw new TypeError(
          `ArticleViewHeader: addHtml() takes SafeHtml, not ${html === null ? 'null' : typeof html}; build the markup ` +
            'with the html tag of src/framework/html/html.ts, which escapes what it interpolates.',
        );
      }
      added.push(html);
    },
  });
  return added;
}
