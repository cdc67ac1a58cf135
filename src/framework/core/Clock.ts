/**
 * Where "now" comes from. Everything that stores or compares times asks a Clock, so tests can move time (expiring
 * stash entries, blocks, group memberships) without waiting.
 *
 * @public
 */
export interface Clock {
  now(): Date;
}

/** The real clock. @public */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to (tests, benchmarks). @public */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2026-01-01T00:00:00Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the clock forward by `seconds`. */
  advance(seconds: number): void {
    this.current += seconds * 1000;
  }

  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
}
