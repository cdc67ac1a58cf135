import { HostError } from '../../HostError';

const CRLF = '\r\n';

/**
 * The text fields of a `multipart/form-data` body. MediaWiki clients switch to multipart for long values (mwn above
 * 8000 characters, so any long page text); file parts are skipped, as no module here takes uploads.
 *
 * @throws HostError (HTTP 400) when the boundary is missing or the body does not follow it.
 */
export function parseMultipartForm(body: Buffer, contentType: string): Record<string, string> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (boundary === null) throw malformed('the Content-Type header names no boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields: Record<string, string> = {};
  let position = body.indexOf(delimiter);
  if (position < 0) throw malformed('the body does not contain the boundary');
  for (;;) {
    position += delimiter.length;
    if (body.toString('latin1', position, position + 2) === '--') return fields;
    const next = body.indexOf(delimiter, position);
    if (next < 0) throw malformed('the last part is not closed by the boundary');
    // A part is CRLF, headers, CRLF CRLF, value, CRLF, then the next delimiter.
    const part = body.subarray(position + CRLF.length, next - CRLF.length);
    const headerEnd = part.indexOf(`${CRLF}${CRLF}`);
    if (headerEnd < 0) throw malformed('a part has no blank line after its headers');
    const headers = part.toString('utf8', 0, headerEnd);
    const name = /content-disposition:[^\r\n]*;\s*name="([^"]*)"/i.exec(headers);
    if (name !== null && !/;\s*filename\*?=/i.test(headers)) fields[name[1]] = part.toString('utf8', headerEnd + 4);
    position = next;
  }
}

function malformed(reason: string): HostError {
  return new HostError('badmultipart', `The multipart/form-data request body is malformed: ${reason}.`);
}
