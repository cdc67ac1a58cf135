import { isRegistered } from '../../../../../framework/core/UserIdentity';
import type { QueryMetaModule } from './QuerySubmodule';

/** The `uiprop` values this host answers; the rest of MediaWiki's list comes with the full Userinfo. */
const PROPERTIES = ['groups', 'rights'] as const;

/**
 * `meta=userinfo` (ApiQueryUserInfo): who the request runs as. `{"id": 0, "name": "127.0.0.1", "anon": true}` for an
 * anonymous visitor; `uiprop=groups` lists the effective groups (with `*` and `user`), `uiprop=rights` the rights.
 */
export const userInfoModule: QueryMetaModule = {
  name: 'userinfo',
  async execute({ host, params, session, warn }, query) {
    const properties = params.knownValues('uiprop', PROPERTIES, (text) => warn('userinfo', text));
    const user = session.user;
    const info: Record<string, unknown> = { id: user.id, name: user.name };
    if (!isRegistered(user)) info.anon = true;
    if (properties.includes('groups')) info.groups = await host.groups.getUserEffectiveGroups(user);
    if (properties.includes('rights')) info.rights = await host.permissions.getUserPermissions(user);
    query.userinfo = info;
  },
};
