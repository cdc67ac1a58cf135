import Banana from 'banana-i18n';
import { type MessageParam, Message, type MessageSource } from './Message';
import { type MessageTexts, readMessageDirs } from './MessageFiles';

/** @public */
export interface MessageLocalizerOptions {
  /** Language of `msg()`; `inLanguage()` picks another. */
  defaultLanguage?: string;
}

/** The language every fallback chain ends in. */
const FINAL_FALLBACK = 'en';

/**
 * Messages of all extensions (`ExtractedData.messagesDirs`), read once from banana-format files. Language fallback
 * follows banana-i18n's chains and ends in English (`de-formal` -> `de` -> `en`); banana-i18n also does the
 * parsing (`$1`, `{{PLURAL:...}}`, `{{GENDER:...}}`).
 *
 * @public
 */
export class MessageLocalizer {
  readonly #texts: Map<string, MessageTexts>;
  readonly #defaultLanguage: string;
  /** One banana per language, used only as parser and fallback table: its own message store stays empty. */
  readonly #bananas = new Map<string, Banana>();
  readonly #source: MessageSource = {
    find: (key, language) => this.#find(key, language),
    format: (text, params, language) => this.#banana(language).i18n(text, ...params),
  };

  constructor(dirs: Readonly<Record<string, readonly string[]>>, { defaultLanguage = 'en' }: MessageLocalizerOptions = {}) {
    this.#texts = readMessageDirs(Object.values(dirs).flat());
    this.#defaultLanguage = defaultLanguage.toLowerCase();
  }

  /** The message `key` with `params`, in the default language. */
  msg(key: string, ...params: MessageParam[]): Message {
    return new Message(key, params, this.#defaultLanguage, this.#source);
  }

  /** Whether `key` has a text in the default language or its fallbacks. */
  has(key: string): boolean {
    return this.#find(key, this.#defaultLanguage) !== undefined;
  }

  /** Languages that have at least one message file, sorted (documentation, `qqq`, excluded). */
  languages(): string[] {
    return [...this.#texts.keys()].sort();
  }

  /**
   * Languages looked in for `language`, most specific first: each of banana's fallbacks, each cut back one subtag at
   * a time (`zh-hant-tw`, `zh-hant`, `zh`), as banana-i18n looks up messages.
   */
  fallbackChain(language: string): string[] {
    const chain = new Set<string>();
    for (const code of [language.toLowerCase(), ...this.#banana(language).getFallbackLocales()]) {
      const parts = code.split('-');
      for (let n = parts.length; n > 0; n--) chain.add(parts.slice(0, n).join('-'));
    }
    return [...chain];
  }

  #find(key: string, language: string): string | undefined {
    for (const code of this.fallbackChain(language)) {
      const texts = this.#texts.get(code);
      if (texts !== undefined && Object.hasOwn(texts, key)) return texts[key];
    }
    return undefined;
  }

  #banana(language: string): Banana {
    const code = language.toLowerCase();
    let banana = this.#bananas.get(code);
    if (banana === undefined) {
      banana = new Banana(code, { finalFallback: FINAL_FALLBACK });
      this.#bananas.set(code, banana);
    }
    return banana;
  }
}
