/**
 * Hook contracts: what a hook passes, whether it can be aborted, how it runs and what happens when a handler throws.
 * One contract per hook (MediaWiki's one-interface-per-hook idea), from which the handler interface and the typed
 * runner are derived, so the documentation, the handlers and the callers cannot drift apart.
 */

/** `sync` hooks are run with `run()`, `async` ones with `runAsync()` (each handler awaited in turn). @public */
export type HookMode = 'sync' | 'async';

/**
 * `propagate`: a throwing handler stops the hook and its error reaches the caller, naming the handler.
 * `isolate`: the error is logged with the handler's extension and the remaining handlers still run.
 *
 * @public
 */
export type HookErrorPolicy = 'propagate' | 'isolate';

/** One argument of a hook, for the documentation. `type` is the TypeScript type name. @public */
export interface HookArgumentDoc {
  readonly name: string;
  readonly type: string;
  readonly description: string;
}

/** A hook that is deprecated: handlers acknowledging it (`"deprecated": true`) are skipped. @public */
export interface HookDeprecation {
  readonly since: string;
  /** Skip the deprecation warning for handlers that do not acknowledge it (call filtering still applies). */
  readonly silent?: boolean;
}

/**
 * The contract of one hook. `Args` (the argument tuple) exists only in the type: it ties `args` (same length) to the
 * handler interface and the runner.
 *
 * @public
 */
export interface HookContract<
  Name extends string = string,
  Args extends readonly unknown[] = readonly unknown[],
  Mode extends HookMode = HookMode,
  Abortable extends boolean = boolean,
> {
  readonly name: Name;
  readonly args: { readonly [K in keyof Args]: HookArgumentDoc };
  readonly abortable: Abortable;
  readonly mode: Mode;
  readonly errorPolicy: HookErrorPolicy;
  /** Version of wikiext (or of the declaring extension) that introduced the hook. */
  readonly since: string;
  readonly description: string;
  /** Handlers of this hook may not depend on services (early-initialisation hooks). */
  readonly noServices?: boolean;
  readonly deprecated?: HookDeprecation;
  /** Type-only carrier of the argument tuple; never present at runtime. */
  readonly __args?: Args;
}

/** Any contract, whatever its types. @public */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHookContract = HookContract<string, any, HookMode, boolean>;

/**
 * Declares a hook. Curried so that the argument tuple is written once, explicitly, while the name, mode and
 * abortability are inferred as literal types:
 *
 * ```ts
 * export const PageView = defineHook<[view: PageViewData]>()({ name: 'PageView', args: [...], mode: 'async', ... });
 * ```
 *
 * @public
 */
export function defineHook<Args extends readonly unknown[]>() {
  return <const Name extends string, Mode extends HookMode, Abortable extends boolean>(
    contract: Omit<HookContract<Name, Args, Mode, Abortable>, '__args'>,
  ): HookContract<Name, Args, Mode, Abortable> => Object.freeze({ ...contract });
}

/** Replaces `:`, `\` and `-` by `_`, one character at a time (tail-recursive, so long names are fine). */
type MapHookChars<S extends string, Done extends string = ''> = S extends `${infer Head}${infer Rest}`
  ? MapHookChars<Rest, `${Done}${Head extends ':' | '\\' | '-' ? '_' : Head}`>
  : Done;

/** The handler method for a hook name: `EditPage::attemptSave` -> `onEditPage__attemptSave`. @public */
export type HookMethodName<Name extends string> = `on${MapHookChars<Name>}`;

/** The argument tuple of a contract. @public */
export type HookArgs<C extends AnyHookContract> = NonNullable<C['__args']>;

/** What a handler of the contract may return: `false` only where the hook is abortable. @public */
export type HookHandlerReturn<C extends AnyHookContract> = C['abortable'] extends true
  ? C['mode'] extends 'async'
    ? boolean | void | Promise<boolean | void>
    : boolean | void
  : C['mode'] extends 'async'
    ? void | Promise<void>
    : void;

/**
 * The interface a handler object implements for one hook: `HookInterface<typeof PageView>` is
 * `{ onPageView(view: PageViewData): void | Promise<void> }`.
 *
 * @public
 */
export type HookInterface<C extends AnyHookContract> = {
  [M in HookMethodName<C['name']>]: (...args: HookArgs<C>) => HookHandlerReturn<C>;
};
