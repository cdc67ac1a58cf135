import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Logger } from '../../framework/Logger';
import { ModuleLoader } from '../../framework/modules/ModuleLoader';
import type { Host } from '../boot/bootHost';
import { COMPILED_ROOTS } from '../HostInfo';
import { registerActionApi } from './api/registerActionApi';
import { registerRunJobs } from './api/runJobs';
import { BackgroundWork } from './background/BackgroundWork';
import { registerAfterResponseWork } from './background/registerAfterResponseWork';
import { toFastifyLogger } from './fastifyLogger';
import { registerPages } from './pages/registerPages';
import { CORE_SPECIAL_PAGES } from './pages/special/coreSpecialPages';
import { SpecialPageTable } from './pages/special/SpecialPageTable';
import { registerErrorPages } from './registerErrorPages';
import { registerLoadPhp } from './resources/registerLoadPhp';
import { ResourceModuleTable } from './resources/ResourceModuleTable';
import { registerRestRouter } from './rest/registerRestRouter';
import { RestRouteTable } from './rest/RestRouteTable';
import { registerSessions } from './session/registerSessions';

/** @public */
export interface HttpServerOptions {
  /** Request and error log (the CLI passes pino); without one the server logs nothing. */
  logger?: Logger;
}

/**
 * The wiki's HTTP server, not yet listening: sessions, the HTML pages with the core and the extensions' special
 * pages, the extensions' client-side modules under `/w/load.php`, their REST routes under `/w/rest.php`, the action
 * API under `/w/api.php` and Special:RunJobs. After each response it runs deferred updates and queued jobs in the
 * background; `app.close()` waits for them.
 *
 * @throws WikiextAggregateError when an extension's `RestRoutes` or `SpecialPages` are invalid (a special page
 *   clashing with another, by name, ignoring case) or name unknown services, or a `ResourceModules` file is missing,
 *   so a broken manifest stops the server at start-up rather than on the first request.
 * @public
 */
export function createHttpServer(host: Host, options: HttpServerOptions = {}): FastifyInstance {
  const app: FastifyInstance = options.logger
    ? (Fastify({ loggerInstance: toFastifyLogger(options.logger) }) as unknown as FastifyInstance)
    : Fastify({ logger: false });
  const { globals } = host.wiki.data;
  const loader = new ModuleLoader(COMPILED_ROOTS);
  const restRoutes = RestRouteTable.build(globals.RestRoutes, host.wiki.services, loader);
  const specialPages = SpecialPageTable.build(CORE_SPECIAL_PAGES, globals.SpecialPages, host.wiki.services, loader);
  const resources = ResourceModuleTable.build(globals.ResourceModules, COMPILED_ROOTS);
  const background = new BackgroundWork(app.log);

  // No answer of the wiki (pages, REST, API, load.php) may be sniffed into another type now that scripts may run.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });
  app.register(fastifyCookie);
  app.register(fastifyFormbody);
  app.register(
    sharedWithParent(async (root) => {
      registerSessions(root, { stash: host.stash, clock: host.clock });
      registerAfterResponseWork(root, background, { executor: host.jobExecutor, config: host.wiki.config });
      registerErrorPages(root);
      registerPages(root, { host, specialPages, resources });
      registerLoadPhp(root, resources);
      registerRestRouter(root, restRoutes, host.wiki.messages);
      registerActionApi(root, host);
      registerRunJobs(root, host);
    }),
  );
  app.addHook('onClose', () => background.idle());
  return app;
}

/**
 * Marks a plugin as not encapsulated (what the fastify-plugin package does), so its hooks, decorators and error
 * handler apply to the whole server. Registering it after @fastify/cookie guarantees the cookie hook runs first.
 */
function sharedWithParent(plugin: FastifyPluginAsync): FastifyPluginAsync {
  Object.defineProperty(plugin, Symbol.for('skip-override'), { value: true });
  return plugin;
}
