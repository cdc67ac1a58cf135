import 'reflect-metadata';

/**
 * What the kernel reads from tsyringe's decorator metadata. tsyringe keeps `@inject(token)` parameter tokens under
 * this metadata key (`reflection-helpers.ts`) but does not export the key.
 */
const INJECTION_TOKENS_KEY = 'injectionTokens';

/** A class the container may build. @public */
export type Constructor<T = unknown> = new (...args: never[]) => T;

/** True for a `class` (as opposed to a plain or arrow function), so wiring can tell classes from factories. @internal */
export function isClass(value: unknown): value is Constructor {
  return typeof value === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

/**
 * The `@inject(token)` tokens of a class's constructor parameters, by position (an `@injectAll` or transform token is
 * reduced to its token). Positions without a decorator are `undefined`.
 *
 * @internal
 */
export function injectionTokens(cls: Constructor): unknown[] {
  const byIndex = (Reflect.getOwnMetadata(INJECTION_TOKENS_KEY, cls) ?? {}) as Record<string, unknown>;
  const tokens: unknown[] = new Array(cls.length).fill(undefined);
  for (const [index, descriptor] of Object.entries(byIndex)) {
    tokens[Number(index)] =
      typeof descriptor === 'object' && descriptor !== null && 'token' in descriptor ? descriptor.token : descriptor;
  }
  return tokens;
}

/** True when the class has at least one `@inject(...)` constructor parameter. @internal */
export function hasInjectMetadata(cls: Constructor): boolean {
  return Reflect.getOwnMetadata(INJECTION_TOKENS_KEY, cls) !== undefined;
}
