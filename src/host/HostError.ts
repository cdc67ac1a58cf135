/**
 * An error a wiki user caused and can fix (taken name, wrong password, missing right, bad title). `code` is
 * MediaWiki's action-API error code, `message` the English text shown to the user; the HTTP layer turns it into an
 * API error, a REST error or a message on the form.
 *
 * @public
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
