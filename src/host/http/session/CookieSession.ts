// The cookie methods of FastifyReply come from @fastify/cookie's type augmentation.
import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import type { Clock } from '../../../framework/core/Clock';
import type { ObjectStash } from '../../../framework/core/ObjectStash';
import { isRegistered, type UserIdentity } from '../../../framework/core/UserIdentity';
import { newSessionId, newTokenSecret, sessionToken, tokensMatch } from './sessionTokens';
import { ANONYMOUS_CSRF_TOKEN, SESSION_COOKIE, SESSION_TTL_SECONDS, TokenSalts, type WikiSession } from './WikiSession';

/** What the stash keeps per session. `userId` 0 is a visitor who only asked for a login token. */
export interface StoredSession {
  userId: number;
  userName: string;
  secret: string;
  /** Epoch seconds of the last write, to renew the TTL at most every {@link RENEW_AFTER_SECONDS}. */
  renewedAt: number;
}

/** Renewing on every request would write the stash on every request; once an hour keeps a used session alive. */
const RENEW_AFTER_SECONDS = 60 * 60;

/** Salts whose tokens are bound to a session even for anonymous visitors (MediaWiki's array salts). */
const SESSION_BOUND_SALTS: ReadonlySet<string> = new Set([TokenSalts.login, TokenSalts.createaccount]);

/** Where a session lives and how its cookie is written. */
export interface SessionBackend {
  stash: ObjectStash;
  clock: Clock;
}

/**
 * The {@link WikiSession} of one request. Changes that need no `await` (a session created for a login token, a
 * renewed TTL) are written by {@link saveIfChanged}, which the server calls before the response goes out.
 */
export class CookieSession implements WikiSession {
  #id: string | null;
  #data: StoredSession | null;
  #changed = false;

  constructor(
    private readonly backend: SessionBackend,
    private readonly reply: FastifyReply,
    private readonly anonymous: UserIdentity,
    loaded: { id: string; data: StoredSession } | null,
  ) {
    this.#id = loaded?.id ?? null;
    this.#data = loaded?.data ?? null;
    if (this.#data !== null && this.#now() - this.#data.renewedAt >= RENEW_AFTER_SECONDS) this.#touch();
  }

  /** Checks that a stash value has the shape this class writes; anything else is treated as no session. */
  static isStoredSession(value: unknown): value is StoredSession {
    const v = value as StoredSession;
    return (
      typeof v === 'object' && v !== null && typeof v.userId === 'number' && typeof v.userName === 'string' &&
      typeof v.secret === 'string' && typeof v.renewedAt === 'number'
    );
  }

  get user(): UserIdentity {
    const data = this.#data;
    return data !== null && data.userId > 0 ? { id: data.userId, name: data.userName } : this.anonymous;
  }

  get exists(): boolean {
    return this.#data !== null;
  }

  csrfToken(salt: string = TokenSalts.csrf): string {
    if (SESSION_BOUND_SALTS.has(salt)) return sessionToken(this.#ensureSession().secret, salt);
    if (!isRegistered(this.user) || this.#data === null) return ANONYMOUS_CSRF_TOKEN;
    return sessionToken(this.#data.secret, salt);
  }

  checkToken(token: unknown, salt: string = TokenSalts.csrf): boolean {
    if (SESSION_BOUND_SALTS.has(salt) || isRegistered(this.user)) {
      return this.#data !== null && tokensMatch(token, sessionToken(this.#data.secret, salt));
    }
    return tokensMatch(token, ANONYMOUS_CSRF_TOKEN);
  }

  loginToken(): string {
    return this.csrfToken(TokenSalts.login);
  }

  async login(user: UserIdentity): Promise<void> {
    if (this.#id !== null) await this.backend.stash.delete(this.#key(this.#id));
    this.#id = newSessionId();
    this.#data = { userId: user.id, userName: user.name, secret: newTokenSecret(), renewedAt: this.#now() };
    this.#changed = true;
    await this.saveIfChanged();
  }

  async logout(): Promise<void> {
    if (this.#id !== null) await this.backend.stash.delete(this.#key(this.#id));
    this.#id = null;
    this.#data = null;
    this.#changed = false;
    this.reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Writes a new or renewed session to the stash and (re)sets the cookie. */
  async saveIfChanged(): Promise<void> {
    if (!this.#changed || this.#id === null || this.#data === null) return;
    this.#changed = false;
    await this.backend.stash.set(this.#key(this.#id), this.#data, SESSION_TTL_SECONDS);
    this.reply.setCookie(SESSION_COOKIE, this.#id, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      maxAge: SESSION_TTL_SECONDS,
    });
  }

  #ensureSession(): StoredSession {
    if (this.#data === null) {
      this.#id = newSessionId();
      this.#data = { userId: 0, userName: '', secret: newTokenSecret(), renewedAt: this.#now() };
      this.#changed = true;
    }
    return this.#data;
  }

  #touch(): void {
    if (this.#data === null) return;
    this.#data = { ...this.#data, renewedAt: this.#now() };
    this.#changed = true;
  }

  #key(id: string): string {
    return this.backend.stash.makeKey('session', id);
  }

  #now(): number {
    return Math.floor(this.backend.clock.now().getTime() / 1000);
  }
}
