import type { FormatVersion } from './ApiModule';

/** How `format=json` prints a response. @public */
export interface JsonOutputOptions {
  readonly formatVersion: FormatVersion;
  /** Escape every non-ASCII character as `\uXXXX` (MediaWiki's default in formatversion 1, `ascii` in 2). */
  readonly ascii: boolean;
}

/**
 * Serialises a response as MediaWiki's ApiFormatJson does. Formatversion 1 keeps the old XML-shaped booleans: `true`
 * becomes `""` and `false` disappears (ApiResult's `BC` transform), so `{"anon": ""}` means anonymous and a missing
 * `new` means "not new".
 *
 * @public
 */
export function encodeApiJson(body: Record<string, unknown>, options: JsonOutputOptions): string {
  const json = JSON.stringify(options.formatVersion === 1 ? withBcBooleans(body) : body);
  return options.ascii ? json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

function withBcBooleans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withBcBooleans);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === false) continue;
    out[key] = item === true ? '' : withBcBooleans(item);
  }
  return out;
}
