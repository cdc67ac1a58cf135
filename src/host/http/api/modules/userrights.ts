import { INFINITY } from '../../../../framework/core/MwTimestamp';
import { parseFutureExpiry } from '../../../users/parseExpiry';
import { ApiError } from '../ApiError';
import type { ApiModule } from '../ApiModule';
import { findTargetUser } from './targetUser';

/**
 * `action=userrights` (ApiUserrights): adds the `user` to the groups in `add` (until `expiry`: one value for all, or
 * one per group; default `infinite`) and removes them from those in `remove`. Needs the `userrights` right and a
 * `userrights` token. Unknown group names are dropped with a warning, as MediaWiki does. The answer lists what
 * changed: `{"user", "userid", "added": [...], "removed": [...]}`.
 */
export const userRightsModule: ApiModule = {
  name: 'userrights',
  mustBePosted: true,
  token: { type: 'userrights', parameter: 'token' },
  isWrite: true,
  async execute({ host, params, session, warn }) {
    if (!(await host.permissions.userHasRight(session.user, 'userrights'))) {
      throw ApiError.permissionDenied('edit all user rights');
    }
    const groups = host.permissions.getAllGroups();
    const add = params.knownValues('add', groups, (text) => warn('userrights', text));
    const remove = params.knownValues('remove', groups, (text) => warn('userrights', text));
    const expiries = expiriesFor(add, params.string('expiry') === undefined ? ['infinite'] : params.list('expiry'));
    const now = host.clock.now();
    const expiryOf = new Map(add.map((group, i) => [group, parseFutureExpiry(expiries[i], now)]));
    // There is no user-rights log on this host to keep the reason in.
    params.string('reason');
    const user = await findTargetUser(host, params.required('user'));

    const removed: string[] = [];
    for (const group of remove) if (await host.groups.removeUserFromGroup(user, group)) removed.push(group);
    const added: string[] = [];
    for (const group of add) {
      const expiry = expiryOf.get(group)!;
      if (await host.groups.addUserToGroup(user, group, expiry === INFINITY ? null : expiry)) added.push(group);
    }
    return { userrights: { user: user.name, userid: user.id, added, removed } };
  },
};

/** One expiry per added group: a single one applies to all (MediaWiki's rule). @throws ApiError `toofewexpiries`. */
function expiriesFor(add: readonly string[], expiries: readonly string[]): readonly string[] {
  if (add.length === 0 || expiries.length === add.length) return expiries;
  if (expiries.length === 1) return add.map(() => expiries[0]);
  throw new ApiError(
    'toofewexpiries',
    `${expiries.length} expiry ${expiries.length === 1 ? 'timestamp was' : 'timestamps were'} provided where ${add.length} ${add.length === 1 ? 'was' : 'were'} needed.`,
  );
}
