import type { SafeHtml } from '../../src/framework/html/html';

/** The page being viewed, for the `ArticleViewHeader` hook. @public */
export interface ViewedPage {
  namespace: number;
  /** Database key without the namespace, e.g. `Spring_edit-a-thon`. */
  dbKey: string;
  /** Title as shown, with the namespace, e.g. `Event:Spring edit-a-thon`. */
  prefixedText: string;
}

/** Who views the page: id 0 and the IP address as name for an anonymous visitor. @public */
export interface PageViewer {
  id: number;
  name: string;
}

/** One view of a page, before its text is shown; the argument of `ArticleViewHeader`. @public */
export interface ArticleViewHeaderData {
  readonly title: ViewedPage;
  /** Whether the page exists. The host's view action runs the hook only for existing pages, so there it is true. */
  readonly exists: boolean;
  readonly viewer: PageViewer;
  /** The language to render in (the wiki's `wgLanguageCode`). */
  readonly language: string;
  /**
   * Adds markup above the page text, after what earlier handlers added. Only `SafeHtml` (from the `html` tag of
   * src/framework/html/html.ts) is accepted, so every interpolated value is escaped; anything else throws.
   */
  addHtml(html: SafeHtml): void;
}
