import type { ServiceContainer } from './ServiceContainer';
import type { ServiceRef } from './ServiceRef';
import type { ServiceInstantiator } from './ServiceWiring';

/**
 * Test helper after MediaWiki's `setService()`: makes `get(ref)` return `instanceOrFactory` from now on. A function
 * is taken as a factory `(services) => service`; anything else is the instance itself. The service may be undefined
 * so far. When it was already created, every created service is dropped (`resetServices()`), so that no service
 * keeps the old instance.
 *
 * @public
 */
export function setService<T>(
  container: ServiceContainer,
  ref: ServiceRef<T> | string,
  instanceOrFactory: T | ServiceInstantiator<T>,
): void {
  const instantiate: ServiceInstantiator<T> =
    typeof instanceOrFactory === 'function'
      ? (instanceOrFactory as ServiceInstantiator<T>)
      : () => instanceOrFactory;
  if (!container.hasService(ref)) {
    container.defineService(ref, instantiate, 'setService()');
    return;
  }
  if (container.peekService(ref) !== undefined) container.resetServices();
  container.redefineService(ref, instantiate);
}
