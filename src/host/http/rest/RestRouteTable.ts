import { ErrorCodes, WikiextAggregateError, WikiextError } from '../../../framework/errors';
import type { ModuleLoader } from '../../../framework/modules/ModuleLoader';
import type { ExtractedData } from '../../../framework/registry/ExtractedData';
import { isRestHandler, type RestHandler } from '../../../framework/rest/RestHandler';
import { createObjectFromSpec } from '../../../framework/services/ObjectFactory';
import type { ServiceContainer } from '../../../framework/services/ServiceContainer';

/** One `RestRoutes` entry as the registry extracted it. */
export type RestRouteEntry = ExtractedData['globals']['RestRoutes'][number];

/** Methods a route may declare; HEAD is answered by the GET handler. */
const ROUTE_METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']);

/** `{name}` as a whole path segment. */
const PARAM_SEGMENT = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

type Segment = { literal: string } | { param: string };

/** One method of one path: builds its handler on first use and keeps it. */
export class RestEndpoint {
  #handler: RestHandler | undefined;

  constructor(
    readonly entry: RestRouteEntry,
    readonly method: string,
    private readonly build: () => unknown,
  ) {}

  /** The handler object; throws `WX_REST_ROUTE_INVALID` when the spec builds something without `execute()`. */
  handler(): RestHandler {
    if (this.#handler === undefined) {
      const built = this.build();
      if (!isRestHandler(built)) {
        throw new WikiextError(
          ErrorCodes.REST_ROUTE_INVALID,
          `${describe(this.entry, this.method)}: the handler built from "${this.entry.factory ?? this.entry.class}" has no execute(request) method.`,
        );
      }
      this.#handler = built;
    }
    return this.#handler;
  }
}

/** A path template with its endpoints by method. */
export interface RestRoute {
  readonly template: string;
  readonly segments: readonly Segment[];
  readonly endpoints: ReadonlyMap<string, RestEndpoint>;
}

/**
 * The extensions' `RestRoutes`, matched the way MediaWiki's REST router does: by path template first (a literal
 * segment wins over a `{param}` one), then by method, so a known path with another method is a 405, not a 404.
 * A linear scan: extensions declare tens of routes, not thousands.
 */
export class RestRouteTable {
  private constructor(private readonly routes: readonly RestRoute[]) {}

  /**
   * Checks every entry (path template, methods, services, no two entries for the same path and method) and builds
   * the table; handlers are built on first use.
   *
   * @throws WikiextAggregateError `WX_REST_ROUTE_INVALID` listing every bad entry, or `WX_SERVICE_UNKNOWN`.
   */
  static build(entries: readonly RestRouteEntry[], services: ServiceContainer, loader: ModuleLoader): RestRouteTable {
    const problems: string[] = [];
    const unknownServices: string[] = [];
    const byShape = new Map<string, { template: string; segments: Segment[]; endpoints: Map<string, RestEndpoint> }>();
    for (const entry of entries) {
      const segments = parseTemplate(entry, problems);
      const methods = methodsOf(entry, problems);
      if (segments === undefined || methods === undefined) continue;
      unknownServices.push(...services.undefinedServices(entry.services ?? [], `RestRoutes "${entry.path}" of ${entry.extension}`));
      const shape = segments.map((s) => ('literal' in s ? s.literal : '{}')).join('/');
      let route = byShape.get(shape);
      if (route === undefined) {
        route = { template: entry.path, segments, endpoints: new Map() };
        byShape.set(shape, route);
      } else if (route.template !== entry.path) {
        problems.push(`${describe(entry)}: path conflicts with "${route.template}" (same segments, other parameter names); use the same names or a distinct path.`);
        continue;
      }
      for (const method of methods) {
        const existing = route.endpoints.get(method);
        if (existing !== undefined) {
          problems.push(`${describe(entry, method)}: already handled by an entry of ${existing.entry.extension}; remove one of them.`);
          continue;
        }
        const spec = { ...entry, name: `RestRoutes ${method} ${entry.path}` };
        route.endpoints.set(method, new RestEndpoint(entry, method, () => createObjectFromSpec(spec, services, loader)));
      }
    }
    if (problems.length > 0) throw new WikiextAggregateError(ErrorCodes.REST_ROUTE_INVALID, problems);
    if (unknownServices.length > 0) throw new WikiextAggregateError(ErrorCodes.SERVICE_UNKNOWN, unknownServices);
    return new RestRouteTable([...byShape.values()]);
  }

  /** The route whose template matches `path` (percent-encoded, relative to rest.php) and its decoded parameters. */
  match(path: string): { route: RestRoute; pathParams: Record<string, string> } | undefined {
    const parts = splitPath(path);
    if (parts === undefined) return undefined;
    let best: RestRoute | undefined;
    for (const route of this.routes) {
      if (matches(route.segments, parts) && (best === undefined || moreSpecific(route.segments, best.segments))) best = route;
    }
    if (best === undefined) return undefined;
    const pathParams: Record<string, string> = {};
    best.segments.forEach((segment, i) => {
      if ('param' in segment) pathParams[segment.param] = parts[i];
    });
    return { route: best, pathParams };
  }
}

function parseTemplate(entry: RestRouteEntry, problems: string[]): Segment[] | undefined {
  if (!entry.path.startsWith('/')) {
    problems.push(`${describe(entry)}: the path must start with "/", e.g. "/${entry.path}".`);
    return undefined;
  }
  const segments: Segment[] = [];
  const names = new Set<string>();
  for (const part of entry.path.slice(1).split('/')) {
    const param = PARAM_SEGMENT.exec(part)?.[1];
    if (param !== undefined && names.has(param)) {
      problems.push(`${describe(entry)}: the parameter {${param}} appears twice; give each parameter its own name.`);
      return undefined;
    }
    if (param === undefined && (part === '' || /[{}]/.test(part))) {
      problems.push(
        `${describe(entry)}: "${part}" is not a valid path segment; segments are non-empty, and a parameter is a whole segment such as {id}.`,
      );
      return undefined;
    }
    if (param !== undefined) names.add(param);
    segments.push(param === undefined ? { literal: part } : { param });
  }
  return segments;
}

function methodsOf(entry: RestRouteEntry, problems: string[]): string[] | undefined {
  const methods = entry.method === undefined ? ['GET'] : [entry.method].flat();
  const bad = methods.filter((m) => !ROUTE_METHODS.has(m));
  if (bad.length === 0 && methods.length > 0) return methods;
  problems.push(
    `${describe(entry)}: ${bad.length ? `"${bad.join('", "')}" is not a supported method` : 'the method list is empty'}; use ${[...ROUTE_METHODS].join(', ')} (upper case).`,
  );
  return undefined;
}

/** Path segments, percent-decoded one by one (so an encoded `/` stays inside its segment); undefined if malformed. */
function splitPath(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  try {
    return path.slice(1).split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

function matches(segments: readonly Segment[], parts: readonly string[]): boolean {
  return segments.length === parts.length && segments.every((s, i) => ('literal' in s ? s.literal === parts[i] : parts[i] !== ''));
}

/** Whether `a` beats `b`: at the first segment where they differ in kind, `a` has the literal. */
function moreSpecific(a: readonly Segment[], b: readonly Segment[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const aLiteral = 'literal' in a[i];
    if (aLiteral !== ('literal' in b[i])) return aLiteral;
  }
  return false;
}

function describe(entry: RestRouteEntry, method?: string): string {
  return `RestRoutes entry "${method ? `${method} ` : ''}${entry.path}" of ${entry.extension}`;
}
