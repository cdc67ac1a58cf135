import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

/**
 * A browser-like client over `app.inject`: it keeps the cookies the wiki sets (and forgets cleared ones) and sends
 * them back, so tests can log in, follow forms and compare sessions.
 */
export class WikiClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({ ...options, headers: { ...(cookie ? { cookie } : {}), ...options.headers } });
    for (const set of response.cookies) {
      const expired = set.value === '' || (set.expires !== undefined && set.expires.getTime() <= Date.now());
      if (expired) this.cookies.delete(set.name);
      else this.cookies.set(set.name, set.value);
    }
    return response;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url });
  }

  /** POSTs `fields` as a form, as a browser submits one. */
  postForm(url: string, fields: Record<string, string>): Promise<LightMyRequestResponse> {
    return this.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
  }

  /** Sends `body` as JSON. */
  sendJson(method: 'POST' | 'PUT' | 'DELETE' | 'PATCH', url: string, body: unknown): Promise<LightMyRequestResponse> {
    return this.request({ method, url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  }

  /** Logs in through Special:UserLogin as a browser would. */
  async logIn(name: string, password = `${name}-password`): Promise<LightMyRequestResponse> {
    const form = await this.get('/wiki/Special:UserLogin');
    return this.postForm('/w/index.php?title=Special:UserLogin', {
      wpName: name,
      wpPassword: password,
      wpLoginToken: hiddenField(form.body, 'wpLoginToken'),
    });
  }
}

/** The value of a hidden form field in a page, unescaped. */
export function hiddenField(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (match === null) throw new Error(`No field ${name} in the page:\n${html}`);
  return match[1].replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
