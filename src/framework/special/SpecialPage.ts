import type { UserIdentity } from '../core/UserIdentity';
import type { SafeHtml } from '../html/html';

/**
 * One request to an extension's special page (`SpecialPages` in extension.json), as the host hands it over. It is
 * host-agnostic: no HTTP framework types, only what a MediaWiki `SpecialPage` reads from its context.
 *
 * @public
 */
export interface SpecialPageRequest {
  /** `GET` (also for HEAD) or `POST`. */
  readonly method: 'GET' | 'POST';
  /** What follows the first slash of the title, spaces for underscores (`Special:EditEventRegistration/7` -> `7`); '' if none. */
  readonly subpage: string;
  /** Who is asking; anonymous visitors have id 0. */
  readonly user: UserIdentity;
  /** The language to render in (the wiki's `wgLanguageCode` for now). */
  readonly language: string;
  /** A form field, else a query parameter; the first value when repeated (MediaWiki's `WebRequest::getVal`). */
  param(name: string): string | undefined;
  /** Every value of a form field or query parameter (checkbox groups, multi-selects); [] when absent. */
  params(name: string): string[];
  /** The session's CSRF token, for a hidden `wpEditToken` field. */
  editToken(): string;
  /** Whether `token` is the session's CSRF token. Check it on every POST before changing anything. */
  matchEditToken(token: string | undefined): boolean;
}

/** A page to show. @public */
export interface SpecialPageView {
  kind: 'page';
  /** Plain text; the host escapes it into the heading and the document title. */
  heading: string;
  body: SafeHtml;
  /** Default 200. */
  status?: number;
  /** `ResourceModules` names whose scripts and styles the page loads (MediaWiki's `OutputPage::addModules`). */
  modules?: string[];
}

/** A redirect (303 after a POST unless given). @public */
export interface SpecialPageRedirect {
  kind: 'redirect';
  location: string;
  status?: 301 | 302 | 303;
}

/** The page needs a logged-in user: the host sends the visitor to log in and come back. @public */
export interface SpecialPageLoginRequired {
  kind: 'login-required';
  /** Message key explaining why, shown above the login form; default: a generic "you need to log in" text. */
  reasonMessage?: string;
}

/** @public */
export type SpecialPageOutput = SpecialPageView | SpecialPageRedirect | SpecialPageLoginRequired;

/**
 * What a `SpecialPages` entry of extension.json builds (an ObjectFactory spec, so it can ask for services). The
 * host calls `execute` for GET and POST alike; the page tells them apart by `request.method`.
 *
 * @public
 */
export interface SpecialPageHandler {
  execute(request: SpecialPageRequest): Promise<SpecialPageOutput>;
}

/** Whether a value built from a `SpecialPages` spec can serve requests. @public */
export function isSpecialPageHandler(value: unknown): value is SpecialPageHandler {
  return typeof value === 'object' && value !== null && typeof (value as SpecialPageHandler).execute === 'function';
}
