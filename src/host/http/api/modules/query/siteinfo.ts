import { toIsoTimestamp } from '../../../../../framework/core/MwTimestamp';
import { Namespaces } from '../../../../../framework/core/Title';
import { HOST } from '../../../../HostInfo';
import type { ApiContext } from '../../ApiModule';
import type { QueryMetaModule } from './QuerySubmodule';

const PROPERTIES = ['general', 'namespaces', 'namespacealiases'] as const;

/** MediaWiki's default `$wgLegalTitleChars`, which HostTitleParser follows (no `# < > [ ] | { }`). */
const LEGAL_TITLE_CHARS = " %!\"$&'()*,\\-.\\/0-9:;=?@A-Z\\\\^_`a-z~\\x80-\\xFF+";

/** Core namespaces that allow subpages by default (MediaWiki's `$wgNamespacesWithSubpages`). */
const CORE_SUBPAGE_NAMESPACES: ReadonlySet<number> = new Set([
  Namespaces.Talk, Namespaces.User, Namespaces.UserTalk, Namespaces.Project, Namespaces.ProjectTalk,
  Namespaces.FileTalk, Namespaces.MediaWiki, Namespaces.MediaWikiTalk, Namespaces.Template,
  Namespaces.TemplateTalk, Namespaces.Help, Namespaces.HelpTalk, Namespaces.CategoryTalk,
]);

/** The project namespaces carry the wiki's name locally; their canonical names stay MediaWiki's. */
const CANONICAL_NAMES: ReadonlyMap<number, string> = new Map([
  [Namespaces.Project, 'Project'],
  [Namespaces.ProjectTalk, 'Project talk'],
]);

/** Old names that still resolve (HostTitleParser accepts them too). */
const NAMESPACE_ALIASES = [
  { id: Namespaces.File, alias: 'Image' },
  { id: Namespaces.FileTalk, alias: 'Image talk' },
];

/**
 * `meta=siteinfo` (ApiQuerySiteinfo) with `siprop=general|namespaces|namespacealiases`, the parts clients read to
 * find their way around a wiki (mwn parses titles with the namespace data it gets here on login).
 */
export const siteInfoModule: QueryMetaModule = {
  name: 'siteinfo',
  async execute(context, query) {
    const { params, warn } = context;
    const properties: readonly string[] =
      params.string('siprop') === undefined ? ['general'] : params.knownValues('siprop', PROPERTIES, (text) => warn('siteinfo', text));
    if (properties.includes('general')) query.general = general(context);
    if (properties.includes('namespaces')) query.namespaces = namespaces(context);
    if (properties.includes('namespacealiases')) {
      query.namespacealiases = NAMESPACE_ALIASES.map(({ id, alias }) => ({ id, [context.contentKey('alias')]: alias }));
    }
  },
};

function general({ host, server }: ApiContext): Record<string, unknown> {
  return {
    mainpage: 'Main Page',
    base: `${server}/wiki/Main_Page`,
    sitename: host.wiki.config.get<string>('Sitename'),
    // Clients read the MediaWiki version from here (pywikibot requires "MediaWiki x.y"): the one whose API this follows.
    generator: `MediaWiki ${HOST.mediaWikiVersion}`,
    case: 'first-letter',
    lang: host.wiki.config.get<string>('LanguageCode'),
    rtl: false,
    readonly: false,
    writeapi: true,
    articlepath: '/wiki/$1',
    scriptpath: '/w',
    script: '/w/index.php',
    server,
    servername: new URL(server).hostname,
    wikiid: host.wiki.config.get<string>('DBname'),
    dbtype: host.db.type,
    time: toIsoTimestamp(host.clock.now()),
    timezone: 'UTC',
    timeoffset: 0,
    legaltitlechars: LEGAL_TITLE_CHARS,
    uploadsenabled: false,
  };
}

function namespaces({ host, contentKey }: ApiContext): Record<string, Record<string, unknown>> {
  const extensionNamespaces = host.wiki.data.globals.namespaces;
  const ids = [...Object.values(Namespaces), ...extensionNamespaces.map((ns) => ns.id)];
  const result: Record<string, Record<string, unknown>> = {};
  for (const id of ids) {
    const name = host.titles.getNamespaceName(id) ?? '';
    const declared = extensionNamespaces.find((ns) => ns.id === id);
    result[String(id)] = {
      id,
      case: 'first-letter',
      [contentKey('name')]: name,
      subpages: declared === undefined ? CORE_SUBPAGE_NAMESPACES.has(id) : declared.subpages === true,
      ...(name === '' ? {} : { canonical: CANONICAL_NAMES.get(id) ?? name }),
      content: id === Namespaces.Main || declared?.content === true,
      nonincludable: false,
    };
  }
  return result;
}
