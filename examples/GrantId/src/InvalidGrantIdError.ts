import type { MessageLocalizer } from '../../../src/framework/i18n/MessageLocalizer';

/** A grant ID that is not two numbers joined by a hyphen. The message is `grantid-error-invalid`, localized. */
export class InvalidGrantIdError extends Error {
  /** The message key, for a caller that shows the error in another language. */
  readonly key = 'grantid-error-invalid';

  constructor(
    readonly value: string,
    messages: MessageLocalizer,
  ) {
    super(messages.msg('grantid-error-invalid', value).text());
    this.name = 'InvalidGrantIdError';
  }
}
