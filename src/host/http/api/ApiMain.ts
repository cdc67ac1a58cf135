import type { FastifyRequest } from 'fastify';
import { serverUrl } from '../../../framework/core/serverUrl';
import { mwTimestampToIso, toMwTimestamp } from '../../../framework/core/MwTimestamp';
import { isRegistered } from '../../../framework/core/UserIdentity';
import type { Host } from '../../boot/bootHost';
import { HostError } from '../../HostError';
import { UserStore } from '../../users/UserStore';
import type { WikiSession } from '../session/WikiSession';
import { ApiError, quotedList } from './ApiError';
import type { ApiContext, ApiModule, FormatVersion } from './ApiModule';
import { API_MODULES } from './apiModules';
import { ApiParams } from './ApiParams';
import { isValidApiToken } from './apiTokens';
import { ApiWarnings } from './ApiWarnings';
import { encodeApiJson, type JsonOutputOptions } from './encodeApiJson';

/** What the route sends back. @public */
export interface ApiHttpResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Warnings about the request as a whole are filed under this module name, as in MediaWiki. */
const MAIN_MODULE = 'main';

/**
 * The entry point of `/w/api.php` (MediaWiki's ApiMain): reads the output format and the main parameters, picks the
 * module of `action=`, runs MediaWiki's checks in MediaWiki's order (assert, token, method) and prints the result or
 * the error as `format=json` does. API errors are HTTP 200 with a `MediaWiki-API-Error` header, as MediaWiki sends
 * them; an unexpected exception becomes `internal_api_error_<Class>` and is logged, with no stack trace in the answer.
 *
 * @public
 */
export class ApiMain {
  private readonly modules: ReadonlyMap<string, ApiModule>;

  constructor(
    private readonly host: Host,
    modules: readonly ApiModule[] = API_MODULES,
  ) {
    this.modules = new Map(modules.map((module) => [module.name, module]));
  }

  async execute(request: FastifyRequest, session: WikiSession): Promise<ApiHttpResponse> {
    const params = ApiParams.fromRequest(request.query, request.body, request.method === 'POST');
    const warnings = new ApiWarnings();
    let output: JsonOutputOptions = { formatVersion: 1, ascii: true };
    const requested: Record<string, unknown> = {};
    try {
      output = readOutputOptions(params);
      Object.assign(requested, this.readMainParameters(params));
      const module = this.findModule(params);
      await this.checkAsserts(params, session);
      checkToken(module, params, session);
      checkMethod(module, params, request);
      const result = await module.execute(this.context(request, session, params, output.formatVersion, warnings));
      const unused = params.unusedNames();
      if (unused.length > 0) warnings.add(MAIN_MODULE, `Unrecognized parameter${unused.length === 1 ? '' : 's'}: ${unused.join(', ')}.`);
      return respond(output, { warnings: warnings.toResult(output.formatVersion), ...requested, ...result });
    } catch (caught) {
      const error = this.toApiError(caught, request);
      const docref = `See ${this.server(request)}/w/api.php for API usage.`;
      const body = {
        warnings: warnings.toResult(output.formatVersion),
        error: { code: error.code, info: error.message, ...error.data, [output.formatVersion === 1 ? '*' : 'docref']: docref },
        ...requested,
      };
      return respond(output, body, error.code);
    }
  }

