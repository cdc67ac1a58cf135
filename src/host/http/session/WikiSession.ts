import type { UserIdentity } from '../../../framework/core/UserIdentity';

/**
 * The session of one request, as `request.wikiSession`. Sessions live in the object stash under a random id that the
 * `wikiext_session` cookie carries; a visitor gets one on login, or on demand when a form needs a login or
 * account-creation token.
 *
 * Tokens follow MediaWiki: `hex(HMAC-MD5(sessionSecret, salt)) + '+\'`. Logged-in users' CSRF tokens are bound to
 * their session; anonymous visitors share the CSRF token `+\`, which is what MediaWiki accepts for anonymous edits.
 * Login and account-creation tokens are always bound to a session, so they work before login.
 *
 * @public
 */
export interface WikiSession {
  /** The logged-in user, or an anonymous user (id 0, named by the client's IP address). */
  readonly user: UserIdentity;
  /** Whether the request carries a live session. */
  readonly exists: boolean;
  /**
   * The token for `salt` (see {@link TokenSalts}). For `login` and `createaccount` a session is created if there is
   * none; for the others an anonymous visitor gets `+\`.
   */
  csrfToken(salt?: string): string;
  /** Whether `token` is the token {@link csrfToken} gives for `salt`, compared in constant time; never creates a session. */
  checkToken(token: unknown, salt?: string): boolean;
  /** `csrfToken('login')`. */
  loginToken(): string;
  /**
   * Logs `user` in under a new session id and secret (so an id planted before login is worth nothing: session
   * fixation) and sets the cookie.
   */
  login(user: UserIdentity): Promise<void>;
  /** Deletes the session from the stash and clears the cookie; the request continues as an anonymous visitor. */
  logout(): Promise<void>;
}

/** MediaWiki's token salts by token type (`action=query&meta=tokens&type=...`). @public */
export const TokenSalts = {
  csrf: '',
  login: 'login',
  createaccount: 'createaccount',
  userrights: 'userrights',
} as const;

/** The CSRF token of anonymous visitors, as MediaWiki's `LoggedOutEditToken`: a plus sign and a backslash. @public */
export const ANONYMOUS_CSRF_TOKEN = '+\\';

/** The cookie that carries the session id. @public */
export const SESSION_COOKIE = 'wikiext_session';

/** How long an unused session lives, in seconds (MediaWiki's `$wgObjectCacheSessionExpiry` is one hour; we keep a day). */
export const SESSION_TTL_SECONDS = 24 * 60 * 60;
