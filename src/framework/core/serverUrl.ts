/**
 * The wiki's base URL for links it sends out (`Location` headers, siteinfo, API doc references): `wgServer` when the
 * site sets it, otherwise what the request was addressed to, as MediaWiki's default `WebRequest::detectServer()`.
 * So a wiki started on another port (`wikiext start --port 8090`) still names itself correctly.
 *
 * @param configured the `Server` setting; '' means "detect".
 * @param headers the request headers, names in lower case.
 * @param secure whether the request came over TLS.
 * @public
 */
export function serverUrl(
  configured: string,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  secure = false,
): string {
  if (configured !== '') return configured;
  const host = headers.host;
  const name = (Array.isArray(host) ? host[0] : host)?.trim();
  return `${secure ? 'https' : 'http'}://${name !== undefined && /^[A-Za-z0-9.\-[\]:]+$/.test(name) ? name : 'localhost'}`;
}
