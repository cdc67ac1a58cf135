import { STATUS_CODES } from 'node:http';
import type { MessageLocalizer } from '../../../framework/i18n/MessageLocalizer';
import type { LocalizedHttpError } from '../../../framework/rest/LocalizedHttpError';

/** MediaWiki's REST error body. @public */
export interface RestErrorBody {
  errorKey: string;
  httpCode: number;
  httpReason: string;
  messageTranslations: Record<string, string>;
  [extra: string]: unknown;
}

/**
 * The JSON body for `error`: the message in the wiki's language and in English (one entry when they are the same),
 * plus the error's extra data (`failureCode`, `name`, ...), which cannot overwrite the standard fields.
 */
export function restErrorBody(error: LocalizedHttpError, messages: MessageLocalizer): RestErrorBody {
  const message = messages.msg(error.messageKey, ...error.params);
  return {
    ...error.data,
    errorKey: error.errorKey,
    httpCode: error.httpCode,
    httpReason: STATUS_CODES[error.httpCode] ?? 'Error',
    messageTranslations: { [message.language]: message.text(), en: message.inLanguage('en').text() },
  };
}
