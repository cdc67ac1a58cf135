import type { FastifyRequest } from 'fastify';
import type { Title } from '../../../../framework/core/Title';
import { ErrorCodes, WikiextError } from '../../../../framework/errors';
import { SafeHtml } from '../../../../framework/html/html';
import type { ExtractedData } from '../../../../framework/registry/ExtractedData';
import {
  isSpecialPageHandler,
  type SpecialPageHandler,
  type SpecialPageOutput,
  type SpecialPageRequest,
} from '../../../../framework/special/SpecialPage';
import { type PageContext, type PageOutput, redirectTo } from '../PageContext';
import { indexUrl } from '../wikiUrls';
import type { SpecialPage } from './SpecialPageTable';

/** One `SpecialPages` entry as the registry extracted it. */
export type SpecialPageEntry = ExtractedData['globals']['SpecialPages'][string];

/**
 * The `warning` a login-required page passes to Special:UserLogin when it gives no reason: no message has this key,
 * so the login page shows its generic text.
 */
const GENERIC_LOGIN_WARNING = 'loginrequired';

/**
 * An extension's special page, served through the host's {@link SpecialPage} interface: the handler is built from
 * its spec on first use and kept; each request is handed over as a host-agnostic {@link SpecialPageRequest}, and
 * the handler's {@link SpecialPageOutput} becomes a page, a redirect, or a redirect to Special:UserLogin.
 */
export class ExtensionSpecialPage implements SpecialPage {
  #handler: SpecialPageHandler | undefined;

  constructor(
    /** The name as declared (`EnableEventRegistration`). */
    readonly name: string,
    readonly entry: SpecialPageEntry,
    private readonly build: () => unknown,
  ) {}

  /** The handler object; throws `WX_SPECIAL_PAGE_INVALID` when the spec builds something without `execute()`. */
  handler(): SpecialPageHandler {
    if (this.#handler === undefined) {
      const built = this.build();
      if (!isSpecialPageHandler(built)) {
        throw new WikiextError(
          ErrorCodes.SPECIAL_PAGE_INVALID,
          `${this.#describe()}: the object built from "${specRef(this.entry)}" has no execute(request) method. A special ` +
            'page handler implements SpecialPageHandler from src/framework/special/SpecialPage.ts.',
          { page: this.name, extension: this.entry.extension },
        );
      }
      this.#handler = built;
    }
    return this.#handler;
  }

  show(ctx: PageContext, subpage: string): Promise<PageOutput> {
    return this.#run(ctx, subpage);
  }

  submit(ctx: PageContext, subpage: string): Promise<PageOutput> {
    return this.#run(ctx, subpage);
  }

  async #run(ctx: PageContext, subpage: string): Promise<PageOutput> {
    const request = specialPageRequest(ctx, subpage);
    const output: unknown = await this.handler().execute(request);
    return this.#toPageOutput(ctx, subpage, request.method, output);
  }

  #toPageOutput(ctx: PageContext, subpage: string, method: 'GET' | 'POST', output: unknown): PageOutput {
    const fail = (problem: string) =>
      new WikiextError(ErrorCodes.SPECIAL_PAGE_INVALID, `${this.#describe()}: execute() ${problem}`, {
        page: this.name,
        extension: this.entry.extension,
      });
    if (typeof output !== 'object' || output === null) {
      throw fail(`returned ${output === null ? 'null' : typeof output}; return { kind: 'page' | 'redirect' | 'login-required', ... }.`);
    }
    const out = output as SpecialPageOutput;
    switch (out.kind) {
      case 'page': {
        if (typeof out.heading !== 'string') throw fail('returned a page whose heading is not a string.');
        if (!(out.body instanceof SafeHtml)) throw fail('returned a page whose body is not SafeHtml; build it with the html tag of src/framework/html/html.ts.');
        if (out.modules !== undefined && !(Array.isArray(out.modules) && out.modules.every((m) => typeof m === 'string'))) {
          throw fail('returned a page whose modules is not a list of ResourceModules names.');
        }
        return { kind: 'page', heading: out.heading, body: out.body, status: out.status, modules: out.modules, title: this.#title(ctx, subpage) };
      }
      case 'redirect':
        if (typeof out.location !== 'string' || out.location === '') throw fail('returned a redirect without a location.');
        return redirectTo(out.location, out.status ?? (method === 'POST' ? 303 : 302));
      case 'login-required':
        return redirectTo(loginUrl(`Special:${this.name}${subpage ? `/${subpage}` : ''}`, ctx.request, out.reasonMessage), 302);
      default:
        throw fail(`returned the kind ${JSON.stringify((out as { kind?: unknown }).kind)}; use 'page', 'redirect' or 'login-required'.`);
    }
  }

  /** The page's own title, so the header's login link comes back here. */
  #title(ctx: PageContext, subpage: string): Title | undefined {
    try {
      return ctx.host.titles.parseTitle(`Special:${this.name}${subpage ? `/${subpage}` : ''}`);
    } catch {
      return undefined;
    }
  }

  #describe(): string {
    return `Special:${this.name} (SpecialPages of ${this.entry.extension})`;
  }
}

/** The request as an extension's special page sees it. */
function specialPageRequest(ctx: PageContext, subpage: string): SpecialPageRequest {
  const language = ctx.host.wiki.config.get<string>('LanguageCode');
  return {
    method: ctx.request.method === 'POST' ? 'POST' : 'GET',
    subpage,
    user: ctx.session.user,
    language,
    param: (name) => ctx.param(name),
    params: (name) => requestValues(ctx.request, name),
    editToken: () => ctx.session.csrfToken(),
    matchEditToken: (token) => ctx.session.checkToken(token),
  };
}

/**
 * Every value of a form field, else of a query parameter, as MediaWiki's `WebRequest::getArray`: PHP-style
 * `name[]` fields (what HTMLForm's checkbox groups post) count as `name`.
 */
function requestValues(request: FastifyRequest, name: string): string[] {
  for (const source of [request.body, request.query]) {
    if (typeof source !== 'object' || source === null) continue;
    const fields = source as Record<string, unknown>;
    if (!(name in fields) && !(`${name}[]` in fields)) continue;
    return [fields[name], fields[`${name}[]`]].flat().filter((v): v is string => typeof v === 'string');
  }
  return [];
}

/**
 * Special:UserLogin with `returnto` (the page) and `returntoquery` (its query, without `title`), as MediaWiki links
 * it, and `warning`: the message key the login page shows above the form.
 */
function loginUrl(returnTo: string, request: FastifyRequest, reasonMessage: string | undefined): string {
  const params: Record<string, string> = { returnto: returnTo.replace(/ /g, '_') };
  const queryAt = request.url.indexOf('?');
  const query = new URLSearchParams(queryAt === -1 ? '' : request.url.slice(queryAt + 1));
  query.delete('title');
  if (query.size > 0) params.returntoquery = query.toString();
  params.warning = reasonMessage ?? GENERIC_LOGIN_WARNING;
  return indexUrl('Special:UserLogin', params);
}

function specRef(entry: SpecialPageEntry): string {
  return typeof entry.spec === 'string' ? entry.spec : (entry.spec.factory ?? entry.spec.class ?? '?');
}
