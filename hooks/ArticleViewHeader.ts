import { defineHook, type HookInterface } from '../src/framework/hooks/defineHook';
import type { ArticleViewHeaderData } from './data/ArticleViewHeaderData';

/** Lets extensions add content above the text of a page being viewed. @public */
export const ArticleViewHeader = defineHook<[view: ArticleViewHeaderData]>()({
  name: 'ArticleViewHeader',
  args: [
    {
      name: 'view',
      type: 'ArticleViewHeaderData',
      description:
        'The page (`title`, `exists`), the viewer (id 0 when anonymous), the language, and `addHtml(html)` to add ' +
        'markup (`SafeHtml` only) above the page text.',
    },
  ],
  abortable: false,
  mode: 'async',
  errorPolicy: 'isolate',
  since: '0.1.0',
  description:
    "Runs while an existing page is viewed, before its text is shown, as MediaWiki's ArticleViewHeader. Not run for " +
    'a redirect page that answers with a redirect to its target (`redirect=no` shows the page and runs it). What ' +
    'handlers add goes between the heading and the page text, in the order they ran. A failing handler is logged and ' +
    'the page still shows.',
});

/** Implemented by handlers of `ArticleViewHeader`. @public */
export type ArticleViewHeaderHook = HookInterface<typeof ArticleViewHeader>;
