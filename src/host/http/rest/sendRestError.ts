import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MessageLocalizer } from '../../../framework/i18n/MessageLocalizer';
import { LocalizedHttpError } from '../../../framework/rest/LocalizedHttpError';
import { HostError } from '../../HostError';
import { clientErrorStatus } from '../clientErrorStatus';
import { restErrorBody } from './restErrorBody';

/**
 * Answers a failed REST request in MediaWiki's error format. Handler errors meant for the client
 * ({@link LocalizedHttpError}, {@link HostError}) are shown; request errors from fastify (a body over the size limit)
 * keep their status; anything else is logged and answered as a 500 naming only the request id, never a stack.
 */
export function sendRestError(error: unknown, request: FastifyRequest, reply: FastifyReply, messages: MessageLocalizer): FastifyReply {
  const clientStatus = clientErrorStatus(error);
  let body: Record<string, unknown>;
  if (error instanceof LocalizedHttpError) {
    body = restErrorBody(error, messages);
  } else if (error instanceof HostError) {
    body = {
      errorKey: error.code,
      httpCode: error.httpStatus,
      httpReason: STATUS_CODES[error.httpStatus] ?? 'Error',
      messageTranslations: { en: error.message },
    };
  } else if (clientStatus !== undefined) {
    body = restErrorBody(new LocalizedHttpError(clientStatus, 'rest-request-rejected', [(error as Error).message]), messages);
  } else {
    request.log.error({ err: error }, 'REST request failed');
    body = restErrorBody(new LocalizedHttpError(500, 'rest-internal-error', [String(request.id)]), messages);
  }
  return reply.code(body.httpCode as number).type('application/json; charset=utf-8').send(JSON.stringify(body));
}
