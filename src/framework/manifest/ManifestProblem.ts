/**
 * One thing wrong with an extension.json, located by a JSON pointer. `severity: 'warning'` marks something wikiext
 * ignores (an unknown or MediaWiki-only key); an `'error'` stops the extension from loading.
 *
 * @public
 */
export interface ManifestProblem {
  /** The manifest path as the caller gave it. */
  file: string;
  /** JSON pointer into the manifest; `/` is the whole document. */
  pointer: string;
  message: string;
  severity: 'error' | 'warning';
}

/** What validating a manifest found, split by severity. @public */
export interface ManifestValidation {
  errors: ManifestProblem[];
  warnings: ManifestProblem[];
}

/** Renders a problem as one line: `FILE: /json/pointer: message`. @public */
export function formatProblem(problem: ManifestProblem): string {
  return `${problem.file}: ${problem.pointer}: ${problem.message}`;
}

export { pointerTo } from '../json/jsonPointer';

/** Splits problems into errors and warnings. @internal */
export function bySeverity(problems: readonly ManifestProblem[]): ManifestValidation {
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
