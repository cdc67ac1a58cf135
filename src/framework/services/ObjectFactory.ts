import { ErrorCodes, WikiextError } from '../errors';
import type { HandlerSpec } from '../manifest/Manifest';
import type { ModuleLoader } from '../modules/ModuleLoader';
import { hasInjectMetadata, isClass } from './Injectable';
import type { ServiceContainer } from './ServiceContainer';

/**
 * An ObjectFactory spec together with where it comes from, e.g. a `HookHandlers` entry as
 * `QualifiedHandlerSpec`. `name` identifies it in messages (`CampaignEvents-main`).
 *
 * @public
 */
export interface ObjectSpec extends HandlerSpec {
  name: string;
  extension: string;
  /** Extension folder the `class`/`factory` module references are relative to. */
  dir: string;
}

/**
 * Builds the object a spec describes, as MediaWiki's ObjectFactory does. Constructor or factory arguments are the
 * `services` (in order), then the `optional_services` (`null` for a service that is not defined), then `args`.
 * `factory` wins over `class`. A `class` spec that lists no services, optional services or args but whose
 * constructor parameters carry `@inject(...)` is built through tsyringe instead.
 *
 * @public
 */
export function createObjectFromSpec(spec: ObjectSpec, services: ServiceContainer, loader: ModuleLoader): unknown {
  const ref = spec.factory ?? spec.class;
  if (ref === undefined) {
    throw invalid(spec, 'has neither "class" nor "factory"; give one as "path/to/module#export", relative to the extension folder.');
  }
  const owner = `${spec.extension} ${spec.name}`;
  const target = loader.load(spec.dir, ref, owner);
  if (spec.factory !== undefined) {
    if (typeof target !== 'function') throw invalid(spec, `"factory" ${ref} is ${typeof target}, not a function.`);
    return target(...argumentsFor(spec, services));
  }
  if (!isClass(target)) throw invalid(spec, `"class" ${ref} is not a class.`);
  const listsArguments = spec.services !== undefined || spec.optional_services !== undefined || spec.args !== undefined;
  if (!listsArguments && hasInjectMetadata(target)) return services.resolveClass(target);
  const Cls = target as new (...args: unknown[]) => unknown;
  return new Cls(...argumentsFor(spec, services));
}

function argumentsFor(spec: ObjectSpec, services: ServiceContainer): unknown[] {
  return [
    ...(spec.services ?? []).map((name) => services.get(name)),
    ...(spec.optional_services ?? []).map((name) => (services.hasService(name) ? services.get(name) : null)),
    ...(spec.args ?? []),
  ];
}

function invalid(spec: ObjectSpec, problem: string): WikiextError {
  return new WikiextError(
    ErrorCodes.OBJECT_SPEC_INVALID,
    `Handler "${spec.name}" of extension ${spec.extension} ${problem}`,
    { handler: spec.name, extension: spec.extension },
  );
}
