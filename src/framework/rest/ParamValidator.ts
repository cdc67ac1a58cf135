import type { TitleParser } from '../core/Title';
import type { MessageParam } from '../i18n/Message';
import { listParam, msgParam } from '../i18n/Message';
import { LocalizedHttpError } from './LocalizedHttpError';
import type { RestRequest } from './RestHandler';

/** The kinds of value a parameter may take (MediaWiki's `ParamValidator::PARAM_TYPE`). @public */
export type ParamType = 'string' | 'boolean' | 'integer' | 'timestamp' | 'title' | 'enum';

/**
 * How one parameter is checked, after MediaWiki's `ParamValidator` settings. A parameter that is absent (or JSON
 * `null`) takes its `default`, else it is `null`, unless `required`.
 *
 * @public
 */
export interface ParamSettings {
  readonly type: ParamType;
  readonly required?: boolean;
  readonly default?: string | number | boolean | readonly string[];
  /** A list of values: a JSON array in a JSON body, `a|b|c` in a form body or a path. */
  readonly isMulti?: boolean;
  /** Most values a multi parameter takes (MediaWiki's `PARAM_ISMULTI_LIMIT1`); default 50. */
  readonly maxValues?: number;
  /** The accepted values of an `enum`. */
  readonly values?: readonly string[];
  /** A multi `enum` accepts `["*"]` meaning every value (MediaWiki's `PARAM_ALL`). */
  readonly all?: boolean;
  /** Longest `string` in UTF-8 bytes. */
  readonly maxBytes?: number;
  /** Smallest `integer`. */
  readonly min?: number;
}

/** The parameters of one endpoint by name. @public */
export type ParamDeclarations = Readonly<Record<string, ParamSettings>>;

type ScalarOf<S extends ParamSettings> = S['type'] extends 'boolean' ? boolean : S['type'] extends 'integer' ? number : string;
type ValueOf<S extends ParamSettings> = S extends { isMulti: true } ? ScalarOf<S>[] : ScalarOf<S>;

/**
 * What {@link ParamValidator} returns for declarations `D`: each value typed by its settings, `null` when an optional
 * parameter without default was not sent.
 *
 * @public
 */
export type ValidatedParams<D extends ParamDeclarations> = {
  -readonly [K in keyof D]: D[K] extends { required: true } | { default: unknown } ? ValueOf<D[K]> : ValueOf<D[K]> | null;
};

/** MediaWiki's default limit of values in a multi-value parameter. */
const DEFAULT_MAX_VALUES = 50;
/** Above this many accepted values an error names only their count (a country list is no help in an error). */
const MAX_LISTED_CHOICES = 20;
/** What MediaWiki's `BooleanDef` reads from text. */
const TRUE_TEXT = ['1', 'true', 't', 'yes', 'y', 'on'];
const FALSE_TEXT = ['0', 'false', 'f', 'no', 'n', 'off', ''];
const ALL_VALUES = '*';
const MW_TIMESTAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** Where values come from: a JSON body keeps its JSON types; form fields and path segments are all text. */
interface Source {
  readonly jsonTypes: boolean;
}

/**
 * Checks and converts REST parameters the way MediaWiki's REST framework does with its `ParamValidator`: the first bad
 * parameter ends the request with a 400 whose message names the parameter and says what to send instead, and whose
 * body carries `error: "parameter-validation-failed"`, `name`, `value`, `failureCode` and `failureData`.
 *
 * Failure codes (as MediaWiki's): `missingparam`, `badvalue` (not an accepted value; also an array for a single
 * value, message `paramvalidator-notmulti`, and a non-string for text, message `paramvalidator-needstring`),
 * `multivalue-must-be-array`, `toomanyvalues`, `badbool`, `badinteger`, `outofrange`, `badtimestamp`, `maxbytes`,
 * `badtitle`.
 *
 * @public
 */
export class ParamValidator {
  /** `titles` checks `title` parameters; without it they are checked as strings. */
  constructor(private readonly titles?: TitleParser) {}

