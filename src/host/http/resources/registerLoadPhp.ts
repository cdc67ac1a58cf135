import type { FastifyInstance, FastifyReply } from 'fastify';
import { LOAD_SCRIPT, type ResourceKind, type ResourceModuleTable } from './ResourceModuleTable';

const CONTENT_TYPES: Readonly<Record<ResourceKind, string>> = {
  scripts: 'text/javascript; charset=utf-8',
  styles: 'text/css; charset=utf-8',
};

/** A versioned URL never changes content: browsers and proxies may keep it for 30 days (MediaWiki keeps it 30 days too). */
const VERSIONED_CACHE = 'public, max-age=2592000, immutable';
/** An unversioned (or outdated) URL is checked again after 5 minutes, as MediaWiki's unversioned load.php. */
const UNVERSIONED_CACHE = 'public, max-age=300, must-revalidate';

/**
 * MediaWiki's `load.php`, for the extensions' `ResourceModules`:
 * `GET /w/load.php?modules=a|b&only=scripts|styles[&version=...]` answers the scripts (JavaScript) or styles (CSS)
 * of the modules, concatenated in the order given, with an ETag (a hash of the content; `If-None-Match` gets a 304).
 * A bad request (no modules, no `only`) is a 400 and an unknown module a 404, each with a plain-text explanation.
 */
export function registerLoadPhp(app: FastifyInstance, table: ResourceModuleTable): void {
  app.get(LOAD_SCRIPT, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const modules = first(query.modules);
    const only = first(query.only);
    if (modules === undefined || modules === '') {
      return plainText(reply, 400, `load.php needs modules=<name>|<name>... and only=scripts or only=styles, e.g. ${LOAD_SCRIPT}?modules=ext.myExtension&only=scripts.`);
    }
    if (only !== 'scripts' && only !== 'styles') {
      const got = only === undefined ? 'no "only" parameter' : `only=${only}`;
      return plainText(reply, 400, `load.php answers either scripts or styles: give only=scripts or only=styles (got ${got}).`);
    }
    const names = modules.split('|').filter((name) => name !== '');
    const unknown = table.unknown(names);
    if (unknown.length > 0) return plainText(reply, 404, unknown.join('\n'));

    const { text, version } = await table.content(names, only);
    const etag = `"${version}"`;
    reply
      .header('etag', etag)
      .header('cache-control', first(query.version) === version ? VERSIONED_CACHE : UNVERSIONED_CACHE)
      .header('x-content-type-options', 'nosniff');
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return reply.code(304).send();
    }
    return reply.code(200).type(CONTENT_TYPES[only]).send(text);
  });
}

function plainText(reply: FastifyReply, status: number, text: string): FastifyReply {
  return reply
    .code(status)
    .type('text/plain; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(`${text}\n`);
}

function first(value: unknown): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : undefined;
}
