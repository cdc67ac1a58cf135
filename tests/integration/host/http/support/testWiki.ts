import type { FastifyInstance } from 'fastify';
import type { ManualClock } from '../../../../../src/framework/core/Clock';
import type { Logger } from '../../../../../src/framework/Logger';
import type { Host } from '../../../../../src/host/boot/bootHost';
import { createHttpServer } from '../../../../../src/host/http/createHttpServer';
import { createTestHost } from '../../../../support/hostFixture';
import { writeRestFixtureExtension } from './restFixtureExtension';
import { WikiClient } from './WikiClient';

/** A host with the RestFixture extension and its HTTP server (not listening; use `client()` or `app.inject`). */
export interface TestWiki {
  host: Host & { clock: ManualClock };
  app: FastifyInstance;
  client(): WikiClient;
  /** Waits for background work, closes the server and the host. */
  close(): Promise<void>;
}

/** Log lines a {@link recordingLogger} kept. */
export interface LogRecord {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string;
}

/** A logger that keeps what it is given. */
export function recordingLogger(): Logger & { records: LogRecord[] } {
  const records: LogRecord[] = [];
  const at = (level: LogRecord['level']) => (obj: Record<string, unknown>, msg: string) => void records.push({ level, obj, msg });
  return { records, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Boots a test host (SQLite in a temp folder) with the RestFixture extension and builds its server. */
export async function startTestWiki(options: { settings?: Record<string, unknown>; logger?: Logger } = {}): Promise<TestWiki> {
  const host = await createTestHost({ extensions: [writeRestFixtureExtension()], settings: options.settings, logger: options.logger });
  const app = createHttpServer(host, { logger: options.logger });
  await app.ready();
  return {
    host,
    app,
    client: () => new WikiClient(app),
    async close() {
      await app.close();
      await host.close();
    },
  };
}