  /**
   * The body parameters of `request`. A JSON body must give each value its JSON type (`true`, `7`, `["a"]`); a form
   * body gives text, read as MediaWiki reads it (`1`/`0` for booleans, `a|b` for lists). Other body fields (such as
   * `token`) are ignored.
   *
   * @throws LocalizedHttpError 400
   */
  validateBody<const D extends ParamDeclarations>(declarations: D, request: Pick<RestRequest, 'body' | 'headers'>): ValidatedParams<D> {
    const { body } = request;
    if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
      throw new LocalizedHttpError(400, 'paramvalidator-body-not-object', [describeJson(body)]);
    }
    const jsonTypes = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
    return this.validate(declarations, (body ?? {}) as Record<string, unknown>, { jsonTypes });
  }

  /**
   * The `{name}` segments of the path (text, as in a form body).
   *
   * @throws LocalizedHttpError 400
   */
  validatePath<const D extends ParamDeclarations>(declarations: D, pathParams: Readonly<Record<string, string>>): ValidatedParams<D> {
    return this.validate(declarations, pathParams, { jsonTypes: false });
  }

  private validate<D extends ParamDeclarations>(declarations: D, values: Readonly<Record<string, unknown>>, source: Source): ValidatedParams<D> {
    const result: Record<string, unknown> = {};
    for (const [name, settings] of Object.entries(declarations)) {
      const given = Object.hasOwn(values, name) ? values[name] : undefined;
      result[name] = this.validateOne(name, given ?? null, settings, source);
    }
    return result as ValidatedParams<D>;
  }

  private validateOne(name: string, value: unknown, settings: ParamSettings, source: Source): unknown {
    if (value === null) {
      if (settings.default !== undefined) return Array.isArray(settings.default) ? [...settings.default] : settings.default;
      if (settings.required) throw failure(name, value, 'missingparam', 'paramvalidator-missingparam', [name]);
      return null;
    }
    if (!settings.isMulti) {
      if (Array.isArray(value)) throw failure(name, value, 'badvalue', 'paramvalidator-notmulti', [name]);
      return this.validateScalar(name, value, settings, source);
    }
    return this.validateMulti(name, value, settings, source);
  }

  private validateMulti(name: string, value: unknown, settings: ParamSettings, source: Source): unknown[] {
    let list: unknown[];
    if (Array.isArray(value)) list = value;
    else if (source.jsonTypes) throw failure(name, value, 'multivalue-must-be-array', 'paramvalidator-multivalue-must-be-array', [name, example(settings)]);
    else list = splitMultiValue(String(value));

    if (settings.all && list.length === 1 && list[0] === ALL_VALUES) return [...(settings.values ?? [])];
    const limit = settings.maxValues ?? DEFAULT_MAX_VALUES;
    if (list.length > limit) {
      throw failure(name, value, 'toomanyvalues', 'paramvalidator-toomanyvalues', [name, limit, list.length], { limit });
    }
    if (settings.type === 'enum') {
      const nonText = list.find((item) => typeof item !== 'string');
      if (nonText !== undefined) throw failure(name, value, 'badvalue', 'paramvalidator-needstring', [name, describeJson(nonText)]);
      const unknown = (list as string[]).filter((item) => !(settings.values ?? []).includes(item));
      if (unknown.length > 0) throw badEnumValue(name, value, unknown, settings);
    }
    const checked = list.map((item) => (settings.type === 'enum' ? item : this.validateScalar(name, item, settings, source)));
    return [...new Set(checked)];
  }

  private validateScalar(name: string, value: unknown, settings: ParamSettings, source: Source): unknown {
    switch (settings.type) {
      case 'boolean':
        return validateBoolean(name, value, source);
      case 'integer':
        return validateInteger(name, value, settings, source);
      case 'timestamp':
        return validateTimestamp(name, value);
      case 'enum': {
        const text = requireString(name, value);
        if (!(settings.values ?? []).includes(text)) throw badEnumValue(name, value, [text], settings);
        return text;
      }
      case 'title': {
        const text = requireString(name, value);
        this.checkTitle(name, text);
        return text;
      }
      case 'string': {
        const text = requireString(name, value);
        const bytes = Buffer.byteLength(text, 'utf8');
        if (settings.maxBytes !== undefined && bytes > settings.maxBytes) {
          throw failure(name, value, 'maxbytes', 'paramvalidator-maxbytes', [name, settings.maxBytes, bytes], { maxbytes: settings.maxBytes });
        }
        return text;
      }
    }
  }

  private checkTitle(name: string, text: string): void {
    if (this.titles === undefined) return;
    try {
      this.titles.parseTitle(text);
    } catch (error) {
      throw failure(name, text, 'badtitle', 'paramvalidator-badtitle', [name, (error as Error).message]);
    }
  }
}

