import type { UserIdentity } from '../core/UserIdentity';

/**
 * One REST request as a handler sees it. The host has already matched the route, parsed the body and, for writes,
 * checked the CSRF token.
 *
 * @public
 */
export interface RestRequest {
  /** Upper case: `GET`, `POST`, `PUT`, `DELETE`, `PATCH`. */
  readonly method: string;
  /** The path relative to `rest.php`, as requested: `/campaignevents/v0/event_registration/7`. */
  readonly path: string;
  /** Values of the `{name}` segments of the route's path template, percent-decoded. */
  readonly pathParams: Readonly<Record<string, string>>;
  /** Query string parameters; a repeated name gives an array. */
  readonly query: Readonly<Record<string, string | string[]>>;
  /**
   * The parsed body: the JSON value of an `application/json` body, the fields of an
   * `application/x-www-form-urlencoded` one, `undefined` when the request has no body.
   */
  readonly body: unknown;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Who is asking; anonymous visitors have id 0. */
  readonly user: UserIdentity;
  /** Whether the request came with a live session (a session cookie the wiki knows). */
  readonly hasSession: boolean;
}

/**
 * What a `RestRoutes` entry builds (MediaWiki's `Handler`). `execute` answers with a {@link RestResponse}, with any
 * other value (sent as JSON, status 200) or with nothing (204). It throws {@link LocalizedHttpError} for errors the
 * client should see; anything else it throws becomes a 500 without details.
 *
 * @public
 */
export interface RestHandler {
  /**
   * Whether a write (POST, PUT, DELETE, PATCH) needs the session's CSRF token in the body field `token`.
   * Default true; GET and HEAD never need one.
   */
  readonly needsToken?: boolean;
  execute(request: RestRequest): unknown;
}

/** Whether a value built from a `RestRoutes` spec can serve requests. @public */
export function isRestHandler(value: unknown): value is RestHandler {
  return typeof value === 'object' && value !== null && typeof (value as RestHandler).execute === 'function';
}
