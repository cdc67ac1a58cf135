import { ErrorCodes, WikiextError } from '../errors';
import { kindOf } from '../json/describeValue';
import type { ModuleLoader } from '../modules/ModuleLoader';
import type { ModuleRefIn } from '../registry/ExtractedData';
import { type Constructor, isClass } from './Injectable';
import type { ServiceContainer } from './ServiceContainer';

/** Creates a service. It receives the container to fetch what the service depends on. @public */
export type ServiceInstantiator<T = unknown> = (services: ServiceContainer) => T;

/**
 * What a wiring file maps each service name to: a factory, or a class whose constructor parameters all carry
 * `@inject('Extension.Service')` and which the container builds through tsyringe.
 *
 * @public
 */
export type ServiceWiring = Record<string, ServiceInstantiator | Constructor>;

/**
 * Identity function that type-checks a wiring map:
 * `export default defineServiceWiring({ 'CampaignEvents.EventStore': (s) => new EventStore(s.get(Db)) })`.
 *
 * @public
 */
export function defineServiceWiring<W extends ServiceWiring>(wiring: W): W {
  return wiring;
}

/** One validated wiring file: where it came from and the instantiators it defines. @internal */
export interface LoadedWiring {
  /** `Extension (file)`, for messages. */
  source: string;
  instantiators: Map<string, ServiceInstantiator>;
}

/**
 * Loads one `ServiceWiringFiles` entry and checks it: the module's default export (or its named export `wiring`)
 * must be an object whose every entry is a factory or a class, named `Extension.Something`.
 *
 * @internal
 */
export function loadServiceWiring(file: ModuleRefIn, loader: ModuleLoader): LoadedWiring {
  const owner = `${file.extension} ServiceWiringFiles`;
  const loaded = loader.load(file.dir, file.ref, owner);
  const where = loader.resolveFile(file.dir, file.ref) ?? file.ref;
  const wiring = isNamedWiringExport(loaded) ? loaded.wiring : loaded;
  if (typeof wiring !== 'object' || wiring === null || Array.isArray(wiring)) {
    throw invalid(
      `${owner}: ${where} must export an object mapping service names to factories or classes ` +
        `(as its default export or as "export const wiring"), but it exports ${kindOf(wiring)}.`,
      where,
    );
  }
  const instantiators = new Map<string, ServiceInstantiator>();
  for (const [name, entry] of Object.entries(wiring)) {
    if (name === '__esModule') continue;
    if (typeof entry !== 'function') {
      throw invalid(
        `${owner}: entry "${name}" in ${where} is ${kindOf(entry)}; ` +
          'it must be a function (services) => service, or a class with @inject(...) on its constructor parameters.',
        where,
      );
    }
    if (!name.startsWith(`${file.extension}.`)) {
      throw invalid(
        `${owner}: service "${name}" in ${where} must be named "${file.extension}.${name}": ` +
          'service names start with the extension name so that extensions cannot collide.',
        where,
      );
    }
    instantiators.set(name, isClass(entry) ? (services) => services.resolveClass(entry) : (entry as ServiceInstantiator));
  }
  return { source: `${file.extension} (${where})`, instantiators };
}

function isNamedWiringExport(value: unknown): value is { wiring: unknown } {
  return typeof value === 'object' && value !== null && 'wiring' in value && typeof value.wiring === 'object';
}

function invalid(message: string, file: string): WikiextError {
  return new WikiextError(ErrorCodes.SERVICE_WIRING_INVALID, message, { file });
}
