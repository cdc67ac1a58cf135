import { ApiError } from './ApiError';

/** Separates the values of a multi-value parameter when one of them contains `|` (MediaWiki's U+001F rule). */
const UNIT_SEPARATOR = '\x1f';

/**
 * The parameters of one action-API request, read as MediaWiki's ApiBase reads them: the query string and the POST
 * body together (the body wins), booleans true by presence, multi-values split on `|`. Every read marks the name as
 * used, so the request can be told afterwards which parameters nobody asked for (MediaWiki's "Unrecognized
 * parameter" warning).
 *
 * @public
 */
export class ApiParams {
  private readonly used = new Set<string>();

  private constructor(
    private readonly values: ReadonlyMap<string, string>,
    private readonly queryStringNames: ReadonlySet<string>,
    /** Whether the request was a POST. */
    readonly posted: boolean,
  ) {}

  /** From fastify's parsed query string and body (form-encoded or multipart); repeated names keep the last value, as PHP does. */
  static fromRequest(query: unknown, body: unknown, posted: boolean): ApiParams {
    const values = new Map<string, string>();
    const queryStringNames = new Set<string>();
    for (const [name, value] of lastValues(query)) {
      values.set(name, value);
      queryStringNames.add(name);
    }
    for (const [name, value] of lastValues(body)) values.set(name, value);
    return new ApiParams(values, queryStringNames, posted);
  }

  /** The raw value, or undefined when the parameter was not sent. */
  string(name: string): string | undefined {
    this.used.add(name);
    return this.values.get(name);
  }

  /** @throws ApiError `missingparam` when the parameter was not sent. */
  required(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw ApiError.missingParam(name);
    return value;
  }

  /** A boolean: true when the parameter is present, whatever its value (like an HTML checkbox). */
  flag(name: string): boolean {
    return this.string(name) !== undefined;
  }

  /** @throws ApiError `badinteger` for anything but an optionally signed run of digits. */
  integer(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^[-+]?\d+$/.test(value.trim())) throw ApiError.badInteger(name, value);
    return Number(value.trim());
  }

  /** A multi-value parameter: `a|b|c`, or `\x1fa|1\x1fb` when a value contains `|`. Empty gives none. */
  list(name: string): string[] {
    const value = this.string(name);
    if (value === undefined || value === '') return [];
    return value.startsWith(UNIT_SEPARATOR) ? value.slice(1).split(UNIT_SEPARATOR) : value.split('|');
  }

  /**
   * A multi-value parameter limited to `allowed`; unknown values are dropped with a warning, as MediaWiki does
   * (`apiwarn-unrecognizedvalues`), so `type=csrf|nosuch` still returns the csrf token.
   */
  knownValues<T extends string>(name: string, allowed: readonly T[], warn: (text: string) => void): T[] {
    const values = this.list(name);
    const isAllowed = (value: string): value is T => (allowed as readonly string[]).includes(value);
    const unknown = values.filter((value) => !isAllowed(value));
    if (unknown.length > 0) {
      warn(`Unrecognized value${unknown.length === 1 ? '' : 's'} for parameter "${name}": ${unknown.join(', ')}.`);
    }
    return [...new Set(values.filter(isAllowed))];
  }

  /** A single value out of `allowed`, or `fallback` when absent. @throws ApiError `badvalue` for any other value. */
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) throw ApiError.badValue(name, value);
    return value as T;
  }

  /** Whether the parameter was sent in the URL (tokens must come in the body). Does not count as a read. */
  inQueryString(name: string): boolean {
    return this.queryStringNames.has(name);
  }

  /** Names sent but never read, in the order they were sent. */
  unusedNames(): string[] {
    return [...this.values.keys()].filter((name) => !this.used.has(name));
  }
}

/** `[name, value]` pairs of a parsed query string or body; arrays (a repeated name) give their last string. */
function lastValues(source: unknown): [string, string][] {
  if (typeof source !== 'object' || source === null) return [];
  const pairs: [string, string][] = [];
  for (const [name, raw] of Object.entries(source)) {
    const value = Array.isArray(raw) ? raw.filter((item) => typeof item === 'string').at(-1) : raw;
    if (typeof value === 'string') pairs.push([name, value]);
  }
  return pairs;
}
