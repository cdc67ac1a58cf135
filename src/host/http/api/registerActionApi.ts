import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Host } from '../../boot/bootHost';
import { ApiMain } from './ApiMain';
import { parseMultipartForm } from './parseMultipartForm';

/** Page text may be 2 MiB (MediaWiki's `$wgMaxArticleSize`); form-encoding can triple that. */
const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Serves MediaWiki's action API at `/w/api.php`: GET and POST (form-encoded or multipart), JSON answers in
 * formatversion 1 or 2. Runs in the session of `request.wikiSession`, so `action=login` logs in the same cookie the
 * pages and REST routes read. Other HTTP methods get MediaWiki's `invalidmethod` (405).
 *
 * Needs the server's sessions and @fastify/formbody (createHttpServer registers both); the multipart parser is
 * added inside the API's own plugin, so it applies to `/w/api.php` only.
 *
 * @public
 */
export function registerActionApi(app: FastifyInstance, host: Host): void {
  const main = new ApiMain(host);
  void app.register(async (api) => {
    api.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (request, body, done) => {
      try {
        done(null, parseMultipartForm(body as Buffer, request.headers['content-type'] ?? ''));
      } catch (error) {
        done(Object.assign(error as Error, { statusCode: 400 }), undefined);
      }
    });
    api.route({
      method: ['GET', 'POST'],
      url: '/w/api.php',
      bodyLimit: BODY_LIMIT_BYTES,
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const response = await main.execute(request, request.wikiSession);
        return reply.code(response.status).headers(response.headers).send(response.body);
      },
    });
    api.route({
      method: ['PUT', 'PATCH', 'DELETE'],
      url: '/w/api.php',
      handler: async (_request, reply) =>
        reply
          .code(405)
          .header('allow', 'GET, HEAD, POST')
          .header('mediawiki-api-error', 'invalidmethod')
          .type('application/json; charset=utf-8')
          .send({ error: { code: 'invalidmethod', info: 'Invalid HTTP method. Consider using GET or POST.' } }),
    });
  });
}
