/**
 * Writes docs/hooks.md from the hook catalog: `npm run hooks:docs` (node dist/hooks/generateDocs.js).
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderHookDocs } from '../src/framework/hooks/renderHookDocs';
import { hookCatalog } from './index';

/** docs/hooks.md, from the compiled script in dist/hooks/. */
export const hookDocsFile = path.resolve(__dirname, '..', '..', 'docs', 'hooks.md');

/** The text docs/hooks.md must contain. */
export function hookDocs(): string {
  return renderHookDocs(hookCatalog);
}

if (require.main === module) {
  writeFileSync(hookDocsFile, hookDocs());
  process.stdout.write(`Wrote ${hookDocsFile}\n`);
}
