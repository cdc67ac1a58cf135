import { LocalizedHttpError } from '../../../framework/rest/LocalizedHttpError';

/**
 * The request body as a handler gets it: JSON parsed, form fields as an object (the last of repeated names, as PHP
 * does), `undefined` when there is none.
 *
 * @throws LocalizedHttpError 415 `rest-unsupported-content-type` for any other content type, 400
 *   `rest-bad-json-body` for JSON that does not parse.
 */
export function parseRestBody(raw: unknown, contentTypeHeader: string | undefined): unknown {
  if (typeof raw !== 'string' || raw === '') return undefined;
  const contentType = (contentTypeHeader ?? '').split(';')[0].trim().toLowerCase();
  if (contentType === 'application/json') {
    try {
      return JSON.parse(raw) as unknown;
    } catch (error) {
      throw new LocalizedHttpError(400, 'rest-bad-json-body', [(error as Error).message]);
    }
  }
  if (contentType === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw));
  throw new LocalizedHttpError(415, 'rest-unsupported-content-type', [contentType || '(none)']);
}
