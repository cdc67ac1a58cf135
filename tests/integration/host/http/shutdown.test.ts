import { expect } from 'chai';
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { startHttpServer } from '../../../../src/host/http/startHttpServer';
import { createTestHost } from '../../../support/hostFixture';
import { writeRestFixtureExtension } from './support/restFixtureExtension';

/** Starts support/serveUntilSignal.js and resolves with the child and its URL once it listens. */
function spawnServer(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'support', 'serveUntilSignal.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening (\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}:\n${output}`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Lets the request reach the server before the test goes on. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Graceful shutdown', () => {
  it('finishes the request in flight, then closes the host, and refuses new connections', async () => {
    const host = await createTestHost({ extensions: [writeRestFixtureExtension()] });
    const events: string[] = [];
    const closeHost = host.close.bind(host);
    host.close = async () => {
      events.push('host closed');
      await closeHost();
    };
    const server = await startHttpServer(host, { port: 0, host: '127.0.0.1' });
    expect(server.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    // The handler reads the database after its delay, so a 200 shows the database was closed only afterwards.
    const inFlight = fetch(`${server.url}w/rest.php/fixture/v0/slow?delayMs=300`).then(async (res) => [res.status, await res.json()]);
    await pause(50);
    await server.shutdown();
    expect(await inFlight).to.deep.equal([200, { waited: 300, nobodyExists: false }]);
    expect(events).to.deep.equal(['host closed']);

    const refused = await fetch(server.url).then(() => 'answered', (error: Error) => (error.cause as { code?: string })?.code);
    expect(refused).to.equal('ECONNREFUSED');
    await server.shutdown(); // a second call is harmless
  });

  it('on SIGTERM finishes the request in flight, closes the database and exits with 0', async function () {
    this.timeout(20000);
    const { child, url, output } = await spawnServer();
    const exited = exitCode(child);
    const inFlight = fetch(`${url}w/rest.php/fixture/v0/slow?delayMs=500`).then((res) => res.status);
    await pause(100);
    child.kill('SIGTERM');
    expect(await inFlight).to.equal(200);
    expect(await exited).to.equal(0);
    expect(output()).to.contain('host closed');
  });

  it('exits at once with 1 on a second signal', async function () {
    this.timeout(20000);
    const { child, url, output } = await spawnServer();
    const exited = exitCode(child);
    const inFlight = fetch(`${url}w/rest.php/fixture/v0/slow?delayMs=10000`).then(
      (res) => res.status,
      () => 'cut off',
    );
    await pause(100);
    child.kill('SIGINT');
    await pause(100);
    child.kill('SIGINT');
    expect(await exited).to.equal(1);
    expect(await inFlight).to.equal('cut off');
    expect(output()).not.to.contain('host closed');
  });
});
