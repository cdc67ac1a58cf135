import { ApiError } from '../ApiError';
import type { ApiModule } from '../ApiModule';
import { findTargetUser } from './targetUser';

/**
 * `action=unblock` (ApiUnblock): lifts the block on `user`. Needs the `block` right, as in MediaWiki, and a CSRF
 * token. Answers `{"unblock": {"id", "user", "userid", "reason"}}`; `cantunblock` when there is no block to lift.
 */
export const unblockModule: ApiModule = {
  name: 'unblock',
  mustBePosted: true,
  token: { type: 'csrf', parameter: 'token' },
  isWrite: true,
  async execute({ host, params, session }) {
    if (!(await host.permissions.userHasRight(session.user, 'block'))) {
      throw new ApiError('permissiondenied', "You don't have permission to unblock users.");
    }
    const target = await findTargetUser(host, params.required('user'));
    // There is no block log on this host to keep the reason in; it is echoed as MediaWiki does.
    const reason = params.string('reason') ?? '';
    const lifted = await host.blocks.unblock(target);
    return { unblock: { id: lifted.id, user: lifted.target.name, userid: lifted.target.id, reason } };
  },
};
