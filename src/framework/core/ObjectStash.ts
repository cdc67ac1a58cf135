/**
 * A key-value store whose entries expire (MediaWiki's MainObjectStash). Values are JSON. Sessions, tokens and
 * short-lived secrets live here. The embedded store keeps them in the wiki's database; Redis can replace it.
 *
 * @public
 */
export interface ObjectStash {
  /** `undefined` when the key is missing or expired. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** `ttlSeconds` 0 means no expiry. */
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Builds a key from parts, escaping the separator (`makeKey('session', id)`). */
  makeKey(...parts: (string | number)[]): string;
}
