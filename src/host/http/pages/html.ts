/** The host's pages use the framework's escaping `html` tag, as extension pages do. */
export { escapeHtml, html, type HtmlValue, SafeHtml } from '../../../framework/html/html';
