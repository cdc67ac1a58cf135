import 'reflect-metadata';
import { distance } from 'fastest-levenshtein';
import { container as rootInjector, type DependencyContainer, injectable } from 'tsyringe';
import { ErrorCodes, WikiextError } from '../errors';
import type { ModuleLoader } from '../modules/ModuleLoader';
import type { ModuleRefIn } from '../registry/ExtractedData';
import { type Constructor, injectionTokens } from './Injectable';
import { type ServiceRef, serviceName } from './ServiceRef';
import { type ServiceInstantiator, loadServiceWiring } from './ServiceWiring';

interface Definition {
  instantiate: ServiceInstantiator;
  /** Who defined it (`CampaignEvents (/path/ServiceWiring.js)`), for the defined-twice message. */
  source: string;
}

/**
 * The service locator of one wiki, after MediaWiki's `ServiceContainer`: named services defined by wiring files,
 * created lazily on first `get` and then shared.
 *
 * Every service name is also a tsyringe token in this container's own child `injector`, so a class whose
 * constructor parameters say `@inject('CampaignEvents.EventStore')` is built by `resolveClass` with the same
 * instances `get` returns.
 *
 * @public
 */
export class ServiceContainer {
  /** tsyringe container holding one token per service name; hosts may register further tokens in it. */
  readonly injector: DependencyContainer;
  readonly #definitions = new Map<string, Definition>();
  /** Created services, in creation order (dependencies before their dependents). */
  readonly #instances = new Map<string, unknown>();
  /** Services being created right now, outermost first: the chain a circular-dependency error names. */
  readonly #creating: string[] = [];
  /** Classes already given tsyringe type info (see `resolveClass`). */
  readonly #prepared = new WeakSet<Constructor>();
  /** Set by the tsyringe bridge when `get` fails; see `resolveClass`. */
  #bridgeFailure: unknown = undefined;
  #destroyed = false;

  constructor(parentInjector: DependencyContainer = rootInjector) {
    this.injector = parentInjector.createChildContainer();
  }

  /** Loads `ServiceWiringFiles` (in load order) and defines every service they name. */
  loadWiringFiles(files: readonly ModuleRefIn[], loader: ModuleLoader): void {
    for (const file of files) {
      const { source, instantiators } = loadServiceWiring(file, loader);
      for (const [name, instantiate] of instantiators) this.defineService(name, instantiate, source);
    }
  }

