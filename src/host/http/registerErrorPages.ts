import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HostError } from '../HostError';
import { clientErrorStatus } from './clientErrorStatus';
import { html } from './pages/html';
import { sendPage } from './pages/sendPage';
import { articleUrl } from './pages/wikiUrls';

/**
 * The last line of error handling for everything outside the REST router (which answers its own errors): an HTML
 * page, or action-API JSON under `/w/api.php`. A user's error ({@link HostError}) and a bad request (4xx from
 * fastify) are explained; anything else is logged and shown only as "internal error" with the request id, never
 * with a message or stack that could leak internals. Unknown URLs get a 404 page.
 */
export function registerErrorPages(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const status = error instanceof HostError ? error.httpStatus : clientErrorStatus(error);
    if (status === undefined) request.log.error({ err: error }, 'Request failed');
    const shown = status === undefined ? undefined : (error as Error).message;
    return sendError(request, reply, status ?? 500, shown);
  });
  app.setNotFoundHandler((request, reply) =>
    sendPage(reply, 404, {
      heading: 'Not found',
      body: html`<p>There is nothing at ${request.url.split('?')[0]}. Pages are at /wiki/Page_name; start from the <a href="${articleUrl('Main_Page')}">main page</a>.</p>`,
      session: request.wikiSession ?? null,
    }),
  );
}

function sendError(request: FastifyRequest, reply: FastifyReply, status: number, message: string | undefined): FastifyReply {
  const text = message ?? `An internal error occurred; it has been logged with the request id ${request.id}.`;
  if (request.url.startsWith('/w/api.php')) {
    const code = message === undefined ? 'internal_api_error' : error4xxCode(status);
    return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify({ error: { code, info: text } }));
  }
  return sendPage(reply, status, {
    heading: message === undefined ? 'Internal error' : 'Error',
    body: html`<p class="error">${text}</p>`,
    session: request.wikiSession ?? null,
  });
}

function error4xxCode(status: number): string {
  return status === 413 ? 'toolarge' : 'badrequest';
}
