import { HostError } from '../../../HostError';
import { createAccount } from '../../../users/createAccount';
import { ApiError } from '../ApiError';
import type { ApiModule } from '../ApiModule';

/**
 * `action=createaccount` (ApiAMCreateAccount, MediaWiki 1.27+): `username`, `password`, `retype`, optional `email`,
 * the `createtoken` from `meta=tokens&type=createaccount`, and `createreturnurl` (or `createcontinue`) as AuthManager
 * requires. Creating runs the `UserRegistration` hook and does not log anyone in.
 *
 * As in MediaWiki, a refusal is not an API error but `{"status": "FAIL", "message", "messagecode"}`
 * (`userexists`, `badretype`, `invalidusername`, `permissiondenied`...); success is `{"status": "PASS", "username"}`.
 */
export const createAccountModule: ApiModule = {
  name: 'createaccount',
  mustBePosted: true,
  token: { type: 'createaccount', parameter: 'createtoken' },
  isWrite: true,
  async execute({ host, params, session }) {
    const returnUrl = params.string('createreturnurl');
    const continuing = params.flag('createcontinue');
    if (returnUrl === undefined && !continuing) throw ApiError.missingAtLeastOneOf(['createcontinue', 'createreturnurl']);
    // Creation here always finishes in one step (never UI or REDIRECT), so there is nothing to continue.
    if (continuing) {
      return fail(
        'authmanager-create-not-in-progress',
        'Account creation is not in progress or session data has been lost. Please start again from the beginning.',
      );
    }
    const name = params.string('username') ?? '';
    const password = params.string('password') ?? '';
    const retype = params.string('retype');
    const email = params.string('email');
    if (name.trim() === '') return fail('noname', 'You have not specified a valid username.');
    if (retype !== password) return fail('badretype', 'The passwords you entered do not match.');
    try {
      const user = await createAccount(host, session.user, { name, password, email });
      return { createaccount: { status: 'PASS', username: user.name } };
    } catch (error) {
      if (error instanceof HostError) return fail(error.code, error.message);
      throw error;
    }
  },
};

function fail(messagecode: string, message: string): Record<string, unknown> {
  return { createaccount: { status: 'FAIL', message, messagecode } };
}
