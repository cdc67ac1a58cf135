import type { FastifyReply } from 'fastify';
import { type LayoutInput, renderLayout } from './renderLayout';

/**
 * Sends a full HTML page. Pages carry tokens and the user's name, so no shared cache may keep them; the CSP forbids
 * scripts altogether, a second line of defence behind escaping.
 */
export function sendPage(reply: FastifyReply, status: number, input: LayoutInput): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'private, must-revalidate, max-age=0')
    .header('content-security-policy', "default-src 'self'; script-src 'none'; style-src 'unsafe-inline'")
    .header('x-content-type-options', 'nosniff')
    .send(renderLayout(input).value);
}