function validateBoolean(name: string, value: unknown, source: Source): boolean {
  if (typeof value === 'boolean') return value;
  if (!source.jsonTypes && typeof value === 'string') {
    const text = value.toLowerCase();
    if (TRUE_TEXT.includes(text)) return true;
    if (FALSE_TEXT.includes(text)) return false;
  }
  const howTo = source.jsonTypes ? msgParam('paramvalidator-badbool-json') : msgParam('paramvalidator-badbool-text');
  throw failure(name, value, 'badbool', 'paramvalidator-badbool', [name, describeJson(value), howTo]);
}

function validateInteger(name: string, value: unknown, settings: ParamSettings, source: Source): number {
  let number: number | undefined;
  if (typeof value === 'number') number = value;
  else if (!source.jsonTypes && typeof value === 'string' && /^[+-]?\d+$/.test(value)) number = Number(value);
  if (number === undefined || !Number.isSafeInteger(number)) {
    throw failure(name, value, 'badinteger', 'paramvalidator-badinteger', [name, describeJson(value)]);
  }
  if (settings.min !== undefined && number < settings.min) {
    throw failure(name, value, 'outofrange', 'paramvalidator-outofrange', [name, String(number), settings.min], { min: settings.min });
  }
  return number;
}

/** A MediaWiki 14-digit timestamp of a real date and time (no 30 February), returned as given. */
function validateTimestamp(name: string, value: unknown): string {
  const m = typeof value === 'string' ? MW_TIMESTAMP.exec(value) : null;
  if (m !== null) {
    const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    date.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
    const same =
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day &&
      date.getUTCHours() === hour &&
      date.getUTCMinutes() === minute &&
      date.getUTCSeconds() === second;
    if (same) return value as string;
  }
  throw failure(name, value, 'badtimestamp', 'paramvalidator-badtimestamp', [name, describeJson(value)]);
}

function requireString(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  throw failure(name, value, 'badvalue', 'paramvalidator-needstring', [name, describeJson(value)]);
}

function badEnumValue(name: string, value: unknown, unknown: readonly string[], settings: ParamSettings): LocalizedHttpError {
  const accepted = settings.values ?? [];
  const quoted = (values: readonly string[]) => listParam(values.map((v) => `"${v}"`));
  let choices: MessageParam;
  if (accepted.length > MAX_LISTED_CHOICES) {
    choices = msgParam('paramvalidator-badvalue-manychoices', quoted(accepted.slice(0, 3)), accepted.length - 3);
  } else {
    choices = msgParam(settings.all ? 'paramvalidator-badvalue-choices-all' : 'paramvalidator-badvalue-choices', quoted(accepted));
  }
  return failure(name, value, 'badvalue', 'paramvalidator-badvalue', [name, quoted(unknown), unknown.length, choices]);
}

/** MediaWiki's `explodeMultiValue`: `a|b`, or `\x1f`-separated when a value contains `|`; '' is no value. */
function splitMultiValue(text: string): string[] {
  if (text === '' || text === '\x1f') return [];
  return text.startsWith('\x1f') ? text.slice(1).split('\x1f') : text.split('|');
}

function example(settings: ParamSettings): string {
  const first = settings.values?.[0];
  return first === undefined ? '["a", "b"]' : `["${first}"]`;
}

/** A value as it would be written in JSON, shortened for a message. */
function describeJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

function failure(
  name: string,
  value: unknown,
  failureCode: string,
  messageKey: string,
  params: MessageParam[],
  failureData: Record<string, unknown> | null = null,
): LocalizedHttpError {
  return new LocalizedHttpError(400, messageKey, params, {
    data: { error: 'parameter-validation-failed', name, value, failureCode, failureData },
  });
}
