/**
 * A throwaway MariaDB server for the test run: started on first use from the installed `mariadbd` with a temporary
 * data directory, listening on 127.0.0.1 on a free port, and stopped (its folder removed) when mocha finishes.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { createConnection, type Connection } from 'mysql2/promise';

/** The one line printed when the binaries are missing (and the failure under CI=true). */
export const MARIADB_MISSING_MESSAGE =
  'MariaDB tests skipped: install the Debian package mariadb-server (apt-get install mariadb-server)';

/** Where Debian and other distributions put the server, besides $PATH. */
const SERVER_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/libexec', '/usr/local/mysql/bin'];
const STARTUP_TIMEOUT_MS = 30_000;
const USER = 'wikiext';
const DIR_PREFIX = 'wikiext-mariadb-';
/** Holds the pid of the test run that owns a server folder, so a later run can clean up after a killed one. */
const OWNER_FILE = 'owner.pid';
// Not SIGHUP: the wiki reloads its settings on SIGHUP, and tests send it to their own process.
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
const PASSWORD = 'wikiext-test-password';
// Settings for a server whose data is thrown away: small logs, no binary log, no fsync per commit.
const SERVER_OPTIONS = ['--innodb-log-file-size=4M', '--innodb-buffer-pool-size=64M'];
const RUNTIME_OPTIONS = ['--skip-log-bin', '--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0', '--skip-name-resolve'];

/** A running test server: connect as `user` over TCP, one database per test suite. */
export interface TestMariadb {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Creates an empty database (`wikiext_test_N`) and returns its name. */
  createDatabase(): Promise<string>;
}

function findBinary(names: readonly string[], extraDirs: readonly string[]): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...extraDirs];
  for (const name of names) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

let serverBinary: string | null | undefined;

/**
 * The MariaDB server binary, or undefined when MariaDB is not installed. `WIKIEXT_TEST_MARIADBD` names another
 * binary, or `none` to run as if MariaDB were missing.
 */
export function findMariadbd(): string | undefined {
  if (serverBinary === undefined) {
    const chosen = process.env.WIKIEXT_TEST_MARIADBD;
    if (chosen === 'none') serverBinary = null;
    else serverBinary = (chosen ? chosen : findBinary(['mariadbd', 'mysqld'], SERVER_DIRS)) ?? null;
  }
  return serverBinary ?? undefined;
}

interface RunningServer extends TestMariadb {
  stop(): Promise<void>;
}

let running: Promise<RunningServer> | undefined;

/** The server of this test run, started on the first call. */
export function testMariadb(): Promise<TestMariadb> {
  running ??= startServer();
  return running;
}

/** Stops the server if one was started, and removes its data. */
export async function stopTestMariadb(): Promise<void> {
  const server = running;
  running = undefined;
  if (server) await (await server.catch(() => undefined))?.stop();
}

