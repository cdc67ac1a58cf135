import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, WikiextAggregateError, WikiextError } from '../errors';
import type { Manifest } from '../manifest/Manifest';
import { formatProblem, readManifest } from '../manifest/readManifest';
import { checkDependencies } from './DependencyChecker';
import { ExtensionProcessor } from './ExtensionProcessor';
import type { ExtensionCredits, ExtractedData } from './ExtractedData';
import { sortByDependencies } from './LoadOrder';
import { satisfiesVersion } from './DependencyChecker';
import type { RegistryCache } from './RegistryCache';
import type { ExtensionReport, StartupReport } from './StartupReport';

/** Bump when the shape of ExtractedData changes, so old cache entries are not read. */
const CACHE_VERSION = 2;

/** @public */
export interface RegistryOptions {
  /** The host, for `requires.MediaWiki`: its name and its MediaWiki-compatible version. */
  host: { name: string; version: string };
  cache?: RegistryCache;
  /** Milliseconds, for the start-up report; injectable for tests. */
  now?: () => number;
}

/**
 * Thrown when one or more extensions cannot be loaded. It lists every problem (one sentence each) and carries the
 * start-up report, so callers can still show which extensions were fine.
 *
 * @public
 */
export class RegistryLoadError extends WikiextAggregateError {
  constructor(
    problems: readonly string[],
    readonly report: StartupReport,
  ) {
    super(ErrorCodes.EXTENSION_LOAD_FAILED, problems, { report });
    this.name = 'RegistryLoadError';
  }
}

/**
 * Loads extensions the way MediaWiki's ExtensionRegistry does: queue manifests, read them all, check `requires`
 * against the full set (so queue order does not matter), order them by dependencies, process them into one
 * {@link ExtractedData}, and cache that by the manifests' content hash.
 *
 * @public
 */
export class ExtensionRegistry {
  readonly #queue: string[] = [];
  readonly #options: RegistryOptions;
  #data: ExtractedData | undefined;
  #report: StartupReport | undefined;
  readonly #testAttributes = new Map<string, unknown>();

  constructor(options: RegistryOptions) {
    this.#options = options;
  }

