import type { LightMyRequestResponse } from 'fastify';
import type { WikiClient } from '../../support/WikiClient';

/** One answer of `/w/api.php`, its JSON parsed. */
export interface ApiAnswer {
  status: number;
  headers: LightMyRequestResponse['headers'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers are read field by field in tests.
  body: any;
  text: string;
}

type Params = Record<string, string>;

/**
 * Talks to `/w/api.php` over a {@link WikiClient} (so the session cookie is kept), with `format=json` added as
 * clients do. `post` sends a form body; fields in `query` go into the URL instead.
 */
export class ApiClient {
  constructor(readonly web: WikiClient) {}

  async get(params: Params, headers: Record<string, string> = {}): Promise<ApiAnswer> {
    return answer(await this.web.request({ method: 'GET', url: `/w/api.php?${new URLSearchParams({ format: 'json', ...params })}`, headers }));
  }

  async post(params: Params, options: { query?: Params; headers?: Record<string, string> } = {}): Promise<ApiAnswer> {
    const url = options.query === undefined ? '/w/api.php' : `/w/api.php?${new URLSearchParams(options.query)}`;
    return answer(
      await this.web.request({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
        payload: new URLSearchParams({ format: 'json', ...params }).toString(),
      }),
    );
  }

  /** `meta=tokens&type=<type>` (formatversion 2), the token itself. */
  async token(type = 'csrf'): Promise<string> {
    const { body } = await this.get({ action: 'query', meta: 'tokens', type, formatversion: '2' });
    return body.query.tokens[`${type}token`];
  }

  /** Logs in with action=login as bots do; returns the `login` member of the answer. */
  async login(name: string, password = `${name}-password`): Promise<Record<string, unknown>> {
    const lgtoken = await this.token('login');
    const { body } = await this.post({ action: 'login', lgname: name, lgpassword: password, lgtoken, formatversion: '2' });
    return body.login;
  }
}

function answer(response: LightMyRequestResponse): ApiAnswer {
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = undefined;
  }
  return { status: response.statusCode, headers: response.headers, body, text: response.body };
}
