import type { HookMethodName } from './defineHook';

/**
 * The method called on a handler object for a hook, as MediaWiki maps it: `"on"` + the hook name with `:`, `\` and
 * `-` replaced by `_`. `EditPage::attemptSave` -> `onEditPage__attemptSave`.
 *
 * @public
 */
export function hookMethodName<Name extends string>(hook: Name): HookMethodName<Name> {
  return `on${hook.replace(/[:\\-]/g, '_')}` as HookMethodName<Name>;
}
