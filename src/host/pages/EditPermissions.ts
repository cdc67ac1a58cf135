import type { BlockManager } from '../../framework/core/BlockManager';
import type { PermissionManager } from '../../framework/core/PermissionManager';
import type { Title } from '../../framework/core/Title';
import type { UserIdentity } from '../../framework/core/UserIdentity';
import { HostError } from '../HostError';
import { HostTitleParser } from './HostTitleParser';

/**
 * May this user edit this page? The checks MediaWiki's PermissionManager makes for action=edit, in its order:
 * the page must be editable at all, the user needs the `edit` right, and a sitewide block stops everything.
 *
 * @public
 */
export class EditPermissions {
  constructor(
    private readonly permissions: PermissionManager,
    private readonly blocks: BlockManager,
  ) {}

  /** @throws HostError `invalidtitle` (Special and Media pages), `permissiondenied` (403) or `blocked` (403). */
  async assertCanEdit(user: UserIdentity, title: Title): Promise<void> {
    HostTitleParser.assertCanExist(title);
    if (!(await this.permissions.userHasRight(user, 'edit'))) {
      throw new HostError(
        'permissiondenied',
        "You don't have permission to edit this page: editing needs the \"edit\" right, which your groups do not grant.",
        403,
      );
    }
    const block = await this.blocks.getBlock(user);
    if (block !== null && block.sitewide) {
      throw new HostError('blocked', 'You have been blocked from editing.', 403);
    }
  }
}
