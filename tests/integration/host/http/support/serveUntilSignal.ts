/**
 * A wiki server in a child process, for the graceful shutdown tests: prints `listening <url>` once it listens and
 * `host closed` when the host (and its database) has been closed; the exit code is the one startHttpServer chooses.
 */
import 'reflect-metadata';
import { startHttpServer } from '../../../../../src/host/http/startHttpServer';
import { createTestHost } from '../../../../support/hostFixture';
import { writeRestFixtureExtension } from './restFixtureExtension';

void (async () => {
  const host = await createTestHost({ extensions: [writeRestFixtureExtension()] });
  const closeHost = host.close.bind(host);
  host.close = async () => {
    await closeHost();
    process.stdout.write('host closed\n');
  };
  const server = await startHttpServer(host, { port: 0, host: '127.0.0.1' });
  process.stdout.write(`listening ${server.url}\n`);
})();
