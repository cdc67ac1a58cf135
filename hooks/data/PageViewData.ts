import type { HookUser } from './HookUser';

/** One page view (or redirect) as the host served it, for the `PageView` hook. @public */
export interface PageViewData {
  /** The viewer; null for an anonymous visitor. */
  user: HookUser | null;
  page: {
    /** Title as shown, e.g. `Event:Spring edit-a-thon`. */
    text: string;
    /** Database key, e.g. `Spring_edit-a-thon`. */
    dbKey: string;
    namespace: number;
    /** 0 when the page does not exist. */
    id: number;
  };
  request: {
    /** HTTP method, upper case. */
    method: string;
    /** `view`, `edit`, `history`, ... */
    action: string;
    path: string;
    /** Without the leading `?`; empty when there is none. */
    query: string;
  };
  /** The view was answered with a redirect. */
  isRedirect: boolean;
  /** ISO 8601 time of the view. */
  timestamp: string;
}
