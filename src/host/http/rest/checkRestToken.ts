import { isRegistered } from '../../../framework/core/UserIdentity';
import { LocalizedHttpError } from '../../../framework/rest/LocalizedHttpError';
import type { WikiSession } from '../session/WikiSession';

/**
 * The CSRF check of REST writes, in the order of MediaWiki's `TokenAwareHandlerTrait::validateToken` (without its
 * anonymous-token option): only a logged-in session's own token passes. Every failure is a 403 with `errorKey`
 * `rest-badtoken`; the message says which failure it was.
 *
 * @throws LocalizedHttpError
 */
export function checkRestToken(session: WikiSession, body: unknown): void {
  const submitted = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).token : undefined;
  if (isRegistered(session.user) && session.checkToken(submitted)) return;
  if (typeof submitted !== 'string' || submitted === '') throw badToken('rest-badtoken-missing');
  if (!session.exists) throw badToken('rest-badtoken-nosession');
  throw badToken('rest-badtoken');
}

function badToken(messageKey: string): LocalizedHttpError {
  return new LocalizedHttpError(403, messageKey, [], { errorKey: 'rest-badtoken' });
}