  /** Defines a service. `source` names who defines it, for the error when a name is defined twice. */
  defineService<T>(ref: ServiceRef<T> | string, instantiate: ServiceInstantiator<T>, source = 'defineService()'): void {
    this.#assertNotDestroyed();
    const name = serviceName(ref);
    const existing = this.#definitions.get(name);
    if (existing !== undefined) {
      throw new WikiextError(
        ErrorCodes.SERVICE_DEFINED_TWICE,
        `Service "${name}" is defined twice: by ${existing.source} and by ${source}. ` +
          'Service names must be unique (start them with the extension name); to replace a service on purpose, ' +
          'use redefineService() before it is first used.',
        { service: name, sources: [existing.source, source] },
      );
    }
    this.#definitions.set(name, { instantiate, source });
    this.injector.register(name, { useFactory: () => this.#getForInjector(name) });
  }

  /** Replaces how a service is created. Allowed only before the service is first created. */
  redefineService<T>(ref: ServiceRef<T> | string, instantiate: ServiceInstantiator<T>): void {
    this.#assertNotDestroyed();
    const name = serviceName(ref);
    const definition = this.#definition(name);
    if (this.#instances.has(name)) {
      throw new WikiextError(
        ErrorCodes.SERVICE_ALREADY_CREATED,
        `Service "${name}" cannot be redefined: it was already created, and code may hold the old instance. ` +
          'Redefine it before first use, or call resetServices() first (tests only).',
        { service: name },
      );
    }
    definition.instantiate = instantiate;
  }

  /** The service, created on first call and shared afterwards. */
  get<T>(ref: ServiceRef<T>): T;
  get(name: string): unknown;
  get(ref: ServiceRef<unknown> | string): unknown {
    this.#assertNotDestroyed();
    const name = serviceName(ref);
    if (this.#instances.has(name)) return this.#instances.get(name);
    const definition = this.#definition(name);
    if (this.#creating.includes(name)) {
      const chain = [...this.#creating, name].join(' -> ');
      throw new WikiextError(
        ErrorCodes.SERVICE_CIRCULAR,
        `Circular dependency when creating service: ${chain}. Break the cycle, e.g. by passing one service a ` +
          'factory or the container instead of the instance.',
        { chain: [...this.#creating, name] },
      );
    }
    this.#creating.push(name);
    try {
      const service = definition.instantiate(this);
      this.#instances.set(name, service);
      return service;
    } finally {
      this.#creating.pop();
    }
  }

  /** The service if it was already created, else `undefined`; never creates it. */
  peekService<T>(ref: ServiceRef<T> | string): T | undefined {
    this.#assertNotDestroyed();
    return this.#instances.get(serviceName(ref)) as T | undefined;
  }

  /** Whether the service is defined (created or not). */
  hasService(ref: ServiceRef<unknown> | string): boolean {
    return this.#definitions.has(serviceName(ref));
  }

  /** Names of all defined services, in definition order. */
  getServiceNames(): string[] {
    return [...this.#definitions.keys()];
  }

  /**
   * Builds a class whose constructor parameters carry `@inject(token)`, through tsyringe. Service-name tokens give
   * this container's services; other tokens come from `injector` and its parents.
   */
  resolveClass<T>(cls: Constructor<T>): T {
    this.#assertNotDestroyed();
    this.#prepare(cls);
    this.#bridgeFailure = undefined;
    try {
      return this.injector.resolve(cls as unknown as new (...args: unknown[]) => T);
    } catch (error) {
      // tsyringe rewraps errors raised while resolving a parameter as plain Errors; rethrow the kernel's own error.
      const original = this.#bridgeFailure ?? error;
      this.#bridgeFailure = undefined;
      throw original;
    }
  }

  /** Drops every created service but keeps the definitions, so the next `get` creates them anew (tests). */
  resetServices(): void {
    this.#instances.clear();
  }

  /**
   * Calls `destroy()` or `dispose()` on every created service that has one (dependents first), then disables the
   * container: any later use throws. Every service is destroyed even when one fails; the first failure is rethrown.
   */
  async destroy(): Promise<void> {
    this.#destroyed = true;
    const created = [...this.#instances.values()].reverse();
    this.#instances.clear();
    let failure: unknown = undefined;
    for (const service of created) {
      try {
        await destroyOne(service);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }

  /**
   * Messages for the names among `names` that no wiring defines, each with close names, so a host can refuse a
   * misspelt `services` entry at start-up instead of on the first request that needs it.
   */
  undefinedServices(names: readonly string[], requiredBy: string): string[] {
    return names.filter((name) => !this.#definitions.has(name)).map((name) => this.#unknown(name, requiredBy).message);
  }

  #definition(name: string): Definition {
    const definition = this.#definitions.get(name);
    if (definition === undefined) throw this.#unknown(name);
    return definition;
  }

  #unknown(name: string, requiredBy?: string): WikiextError {
    const close = [...this.#definitions.keys()]
      .map((candidate) => ({ candidate, d: distance(candidate.toLowerCase(), name.toLowerCase()) }))
      .filter(({ d }) => d <= Math.max(2, Math.floor(name.length / 4)))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map(({ candidate }) => `"${candidate}"`);
    const by = requiredBy === undefined ? '' : ` (required by ${requiredBy})`;
    const hint = close.length > 0 ? `; did you mean ${close.join(' or ')}?` : '. Is the extension that defines it loaded?';
    return new WikiextError(ErrorCodes.SERVICE_UNKNOWN, `No service "${name}"${by}${hint}`, { service: name });
  }

  /** The tsyringe side of a service token: `get`, with failures remembered for `resolveClass` to rethrow. */
  #getForInjector(name: string): unknown {
    try {
      return this.get(name);
    } catch (error) {
      this.#bridgeFailure = error;
      throw error;
    }
  }

  /**
   * Checks that every constructor parameter has an `@inject` token this container can satisfy, and gives tsyringe
   * the class's type info (as `@injectable()` would), so `@injectable()` is optional on classes the kernel builds.
   */
  #prepare(cls: Constructor): void {
    if (this.#prepared.has(cls)) return;
    injectionTokens(cls).forEach((token, index) => {
      if (token === undefined) {
        throw new WikiextError(
          ErrorCodes.SERVICE_NOT_INJECTABLE,
          `Cannot build ${cls.name}: constructor parameter #${index} has no @inject(token). ` +
            "Decorate every constructor parameter, e.g. @inject('CampaignEvents.EventStore').",
          { class: cls.name, index },
        );
      }
      if (typeof token === 'string' && !this.hasService(token) && !this.injector.isRegistered(token, true)) {
        throw this.#unknown(token, `parameter #${index} of ${cls.name}`);
      }
    });
    injectable()(cls as unknown as new (...args: unknown[]) => unknown);
    this.#prepared.add(cls);
  }

  #assertNotDestroyed(): void {
    if (this.#destroyed) {
      throw new WikiextError(
        ErrorCodes.SERVICE_CONTAINER_DESTROYED,
        'The service container was destroyed; create a new one instead of using it after destroy().',
      );
    }
  }
}

async function destroyOne(service: unknown): Promise<void> {
  if (typeof service !== 'object' || service === null) return;
  const { destroy, dispose } = service as { destroy?: unknown; dispose?: unknown };
  if (typeof destroy === 'function') await destroy.call(service);
  else if (typeof dispose === 'function') await dispose.call(service);
}
