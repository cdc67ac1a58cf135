/**
 * Appends segments to a JSON pointer (RFC 6901), escaping `~` and `/`. `'/'` stands for the document root.
 *
 * @internal
 */
export function pointerTo(base: string, ...segments: Array<string | number>): string {
  const root = base === '/' ? '' : base;
  return root + segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
