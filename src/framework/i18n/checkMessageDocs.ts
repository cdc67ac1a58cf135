import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DOC_LANGUAGE } from './MessageFiles';

const SOURCE_LANGUAGE = 'en';

/**
 * Checks a message directory the way banana-checker does, for a structure test: `en.json` and `qqq.json` exist,
 * are JSON objects and have `@metadata`; every English message is documented in `qqq.json`, every documentation
 * entry has an English message, and no documentation is blank. Returns one sentence per problem; none means fine.
 *
 * @public
 */
export function checkMessageDocs(dir: string): string[] {
  const problems: string[] = [];
  const source = readForCheck(path.join(dir, `${SOURCE_LANGUAGE}.json`), problems);
  const docs = readForCheck(path.join(dir, `${DOC_LANGUAGE}.json`), problems);
  if (source === undefined || docs === undefined) return problems;
  const messageKeys = (data: Record<string, unknown>) => Object.keys(data).filter((key) => !key.startsWith('@'));
  for (const key of messageKeys(source)) {
    if (!Object.hasOwn(docs, key)) problems.push(`Message "${key}" has no documentation in ${DOC_LANGUAGE}.json; describe it and its parameters there.`);
  }
  for (const key of messageKeys(docs)) {
    if (!Object.hasOwn(source, key)) problems.push(`${DOC_LANGUAGE}.json documents "${key}", which ${SOURCE_LANGUAGE}.json does not define; remove it or add the message.`);
    else if (typeof docs[key] !== 'string' || docs[key].trim() === '') problems.push(`Documentation of "${key}" in ${DOC_LANGUAGE}.json is blank.`);
  }
  return problems;
}

function readForCheck(file: string, problems: string[]): Record<string, unknown> | undefined {
  if (!existsSync(file)) {
    problems.push(`${file} is missing.`);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push(`${file} must hold a JSON object.`);
    return undefined;
  }
  if (!('@metadata' in data)) problems.push(`${file} has no "@metadata" (give at least "authors").`);
  return data as Record<string, unknown>;
}
