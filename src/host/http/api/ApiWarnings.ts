import type { FormatVersion } from './ApiModule';

/**
 * Warnings of one response, by module, in MediaWiki's `bc` error format: `{"main": {"*": "..."}}` in formatversion 1,
 * `{"main": {"warnings": "..."}}` in 2, several warnings of one module joined by a newline.
 *
 * @public
 */
export class ApiWarnings {
  private readonly byModule = new Map<string, string[]>();

  add(module: string, text: string): void {
    const list = this.byModule.get(module) ?? [];
    if (!list.includes(text)) list.push(text);
    this.byModule.set(module, list);
  }

  /** The `warnings` member of the response, or undefined when there is none. */
  toResult(formatVersion: FormatVersion): Record<string, Record<string, string>> | undefined {
    if (this.byModule.size === 0) return undefined;
    const key = formatVersion === 1 ? '*' : 'warnings';
    return Object.fromEntries([...this.byModule].map(([module, texts]) => [module, { [key]: texts.join('\n') }]));
  }
}
