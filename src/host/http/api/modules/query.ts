import type { ApiModule } from '../ApiModule';
import { pagesResult, resolvePageSet } from './query/pageSet';
import type { QueryMetaModule } from './query/QuerySubmodule';
import { addLatestRevisions } from './query/revisions';
import { siteInfoModule } from './query/siteinfo';
import { tokensModule } from './query/tokens';
import { userInfoModule } from './query/userinfo';

const META_MODULES: ReadonlyMap<string, QueryMetaModule> = new Map(
  [tokensModule, siteInfoModule, userInfoModule].map((module) => [module.name, module]),
);
const PROP_MODULES = ['revisions'] as const;

/**
 * `action=query` (ApiQuery): `meta=tokens|siteinfo|userinfo`, and `titles`/`pageids` with `prop=revisions`. The
 * answer always ends a batch (`batchcomplete`): nothing here needs continuation.
 */
export const queryModule: ApiModule = {
  name: 'query',
  mustBePosted: false,
  token: null,
  isWrite: false,
  async execute(context) {
    const { params, warn } = context;
    const metaNames = params.knownValues('meta', [...META_MODULES.keys()], (text) => warn('query', text));
    const props = params.knownValues('prop', PROP_MODULES, (text) => warn('query', text));
    // No page of this host is a redirect, so resolving redirects never changes anything.
    params.flag('redirects');

    const query: Record<string, unknown> = {};
    const pageSet = await resolvePageSet(context);
    if (pageSet !== null) {
      if (props.includes('revisions')) await addLatestRevisions(context, pageSet);
      if (pageSet.normalized.length > 0) query.normalized = pageSet.normalized;
      query.pages = pagesResult(context, pageSet.pages);
    }
    for (const name of metaNames) await META_MODULES.get(name)!.execute(context, query);
    return Object.keys(query).length === 0 ? { batchcomplete: true } : { batchcomplete: true, query };
  },
};
