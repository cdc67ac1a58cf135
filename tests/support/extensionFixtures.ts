import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A temporary folder for one test's extensions. */
export function tempDir(prefix = 'wikiext-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A minimal valid manifest with the given name, plus whatever the test adds. */
export function manifest(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, version: '1.0.0', manifest_version: 2, ...extra };
}

/** Writes `<root>/<name>/extension.json` and returns its path. */
export function writeExtension(root: string, data: Record<string, unknown>, folder = String(data.name)): string {
  const dir = path.join(root, folder);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'extension.json');
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}
