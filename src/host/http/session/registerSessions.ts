import type { FastifyInstance } from 'fastify';
import { anonymousUser } from '../../../framework/core/UserIdentity';
import { CookieSession, type SessionBackend, type StoredSession } from './CookieSession';
import { isWellFormedSessionId } from './sessionTokens';
import { SESSION_COOKIE, type WikiSession } from './WikiSession';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session of this request; set before any handler runs. */
    wikiSession: WikiSession;
  }
}

/**
 * Gives every request its {@link WikiSession}: loads the session named by the `wikiext_session` cookie (an unknown or
 * expired id counts as none) and writes new or renewed sessions before the response is sent. Needs @fastify/cookie
 * registered first.
 */
export function registerSessions(app: FastifyInstance, backend: SessionBackend): void {
  app.decorateRequest('wikiSession', null as unknown as WikiSession);
  app.addHook('onRequest', async (request, reply) => {
    const loaded = await loadSession(backend, request.cookies[SESSION_COOKIE]);
    request.wikiSession = new CookieSession(backend, reply, anonymousUser(request.ip), loaded);
  });
  app.addHook('onSend', async (request) => {
    const session: WikiSession | null = request.wikiSession;
    if (session instanceof CookieSession) await session.saveIfChanged();
  });
}

async function loadSession(backend: SessionBackend, cookie: unknown): Promise<{ id: string; data: StoredSession } | null> {
  if (!isWellFormedSessionId(cookie)) return null;
  const data = await backend.stash.get(backend.stash.makeKey('session', cookie));
  return CookieSession.isStoredSession(data) ? { id: cookie, data } : null;
}
