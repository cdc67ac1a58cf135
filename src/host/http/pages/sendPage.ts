import type { FastifyReply } from 'fastify';
import { type LayoutInput, renderLayout } from './renderLayout';

/**
 * The pages' Content-Security-Policy: scripts and stylesheets only from the wiki itself (load.php), never inline
 * scripts or event handler attributes, a second line of defence behind escaping. Inline styles stay allowed (the
 * layout's own `<style>`).
 */
export const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";

/** Sends a full HTML page. Pages carry tokens and the user's name, so no shared cache may keep them. */
export function sendPage(reply: FastifyReply, status: number, input: LayoutInput): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'private, must-revalidate, max-age=0')
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .send(renderLayout(input).value);
}
