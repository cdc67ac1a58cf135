import type { FastifyInstance } from 'fastify';
import { type Logger, silentLogger } from '../../framework/Logger';
import type { Host } from '../boot/bootHost';
import { createHttpServer } from './createHttpServer';

/** @public */
export interface StartOptions {
  port: number;
  /** Interface to listen on, e.g. `localhost` or `0.0.0.0`. */
  host: string;
  logger?: Logger;
}

/** A listening server. @public */
export interface RunningServer {
  app: FastifyInstance;
  /** `http://host:port/` as actually bound (port 0 picks a free one). */
  url: string;
  /**
   * Stops gracefully: refuses new connections, lets requests in flight finish and background work end, then closes
   * the host (and its database). Safe to call more than once. Does not exit the process.
   */
  shutdown(): Promise<void>;
}

/**
 * Creates the server, listens, and on SIGTERM or SIGINT shuts down gracefully and exits with code 0 (1 if closing
 * failed). A second signal while shutting down exits at once with code 1, for a server stuck on a request.
 *
 * @public
 */
export async function startHttpServer(host: Host, options: StartOptions): Promise<RunningServer> {
  const logger = options.logger ?? silentLogger;
  const app = createHttpServer(host, { logger: options.logger });
  let stopping: Promise<void> | undefined;
  // A keep-alive connection busy when shutdown starts would otherwise stay open after its response, and close()
  // would wait for it forever: responses sent while stopping ask the client to close the connection.
  app.addHook('onSend', async (_request, reply) => {
    if (stopping !== undefined) reply.header('connection', 'close');
  });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;

  const shutdown = (): Promise<void> => {
    stopping ??= (async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await app.close();
      await host.close();
    })();
    return stopping;
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, `Received ${signal}: finishing requests in flight, then closing the database.`);
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutting down failed.');
        process.exit(1);
      },
    );
    // From now on the next signal forces the exit.
    const force = (again: NodeJS.Signals) => {
      logger.warn({ signal: again }, `Received ${again} again: exiting without waiting for requests in flight.`);
      process.exit(1);
    };
    process.once('SIGTERM', force);
    process.once('SIGINT', force);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);

  return { app, url: `http://${urlHost(options.host)}:${port}/`, shutdown };
}

/** IPv6 literals need brackets in a URL. */
function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
