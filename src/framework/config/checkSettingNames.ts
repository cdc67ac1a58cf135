import { closestKey } from '../manifest/closestKey';
import type { DeclaredConfig } from '../registry/ExtractedData';
import { LOAD_EXTENSIONS_KEY, type SiteSettings } from './SettingsFile';

/**
 * Warnings for settings no loaded extension (nor core) declares: a mistyped `wg` name gets the declared name it
 * most likely meant; a name without the `wg` prefix is told that setting names start with `wg`. Such settings are
 * ignored, so the site runs, but the admin learns why their value has no effect.
 *
 * @public
 */
export function checkSettingNames(settings: SiteSettings, declarations: Record<string, DeclaredConfig>): string[] {
  const declared = new Set(Object.values(declarations).map((d) => d.globalName));
  const candidates = [...declared, LOAD_EXTENSIONS_KEY];
  const warnings: string[] = [];
  for (const name of Object.keys(settings.values)) {
    if (declared.has(name)) continue;
    const close = closestKey(name, candidates) ?? closestKey(`wg${name}`, candidates);
    const hint = close === undefined ? '' : ` Did you mean "${close}"?`;
    warnings.push(
      name.startsWith('wg')
        ? `${settings.file}: unknown setting "${name}", ignored: no loaded extension declares it.${hint}`
        : `${settings.file}: "${name}" is ignored: setting names start with "wg" (comments with "@").${hint}`,
    );
  }
  return warnings;
}
