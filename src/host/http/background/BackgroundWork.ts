import type { FastifyBaseLogger } from 'fastify';

/**
 * Work started after a response has gone out (MediaWiki's deferred updates and end-of-request job runs). A task
 * never delays or breaks a response: failures are logged. The server waits for {@link idle} before it closes the
 * database.
 */
export class BackgroundWork {
  readonly #pending = new Set<Promise<void>>();

  constructor(private readonly logger: FastifyBaseLogger) {}

  /** Starts `task` now, without waiting for it. */
  run(description: string, task: () => Promise<unknown>): void {
    const running: Promise<void> = Promise.resolve()
      .then(task)
      .then(
        () => undefined,
        (error: unknown) => this.logger.error({ err: error }, `${description} failed`),
      )
      .finally(() => this.#pending.delete(running));
    this.#pending.add(running);
  }

  /** Resolves once every task started so far, and every task those started, has finished. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
}

/** Tasks a request wants run once its response has been sent; see `request.deferredUpdates`. @public */
export class DeferredUpdates {
  readonly #tasks: { description: string; task: () => Promise<unknown> }[] = [];

  /** Runs `task` after the response is sent; `description` names it in the log if it fails. */
  add(description: string, task: () => Promise<unknown>): void {
    this.#tasks.push({ description, task });
  }

  /** Hands the queued tasks over (once). */
  take(): { description: string; task: () => Promise<unknown> }[] {
    return this.#tasks.splice(0);
  }
}
