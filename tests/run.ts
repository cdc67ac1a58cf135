/**
 * Runs every compiled test (dist/tests/**\/*.test.js) with mocha and ends with the line CI reads:
 * `N passed, N failed, N skipped`. Arguments are globs or substrings that narrow the files, e.g.
 * `node dist/tests/run.js hooks`.
 */
import 'reflect-metadata';
import Mocha from 'mocha';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findTests(full));
    else if (name.endsWith('.test.js')) out.push(full);
  }
  return out;
}

const filters = process.argv.slice(2);
const REPO = path.resolve(__dirname, '..', '..');
/** A compiled test whose source was deleted or renamed must not run (tsc never removes old output). */
const hasSource = (file: string) => existsSync(path.join(REPO, path.relative(path.join(REPO, 'dist'), file)).replace(/\.js$/, '.ts'));
const mocha = new Mocha({ timeout: 20000, forbidOnly: process.env.CI === 'true' });
for (const file of findTests(__dirname)) {
  if (hasSource(file) && (filters.length === 0 || filters.some((f) => file.includes(f)))) mocha.addFile(file);
}

const runner = mocha.run((failures) => {
  const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
  process.stdout.write(`\n${passes} passed, ${failed} failed, ${pending} skipped\n`);
  process.exitCode = failures > 0 ? 1 : 0;
});
