import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import type { MessageLocalizer } from '../../../framework/i18n/MessageLocalizer';
import { LocalizedHttpError } from '../../../framework/rest/LocalizedHttpError';
import type { RestRequest } from '../../../framework/rest/RestHandler';
import { RestResponse } from '../../../framework/rest/RestResponse';
import { checkRestToken } from './checkRestToken';
import { parseRestBody } from './parseRestBody';
import type { RestRouteTable } from './RestRouteTable';
import { sendRestError } from './sendRestError';

/** Where the REST API lives, as MediaWiki's `$wgScriptPath/rest.php`. */
export const REST_PREFIX = '/w/rest.php';

/** Methods that change state and so need a CSRF token unless the handler says otherwise. */
const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

/**
 * Serves the extensions' `RestRoutes` under `/w/rest.php`. In its own plugin context, so that bodies arrive as raw
 * text: the router, not fastify, answers bad JSON (400 `rest-bad-json-body`) and other content types (415
 * `rest-unsupported-content-type`) in MediaWiki's format.
 */
export function registerRestRouter(app: FastifyInstance, table: RestRouteTable, messages: MessageLocalizer): void {
  app.register(async (rest) => {
    rest.removeAllContentTypeParsers();
    rest.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    rest.setErrorHandler((error, request, reply) => sendRestError(error, request, reply, messages));
    const handle = (request: FastifyRequest, reply: FastifyReply) => serveRest(table, messages, request, reply);
    rest.all(REST_PREFIX, handle);
    rest.all(`${REST_PREFIX}/*`, handle);
  });
}

async function serveRest(table: RestRouteTable, messages: MessageLocalizer, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  try {
    const path = relativePath(request.url);
    const found = table.match(path);
    if (found === undefined) throw new LocalizedHttpError(404, 'rest-no-match', [path]);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const endpoint = found.route.endpoints.get(method);
    if (endpoint === undefined) {
      const allowed = [...found.route.endpoints.keys()].join(', ');
      reply.header('allow', allowed);
      throw new LocalizedHttpError(405, 'rest-wrong-method', [request.method, allowed]);
    }
    const body = parseRestBody(request.body, request.headers['content-type']);
    const handler = endpoint.handler();
    if (WRITE_METHODS.has(method) && handler.needsToken !== false) checkRestToken(request.wikiSession, body);
    const restRequest: RestRequest = {
      method,
      path,
      pathParams: found.pathParams,
      query: request.query as Record<string, string | string[]>,
      body,
      headers: flattenHeaders(request.headers),
      user: request.wikiSession.user,
      hasSession: request.wikiSession.exists,
    };
    return sendResult(reply, await handler.execute(restRequest));
  } catch (error) {
    return sendRestError(error, request, reply, messages);
  }
}

/** A RestResponse as given, `undefined` as 204, any other value as 200 JSON. */
function sendResult(reply: FastifyReply, result: unknown): FastifyReply {
  const response = result instanceof RestResponse ? result : result === undefined ? RestResponse.noContent() : RestResponse.json(200, result);
  reply.code(response.status).headers(response.headers);
  if (response.body === undefined) return reply.send();
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(response.body));
}

/** `/w/rest.php/a/b?c` -> `/a/b` (still percent-encoded; the route table decodes segment by segment). */
function relativePath(url: string): string {
  const queryAt = url.indexOf('?');
  return (queryAt === -1 ? url : url.slice(0, queryAt)).slice(REST_PREFIX.length);
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
}
