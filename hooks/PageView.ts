import { defineHook, type HookInterface } from '../src/framework/hooks/defineHook';
import type { PageViewData } from './data/PageViewData';

/** Runs on every page view and redirect the host serves. @public */
export const PageView = defineHook<[view: PageViewData]>()({
  name: 'PageView',
  args: [
    {
      name: 'view',
      type: 'PageViewData',
      description: 'The viewer (null when anonymous), the page, the request and whether it was a redirect.',
    },
  ],
  abortable: false,
  mode: 'async',
  errorPolicy: 'isolate',
  since: '0.1.0',
  description:
    'Runs after the host has served a page view or a redirect. Handlers typically record the view in storage, so the ' +
    'hook is async; a failing handler is logged and never breaks the page view.',
});

/** Implemented by handlers of `PageView`. @public */
export type PageViewHook = HookInterface<typeof PageView>;
