import type { ApiContext } from '../../ApiModule';

/**
 * A `meta=` module of `action=query` (MediaWiki's ApiQueryBase for meta modules): it adds its members to the
 * `query` object of the response.
 *
 * @public
 */
export interface QueryMetaModule {
  readonly name: string;
  execute(context: ApiContext, query: Record<string, unknown>): Promise<void>;
}
