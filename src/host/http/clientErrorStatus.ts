/**
 * The status of an error fastify raised about the request itself (unparseable form body, body over the size limit),
 * or undefined for any other error. Such messages describe the request, so they are safe to show.
 */
export function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return error instanceof Error && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
