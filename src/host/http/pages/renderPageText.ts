import { html, type SafeHtml } from './html';

/**
 * Plain-text page content as HTML: blank lines separate paragraphs, single line breaks are kept. Everything is
 * escaped; the host has no wikitext parser.
 */
export function renderPageText(text: string): SafeHtml {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => html`<p>${lines(p)}</p>`);
  return html`<div class="page-text">${paragraphs}</div>`;
}

function lines(paragraph: string): SafeHtml[] {
  return paragraph.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
}
