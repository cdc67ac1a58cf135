import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { checkMessageDocs } from '../../../src/framework/i18n/checkMessageDocs';

const ROOT = path.resolve(__dirname, '../../../..');
/** The message folders extension.json names (`MessagesDirs`). */
const I18N_DIRS = (
  JSON.parse(readFileSync(path.join(ROOT, 'extension.json'), 'utf8')) as { MessagesDirs: Record<string, string[]> }
).MessagesDirs.CampaignEvents.map((dir) => path.join(ROOT, dir));
/** Folders whose code may name this extension's messages. */
const CODE_DIRS = ['src', 'hooks', 'examples'];
/** A whole string literal that is a message key of this extension (no template placeholders, not a bare prefix). */
const KEY_LITERAL = /(['"`])(campaignevents(?:-[a-z0-9]+)+)\1/g;

function typeScriptFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return typeScriptFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** The user rights extension.json declares: they share the `campaignevents-` prefix but are not messages. */
const RIGHTS = new Set(
  (JSON.parse(readFileSync(path.join(ROOT, 'extension.json'), 'utf8')) as { AvailableRights?: string[] }).AvailableRights ?? [],
);

/** Message keys used in code (right names aside), each with the first file that uses it. */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of CODE_DIRS.flatMap((dir) => typeScriptFiles(path.join(ROOT, dir)))) {
    for (const match of readFileSync(file, 'utf8').matchAll(KEY_LITERAL)) {
      if (!used.has(match[2]) && !RIGHTS.has(match[2])) used.set(match[2], path.relative(ROOT, file));
    }
  }
  return used;
}

/** `namemsg`/`descriptionmsg` values anywhere in the root extension.json, if it exists. */
function keysUsedInManifest(): Map<string, string> {
  const used = new Map<string, string>();
  const manifest = path.join(ROOT, 'extension.json');
  if (!existsSync(manifest)) return used;
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'namemsg' || key === 'descriptionmsg') && typeof inner === 'string') used.set(inner, 'extension.json');
      else visit(inner);
    }
  };
  visit(JSON.parse(readFileSync(manifest, 'utf8')));
  return used;
}

describe('i18n structure', () => {
  it('documents every message of each message folder in its qqq.json (banana-checker rules)', () => {
    expect(I18N_DIRS.flatMap((dir) => checkMessageDocs(dir))).to.deep.equal([]);
  });

  it('defines each message key in one folder only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const dir of I18N_DIRS) {
      for (const key of Object.keys(JSON.parse(readFileSync(path.join(dir, 'en.json'), 'utf8')) as object)) {
        if (key === '@metadata') continue;
        if (seen.has(key)) twice.push(`${key} (${path.relative(ROOT, seen.get(key)!)} and ${path.relative(ROOT, dir)})`);
        else seen.set(key, dir);
      }
    }
    expect(twice).to.deep.equal([]);
  });

  it('defines in en.json every message key the code and extension.json use', () => {
    const english = Object.assign(
      {},
      ...I18N_DIRS.map((dir) => JSON.parse(readFileSync(path.join(dir, 'en.json'), 'utf8')) as Record<string, string>),
    ) as Record<string, string>;
    const used = new Map([...keysUsedInCode(), ...keysUsedInManifest()]);
    const missing = [...used].filter(([key]) => !Object.hasOwn(english, key)).map(([key, where]) => `${key} (${where})`);
    expect(missing, 'message keys missing from the en.json files of MessagesDirs').to.deep.equal([]);
  });
});