  /** MediaWiki's main-module parameters; those that change nothing here are read so they raise no warning. */
  private readMainParameters(params: ApiParams): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    const requestId = params.string('requestid');
    if (requestId !== undefined) fields.requestid = requestId;
    if (params.flag('curtimestamp')) fields.curtimestamp = mwTimestampToIso(toMwTimestamp(this.host.clock.now()));
    // One database, no replicas: never lagged, so `maxlag` never refuses. Hostnames are not shown (`servedby`), and
    // answers are English (`uselang`) and never cached by a CDN (`maxage`).
    for (const name of ['maxlag', 'smaxage', 'maxage']) params.integer(name);
    for (const name of ['servedby', 'uselang', 'errorlang', 'errorsuselocal']) params.string(name);
    const errorFormat = params.string('errorformat');
    if (errorFormat !== undefined && errorFormat !== 'bc') {
      throw ApiError.badValue('errorformat', errorFormat, 'This wiki reports errors in the "bc" format only: leave "errorformat" out.');
    }
    return fields;
  }

  private findModule(params: ApiParams): ApiModule {
    const action = params.string('action');
    const known = quotedList([...this.modules.keys()].sort(), 'and');
    if (action === undefined) {
      throw new ApiError('missingparam', `The "action" parameter must be set. This wiki's API offers ${known}.`);
    }
    const module = this.modules.get(action);
    if (module === undefined) throw ApiError.badValue('action', action);
    return module;
  }

  /** `assert=anon|user|bot` and `assertuser=Name`, checked first so a client learns it was logged out. */
  private async checkAsserts(params: ApiParams, session: WikiSession): Promise<void> {
    const assertion = params.oneOf('assert', ['anon', 'user', 'bot'] as const);
    const user = session.user;
    if (assertion === 'anon' && isRegistered(user)) throw ApiError.assertFailed('anon');
    if (assertion === 'user' && !isRegistered(user)) throw ApiError.assertFailed('user');
    if (assertion === 'bot' && !(await this.host.permissions.userHasRight(user, 'bot'))) throw ApiError.assertFailed('bot');
    const assertUser = params.string('assertuser');
    if (assertUser !== undefined && canonicalName(assertUser) !== user.name) throw ApiError.assertNamedUserFailed(assertUser);
  }

  private context(
    request: FastifyRequest,
    session: WikiSession,
    params: ApiParams,
    formatVersion: FormatVersion,
    warnings: ApiWarnings,
  ): ApiContext {
    return {
      host: this.host,
      session,
      params,
      formatVersion,
      server: this.server(request),
      warn: (module, text) => warnings.add(module, text),
      contentKey: (name) => (formatVersion === 1 ? '*' : name),
    };
  }

  private toApiError(caught: unknown, request: FastifyRequest): ApiError {
    if (caught instanceof ApiError) return caught;
    if (caught instanceof HostError) return new ApiError(caught.code, caught.message);
    const type = caught instanceof Error ? caught.constructor.name : typeof caught;
    request.log.error({ err: caught }, `action API request ${request.id} failed`);
    return new ApiError(`internal_api_error_${type}`, `[${request.id}] Caught exception of type ${type}`, { errorclass: type });
  }

  private server(request: FastifyRequest): string {
    return serverUrl(this.host.wiki.config.get<string>('Server'), request.headers, request.protocol === 'https');
  }
}

/** `format=json` only; `formatversion` 1 (default), 2 or `latest`; `utf8`/`ascii` as ApiFormatJson. */
function readOutputOptions(params: ApiParams): JsonOutputOptions {
  const version = params.oneOf('formatversion', ['1', '2', 'latest'] as const, '1');
  const formatVersion: FormatVersion = version === '1' ? 1 : 2;
  const utf8 = params.flag('utf8');
  const ascii = params.flag('ascii');
  const output = { formatVersion, ascii: formatVersion === 1 ? !utf8 : ascii };
  const format = params.string('format') ?? 'json';
  if (format !== 'json') throw ApiError.badValue('format', format, 'This wiki\'s API answers in JSON only: use "format=json".');
  return output;
}

/** MediaWiki's token check (ApiMain::setupModule): present, sent in the POST body, and this session's. */
function checkToken(module: ApiModule, params: ApiParams, session: WikiSession): void {
  if (module.token === null) return;
  const { type, parameter } = module.token;
  const token = params.required(parameter);
  if (params.inQueryString(parameter)) throw ApiError.mustPostParams([parameter]);
  if (!isValidApiToken(session, type, token)) throw ApiError.badToken();
}

function checkMethod(module: ApiModule, params: ApiParams, request: FastifyRequest): void {
  if (module.isWrite && request.headers['promise-non-write-api-action'] !== undefined) throw ApiError.promisedNonWrite();
  if (module.mustBePosted && !params.posted) throw ApiError.mustBePosted(module.name);
}

function canonicalName(name: string): string | undefined {
  try {
    return UserStore.normalizeName(name);
  } catch {
    return undefined;
  }
}

function respond(output: JsonOutputOptions, body: Record<string, unknown>, errorCode?: string): ApiHttpResponse {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'private, must-revalidate, max-age=0',
    'x-content-type-options': 'nosniff',
  };
  if (errorCode !== undefined) headers['mediawiki-api-error'] = errorCode;
  return { status: 200, headers, body: encodeApiJson(body, output) };
}
