import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ErrorCodes, WikiextError } from '../errors';
import { describeAjvError } from '../manifest/translateAjvErrors';
import type { DeclaredConfig } from '../registry/ExtractedData';

type Schema = Record<string, unknown> & { description?: unknown; examples?: unknown };

/**
 * Checks effective config values against what their declarations promise: the key's JSON Schema when it has one,
 * otherwise "true or false" for a flag or a key whose default is a boolean. Schemas are compiled once, when the
 * checker is made, and reused for every reload.
 *
 * @internal
 */
export class ConfigValueChecker {
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(declarations: Record<string, DeclaredConfig>) {
    const ajv = addFormats(new Ajv({ allErrors: true, verbose: true, strictTypes: false, allowUnionTypes: true }));
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
      return isBoolean && typeof value !== 'boolean' ? `must be true or false, but it is ${describe(value)}.` : undefined;
    }
    if (validate(value)) return undefined;
    const phrases = [...new Set((validate.errors ?? []).flatMap((e) => phrase(e)))];
    const schema = decl.schema as Schema;
    const expected = typeof schema.description === 'string' ? ` Expected: ${schema.description}.` : '';
    const example = Array.isArray(schema.examples) && schema.examples.length > 0 ? ` Example: ${inlineJson(schema.examples[0])}` : '';
    return `${phrases.join('; ')}.${expected}${example}`;
  }
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
    return [`${at(error.instancePath)}must be ${types.map(typePhrase).join(' or ')}, but it is ${describe(error.data)}`];
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

/** `a list (["AF", "Afghanistan"])`: the kind of a value and the value itself, shortened when long. */
function describe(value: unknown): string {
  const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  if (value === null) return kind;
  const json = inlineJson(value);
  return `${kind} (${json.length > 80 ? `${json.slice(0, 77)}...` : json})`;
}

/** JSON on one line with a space after commas and colons, as people write it. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? String(value);
}
