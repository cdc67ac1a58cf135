import { ErrorCodes, WikiextError } from '../errors';
import type { MergeStrategy } from '../manifest/Manifest';
import {
  arrayMerge,
  arrayMergeRecursive,
  arrayPlus,
  arrayPlus2d,
  arrayReplaceRecursive,
  isEmptyPhpArray,
  isPhpArray,
} from './PhpArray';

/**
 * The effective value of a config key from its extension default and the site's value, in the order MediaWiki's
 * `ExtensionRegistry::exportExtractedData()` decides it:
 *
 * 1. `provide_default`: the site value if the site set one (even `null`), else the default;
 * 2. site value not set, `null` (PHP's `isset`) or an empty list/object: the default;
 * 3. either side not a list/object: the site value;
 * 4. otherwise the strategy (default `array_merge`) combines them.
 *
 * `siteValue` is `undefined` when the settings file does not mention the key.
 *
 * @public
 */
export function mergeConfigValue(
  strategy: MergeStrategy | undefined,
  defaultValue: unknown,
  siteValue: unknown,
): unknown {
  if (!siteValueCounts(strategy, siteValue)) return defaultValue;
  if (strategy === 'provide_default' || !isPhpArray(defaultValue) || !isPhpArray(siteValue)) return siteValue;
  switch (strategy ?? 'array_merge') {
    case 'array_merge':
      return arrayMerge(defaultValue, siteValue);
    case 'array_plus':
      return arrayPlus(siteValue, defaultValue);
    case 'array_plus_2d':
      return arrayPlus2d(siteValue, defaultValue);
    case 'array_replace_recursive':
      return arrayReplaceRecursive(defaultValue, siteValue);
    case 'array_merge_recursive':
      return arrayMergeRecursive(siteValue, defaultValue);
    default:
      throw new WikiextError(
        ErrorCodes.CONFIG_BAD_MERGE_STRATEGY,
        `Unknown merge_strategy "${String(strategy)}". Use one of array_merge, array_plus, array_plus_2d, ` +
          'array_replace_recursive, array_merge_recursive or provide_default.',
        { strategy },
      );
  }
}

/**
 * Whether the site value takes part in the effective value (rules 1 and 2 of {@link mergeConfigValue}); when it
 * does not, the default alone is the effective value.
 *
 * @internal
 */
export function siteValueCounts(strategy: MergeStrategy | undefined, siteValue: unknown): boolean {
  if (siteValue === undefined) return false;
  return strategy === 'provide_default' || (siteValue !== null && !isEmptyPhpArray(siteValue));
}
