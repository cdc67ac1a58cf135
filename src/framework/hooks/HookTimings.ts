/** Time spent in one handler of one hook. @public */
export interface HookTiming {
  hook: string;
  /** Handler description, e.g. `CampaignEvents:main`. */
  handler: string;
  calls: number;
  totalMs: number;
}

/**
 * Per hook and handler call counts and total time, recorded only when the container was created with
 * `timing: true` (`performance.now()` costs about 90 ns a handler, more than the dispatch itself).
 *
 * @public
 */
export class HookTimings {
  readonly #byKey = new Map<string, HookTiming>();

  record(hook: string, handler: string, ms: number): void {
    const key = `${hook}\u0000${handler}`;
    const entry = this.#byKey.get(key);
    if (entry === undefined) this.#byKey.set(key, { hook, handler, calls: 1, totalMs: ms });
    else {
      entry.calls++;
      entry.totalMs += ms;
    }
  }

  /** A copy of every entry, in the order first recorded. */
  list(): HookTiming[] {
    return [...this.#byKey.values()].map((t) => ({ ...t }));
  }
}
