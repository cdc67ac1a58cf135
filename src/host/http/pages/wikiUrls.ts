/** MediaWiki's URL shapes live in the framework, so extension pages build the same links. */
export { articleUrl, indexUrl } from '../../../framework/html/wikiUrls';