  /** Queues an extension by its folder or its extension.json. Queuing the same file twice loads it once. */
  queue(file: string): void {
    if (this.#data !== undefined) {
      throw new WikiextError(
        ErrorCodes.REGISTRY_LATE_QUEUE,
        `${file} was queued after the extensions were loaded; queue every extension before calling load().`,
      );
    }
    let resolved = path.resolve(file);
    if (existsSync(resolved) && statSync(resolved).isDirectory()) resolved = path.join(resolved, 'extension.json');
    if (!this.#queue.includes(resolved)) this.#queue.push(resolved);
  }

  /** The queued extension.json paths, in queue order. */
  getQueue(): readonly string[] {
    return this.#queue;
  }

  /**
   * Reads, checks and processes everything queued. Throws {@link RegistryLoadError} listing every problem if any
   * extension cannot be loaded; nothing is applied in that case.
   */
  load(): { data: ExtractedData; report: StartupReport } {
    if (this.#data !== undefined && this.#report !== undefined) return { data: this.#data, report: this.#report };
    const now = this.#options.now ?? (() => performance.now());
    const started = now();

    const timings = new Map<string, number>();
    const hashes: [string, string][] = [];
    // Kept for a cold load, which parses what was hashed instead of reading every manifest a second time.
    const texts = new Map<string, string>();
    const unreadable: ExtensionReport[] = [];
    for (const file of this.#queue) {
      const t0 = now();
      try {
        const text = readFileSync(file, 'utf8');
        texts.set(file, text);
        hashes.push([file, sha256(text)]);
      } catch {
        unreadable.push({
          name: path.basename(path.dirname(file)),
          path: file,
          status: 'failed',
          reason: `Unable to read ${file}. Check the path in wfLoadExtensions; it must be an extension folder or its extension.json.`,
          ms: now() - t0,
        });
      }
      timings.set(file, now() - t0);
    }
    // `<queue>.<content>`: a cache may keep one entry per set of queued paths (see FileRegistryCache).
    const queueId = sha256(JSON.stringify(this.#queue)).slice(0, 16);
    const key = `${queueId}.${sha256(JSON.stringify({ v: CACHE_VERSION, host: this.#options.host, hashes }))}`;

    const cached = unreadable.length === 0 ? this.#options.cache?.get(key) : undefined;
    if (cached !== undefined) {
      return this.#finish(cached.data, {
        cached: true,
        totalMs: now() - started,
        warnings: cached.warnings,
        extensions: cached.data.extensions.map((e) => ({
          name: e.name,
          path: e.path,
          version: e.version,
          status: 'loaded',
          ms: timings.get(e.path) ?? 0,
        })),
      });
    }

    const readable = this.#queue.filter((f) => !unreadable.some((u) => u.path === f));
    const { data, reports, warnings, problems } = this.#readAndProcess(readable, texts, timings, now);
    const report: StartupReport = {
      cached: false,
      totalMs: now() - started,
      warnings,
      extensions: [...unreadable, ...reports],
    };
    const allProblems = [...unreadable.map((r) => r.reason ?? ''), ...problems];
    if (allProblems.length > 0) throw new RegistryLoadError(allProblems, report);
    try {
      this.#options.cache?.set(key, { data, warnings });
    } catch (e) {
      report.warnings.push(`The extension registry cache could not be written: ${(e as Error).message}`);
    }
    return this.#finish(data, report);
  }

  #readAndProcess(
    files: readonly string[],
    texts: ReadonlyMap<string, string>,
    timings: Map<string, number>,
    now: () => number,
  ) {
    const warnings: string[] = [];
    const problems: string[] = [];
    const failed = new Map<string, string>();
    const manifests = new Map<string, Manifest>();
    const paths = new Map<string, string>();
    const reports: ExtensionReport[] = [];
    /** Folder names of manifests that could not be read, so dependents hear "failed", not "not installed". */
    const unreadableNames = new Set<string>();

    for (const file of files) {
      const t0 = now();
      try {
        const { manifest, warnings: w } = readManifest(file, texts.get(file));
        warnings.push(...w.map(formatProblem));
        const first = paths.get(manifest.name);
        if (first !== undefined) {
          throw new WikiextError(
            ErrorCodes.EXTENSION_LOADED_TWICE,
            `It was attempted to load ${manifest.name} twice, from ${first} and ${file}. Remove one from wfLoadExtensions.`,
          );
        }
        manifests.set(manifest.name, manifest);
        paths.set(manifest.name, file);
      } catch (e) {
        if (e instanceof WikiextError && e.code === ErrorCodes.EXTENSION_LOADED_TWICE) throw e;
        const name = path.basename(path.dirname(file));
        unreadableNames.add(name);
        problems.push((e as Error).message);
        reports.push({ name, path: file, status: 'failed', reason: (e as Error).message, ms: now() - t0 });
      }
      timings.set(file, (timings.get(file) ?? 0) + now() - t0);
    }

    const fail = (name: string, reason: string) => {
      problems.push(reason);
      failed.set(name, [failed.get(name), reason].filter(Boolean).join(' '));
    };
    for (const p of checkDependencies(manifests, this.#options.host, unreadableNames)) fail(p.extension, p.message);
    const requiresOf = (name: string) => Object.keys(manifests.get(name)?.requires?.extensions ?? {});
    const order = orderWithoutCycles([...manifests.keys()], requiresOf, fail);
    for (let changed = true; changed; ) {
      changed = false;
      for (const name of order) {
        const broken = failed.has(name) ? undefined : requiresOf(name).find((dep) => failed.has(dep));
        if (broken !== undefined) {
          fail(name, `${name} was not loaded because its dependency ${broken} failed to load.`);
          changed = true;
        }
      }
    }

    const processor = new ExtensionProcessor();
    for (const name of order) {
      const file = paths.get(name) ?? '';
      const manifest = manifests.get(name) as Manifest;
      const t0 = now();
      let reason = failed.get(name);
      if (reason === undefined) {
        try {
          processor.add({ manifest, path: file });
        } catch (e) {
          reason = (e as Error).message;
          problems.push(reason);
        }
      }
      const ms = (timings.get(file) ?? 0) + now() - t0;
      reports.push({ name, path: file, version: manifest.version, status: reason ? 'failed' : 'loaded', reason, ms });
    }
    if (problems.length > 0) {
      // Nothing is applied when anything failed, so the others are not loaded either; say so.
      for (const r of reports) {
        if (r.status === 'loaded') {
          r.status = 'skipped';
          r.reason = 'Not loaded because other extensions failed; fix the problems above.';
        }
      }
    }
    return { data: processor.finish(), reports, warnings, problems };
  }

  #finish(data: ExtractedData, report: StartupReport) {
    this.#data = data;
    this.#report = report;
    return { data, report };
  }

  /** The processed data; throws if {@link load} has not run. */
  get data(): ExtractedData {
    if (this.#data === undefined) {
      throw new WikiextError(ErrorCodes.EXTENSION_NOT_LOADED, 'Extensions are not loaded yet; call load() first.');
    }
    return this.#data;
  }

  /** Whether an extension is loaded, optionally at a version matching a semver range (MediaWiki's isLoaded). */
  isLoaded(name: string, constraint = '*'): boolean {
    const ext = this.data.extensions.find((e) => e.name === name);
    if (ext === undefined) return false;
    if (constraint === '*') return true;
    if (ext.version === undefined) {
      throw new WikiextError(
        ErrorCodes.EXTENSION_DEPENDENCY,
        `${name} does not declare a version, so it cannot be checked against "${constraint}".`,
      );
    }
    return satisfiesVersion(ext.version, constraint);
  }

  /** An attribute contributed by extensions (e.g. `CampaignEventsRegistrationFields`); `[]` when none. */
  getAttribute(name: string): unknown {
    if (this.#testAttributes.has(name)) return this.#testAttributes.get(name);
    return this.data.attributes[name] ?? [];
  }

  /** Overrides an attribute until the returned function is called. For tests. */
  setAttributeForTest(name: string, value: unknown): () => void {
    this.#testAttributes.set(name, value);
    return () => this.#testAttributes.delete(name);
  }

  /** Credits of every loaded extension, in load order. */
  getAllThings(): readonly ExtensionCredits[] {
    return this.data.extensions;
  }

  /** The report of the last {@link load}. */
  get report(): StartupReport | undefined {
    return this.#report;
  }
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Load order, treating a dependency cycle like any other problem: its members fail with a message naming the
 * cycle, and the rest is ordered without them, so every other problem still gets reported.
 */
function orderWithoutCycles(
  names: string[],
  requiresOf: (name: string) => string[],
  fail: (name: string, reason: string) => void,
): string[] {
  const inCycle = new Set<string>();
  for (;;) {
    try {
      return [...sortByDependencies(names.filter((n) => !inCycle.has(n)), (n) => requiresOf(n).filter((d) => !inCycle.has(d))), ...inCycle];
    } catch (e) {
      if (!(e instanceof WikiextError) || e.code !== ErrorCodes.EXTENSION_DEPENDENCY_CYCLE) throw e;
      const cycle = e.details.cycle as string[];
      for (const name of new Set(cycle)) {
        inCycle.add(name);
        fail(name, e.message);
      }
    }
  }
}
