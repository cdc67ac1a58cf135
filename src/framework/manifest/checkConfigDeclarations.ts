import type { default as Ajv, ValidateFunction } from 'ajv';
import { createAjv } from '../json/createAjv';
import { type ManifestProblem, pointerTo } from './ManifestProblem';
import { describeAjvError } from './translateAjvErrors';

/**
 * Compiles the JSON Schemas that config entries declare. Created on first use, by {@link createAjv} as the site's
 * load does, so a schema `validate` accepts is one a site can load.
 */
let schemaCompiler: Ajv | undefined;

function compiler(): Ajv {
  schemaCompiler ??= createAjv();
  return schemaCompiler;
}

/**
 * The checks on `config` that the manifest schema cannot express: a feature flag (`"flag": true`) has a boolean
 * `value` and a `description`, and a declared `value` matches the entry's own `schema`. Entries that are not
 * objects are left to the schema's errors.
 *
 * @internal
 */
export function checkConfigDeclarations(file: string, config: Record<string, unknown>): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const [key, entry] of Object.entries(config)) {
    if (!isObject(entry)) continue;
    const at = pointerTo('/config', key);
    if (entry.flag === true) problems.push(...flagProblems(file, at, key, entry));
    if (isObject(entry.schema) && 'value' in entry) problems.push(...valueProblems(file, at, entry.schema, entry.value));
  }
  return problems;
}

function flagProblems(file: string, at: string, key: string, entry: Record<string, unknown>): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  if ('value' in entry && typeof entry.value !== 'boolean') {
    problems.push({
      file,
      pointer: pointerTo(at, 'value'),
      message: `must be boolean: "${key}" is a feature flag ("flag": true), so its default is true or false`,
      severity: 'error',
    });
  }
  const description = entry.description;
  if (description === undefined || description === '' || (Array.isArray(description) && description.length === 0)) {
    problems.push({
      file,
      pointer: at,
      message: 'a feature flag needs a "description" saying what turning it on changes',
      severity: 'error',
    });
  }
  return problems;
}

function valueProblems(file: string, at: string, schema: Record<string, unknown>, value: unknown): ManifestProblem[] {
  const ajv = compiler();
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (e) {
    ajv.removeSchema(schema);
    const message = `is not a valid JSON Schema: ${(e as Error).message}`;
    return [{ file, pointer: pointerTo(at, 'schema'), message, severity: 'error' }];
  }
  const valid = validate(value);
  // Each load parses a fresh schema object: drop it so the cache does not grow and a `$id` can be compiled again.
  ajv.removeSchema(schema);
  if (valid) return [];
  const expected = typeof schema.description === 'string' ? ` (expected ${schema.description})` : '';
  return (validate.errors ?? []).map((error) => ({
    file,
    pointer: pointerTo(at, 'value') + error.instancePath,
    message: describeAjvError(error) + expected,
    severity: 'error' as const,
  }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
