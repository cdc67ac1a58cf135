import { ApiError } from '../ApiError';
import type { ApiModule } from '../ApiModule';
import { formatExpiry } from '../formatExpiry';
import { findTargetUser } from './targetUser';

/**
 * `action=block` (ApiBlock) for accounts: a sitewide block of `user` until `expiry` (default `never`; durations such
 * as `1 week` work) with a `reason`; `reblock` replaces a block already there. Needs the `block` right and a CSRF
 * token. The host has no partial, IP or autoblocks, so those parameters are not accepted (and warned about).
 */
export const blockModule: ApiModule = {
  name: 'block',
  mustBePosted: true,
  token: { type: 'csrf', parameter: 'token' },
  isWrite: true,
  async execute({ host, params, session }) {
    if (!(await host.permissions.userHasRight(session.user, 'block'))) {
      throw ApiError.permissionDenied('block this user from editing');
    }
    const target = await findTargetUser(host, params.required('user'));
    const reason = params.string('reason') ?? '';
    const block = await host.blocks.block(target, session.user, {
      expiry: params.string('expiry') ?? 'never',
      reason,
      reblock: params.flag('reblock'),
    });
    return {
      block: {
        user: block.target.name,
        userID: block.target.id,
        expiry: formatExpiry(block.expiry),
        id: block.id,
        reason: block.reason,
        partial: !block.sitewide,
      },
    };
  },
};
