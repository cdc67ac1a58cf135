import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, WikiextError } from '../errors';
import { JsonSyntaxError, scanJsonText } from '../json/scanJsonText';

/** Message key -> text, for one language. @public */
export type MessageTexts = Record<string, string>;

/** The pseudo-language holding message documentation; it is never displayed. @public */
export const DOC_LANGUAGE = 'qqq';

/**
 * Reads one banana-format file (`<lang>.json`): a flat object of strings plus `@metadata` and other `@` keys,
 * which are dropped. Anything else is an I18N_BAD_FILE error naming the file.
 */
function readMessageFile(file: string): MessageTexts {
  const text = readFileSync(file, 'utf8');
  try {
    scanJsonText(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw badFile(
      file,
      `is not valid JSON at line ${error.line}, column ${error.column}: ${error.reason}. ` +
        'Check for a missing comma or quote, or a trailing comma.',
      { line: error.line, column: error.column },
    );
  }
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw badFile(file, 'must hold a JSON object of message keys and texts.');
  }
  const texts: MessageTexts = {};
  for (const [key, text] of Object.entries(data)) {
    if (key.startsWith('@')) continue;
    if (typeof text !== 'string') throw badFile(file, `has a non-string value for message "${key}".`);
    texts[key] = text;
  }
  return texts;
}

/**
 * Reads every display language from message directories (all `<lang>.json` but `qqq.json`) into one map per
 * language. When two directories define the same key for a language, the later directory wins.
 *
 * @public
 */
export function readMessageDirs(dirs: readonly string[]): Map<string, MessageTexts> {
  const byLanguage = new Map<string, MessageTexts>();
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      throw new WikiextError(
        ErrorCodes.I18N_BAD_FILE,
        `Message directory ${dir} does not exist. Check MessagesDirs in extension.json; its paths are relative to the extension folder.`,
        { file: dir },
      );
    }
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      const language = name.slice(0, -'.json'.length).toLowerCase();
      if (language === DOC_LANGUAGE) continue;
      byLanguage.set(language, { ...byLanguage.get(language), ...readMessageFile(path.join(dir, name)) });
    }
  }
  return byLanguage;
}

function badFile(file: string, problem: string, details: Record<string, unknown> = {}): WikiextError {
  return new WikiextError(ErrorCodes.I18N_BAD_FILE, `Message file ${file} ${problem}`, { file, ...details });
}
