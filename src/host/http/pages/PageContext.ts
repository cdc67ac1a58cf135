import type { FastifyRequest } from 'fastify';
import type { Title } from '../../../framework/core/Title';
import type { Host } from '../../boot/bootHost';
import type { WikiSession } from '../session/WikiSession';
import type { SafeHtml } from './html';

/** Everything a page action or special page needs about the request. @public */
export interface PageContext {
  host: Host;
  request: FastifyRequest;
  session: WikiSession;
  /**
   * A request parameter from the form body or, failing that, the query string (MediaWiki's `WebRequest::getVal`);
   * the first value when it is repeated.
   */
  param(name: string): string | undefined;
}

/** A rendered page: its heading and body, put into the layout by the dispatcher. @public */
export interface RenderedPage {
  kind: 'page';
  /** Shown as the heading and the document title. */
  heading: string;
  body: SafeHtml;
  status?: number;
  /** The page the output is about, for the Read/Edit/History tabs and the login `returnto`. */
  title?: Title;
  /** `ResourceModules` whose styles and scripts the page loads (MediaWiki's `OutputPage::addModules`). */
  modules?: string[];
}

/** A redirect; 303 after a POST so the browser follows with GET. @public */
export interface PageRedirect {
  kind: 'redirect';
  location: string;
  status?: 301 | 302 | 303;
}

/** @public */
export type PageOutput = RenderedPage | PageRedirect;

/** @public */
export function renderedPage(heading: string, body: SafeHtml, options: { status?: number; title?: Title } = {}): RenderedPage {
  return { kind: 'page', heading, body, ...options };
}

/** @public */
export function redirectTo(location: string, status: 301 | 302 | 303 = 303): PageRedirect {
  return { kind: 'redirect', location, status };
}
