import type { ErrorObject } from 'ajv';
import { didYouMean } from './closestKey';
import { type ManifestProblem, pointerTo } from './ManifestProblem';
import { unknownTopLevelKey } from './unknownTopLevelKey';

type SchemaNode = { errorMessage?: string; properties?: Record<string, unknown> };

/**
 * Turns ajv's errors (from a validator compiled with `allErrors` and `verbose`) into manifest problems a person can
 * act on: enums list their values, unknown keys get a did-you-mean, a schema's `errorMessage` replaces ajv's text for
 * wrong types and unmatched `anyOf`/`oneOf`, and the per-branch noise of those combinators is dropped. Unknown
 * top-level keys become warnings; everything else is an error.
 *
 * @internal
 */
export function translateAjvErrors(file: string, errors: readonly ErrorObject[]): ManifestProblem[] {
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const seen = new Set<string>();
  const problems: ManifestProblem[] = [];
  for (const error of errors) {
    if (combinators.some((c) => c !== error && isInsideBranch(error, c))) continue;
    const problem = toProblem(file, error);
    const key = `${problem.pointer}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * ajv's message made specific: allowed values, the missing or unknown key by name, the schema's own `errorMessage`.
 * Used for manifest errors and for config values checked against their declared schema.
 *
 * @internal
 */
export function describeAjvError(error: ErrorObject): string {
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  switch (error.keyword) {
    case 'required':
      return `missing required key "${String(error.params.missingProperty)}"`;
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      return `unknown key "${key}"${didYouMean(key, Object.keys(parent.properties ?? {}))}`;
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      return allowed.length === 1 ? `must be ${allowed[0]}` : `must be one of ${allowed.join(', ')}`;
    }
    case 'type': {
      const types = ([] as unknown[]).concat(error.params.type).join(',').split(',');
      return parent.errorMessage ?? `must be ${types.join(' or ')}`;
    }
    case 'anyOf':
    case 'oneOf':
      return parent.errorMessage ?? 'must match one of the allowed shapes';
    default:
      return error.message ?? `fails the "${error.keyword}" rule`;
  }
}

function toProblem(file: string, error: ErrorObject): ManifestProblem {
  const base = error.instancePath === '' ? '/' : error.instancePath;
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    if (error.instancePath === '') {
      const supported = Object.keys((error.parentSchema as SchemaNode).properties ?? {});
      return unknownTopLevelKey(file, key, supported);
    }
    return { file, pointer: pointerTo(base, key), message: describeAjvError(error), severity: 'error' };
  }
  return { file, pointer: base, message: describeAjvError(error), severity: 'error' };
}

/** Whether `error` comes from one of the branches of the failed combinator `c` (same place in data and schema). */
function isInsideBranch(error: ErrorObject, c: ErrorObject): boolean {
  const samePlace = error.instancePath === c.instancePath || error.instancePath.startsWith(c.instancePath + '/');
  return samePlace && error.schemaPath.startsWith(c.schemaPath + '/');
}
