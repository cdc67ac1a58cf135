/**
 * An action-API error: MediaWiki's `ApiUsageException`. `code` and `info` are what the client reads in
 * `{"error": {"code", "info"}}`; `data` adds fields next to them (a block's details for `blocked`).
 *
 * The factories below carry MediaWiki's English messages (includes/api/i18n/en.json, with `<var>`/`<kbd>` shown as
 * quotes, as the `bc` error format does), so clients that match on them keep working.
 *
 * @public
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    info: string,
    readonly data: Record<string, unknown> = {},
  ) {
    super(info);
    this.name = 'ApiError';
  }

  /** `apierror-missingparam`. */
  static missingParam(name: string): ApiError {
    return new ApiError('missingparam', `The "${name}" parameter must be set.`);
  }

  /** `apierror-missingparam-one-of`: exactly one of several parameters is needed and none was given. */
  static missingOneOf(names: readonly string[]): ApiError {
    return new ApiError('missingparam', `One of the parameters ${quotedList(names, 'and')} is required.`);
  }

  /** `apierror-missingparam-at-least-one-of`. */
  static missingAtLeastOneOf(names: readonly string[]): ApiError {
    return new ApiError('missingparam', `At least one of the parameters ${quotedList(names, 'and')} is required.`);
  }

  /** `apierror-invalidparammix`: parameters that exclude each other. */
  static invalidParamMix(names: readonly string[]): ApiError {
    return new ApiError('invalidparammix', `The parameters ${quotedList(names, 'and')} can not be used together.`);
  }

  /** `paramvalidator-badvalue-enumnotmulti`; `hint` says what would be accepted where MediaWiki's text does not. */
  static badValue(name: string, value: string, hint = ''): ApiError {
    return new ApiError('badvalue', `Unrecognized value for parameter "${name}": ${value}.${hint === '' ? '' : ` ${hint}`}`);
  }

  /** `paramvalidator-badinteger`. */
  static badInteger(name: string, value: string): ApiError {
    return new ApiError('badinteger', `Invalid value "${value}" for integer parameter "${name}".`);
  }

  /** `apierror-badtoken`. */
  static badToken(): ApiError {
    return new ApiError('badtoken', 'Invalid CSRF token.');
  }

  /** `apierror-mustbeposted`: the module changes something, so a GET (which browsers prefetch) cannot run it. */
  static mustBePosted(module: string): ApiError {
    return new ApiError('mustbeposted', `The "${module}" module requires a POST request.`);
  }

  /** `apierror-mustpostparams`: a token in the URL ends up in logs and referrers. */
  static mustPostParams(names: readonly string[]): ApiError {
    const what = names.length === 1 ? 'parameter was' : 'parameters were';
    return new ApiError(
      'mustpostparams',
      `The following ${what} found in the query string, but must be in the POST body: ${names.join(', ')}.`,
    );
  }

  /** `apierror-permissiondenied`, `action` being MediaWiki's `action-<right>` text ("edit this page"). */
  static permissionDenied(action: string): ApiError {
    return new ApiError('permissiondenied', `You don't have permission to ${action}.`);
  }

  /** `apierror-promised-nonwrite-api`. */
  static promisedNonWrite(): ApiError {
    return new ApiError(
      'promised-nonwrite-api',
      'The "Promise-Non-Write-API-Action" HTTP header cannot be sent to write-mode API modules.',
    );
  }

  /** `apierror-assertuserfailed` and friends (the `assert` parameter). */
  static assertFailed(assertion: 'anon' | 'user' | 'bot'): ApiError {
    const info = {
      anon: 'You are no longer logged out, so the action could not be completed.',
      user: 'You are no longer logged in, so the action could not be completed.',
      bot: 'You do not have the "bot" right, so the action could not be completed.',
    }[assertion];
    return new ApiError(`assert${assertion}failed`, info);
  }

  /** `apierror-assertnameduserfailed` (the `assertuser` parameter). */
  static assertNamedUserFailed(name: string): ApiError {
    return new ApiError('assertnameduserfailed', `You are no longer logged in as "${name}", so the action could not be completed.`);
  }
}

/** `"a", "b" and "c"`, as MediaWiki's `Message::listParam` prints a list of parameter names. */
export function quotedList(names: readonly string[], conjunction: 'and' | 'or'): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
