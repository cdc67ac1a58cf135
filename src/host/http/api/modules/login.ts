import { HostError } from '../../../HostError';
import type { ApiModule } from '../ApiModule';
import { isValidApiToken } from '../apiTokens';

/**
 * `action=login` with `lgname`, `lgpassword` and `lgtoken` (a login token from `meta=tokens&type=login`), as
 * MediaWiki's ApiLogin answers it since 1.27: the outcome is in `login.result`, never an API error.
 *
 * - no `lgtoken`: `NeedToken` with a fresh `token` (the pre-1.27 two-step login);
 * - a token, but no session it could belong to: `Failed` (the session was lost);
 * - a token of another session: `WrongToken`;
 * - wrong name or password: `Failed` with the reason;
 * - else `Success` with `lguserid` and `lgusername`, and the session (cookie) is logged in, for the API, the pages
 *   and the REST routes alike.
 */
export const loginModule: ApiModule = {
  name: 'login',
  mustBePosted: true,
  token: null,
  isWrite: false,
  async execute({ host, params, session }) {
    const name = params.string('lgname') ?? '';
    const password = params.string('lgpassword') ?? '';
    const token = params.string('lgtoken');
    if (token === undefined || token === '') {
      return { login: { result: 'NeedToken', token: session.loginToken() } };
    }
    if (!session.exists) {
      return { login: { result: 'Failed', reason: 'Unable to continue login. Your session most likely timed out.' } };
    }
    if (!isValidApiToken(session, 'login', token)) return { login: { result: 'WrongToken' } };

    try {
      const user = await host.users.authenticate(name, password);
      await session.login(user);
      return { login: { result: 'Success', lguserid: user.id, lgusername: user.name } };
    } catch (error) {
      if (error instanceof HostError) return { login: { result: 'Failed', reason: error.message } };
      throw error;
    }
  },
};
