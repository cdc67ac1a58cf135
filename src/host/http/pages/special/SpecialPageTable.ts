import type { PageContext, PageOutput } from '../PageContext';

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

/**
 * Special page names to handlers. Lookup ignores case, as MediaWiki's special page aliases do
 * (`Special:userlogin` is `Special:UserLogin`).
 *
 * @public
 */
export class SpecialPageTable {
  readonly #byFoldedName = new Map<string, { name: string; page: SpecialPage }>();

  constructor(pages: Readonly<Record<string, SpecialPage>>) {
    for (const [name, page] of Object.entries(pages)) this.#byFoldedName.set(name.toLowerCase(), { name, page });
  }

  /** The page and its canonical name, or undefined. */
  get(name: string): { name: string; page: SpecialPage } | undefined {
    return this.#byFoldedName.get(name.replace(/ /g, '_').toLowerCase());
  }
}
