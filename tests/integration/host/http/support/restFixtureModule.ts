/**
 * Code of the RestFixture test extension (see restFixtureExtension.ts): a service and REST handlers, loaded by the
 * host through the extension's manifest exactly as a real extension's code is.
 */
import { inject } from 'tsyringe';
import type { JobRunner } from '../../../../../src/framework/core/JobQueue';
import type { UserLookup } from '../../../../../src/framework/core/UserLookup';
import { LocalizedHttpError } from '../../../../../src/framework/rest/LocalizedHttpError';
import type { RestHandler, RestRequest } from '../../../../../src/framework/rest/RestHandler';
import { RestResponse } from '../../../../../src/framework/rest/RestResponse';
import { defineServiceWiring } from '../../../../../src/framework/services/ServiceWiring';

/** The service the handlers share. */
export class NoteBook {
  readonly notes = new Map<number, { text: string; author: string }>();
  #next = 1;

  add(text: string, author: string): number {
    const id = this.#next++;
    this.notes.set(id, { text, author });
    return id;
  }
}

export const NOTEBOOK_SERVICE = 'RestFixture.NoteBook';

export const wiring = defineServiceWiring({ [NOTEBOOK_SERVICE]: () => new NoteBook() });

/** GET /fixture/v0/notes/{id}; the service comes from the spec's `services` list. */
export class GetNoteHandler implements RestHandler {
  constructor(private readonly book: NoteBook) {}

  execute(request: RestRequest): unknown {
    const note = this.book.notes.get(Number(request.pathParams.id));
    if (note === undefined) throw new LocalizedHttpError(404, 'restfixture-note-not-found', [request.pathParams.id]);
    return { id: Number(request.pathParams.id), ...note };
  }
}

/** POST /fixture/v0/notes; the service comes by its token through `@inject`. */
export class AddNoteHandler implements RestHandler {
  constructor(@inject(NOTEBOOK_SERVICE) private readonly book: NoteBook) {}

  execute(request: RestRequest): unknown {
    const text = (request.body as { text?: unknown } | undefined)?.text;
    if (typeof text !== 'string') {
      throw new LocalizedHttpError(400, 'restfixture-missing-text', ['text'], { data: { failureCode: 'missingparam', name: 'text' } });
    }
    const id = this.book.add(text, request.user.name);
    return RestResponse.json(201, { id }, { location: `/fixture/v0/notes/${id}` });
  }
}

/** PUT and DELETE /fixture/v0/notes/{id}: answers nothing, so 204. */
export class ChangeNoteHandler implements RestHandler {
  constructor(private readonly book: NoteBook) {}

  execute(request: RestRequest): void {
    const id = Number(request.pathParams.id);
    if (request.method === 'DELETE') this.book.notes.delete(id);
    else this.book.notes.set(id, { text: String((request.body as { text?: unknown }).text), author: request.user.name });
  }
}

/** GET /fixture/v0/notes/latest: a literal segment that must win over `{id}`. */
export class LatestNoteHandler implements RestHandler {
  constructor(private readonly book: NoteBook) {}

  execute(): unknown {
    return { latest: Math.max(0, ...this.book.notes.keys()) };
  }
}

/** Echoes what the router gave it; POST without a token (`needsToken: false`). */
export class EchoHandler implements RestHandler {
  readonly needsToken = false;

  execute(request: RestRequest): unknown {
    const { method, path, pathParams, query, body, user, hasSession } = request;
    return { method, path, pathParams, query, body, user, hasSession, contentType: request.headers['content-type'] ?? null };
  }
}

/** Fails the way a bug does, with internals in the message. */
export class BrokenHandler implements RestHandler {
  execute(): never {
    throw new Error('database password is hunter2 (at /srv/secret/config.php)');
  }
}

/** Answers after `delayMs`, then reads the database: a 200 proves the database was still open at the end. */
export class SlowHandler implements RestHandler {
  constructor(private readonly users: UserLookup) {}

  async execute(request: RestRequest): Promise<unknown> {
    const delay = Number(request.query.delayMs ?? 300);
    await new Promise((resolve) => setTimeout(resolve, delay));
    return { waited: delay, nobodyExists: (await this.users.getUserByName('Nobody')) !== null };
  }
}

/** Something that is not a handler at all. */
export class NotAHandler {}

/** A job that records its runs on globalThis. */
export class RecordingJob implements JobRunner {
  async run(params: Record<string, unknown>): Promise<void> {
    const g = globalThis as { restFixtureJobs?: unknown[] };
    (g.restFixtureJobs ??= []).push(params);
  }
}
