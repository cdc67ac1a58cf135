import { expect } from 'chai';
import { ManualClock } from '../../../../src/framework/core/Clock';
import { anonymousUser } from '../../../../src/framework/core/UserIdentity';
import type { Database } from '../../../../src/framework/db/Database';
import { BlockStore } from '../../../../src/host/blocks/BlockStore';
import { EditPermissions } from '../../../../src/host/pages/EditPermissions';
import { HostTitleParser } from '../../../../src/host/pages/HostTitleParser';
import { CORE_AVAILABLE_RIGHTS, CORE_GROUP_PERMISSIONS, type GroupPermissionsMap } from '../../../../src/host/permissions/coreRights';
import { HostPermissionManager } from '../../../../src/host/permissions/HostPermissionManager';
import { SqlUserGroupManager } from '../../../../src/host/users/SqlUserGroupManager';
import { describeEachDatabase } from '../../../support/databases';
import { expectHostError } from '../users/expectHostError';
import { userStoreOn } from '../users/userFixtures';

/** EditPermissions on the real rights and blocks of `db`, with core's rights unless `grants`/`revokes` say otherwise. */
function editPermissionsOn(db: Database, rights: { grants?: GroupPermissionsMap; revokes?: GroupPermissionsMap } = {}) {
  const clock = new ManualClock('2026-03-01T12:00:00Z');
  const groups = new SqlUserGroupManager(db, clock);
  const permissions = new HostPermissionManager(groups, rights.grants ?? CORE_GROUP_PERMISSIONS, rights.revokes ?? {}, CORE_AVAILABLE_RIGHTS);
  const blocks = new BlockStore(db, clock);
  const { users } = userStoreOn(db, clock);
  return { clock, groups, blocks, users, editPermissions: new EditPermissions(permissions, blocks) };
}

const titles = new HostTitleParser([{ id: 1728, name: 'Event' }]);
const fair = titles.parseTitle('Event:Spring fair');

describeEachDatabase('EditPermissions', (ctx) => {
  it("lets registered and anonymous users edit with core's rights", async () => {
    const { users, editPermissions } = editPermissionsOn(ctx.db());
    const alice = await users.createUser('Alice', 'alice-password-1');
    await editPermissions.assertCanEdit(alice, fair);
    await editPermissions.assertCanEdit(anonymousUser(), fair);
  });

  it('refuses users whose groups do not grant "edit"', async () => {
    const { users, groups, editPermissions } = editPermissionsOn(ctx.db(), {
      grants: { '*': { read: true }, editor: { edit: true } },
    });
    const alice = await users.createUser('Alice', 'alice-password-1');

    const error = await expectHostError(
      () => editPermissions.assertCanEdit(alice, fair),
      'permissiondenied',
      "You don't have permission to edit this page",
    );
    expect(error.httpStatus).to.equal(403);
    await expectHostError(() => editPermissions.assertCanEdit(anonymousUser(), fair), 'permissiondenied');

    await groups.addUserToGroup(alice, 'editor');
    await editPermissions.assertCanEdit(alice, fair);
  });

  it('refuses users whose group has "edit" revoked', async () => {
    const { users, groups, editPermissions } = editPermissionsOn(ctx.db(), { revokes: { readonly: { edit: true } } });
    const alice = await users.createUser('Alice', 'alice-password-1');
    await groups.addUserToGroup(alice, 'readonly');
    await expectHostError(() => editPermissions.assertCanEdit(alice, fair), 'permissiondenied');
  });

  it('refuses blocked users until the block expires', async () => {
    const { users, blocks, clock, editPermissions } = editPermissionsOn(ctx.db());
    const admin = await users.createUser('Admin', 'admin-password-1');
    const vandal = await users.createUser('Vandal', 'vandal-password-1');
    await blocks.block(vandal, admin, { reason: 'spam', expiry: '1 day' });

    const error = await expectHostError(() => editPermissions.assertCanEdit(vandal, fair), 'blocked', 'You have been blocked from editing.');
    expect(error.httpStatus).to.equal(403);

    clock.advance(24 * 3600);
    await editPermissions.assertCanEdit(vandal, fair);
  });

  it('refuses Special pages whatever the rights', async () => {
    const { users, editPermissions } = editPermissionsOn(ctx.db());
    const alice = await users.createUser('Alice', 'alice-password-1');
    await expectHostError(() => editPermissions.assertCanEdit(alice, titles.parseTitle('Special:RunJobs')), 'invalidtitle', 'Special namespace');
  });
});
