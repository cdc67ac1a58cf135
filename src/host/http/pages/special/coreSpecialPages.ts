import { createAccountPage } from './createAccountPage';
import type { SpecialPage } from './SpecialPageTable';
import { userLoginPage } from './userLoginPage';
import { userLogoutPage } from './userLogoutPage';

/** The special pages the host itself serves. (`Special:RunJobs` is a POST endpoint of the action API module.) @public */
export const CORE_SPECIAL_PAGES: Readonly<Record<string, SpecialPage>> = {
  UserLogin: userLoginPage,
  UserLogout: userLogoutPage,
  CreateAccount: createAccountPage,
};
