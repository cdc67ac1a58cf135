/**
 * A message parameter: text, a number (which drives `{{PLURAL:$n|...}}`), another message rendered in the same
 * language (`{ msg: 'some-message-key' }`), or a list of parameters joined the way the language
 * joins a short list ("a, b, c" in English), like MediaWiki's `Message::listParam()`.
 *
 * @public
 */
export type MessageParam = string | number | MessageRefParam | ListParam;

/** A parameter that is itself a message. @public */
export interface MessageRefParam {
  readonly msg: string;
  readonly params?: readonly MessageParam[];
}

/** A parameter that is a list. @public */
export interface ListParam {
  readonly list: readonly MessageParam[];
}

/** A message parameter as `{ msg: key }`. @public */
export function msgParam(key: string, ...params: MessageParam[]): MessageRefParam {
  return { msg: key, params };
}

/** A list parameter. @public */
export function listParam(items: readonly MessageParam[]): ListParam {
  return { list: items };
}

/**
 * How a `Message` finds and renders its text; implemented by `MessageLocalizer`.
 *
 * @internal
 */
export interface MessageSource {
  /** The text of `key` in `language` or the first language of its fallback chain that has it. */
  find(key: string, language: string): string | undefined;
  /** `text` with (plain) parameters substituted and PLURAL/GENDER applied by the rules of `language`. */
  format(text: string, params: readonly (string | number)[], language: string): string;
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
    return text === undefined ? `⧼${this.key}⧽` : this.source.format(text, this.params.map((p) => this.#plain(p)), this.language);
  }

  /** A parameter as text or number: nested messages rendered in this message's language, lists joined. */
  #plain(param: MessageParam): string | number {
    if (typeof param === 'string' || typeof param === 'number') return param;
    if ('list' in param) {
      const items = param.list.map((item) => String(this.#plain(item)));
      return listFormat(this.language).format(items);
    }
    return new Message(param.msg, param.params ?? [], this.language, this.source).text();
  }

  /** `text()` made safe to put into HTML. */
  escaped(): string {
    return this.text().replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
  }
}

/** The short list format of `language`; English for a tag Intl does not accept (`qqq`-style codes are accepted). */
function listFormat(language: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(language, { type: 'unit', style: 'short' });
  } catch {
    return new Intl.ListFormat('en', { type: 'unit', style: 'short' });
  }
}
