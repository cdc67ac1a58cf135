/** A host name label (letters, digits, hyphens inside), as PHP's FILTER_VALIDATE_URL checks after IDN conversion. */
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/**
 * Whether `text` is a URL an event may link to (meeting and chat links), by CampaignEvents' rules: http or https
 * with a host; a protocol-relative `//host/...` counts as https; international domain names are accepted (checked
 * in their punycode form); no whitespace.
 */
export function isValidEventUrl(text: string): boolean {
  const url = text.startsWith('//') ? `https:${text}` : text;
  if (!/^https?:\/\//i.test(url) || /\s/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  if (host === '') return false;
  if (host.startsWith('[') && host.endsWith(']')) return true; // IPv6, already checked by URL
  const labels = host.replace(/\.$/, '').split('.');
  return labels.every((label) => HOST_LABEL.test(label));
}
