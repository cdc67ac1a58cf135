import type { GroupPermissionsMap } from './coreRights';

/**
 * The `GroupPermissions` (or `RevokePermissions`) a wiki ends up with, merged right by right as MediaWiki does:
 *
 * - the site's settings change any right of any group (LocalSettings.php assigns into core's defaults);
 * - an extension's manifest only adds what core and the site leave unset for that group and right: MediaWiki
 *   exports it with `wfArrayPlus2d($GLOBALS[...], $extensionValue)`, where the existing value wins.
 *
 * So `{ "user": { "edit": false } }` in the site settings takes `edit` from `user`, while an extension setting
 * `user.edit` to false changes nothing. A right set to false grants nothing but also takes nothing away that another
 * group grants; that is what `RevokePermissions` is for.
 *
 * @param core the host's defaults (CORE_GROUP_PERMISSIONS), or `{}` for RevokePermissions.
 * @param extensions `wiki.data.globals.GroupPermissions`, already merged across manifests in load order.
 * @param site the `GroupPermissions` setting.
 * @public
 */
export function mergeGroupPermissions(
  core: Readonly<GroupPermissionsMap>,
  extensions: Readonly<GroupPermissionsMap>,
  site: Readonly<GroupPermissionsMap> = {},
): GroupPermissionsMap {
  const merged: GroupPermissionsMap = {};
  for (const source of [extensions, core, site]) {
    for (const [group, rights] of Object.entries(source)) merged[group] = { ...merged[group], ...rights };
  }
  return merged;
}
