import type { ErrorObject, ValidateFunction } from 'ajv';
import { ErrorCodes, WikiextError } from '../errors';
import { createAjv } from '../json/createAjv';
import { describeValue, inlineJson } from '../json/describeValue';
import { describeAjvError } from '../manifest/translateAjvErrors';
import type { DeclaredConfig } from '../registry/ExtractedData';
import { isPhpArray } from './PhpArray';

type Schema = Record<string, unknown> & { description?: unknown; examples?: unknown; type?: unknown };

/**
 * Checks effective config values against what their declarations promise: the key's JSON Schema when it has one,
 * otherwise "true or false" for a flag or a key whose default is a boolean. Schemas are compiled once, when the
 * checker is made, by {@link createAjv} as `wikiext validate` compiles them, and reused for every reload.
 *
 * @internal
 */
export class ConfigValueChecker {
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(declarations: Record<string, DeclaredConfig>) {
    const ajv = createAjv();
    for (const [name, decl] of Object.entries(declarations)) {
      if (decl.schema === undefined) continue;
      try {
        this.#validators.set(name, ajv.compile(decl.schema));
      } catch (e) {
        throw new WikiextError(
          ErrorCodes.MANIFEST_INVALID,
          `${decl.extension}: the schema of config "${name}" is not a valid JSON Schema: ${(e as Error).message}`,
          { extension: decl.extension, key: name },
        );
      }
    }
  }

  /**
   * What is wrong with `value` for the key `name`, as one sentence without the setting's name in front, or
   * `undefined` when it is fine. The sentence ends with the schema's `description` and first `examples` entry.
   */
  problem(name: string, decl: DeclaredConfig, value: unknown): string | undefined {
    const validate = this.#validators.get(name);
    if (validate === undefined) {
      const isBoolean = decl.flag === true || typeof decl.value === 'boolean';
      return isBoolean && typeof value !== 'boolean' ? `must be true or false, but it is ${describeValue(value)}.` : undefined;
    }
    if (validate(value)) return undefined;
    const phrases = [...new Set((validate.errors ?? []).flatMap((e) => phrase(e)))];
    return `${phrases.join('; ')}.${explanation(decl.schema as Schema)}`;
  }

  /**
   * What is wrong with the top-level type of a site list or object before it is merged with the default, in the
   * words of {@link problem}, or `undefined`. Merging a list into an object (or the reverse) gives a value the
   * admin never wrote, so its errors would not help them. The rest of the schema is left to the merged value, since
   * a site value may rightly be partial (`array_plus` fills in the default's keys); any other site value replaces
   * the default, so the merged value is what the admin wrote.
   */
  siteTypeProblem(decl: DeclaredConfig, siteValue: unknown): string | undefined {
    const schema = decl.schema as Schema | undefined;
    if (schema?.type === undefined || !isPhpArray(siteValue)) return undefined;
    const types = ([] as unknown[]).concat(schema.type).map(String);
    if (types.includes(Array.isArray(siteValue) ? 'array' : 'object')) return undefined;
    return `${typeMismatch(types, siteValue)}.${explanation(schema)}`;
  }
}

/** What the schema says a value should be: its `description`, then its first `examples` entry. */
function explanation(schema: Schema): string {
  const expected = typeof schema.description === 'string' ? ` Expected: ${schema.description}.` : '';
  const example = Array.isArray(schema.examples) && schema.examples.length > 0 ? ` Example: ${inlineJson(schema.examples[0])}` : '';
  return `${expected}${example}`;
}

function typeMismatch(types: string[], value: unknown): string {
  return `must be ${types.map(typePhrase).join(' or ')}, but it is ${describeValue(value)}`;
}

/** One ajv error in words; the summary error ajv adds after a bad key name says nothing new. */
function phrase(error: ErrorObject): string[] {
  if (error.keyword === 'propertyNames') return [];
  if (error.propertyName !== undefined) {
    const description = (error.parentSchema as Schema | undefined)?.description;
    const rule = typeof description === 'string' ? `is not ${description}` : describeAjvError(error);
    return [`${at(error.instancePath)}key "${error.propertyName}" ${rule}`];
  }
  if (error.keyword === 'type') {
    const types = ([] as unknown[]).concat(error.params.type).join(',').split(',');
    return [`${at(error.instancePath)}${typeMismatch(types, error.data)}`];
  }
  return [`${at(error.instancePath)}${describeAjvError(error)}`];
}

function at(pointer: string): string {
  return pointer === '' ? '' : `at ${pointer}: `;
}

function typePhrase(type: string): string {
  const phrases: Record<string, string> = {
    object: 'an object',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    null: 'null',
  };
  return phrases[type] ?? type;
}
