/**
 * The rights MediaWiki core grants by default (`$wgGroupPermissions` in MainConfigSchema), reduced to what this host
 * does or an extension may ask about. Extensions add theirs through `GroupPermissions` in extension.json, and the
 * site changes any of them with the `GroupPermissions` setting (see mergeGroupPermissions).
 *
 * Unblocking needs `block`, as in MediaWiki; there is no separate `unblock` right. Sysops cannot change user groups:
 * that is what bureaucrats are for.
 */

/** Group -> right -> granted. @public */
export type GroupPermissionsMap = Record<string, Record<string, boolean>>;

const grant = (...rights: string[]): Record<string, boolean> => Object.fromEntries(rights.map((right) => [right, true]));

/** @public */
export const CORE_GROUP_PERMISSIONS: Readonly<GroupPermissionsMap> = {
  '*': grant('createaccount', 'read', 'edit', 'createpage', 'createtalk', 'viewmyprivateinfo', 'editmyprivateinfo', 'editmyoptions'),
  user: grant(
    'move',
    'move-subpages',
    'move-rootuserpages',
    'read',
    'edit',
    'createpage',
    'createtalk',
    'minoredit',
    'upload',
    'reupload',
    'sendemail',
    'applychangetags',
    'changetags',
    'viewmywatchlist',
    'editmywatchlist',
    'editmyusercss',
    'editmyuserjs',
    'editmyuserjson',
    'editcontentmodel',
  ),
  autoconfirmed: grant('autoconfirmed', 'editsemiprotected'),
  bot: grant('bot', 'autoconfirmed', 'editsemiprotected', 'nominornewtalk', 'autopatrol', 'suppressredirect', 'apihighlimits'),
  sysop: grant(
    'block',
    'createaccount',
    'delete',
    'bigdelete',
    'deletedhistory',
    'deletedtext',
    'undelete',
    'deleterevision',
    'deletelogentry',
    'editinterface',
    'editsitejson',
    'edituserjson',
    'move',
    'move-subpages',
    'move-rootuserpages',
    'patrol',
    'autopatrol',
    'protect',
    'editprotected',
    'rollback',
    'upload',
    'reupload',
    'autoconfirmed',
    'editsemiprotected',
    'ipblock-exempt',
    'blockemail',
    'markbotedits',
    'apihighlimits',
    'noratelimit',
    'unblockself',
    'suppressredirect',
    'mergehistory',
    'managechangetags',
    'editcontentmodel',
  ),
  'interface-admin': grant('editinterface', 'editsitecss', 'editsitejson', 'editsitejs', 'editusercss', 'edituserjson', 'edituserjs'),
  bureaucrat: grant('userrights', 'noratelimit'),
};

/**
 * Every right core defines (MediaWiki's `PermissionManager::$coreRights`, the same subset): those granted above
 * plus the ones no group has by default but a site may grant.
 *
 * @public
 */
export const CORE_AVAILABLE_RIGHTS: readonly string[] = [
  ...new Set([
    ...Object.values(CORE_GROUP_PERMISSIONS).flatMap((rights) => Object.keys(rights)),
    'hideuser',
    'suppressionlog',
    'suppressrevision',
  ]),
].sort();
