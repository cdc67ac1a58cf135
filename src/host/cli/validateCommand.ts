import { formatProblem, validateManifestFile } from '../../framework/manifest/readManifest';
import type { CliOutput } from './output';

/**
 * `wikiext validate [FILE...]`: one line per problem, `FILE: /pointer: message`; errors on stdout, warnings on
 * stderr prefixed `warning:`. Exit 0 when every file is valid (warnings allowed), 1 otherwise.
 */
export function validateCommand(files: string[], output: CliOutput): number {
  let errors = 0;
  for (const file of files.length > 0 ? files : ['extension.json']) {
    const result = validateManifestFile(file);
    for (const problem of result.errors) output.out(formatProblem(problem));
    for (const problem of result.warnings) output.err(`warning: ${formatProblem(problem)}`);
    errors += result.errors.length;
  }
  if (errors === 0) output.err(`valid: ${files.length > 0 ? files.join(', ') : 'extension.json'}`);
  return errors === 0 ? 0 : 1;
}
