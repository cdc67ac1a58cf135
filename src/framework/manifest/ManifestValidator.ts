import type { ValidateFunction } from 'ajv';
import { createAjv } from '../json/createAjv';
import { checkConfigDeclarations } from './checkConfigDeclarations';
import { checkHookReferences } from './checkHookReferences';
import { checkResourceModules } from './checkResourceModules';
import schema from './extension.schema.json';
import { bySeverity, type ManifestProblem, type ManifestValidation } from './ManifestProblem';
import { translateAjvErrors } from './translateAjvErrors';

/** The only manifest_version wikiext reads. @public */
export const MANIFEST_VERSION = 2;

/**
 * The compiled manifest schema. Compiling costs tens of milliseconds, so it happens on the first validation and
 * once per process; a registry load served from its cache never validates and never pays for it.
 */
let compiled: ValidateFunction | undefined;

function manifestSchema(): ValidateFunction {
  if (compiled === undefined) {
    const ajv = createAjv();
    ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/**
 * The problem for a manifest_version wikiext cannot read, or undefined. A missing or non-numeric version is left to
 * the schema, which reports it with the other errors.
 *
 * @public
 */
export function checkManifestVersion(file: string, data: unknown): ManifestProblem | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const version = (data as { manifest_version?: unknown }).manifest_version;
  if (typeof version !== 'number' || version === MANIFEST_VERSION) return undefined;
  return {
    file,
    pointer: '/manifest_version',
    message: `unsupported manifest_version ${version}; wikiext reads version ${MANIFEST_VERSION}`,
    severity: 'error',
  };
}

/**
 * Validates parsed extension.json data against the manifest schema and wikiext's config rules, reporting every
 * problem at once. `file` only labels the problems. Unknown top-level keys are warnings; an unsupported
 * manifest_version is the only error reported, since the rest would be checked against the wrong format.
 *
 * @public
 */
export function validateManifest(file: string, data: unknown): ManifestValidation {
  const version = checkManifestVersion(file, data);
  if (version !== undefined) return { errors: [version], warnings: [] };
  const validate = manifestSchema();
  validate(data);
  const problems = translateAjvErrors(file, validate.errors ?? []);
  const config = (data as { config?: unknown } | null)?.config;
  if (typeof config === 'object' && config !== null && !Array.isArray(config)) {
    problems.push(...checkConfigDeclarations(file, config as Record<string, unknown>));
  }
  if (typeof data === 'object' && data !== null) {
    problems.push(...checkHookReferences(file, data as Record<string, unknown>));
    problems.push(...checkResourceModules(file, data as Record<string, unknown>));
  }
  return bySeverity(problems);
}
