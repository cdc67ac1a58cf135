/** A message parameter; numbers drive `{{PLURAL:$n|...}}`. @public */
export type MessageParam = string | number;

/**
 * How a `Message` finds and renders its text; implemented by `MessageLocalizer`.
 *
 * @internal
 */
export interface MessageSource {
  /** The text of `key` in `language` or the first language of its fallback chain that has it. */
  find(key: string, language: string): string | undefined;
  /** `text` with parameters substituted and PLURAL/GENDER applied by the rules of `language`. */
  format(text: string, params: readonly MessageParam[], language: string): string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };

/**
 * One message with its parameters, in the manner of MediaWiki's `Message`: nothing is looked up until an output
 * method (`text()`, `escaped()`) is called. A key no language has renders as `⧼key⧽`.
 *
 * @public
 */
export class Message {
  constructor(
    readonly key: string,
    readonly params: readonly MessageParam[],
    readonly language: string,
    private readonly source: MessageSource,
  ) {}

  /** The same message in another language (its own fallback chain applies). */
  inLanguage(code: string): Message {
    return new Message(this.key, this.params, code.toLowerCase(), this.source);
  }

  /** Whether the key has a text in this language or one of its fallbacks. */
  exists(): boolean {
    return this.source.find(this.key, this.language) !== undefined;
  }

  /** Plain text: parameters substituted, PLURAL and GENDER applied, no escaping. */
  text(): string {
    const text = this.source.find(this.key, this.language);
    return text === undefined ? `⧼${this.key}⧽` : this.source.format(text, this.params, this.language);
  }

  /** `text()` made safe to put into HTML. */
  escaped(): string {
    return this.text().replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
  }
}
