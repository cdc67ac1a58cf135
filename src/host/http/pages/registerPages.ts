import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Namespaces, type Title } from '../../../framework/core/Title';
import { ErrorCodes, WikiextError } from '../../../framework/errors';
import type { Host } from '../../boot/bootHost';
import { HostError } from '../../HostError';
import type { ResourceModuleTable } from '../resources/ResourceModuleTable';
import { editAction, submitAction } from './actions/editAction';
import { historyAction } from './actions/historyAction';
import { viewAction } from './actions/viewAction';
import { html } from './html';
import { type PageContext, type PageOutput, renderedPage } from './PageContext';
import { sendPage } from './sendPage';
import type { SpecialPageTable } from './special/SpecialPageTable';
import { articleUrl } from './wikiUrls';

/** Page actions by `action=` value, for GET. */
const GET_ACTIONS: Readonly<Record<string, (ctx: PageContext, title: Title) => Promise<PageOutput>>> = {
  view: viewAction,
  edit: editAction,
  history: historyAction,
};

/** Page actions that accept POST (MediaWiki's edit form posts `action=submit`). */
const POST_ACTIONS: Readonly<Record<string, (ctx: PageContext, title: Title) => Promise<PageOutput>>> = {
  submit: submitAction,
  edit: submitAction,
};

/** What the page routes serve: the host, the special pages (core and extensions') and the client-side modules. */
export interface PageServices {
  host: Host;
  specialPages: SpecialPageTable;
  resources: ResourceModuleTable;
}

/**
 * The wiki's HTML pages: `/` (to the main page), `/wiki/{title}` and `/w/index.php?title=...&action=...`, both with
 * `action` view, edit, submit or history; titles in the Special namespace go to `specialPages`.
 */
export function registerPages(app: FastifyInstance, services: PageServices): void {
  app.get('/', async (_request, reply) => reply.redirect(articleUrl('Main_Page'), 302));
  app.route({
    method: ['GET', 'POST'],
    url: '/wiki/*',
    handler: (request, reply) => servePage(services, request, reply, (request.params as { '*': string })['*']),
  });
  app.route({
    method: ['GET', 'POST'],
    url: '/w/index.php',
    handler: (request, reply) => servePage(services, request, reply, undefined),
  });
}

async function servePage(
  { host, specialPages, resources }: PageServices,
  request: FastifyRequest,
  reply: FastifyReply,
  pathTitle: string | undefined,
): Promise<FastifyReply> {
  const ctx: PageContext = { host, request, session: request.wikiSession, param: (name) => requestParam(request, name) };
  const output = await dispatch(ctx, specialPages, pathTitle ?? ctx.param('title') ?? 'Main_Page');
  if (output.kind === 'redirect') return reply.redirect(output.location, output.status ?? 303);
  const modules = output.modules ?? [];
  const unknown = resources.unknown(modules);
  if (unknown.length > 0) {
    throw new WikiextError(ErrorCodes.RESOURCE_MODULE_INVALID, `The page "${output.heading}" asks for a module that does not exist. ${unknown.join(' ')}`);
  }
  const [stylesheet, script] = modules.length === 0 ? [] : await Promise.all([resources.url(modules, 'styles'), resources.url(modules, 'scripts')]);
  return sendPage(reply, output.status ?? 200, { heading: output.heading, body: output.body, session: ctx.session, title: output.title, stylesheet, script });
}

async function dispatch(ctx: PageContext, specialPages: SpecialPageTable, titleText: string): Promise<PageOutput> {
  let title: Title;
  try {
    title = ctx.host.titles.parseTitle(titleText);
  } catch (error) {
    if (!(error instanceof HostError) && !(error instanceof WikiextError && error.code === ErrorCodes.TITLE_INVALID)) throw error;
    return renderedPage('Bad title', html`<p class="error">${error.message}</p>`, { status: 400 });
  }
  const isPost = ctx.request.method === 'POST';
  if (title.namespace === Namespaces.Special) return dispatchSpecial(ctx, specialPages, title, isPost);

  const action = ctx.param('action') ?? 'view';
  const handler = (isPost ? POST_ACTIONS : GET_ACTIONS)[action];
  if (handler) return handler(ctx, title);
  const known = Object.keys(isPost ? POST_ACTIONS : GET_ACTIONS).join(', ');
  return renderedPage(
    'No such action',
    html`<p class="error">The action "${action}" is not available for ${isPost ? 'POST' : 'GET'} requests; use one of: ${known}.</p>`,
    { status: isPost ? 405 : 400, title },
  );
}

async function dispatchSpecial(ctx: PageContext, specialPages: SpecialPageTable, title: Title, isPost: boolean): Promise<PageOutput> {
  const slash = title.dbKey.indexOf('/');
  const name = slash === -1 ? title.dbKey : title.dbKey.slice(0, slash);
  const subpage = slash === -1 ? '' : title.dbKey.slice(slash + 1).replace(/_/g, ' ');
  const found = specialPages.get(name);
  if (!found) {
    return renderedPage('No such special page', html`<p class="error">There is no special page "${name.replace(/_/g, ' ')}".</p>`, { status: 404 });
  }
  if (!isPost) return found.page.show(ctx, subpage);
  if (found.page.submit) return found.page.submit(ctx, subpage);
  return renderedPage(`Special:${found.name}`, html`<p class="error">Special:${found.name} does not accept POST requests.</p>`, { status: 405 });
}

/** A form field, else a query parameter (MediaWiki's `WebRequest::getVal`); the first of repeated values. */
function requestParam(request: FastifyRequest, name: string): string | undefined {
  for (const source of [request.body, request.query]) {
    if (typeof source !== 'object' || source === null) continue;
    const value = (source as Record<string, unknown>)[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') return first;
  }
  return undefined;
}
