import type { ApiModule } from './ApiModule';
import { blockModule } from './modules/block';
import { createAccountModule } from './modules/createaccount';
import { editModule } from './modules/edit';
import { loginModule } from './modules/login';
import { logoutModule } from './modules/logout';
import { queryModule } from './modules/query';
import { unblockModule } from './modules/unblock';
import { userRightsModule } from './modules/userrights';

/** The `action=` values this host answers (MediaWiki's `$wgAPIModules`, the subset a bot needs). @public */
export const API_MODULES: readonly ApiModule[] = [
  blockModule,
  createAccountModule,
  editModule,
  loginModule,
  logoutModule,
  queryModule,
  unblockModule,
  userRightsModule,
];
