import type { MessageParam } from '../i18n/Message';

/** @public */
export interface LocalizedHttpErrorOptions {
  /**
   * The `errorKey` clients match on, when it differs from the message key: MediaWiki reports every kind of token
   * failure as `rest-badtoken` while explaining each with its own message.
   */
  errorKey?: string;
  /** More fields for the error body, e.g. `{ failureCode: 'missingparam', name: 'event_page' }`. */
  data?: Record<string, unknown>;
}

/**
 * A REST error the client should see (MediaWiki's `LocalizedHttpException`). The host answers it as
 * `{ "errorKey", "httpCode", "httpReason", "messageTranslations": { "en": "..." }, ...data }`, with the text of the
 * message `messageKey` in the wiki's language and in English.
 *
 * @public
 */
export class LocalizedHttpError extends Error {
  readonly errorKey: string;
  readonly data: Readonly<Record<string, unknown>>;

  constructor(
    readonly httpCode: number,
    readonly messageKey: string,
    readonly params: readonly MessageParam[] = [],
    options: LocalizedHttpErrorOptions = {},
  ) {
    super(`${messageKey} (HTTP ${httpCode})`);
    this.name = 'LocalizedHttpError';
    this.errorKey = options.errorKey ?? messageKey;
    this.data = options.data ?? {};
  }
}
