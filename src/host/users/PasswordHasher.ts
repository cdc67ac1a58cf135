import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters: CPU/memory cost `N` (a power of two), block size `r`, parallelism `p`. @public */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** Node's defaults: about 16 MiB and some tens of milliseconds per hash. */
const DEFAULT_COST: ScryptCost = { N: 16384, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/**
 * Bounds a stored hash must stay within to be tried at all: a tampered `user_password` must not make a login
 * allocate gigabytes or spin for minutes.
 */
const LIMITS = { maxMemoryBytes: 256 * 1024 * 1024, maxR: 32, maxP: 16, minKeyBytes: 16, maxKeyBytes: 64 };
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Password hashes for `user_password`, as `scrypt$N$r$p$<salt, base64>$<hash, base64>`: scrypt from node:crypto
 * with a random salt per hash. The cost travels with each hash, so raising it later leaves old hashes verifiable.
 *
 * @public
 */
export class PasswordHasher {
  /** @param cost scrypt parameters for new hashes; tests pass a cheap one. */
  constructor(private readonly cost: ScryptCost = DEFAULT_COST) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, KEY_BYTES, this.cost);
    const { N, r, p } = this.cost;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  /** Whether `password` matches `stored`; a stored value that is not a well-formed scrypt hash matches nothing. */
  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parseStoredHash(stored);
    if (parsed === null) return false;
    const key = await derive(password, parsed.salt, parsed.key.length, parsed.cost);
    return timingSafeEqual(key, parsed.key);
  }
}

function parseStoredHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^[1-9]\d{0,7}$/.test(part) ? Number(part) : NaN));
  const isPowerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || !(r >= 1 && r <= LIMITS.maxR) || !(p >= 1 && p <= LIMITS.maxP)) return null;
  if (128 * N * r > LIMITS.maxMemoryBytes) return null;
  if (!BASE64.test(parts[4]) || !BASE64.test(parts[5])) return null;
  const salt = Buffer.from(parts[4], 'base64');
  const key = Buffer.from(parts[5], 'base64');
  if (key.length < LIMITS.minKeyBytes || key.length > LIMITS.maxKeyBytes) return null;
  return { cost: { N, r, p }, salt, key };
}

function derive(password: string, salt: Buffer, length: number, { N, r, p }: ScryptCost): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node refuses anything above `maxmem` (32 MiB by default), so allow what the cost asks.
  const maxmem = 256 * N * r + 1024 * 1024;
  return new Promise((resolve, reject) =>
    // NFC, as MediaWiki normalises all request input: the same password typed on another keyboard still matches.
    scrypt(password.normalize('NFC'), salt, length, { N, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
