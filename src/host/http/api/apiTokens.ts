import type { WikiSession } from '../session/WikiSession';

/**
 * Token types of `action=query&meta=tokens` and the session salt of each (MediaWiki's
 * `ApiQueryTokens::getTokenTypeSalts()`). No module here takes a `watch`, `patrol` or `rollback` token; they are
 * handed out because clients ask for every core type in one request (mwn does on login) and would otherwise get an
 * "Unrecognized values" warning each time.
 *
 * @public
 */
export const API_TOKEN_SALTS = {
  createaccount: 'createaccount',
  csrf: '',
  login: 'login',
  patrol: 'patrol',
  rollback: 'rollback',
  userrights: 'userrights',
  watch: 'watch',
} as const;

/** @public */
export type ApiTokenType = keyof typeof API_TOKEN_SALTS;

/** @public */
export const API_TOKEN_TYPES = Object.keys(API_TOKEN_SALTS) as ApiTokenType[];

/**
 * The token of `type` for this session. `login` and `createaccount` tokens are bound to a session, which is created
 * if there is none; the others are `+\` for anonymous visitors, as in MediaWiki.
 */
export function issueApiToken(session: WikiSession, type: ApiTokenType): string {
  return session.csrfToken(API_TOKEN_SALTS[type]);
}

/** Whether `token` is this session's token of `type` (constant-time). */
export function isValidApiToken(session: WikiSession, type: ApiTokenType, token: string): boolean {
  return session.checkToken(token, API_TOKEN_SALTS[type]);
}
