import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { connectDatabase, type DatabaseOptions } from '../../../src/framework/db/connectDatabase';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { tempDir } from '../../support/extensionFixtures';
import { findMariadbd, testMariadb } from '../../support/mariadb';

async function connectError(options: DatabaseOptions): Promise<WikiextError> {
  const error = await connectDatabase(options).then(
    async (db) => {
      await db.destroy();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(WikiextError);
  expect((error as WikiextError).code).to.equal(ErrorCodes.DB_CONNECT);
  return error as WikiextError;
}

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('connectDatabase', () => {
  it('creates a SQLite file and its folder on first use', async () => {
    const file = path.join(tempDir(), 'data', 'wiki.sqlite');
    const db = await connectDatabase({ type: 'sqlite', file });
    expect(db.type).to.equal('sqlite');
    await db.destroy();
  });

  it('names the file and the settings to check when the SQLite folder cannot be created', async () => {
    const blocker = path.join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, '');
    const file = path.join(blocker, 'wiki.sqlite');
    const error = await connectError({ type: 'sqlite', file });
    expect(error.message).to.match(new RegExp(`^Cannot open the SQLite database ${file}: `));
    expect(error.message).to.include('Check wgSQLiteDataDir and wgDBname in the settings and that the folder is writable.');
  });

  it('names the server and the settings to check when MariaDB is unreachable', async () => {
    const port = await closedPort();
    const error = await connectError({ type: 'mysql', host: '127.0.0.1', port, user: 'wiki', password: 'secret', database: 'wikidb' });
    expect(error.message).to.match(new RegExp(`^Cannot connect to the MariaDB/MySQL database wiki@127\\.0\\.0\\.1:${port}/wikidb: `));
    expect(error.message).to.include('Check wgDBserver, wgDBname, wgDBuser and wgDBpassword in the settings and that the server is running.');
    expect(error.message).not.to.include('secret');
  });

  it('refuses a wrong MariaDB password with the same message', async function () {
    if (!findMariadbd()) this.skip();
    const server = await testMariadb();
    const database = await server.createDatabase();
    const error = await connectError({ type: 'mysql', host: server.host, port: server.port, user: server.user, password: 'wrong', database });
    expect(error.message).to.include('Access denied');
    expect(error.message).to.include('Check wgDBserver, wgDBname, wgDBuser and wgDBpassword');
  });
});
