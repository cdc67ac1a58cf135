import { readFileSync } from 'node:fs';
import { ErrorCodes, WikiextAggregateError, WikiextError } from '../errors';
import type { Manifest } from './Manifest';
import { formatProblem, type ManifestProblem, type ManifestValidation } from './ManifestProblem';
import { checkManifestVersion, validateManifest } from './ManifestValidator';
import { JsonSyntaxError, scanJsonText } from '../json/scanJsonText';

export { formatProblem, type ManifestProblem, type ManifestValidation } from './ManifestProblem';
export { validateManifest } from './ManifestValidator';

/** A manifest that passed validation, with the warnings found on the way. @public */
export interface ReadManifest {
  manifest: Manifest;
  warnings: ManifestProblem[];
}

/**
 * Reads, parses and validates an extension.json. Throws a `WikiextError` with code MANIFEST_UNREADABLE,
 * MANIFEST_BAD_JSON (naming line and column) or MANIFEST_UNSUPPORTED_VERSION, or a `WikiextAggregateError` with
 * code MANIFEST_INVALID whose `problems` are the formatted lines and whose `details.problems` the problem objects.
 * A caller that has already read the file passes its `text`, so it is not read twice.
 *
 * @public
 */
export function readManifest(file: string, text?: string): ReadManifest {
  const { data, errors, warnings } = examine(file, text);
  if (errors.length > 0) {
    throw new WikiextAggregateError(ErrorCodes.MANIFEST_INVALID, errors.map(formatProblem), { problems: errors });
  }
  return { manifest: data as Manifest, warnings };
}

/**
 * Like `readManifest` but never throws for a bad manifest: an unreadable file, bad JSON or an unsupported version
 * becomes a single error problem. For `wikiext validate`.
 *
 * @public
 */
export function validateManifestFile(file: string): ManifestValidation {
  try {
    const { errors, warnings } = examine(file);
    return { errors, warnings };
  } catch (e) {
    const problem = e instanceof WikiextError ? (e.details.problem as ManifestProblem | undefined) : undefined;
    if (problem === undefined) throw e;
    return { errors: [problem], warnings: [] };
  }
}

/** Everything found in one file; throws for the failures that stop validation before the schema runs. */
function examine(file: string, text?: string): ManifestValidation & { data: unknown } {
  const data = parse(file, text === undefined ? read(file) : text.replace(/^\uFEFF/, ''));
  const version = checkManifestVersion(file, data.value);
  if (version !== undefined) {
    throw new WikiextError(ErrorCodes.MANIFEST_UNSUPPORTED_VERSION, formatProblem(version), { problem: version });
  }
  const { errors, warnings } = validateManifest(file, data.value);
  return { data: data.value, errors: [...data.duplicates, ...errors], warnings };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const problem = rootProblem(file, `cannot read the file (${reason}); check that it exists and is readable`);
    throw new WikiextError(ErrorCodes.MANIFEST_UNREADABLE, formatProblem(problem), { problem });
  }
}

function parse(file: string, text: string): { value: unknown; duplicates: ManifestProblem[] } {
  let pointers: string[];
  try {
    pointers = scanJsonText(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const problem = rootProblem(file, `invalid JSON at line ${e.line}, column ${e.column}: ${e.reason}`);
    throw new WikiextError(ErrorCodes.MANIFEST_BAD_JSON, formatProblem(problem), {
      problem,
      line: e.line,
      column: e.column,
    });
  }
  const duplicates = pointers.map((pointer) => ({
    file,
    pointer,
    message: `duplicate key "${lastSegment(pointer)}"; JSON keeps only the last value, so remove the other`,
    severity: 'error' as const,
  }));
  return { value: JSON.parse(text) as unknown, duplicates };
}

function rootProblem(file: string, message: string): ManifestProblem {
  return { file, pointer: '/', message, severity: 'error' };
}

function lastSegment(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
}
