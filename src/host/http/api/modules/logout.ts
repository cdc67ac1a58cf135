import type { ApiModule } from '../ApiModule';

/**
 * `action=logout` (ApiLogout): ends the session, with a CSRF token since MediaWiki 1.34 so no other site can log
 * its visitors out. The answer is an empty object.
 */
export const logoutModule: ApiModule = {
  name: 'logout',
  mustBePosted: true,
  token: { type: 'csrf', parameter: 'token' },
  isWrite: false,
  async execute({ session }) {
    await session.logout();
    return {};
  },
};
