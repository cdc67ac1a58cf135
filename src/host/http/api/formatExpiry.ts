import { INFINITY, mwTimestampToIso } from '../../../framework/core/MwTimestamp';

/** A stored expiry as the action API prints it (MediaWiki's `ApiResult::formatExpiry()`): `infinite` or ISO 8601. */
export function formatExpiry(expiry: string): string {
  return expiry === INFINITY ? 'infinite' : mwTimestampToIso(expiry);
}
