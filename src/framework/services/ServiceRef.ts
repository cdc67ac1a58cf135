/**
 * A typed name for a service, in the manner of Backstage's `createServiceRef`: `services.get(ref)` returns `T`
 * without a cast. The type exists only at compile time; at run time a ref is its name.
 *
 * @public
 */
export interface ServiceRef<T> {
  readonly name: string;
  /** Phantom field carrying `T`; never set. */
  readonly $$type?: T;
}

/**
 * Makes a typed reference to the service called `name`. Extension services are named `Extension.Service`
 * (`CampaignEvents.EventStore`), the same string their constructors give to `@inject(...)`.
 *
 * @public
 */
export function serviceRef<T>(name: string): ServiceRef<T> {
  return Object.freeze({ name });
}

/** The name a ref or a plain name stands for. @internal */
export function serviceName(refOrName: ServiceRef<unknown> | string): string {
  return typeof refOrName === 'string' ? refOrName : refOrName.name;
}
