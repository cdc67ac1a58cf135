/**
 * HTML is built only through the `html` tag below: every interpolated value goes through {@link escapeHtml} unless
 * it is already {@link SafeHtml} (the result of another `html` template). A forgotten escape is therefore impossible
 * to write; a deliberate raw string needs `new SafeHtml(...)`, which is easy to find in review.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };

/** Text made safe for HTML element content and quoted attribute values. @public */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A string of markup that is already safe to emit. @public */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What may be interpolated into `html`: text (escaped), numbers, markup, lists of markup, or nothing. @public */
export type HtmlValue = string | number | SafeHtml | readonly SafeHtml[] | null | undefined | false;

/** Tagged template that escapes every interpolated value that is not {@link SafeHtml}. @public */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v: SafeHtml) => v.value).join('');
  return escapeHtml(String(value));
}