async function startServer(): Promise<RunningServer> {
  const mariadbd = findMariadbd();
  if (!mariadbd) {
    throw new Error(
      'MariaDB not found: install the Debian package mariadb-server (apt-get install mariadb-server); with CI=true the MariaDB tests may not be skipped.',
    );
  }
  const installDb = findBinary(['mariadb-install-db', 'mysql_install_db'], [path.dirname(mariadbd), '/usr/bin', '/usr/local/bin']);
  if (!installDb) throw new Error(`Found ${mariadbd} but not mariadb-install-db. ${MARIADB_MISSING_MESSAGE}`);

  removeAbandonedServers();
  const dir = mkdtempSync(path.join(dataParent(), DIR_PREFIX));
  writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  const datadir = path.join(dir, 'data');
  const socket = path.join(dir, 'mariadb.sock');
  const errorLog = path.join(dir, 'error.log');
  // mariadbd refuses to run as root unless told to.
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  // WIKIEXT_TEST_MARIADB_KEEP=1 keeps the data directory and error log to look into a failure.
  const removeDir = () => (process.env.WIKIEXT_TEST_MARIADB_KEEP ? undefined : rmSync(dir, { recursive: true, force: true }));

  let child: ChildProcess | undefined;
  try {
    await promisify(execFile)(installDb, [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...asRoot,
      ...SERVER_OPTIONS,
    ]);
    const port = await freePort();
    child = spawn(
      mariadbd,
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${path.join(dir, 'mariadb.pid')}`,
        `--log-error=${errorLog}`,
        // Its own temporary folder: nothing else on the machine can remove a temporary table under it.
        `--tmpdir=${dir}`,
        ...asRoot,
        ...SERVER_OPTIONS,
        ...RUNTIME_OPTIONS,
      ],
      { stdio: 'ignore' },
    );
    // Never keep the test run alive for the server's sake; the after hook or the exit handler stops it.
    child.unref();
    const admin = await waitForServer(child, socket, errorLog);
    await admin.query(`CREATE USER '${USER}'@'127.0.0.1' IDENTIFIED BY '${PASSWORD}'`);
    await admin.query(`GRANT ALL PRIVILEGES ON \`wikiext\\_test\\_%\`.* TO '${USER}'@'127.0.0.1'`);
    return serverHandle(child, admin, port, removeDir);
  } catch (error) {
    child?.kill('SIGKILL');
    removeDir();
    throw new Error(`Could not start a test MariaDB server with ${mariadbd}: ${(error as Error).message}`);
  }
}

function serverHandle(child: ChildProcess, admin: Connection, port: number, removeDir: () => void): RunningServer {
  let databases = 0;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  // Last resort when the process exits without mocha's after hook (e.g. an interrupted run).
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    removeDir();
  };
  process.once('exit', kill);
  // A run stopped by a signal (Ctrl-C, a CI timeout) takes its server with it, then dies of the signal as it would
  // have. When code under test listens to the signal too (a graceful-shutdown test), the run goes on: leave it be.
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return;
    kill();
    process.removeListener(signal, onSignal);
    process.kill(process.pid, signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return {
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    async createDatabase() {
      const name = `wikiext_test_${++databases}`;
      await admin.query(`CREATE DATABASE ${name}`);
      return name;
    },
    async stop() {
      process.removeListener('exit', kill);
      for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
      await admin.end().catch(() => {});
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      removeDir();
    },
  };
}

/** Connects as root over the socket until the server accepts connections. */
async function waitForServer(child: ChildProcess, socket: string, errorLog: string): Promise<Connection> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited at start-up:\n${logTail(errorLog)}`);
    }
    try {
      return await createConnection({ socketPath: socket, user: 'root' });
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the server did not accept connections within ${STARTUP_TIMEOUT_MS / 1000} s (${(error as Error).message}):\n${logTail(errorLog)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * A memory file system when there is room (creating tables syncs files: seconds on a disk, nothing
 * in memory), else the temporary folder.
 */
function dataParent(): string {
  const shm = '/dev/shm';
  try {
    accessSync(shm, constants.W_OK);
    const { bavail, bsize } = statfsSync(shm);
    if (bavail * bsize > 512 * 1024 * 1024) return shm;
  } catch {
    // no /dev/shm here
  }
  return os.tmpdir();
}

/**
 * Stops the servers of earlier runs that were killed outright (SIGKILL leaves no chance to clean up): a folder whose
 * owning test run is gone has its server killed and is removed.
 */
function removeAbandonedServers(): void {
  for (const parent of new Set([dataParent(), os.tmpdir()])) {
    for (const name of readdirSync(parent).filter((n) => n.startsWith(DIR_PREFIX))) {
      const dir = path.join(parent, name);
      const owner = readPid(path.join(dir, OWNER_FILE));
      if (owner === undefined || isAlive(owner)) continue;
      const server = readPid(path.join(dir, 'mariadb.pid'));
      if (server !== undefined && isServerOf(server, dir)) process.kill(server, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid is still that folder's mariadbd (not a recycled pid of something else). */
function isServerOf(pid: number, dir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--datadir=${path.join(dir, 'data')}`);
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function logTail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-15).join('\n') : '(no error log)';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

// A root-level hook: runs once when mocha has finished every test file that loaded this module.
if (typeof after === 'function') after(stopTestMariadb);
