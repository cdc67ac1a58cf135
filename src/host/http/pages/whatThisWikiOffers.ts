import type { Wiki } from '../../boot/bootWiki';
import { html, type SafeHtml } from './html';
import { articleUrl } from './wikiUrls';

/**
 * The main page's generated section: every loaded extension with its version and description, its special pages
 * and its REST routes, all read from the extension registry, so the list can never drift from what is loaded.
 */
export function whatThisWikiOffers(wiki: Wiki): SafeHtml {
  const { extensions, globals } = wiki.data;
  const items = extensions.map((ext) => {
    const description = ext.descriptionmsg ? wiki.messages.msg(ext.descriptionmsg).text() : (ext.description ?? '');
    const specialPages = Object.entries(globals.SpecialPages)
      .filter(([, page]) => page.extension === ext.name)
      .map(([name]) => html`<li><a href="${articleUrl(`Special:${name}`)}">Special:${name}</a></li>`);
    const routes = globals.RestRoutes.filter((route) => route.extension === ext.name).map((route) => {
      const methods = [route.method ?? 'GET'].flat().join(', ');
      return html`<li><code>${methods} /w/rest.php${route.path}</code></li>`;
    });
    return html`<section class="extension">
<h3>${ext.name} ${ext.version ?? ''}</h3>
${description ? html`<p>${description}</p>` : null}
${specialPages.length > 0 ? html`<h4>Special pages</h4><ul>${specialPages}</ul>` : null}
${routes.length > 0 ? html`<h4>REST routes</h4><ul>${routes}</ul>` : null}
</section>`;
  });
  return html`<section id="what-this-wiki-offers"><h2>What this wiki offers</h2>
${items.length > 0 ? items : html`<p>No extensions are loaded.</p>`}
</section>`;
}
