/**
 * Writes the SQL generated from the abstract schema under sql/ (`npm run schema:generate`), and removes generated
 * files whose source is gone. MediaWiki's maintenance/generateSchemaSql.php, for the whole folder at once.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { orphanedSqlFiles, schemaSqlFiles } from './schemaSqlFiles';

/** The repository root (this script runs from dist/src/framework/db/schema/). */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');

/** The repository's sql/ folder. */
export const SQL_DIR = path.join(REPO_ROOT, 'sql');

/** Writes every generated file and returns the paths written and removed, relative to the repository. */
export function generateSchemaSql(sqlDir = SQL_DIR, repoRoot = REPO_ROOT): { written: string[]; removed: string[] } {
  const files = schemaSqlFiles(sqlDir, repoRoot);
  const removed = orphanedSqlFiles(sqlDir, files);
  for (const file of removed) rmSync(file);
  for (const { file, content } of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const relative = (file: string) => path.relative(repoRoot, file);
  return { written: files.map((f) => relative(f.file)), removed: removed.map(relative) };
}

if (require.main === module) {
  const { written, removed } = generateSchemaSql();
  for (const file of written) process.stdout.write(`Wrote ${file}\n`);
  for (const file of removed) process.stdout.write(`Removed ${file} (its source is gone)\n`);
}
