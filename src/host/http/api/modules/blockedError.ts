import { mwTimestampToIso } from '../../../../framework/core/MwTimestamp';
import type { UserIdentity } from '../../../../framework/core/UserIdentity';
import type { Host } from '../../../boot/bootHost';
import { ApiError } from '../ApiError';
import { formatExpiry } from '../formatExpiry';

/**
 * MediaWiki's `blocked` error, with the `blockinfo` clients show to the blocked user (ApiBlockInfoTrait): who
 * blocked them, why, and until when.
 */
export async function blockedError(host: Host, user: UserIdentity): Promise<ApiError> {
  const block = await host.blocks.getBlock(user);
  const blockinfo =
    block === null
      ? undefined
      : {
          blockid: block.id,
          blockedby: block.by.name,
          blockedbyid: block.by.id,
          blockreason: block.reason,
          blockedtimestamp: mwTimestampToIso(block.timestamp),
          blockexpiry: formatExpiry(block.expiry),
          blockpartial: !block.sitewide,
        };
  return new ApiError('blocked', 'You have been blocked from editing.', blockinfo === undefined ? {} : { blockinfo });
}
