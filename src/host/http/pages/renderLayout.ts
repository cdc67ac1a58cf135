import type { Title } from '../../../framework/core/Title';
import { isRegistered } from '../../../framework/core/UserIdentity';
import type { WikiSession } from '../session/WikiSession';
import { html, SafeHtml } from './html';
import { articleUrl, indexUrl } from './wikiUrls';

/** What the layout puts around a page body. */
export interface LayoutInput {
  heading: string;
  body: SafeHtml;
  /** The session whose user the header shows; null when the request failed before it had one. */
  session: WikiSession | null;
  /** The page shown, for the Read/Edit/History tabs and the login link's `returnto`. */
  title?: Title;
  /** load.php URL of the page modules' styles, linked in the head. */
  stylesheet?: string;
  /** load.php URL of the page modules' scripts, loaded (deferred) at the end of the body. */
  script?: string;
}

/** A constant, so it is emitted as markup. */
const STYLE = new SafeHtml(`
body { font-family: system-ui, sans-serif; margin: 0; color: #202122; }
header { display: flex; justify-content: space-between; align-items: center; padding: .5em 1em; background: #f8f9fa; border-bottom: 1px solid #c8ccd1; }
header form { display: inline; margin-left: .5em; }
main { max-width: 60em; margin: 1em auto; padding: 0 1em; }
nav.tabs a { margin-right: 1em; }
.error { color: #d33; font-weight: bold; }
.warning { background: #fef6e7; border: 1px solid #edab00; padding: .5em 1em; }
.field-error { color: #d33; display: block; }
label { display: block; margin: .5em 0; }
textarea { width: 100%; font-family: monospace; }
table { border-collapse: collapse; }
td, th { border: 1px solid #c8ccd1; padding: .25em .5em; text-align: left; }
`);

/** The whole HTML document: header with the user's links, tabs, heading and body. */
export function renderLayout(input: LayoutInput): SafeHtml {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${input.heading} - wikiext</title>
<style>${STYLE}</style>
${input.stylesheet ? html`<link rel="stylesheet" href="${input.stylesheet}">
` : null}</head>
<body>
<header><a href="${articleUrl('Main_Page')}">wikiext</a><span>${userLinks(input.session, input.title)}</span></header>
<main>
${input.title && input.title.namespace >= 0 ? tabs(input.title) : null}
<h1>${input.heading}</h1>
${input.body}
</main>
${input.script ? html`<script src="${input.script}" defer></script>
` : null}</body>
</html>
`;
}

function userLinks(session: WikiSession | null, title: Title | undefined): SafeHtml {
  const user = session?.user;
  if (session && user && isRegistered(user)) {
    return html`Logged in as <a href="${articleUrl(`User:${user.name}`)}">${user.name}</a>
<form method="post" action="${indexUrl('Special:UserLogout')}"><input type="hidden" name="wpEditToken" value="${session.csrfToken()}"><button type="submit">Log out</button></form>`;
  }
  const returnTo: Record<string, string> = title ? { returnto: title.prefixedDbKey } : {};
  return html`<a href="${indexUrl('Special:UserLogin', returnTo)}">Log in</a> · <a href="${indexUrl('Special:CreateAccount', returnTo)}">Create account</a>`;
}

function tabs(title: Title): SafeHtml {
  return html`<nav class="tabs"><a href="${articleUrl(title)}">Read</a><a href="${indexUrl(title, { action: 'edit' })}">Edit</a><a href="${indexUrl(title, { action: 'history' })}">History</a></nav>`;
}
