import { API_TOKEN_TYPES, type ApiTokenType, issueApiToken } from '../../apiTokens';
import type { QueryMetaModule } from './QuerySubmodule';

/**
 * `meta=tokens` (ApiQueryTokens): `type=csrf|login|...` (default `csrf`) gives
 * `{"tokens": {"csrftoken": "...", "logintoken": "..."}}`. Asking for a login or account-creation token starts a
 * session, as in MediaWiki.
 */
export const tokensModule: QueryMetaModule = {
  name: 'tokens',
  async execute({ params, session, warn }, query) {
    const types: readonly ApiTokenType[] =
      params.string('type') === undefined ? ['csrf'] : params.knownValues('type', API_TOKEN_TYPES, (text) => warn('tokens', text));
    query.tokens = Object.fromEntries(types.map((type) => [`${type}token`, issueApiToken(session, type)]));
  },
};
