import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ExtractedData } from './ExtractedData';

/** What a cache entry holds: the processed data and the warnings found while making it. @public */
export interface CachedRegistry {
  data: ExtractedData;
  warnings: string[];
}

/**
 * Stores processed registry data under a key made from the manifests' content hashes (not their mtimes, which
 * copies and checkouts change without changing anything that matters).
 *
 * @public
 */
export interface RegistryCache {
  get(key: string): CachedRegistry | undefined;
  set(key: string, value: CachedRegistry): void;
}

/** Keeps entries for the life of the process (tests, long-running servers). @public */
export class MemoryRegistryCache implements RegistryCache {
  readonly #entries = new Map<string, CachedRegistry>();
  get(key: string): CachedRegistry | undefined {
    return this.#entries.get(key);
  }
  set(key: string, value: CachedRegistry): void {
    this.#entries.set(key, value);
  }
}

/**
 * Keeps one JSON file per key in a folder, so that every CLI run and server start after the first skips reading,
 * validating and processing the manifests. Writes go through a temporary file and a rename, so a reader never sees
 * half a file. Keys are `<group>.<id>` (the registry's group is the set of queued paths): writing an entry removes
 * the older entries of its group only, so wikis with different settings can share one folder.
 *
 * @public
 */
export class FileRegistryCache implements RegistryCache {
  constructor(private readonly dir: string) {}

  get(key: string): CachedRegistry | undefined {
    try {
      return JSON.parse(readFileSync(this.#file(key), 'utf8')) as CachedRegistry;
    } catch {
      return undefined; // a missing or unreadable entry is a miss; the registry rebuilds it
    }
  }

  set(key: string, value: CachedRegistry): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.#file(key);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
    const group = `registry-${key.split('.')[0]}.`;
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith(group) && name.endsWith('.json') && path.join(this.dir, name) !== file) {
        unlinkSync(path.join(this.dir, name));
      }
    }
  }

  #file(key: string): string {
    return path.join(this.dir, `registry-${key}.json`);
  }
}
