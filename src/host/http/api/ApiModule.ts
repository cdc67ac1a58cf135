import type { Host } from '../../boot/bootHost';
import type { WikiSession } from '../session/WikiSession';
import type { ApiParams } from './ApiParams';
import type { ApiTokenType } from './apiTokens';

/** `formatversion=1` (MediaWiki's default: booleans as `""`, content under `*`) or `2` (plain JSON). @public */
export type FormatVersion = 1 | 2;

/** What a module sees of the request it runs for. @public */
export interface ApiContext {
  readonly host: Host;
  readonly session: WikiSession;
  readonly params: ApiParams;
  readonly formatVersion: FormatVersion;
  /** The wiki's base URL (`wgServer`, or detected from this request). */
  readonly server: string;
  /** Adds a warning under a module's name (`main`, `tokens`, `edit`), as MediaWiki's `addWarning()`. */
  warn(module: string, text: string): void;
  /** The key of a "content" value: `*` in formatversion 1, `name` in 2 (MediaWiki's `META_CONTENT`). */
  contentKey(name: string): string;
}

/**
 * One `action=` of the action API (MediaWiki's ApiBase subclass). Modules return the fields they add at the top of
 * the response (`{ edit: {...} }`) and write booleans as booleans: formatversion 1 output turns them into MediaWiki's
 * `""`/absent form in one place.
 *
 * @public
 */
export interface ApiModule {
  readonly name: string;
  /** Only over POST (MediaWiki's `mustBePosted()`): every write, and login. */
  readonly mustBePosted: boolean;
  /**
   * The token the module needs (MediaWiki's `needsToken()`) and the parameter that carries it (`token`, or
   * `createtoken` for createaccount), checked before the module runs.
   */
  readonly token: { readonly type: ApiTokenType; readonly parameter: string } | null;
  /** Changes something (MediaWiki's `isWriteMode()`). */
  readonly isWrite: boolean;
  execute(context: ApiContext): Promise<Record<string, unknown>>;
}
