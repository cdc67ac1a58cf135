import type { Title } from '../core/Title';

/** The short URL of a page, as MediaWiki's `$wgArticlePath` `/wiki/$1`: `/wiki/Event:Spring_edit-a-thon`. */
export function articleUrl(title: Title | string): string {
  const key = typeof title === 'string' ? title.replace(/ /g, '_') : title.prefixedDbKey;
  return `/wiki/${readable(key)}`;
}

/** A `/w/index.php` URL with the title first, as MediaWiki writes them: `/w/index.php?title=X&action=edit`. */
export function indexUrl(title: Title | string, params: Record<string, string> = {}): string {
  const key = typeof title === 'string' ? title.replace(/ /g, '_') : title.prefixedDbKey;
  const query = Object.entries({ title: key, ...params }).map(([name, value]) => `${encodeURIComponent(name)}=${readable(value)}`);
  return `/w/index.php?${query.join('&')}`;
}

/** Percent-encodes for a path or query value, keeping the characters MediaWiki leaves readable (`:`, `/`). */
function readable(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}
