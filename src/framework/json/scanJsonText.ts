import { pointerTo } from './jsonPointer';

/** A JSON syntax error with its 1-based line and column. @internal */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SIMPLE_ESCAPES = '"\\/bfnrt';

/**
 * Reads JSON text without building values, for the two things `JSON.parse` does not tell: where a syntax error is
 * (line and column; V8's message often has no position), and which object keys appear twice (MediaWiki reports
 * "Duplicate key"; `JSON.parse` silently keeps the last). Returns the JSON pointers of the duplicates.
 *
 * @internal
 */
export function scanJsonText(text: string): string[] {
  const scanner = new Scanner(text);
  scanner.document();
  return scanner.duplicates;
}

class Scanner {
  readonly duplicates: string[] = [];
  #i = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.#space();
    this.#value('/');
    this.#space();
    if (this.#i < this.text.length) this.#fail(`unexpected ${this.#found()} after the end of the JSON value`);
  }

  #value(pointer: string): void {
    const c = this.text[this.#i];
    if (c === '{') this.#object(pointer);
    else if (c === '[') this.#array(pointer);
    else if (c === '"') this.#string();
    else if (c === 't' || c === 'f' || c === 'n') this.#literal();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.#number();
    else this.#fail(`expected a value, found ${this.#found()}`);
  }

  #object(pointer: string): void {
    this.#i++;
    this.#space();
    if (this.text[this.#i] === '}') {
      this.#i++;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      this.#space();
      if (this.text[this.#i] !== '"') this.#fail(`expected a key in double quotes, found ${this.#found()}`);
      const key = this.#string();
      if (keys.has(key)) this.duplicates.push(pointerTo(pointer, key));
      keys.add(key);
      this.#space();
      if (this.text[this.#i] !== ':') this.#fail(`expected ":" after the key "${key}", found ${this.#found()}`);
      this.#i++;
      this.#space();
      this.#value(pointerTo(pointer, key));
      if (this.#after('}')) return;
    }
  }

  #array(pointer: string): void {
    this.#i++;
    this.#space();
    if (this.text[this.#i] === ']') {
      this.#i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.#space();
      this.#value(pointerTo(pointer, index));
      if (this.#after(']')) return;
    }
  }

  /** After a member: true at the closing bracket, false after a comma. */
  #after(close: '}' | ']'): boolean {
    this.#space();
    const c = this.text[this.#i];
    if (c === close || c === ',') {
      this.#i++;
      return c === close;
    }
    return this.#fail(`expected "," or "${close}", found ${this.#found()}`);
  }

  #string(): string {
    const start = this.#i++;
    for (;;) {
      const c = this.text[this.#i];
      if (c === undefined) this.#fail('the string is not closed');
      if (c === '"') break;
      if (c < ' ') this.#fail('a control character (such as a line break) inside a string; escape it');
      if (c === '\\') {
        const next = this.text[this.#i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.#i + 2, this.#i + 6))) this.#i += 6;
        else if (next !== '' && SIMPLE_ESCAPES.includes(next)) this.#i += 2;
        else this.#fail(`invalid escape "\\${next}" in a string`);
      } else {
        this.#i++;
      }
    }
    this.#i++;
    return JSON.parse(this.text.slice(start, this.#i)) as string;
  }

  #literal(): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.#i)) {
        this.#i += word.length;
        return;
      }
    }
    this.#fail(`expected a value, found ${this.#found()}`);
  }

  #number(): void {
    NUMBER.lastIndex = this.#i;
    if (!NUMBER.test(this.text)) this.#fail(`invalid number`);
    this.#i = NUMBER.lastIndex;
  }

  #space(): void {
    while (' \t\n\r'.includes(this.text[this.#i] ?? 'x')) this.#i++;
  }

  #found(): string {
    const c = this.text[this.#i];
    return c === undefined ? 'the end of the file' : JSON.stringify(c);
  }

  #fail(reason: string): never {
    const before = this.text.slice(0, this.#i);
    const line = before.split('\n').length;
    const column = this.#i - before.lastIndexOf('\n');
    throw new JsonSyntaxError(line, column, reason);
  }
}
