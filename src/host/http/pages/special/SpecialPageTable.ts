import { ErrorCodes, WikiextAggregateError } from '../../../../framework/errors';
import type { ModuleLoader } from '../../../../framework/modules/ModuleLoader';
import { createObjectFromSpec } from '../../../../framework/services/ObjectFactory';
import type { ServiceContainer } from '../../../../framework/services/ServiceContainer';
import type { PageContext, PageOutput } from '../PageContext';
import { ExtensionSpecialPage, type SpecialPageEntry } from './ExtensionSpecialPage';

/**
 * A page under `Special:`. `subpage` is what follows the first slash (`Special:Contributions/Alice` -> `Alice`),
 * '' when there is none.
 *
 * @public
 */
export interface SpecialPage {
  /** GET (and HEAD). */
  show(ctx: PageContext, subpage: string): Promise<PageOutput>;
  /** POST; a page without it answers 405. */
  submit?(ctx: PageContext, subpage: string): Promise<PageOutput>;
}

/** Characters a special page name cannot hold: `/` starts the subpage, the others are not valid in titles. */
const BAD_NAME_CHARS = /[/#<>[\]|{}%\s]|^$/;

/**
 * Special page names to handlers. Lookup ignores case, as MediaWiki's special page aliases do
 * (`Special:userlogin` is `Special:UserLogin`).
 *
 * @public
 */
export class SpecialPageTable {
  readonly #byFoldedName = new Map<string, { name: string; page: SpecialPage }>();

  constructor(pages: Readonly<Record<string, SpecialPage>>) {
    for (const [name, page] of Object.entries(pages)) this.#byFoldedName.set(fold(name), { name, page });
  }

  /**
   * The host's pages plus every extension's `SpecialPages`, whose handlers are built on first use. Checks at once
   * what can be checked without building them: names usable in a title, no two pages whose names differ only in
   * case (core or extension), and the services the specs ask for.
   *
   * @throws WikiextAggregateError `WX_SPECIAL_PAGE_INVALID` listing every bad entry, or `WX_SERVICE_UNKNOWN`.
   */
  static build(
    core: Readonly<Record<string, SpecialPage>>,
    entries: Readonly<Record<string, SpecialPageEntry>>,
    services: ServiceContainer,
    loader: ModuleLoader,
  ): SpecialPageTable {
    const problems: string[] = [];
    const unknownServices: string[] = [];
    const owners = new Map<string, string>(Object.keys(core).map((name) => [fold(name), `the core special page Special:${name}`]));
    const pages: Record<string, SpecialPage> = { ...core };
    for (const [name, entry] of Object.entries(entries)) {
      const described = `Special:${name} (SpecialPages of ${entry.extension})`;
      if (BAD_NAME_CHARS.test(name)) {
        problems.push(`${described}: the name cannot contain "/", spaces or any of # < > [ ] | { } %; use a name such as "MyExtensionReport".`);
        continue;
      }
      const owner = owners.get(fold(name));
      if (owner !== undefined) {
        problems.push(`${described} clashes with ${owner} (special page names ignore case); rename the extension's page.`);
        continue;
      }
      owners.set(fold(name), described);
      const spec = typeof entry.spec === 'string' ? { class: entry.spec } : entry.spec;
      unknownServices.push(...services.undefinedServices(spec.services ?? [], `SpecialPages "${name}" of ${entry.extension}`));
      const objectSpec = { ...spec, name: `SpecialPages ${name}`, extension: entry.extension, dir: entry.dir };
      pages[name] = new ExtensionSpecialPage(name, entry, () => createObjectFromSpec(objectSpec, services, loader));
    }
    if (problems.length > 0) throw new WikiextAggregateError(ErrorCodes.SPECIAL_PAGE_INVALID, problems);
    if (unknownServices.length > 0) throw new WikiextAggregateError(ErrorCodes.SERVICE_UNKNOWN, unknownServices);
    return new SpecialPageTable(pages);
  }

  /** The page and its canonical name, or undefined. */
  get(name: string): { name: string; page: SpecialPage } | undefined {
    return this.#byFoldedName.get(fold(name));
  }
}

function fold(name: string): string {
  return name.replace(/ /g, '_').toLowerCase();
}
