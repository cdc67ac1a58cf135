import { expect } from 'chai';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../../../src/host/HostInfo';
import { tempDir } from '../../support/extensionFixtures';
import { findMariadbd, MARIADB_MISSING_MESSAGE, testMariadb } from '../../support/mariadb';
import { writeSettings } from '../../support/settingsFixtures';

const CLI = path.join(REPO_ROOT, 'dist', 'src', 'host', 'cli', 'main.js');

function wikiext(args: string[]) {
  const env = { ...process.env };
  delete env.WIKIEXT_SETTINGS;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: tempDir(), env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A running `wikiext serve|start`, its URL once it prints it, and its output so far. */
interface Server {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function startServer(args: string[]): Promise<Server> {
  const env = { ...process.env };
  delete env.WIKIEXT_SETTINGS;
  const child = spawn(process.execPath, [CLI, ...args], { cwd: tempDir(), env });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /is running at (http:\/\/\S+?)\/? /.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          child,
          url: m[1],
          output: () => out,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
}

/** Settings for an SQLite wiki in a new folder. */
function sqliteSettings(values: Record<string, unknown> = {}): string {
  return writeSettings(tempDir(), { wgSecretKey: 'cli-test-secret-key-0123456789abcdef', ...values });
}

describe('wikiext commands that use the database', () => {
  describe('update', () => {
    it('creates the schema, then says there is nothing to do', () => {
      const settings = sqliteSettings();
      const first = wikiext(['update', '--settings', settings]);
      expect(first.code, first.stderr).to.equal(0);
      expect(first.stdout).to.match(/Updated the SQLite database: \d+ steps applied/);
      expect(first.stdout).to.contain('user');
      const second = wikiext(['update', '--settings', settings]);
      expect(second.code, second.stderr).to.equal(0);
      expect(second.stdout).to.contain('up to date: nothing to do');
    });

    it('names the database settings when the server cannot be reached', () => {
      const settings = sqliteSettings({ wgDBtype: 'mysql', wgDBserver: '127.0.0.1:1', wgDBpassword: 'x' });
      const r = wikiext(['update', '--settings', settings]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('Cannot connect to the MariaDB/MySQL database wikiuser@127.0.0.1:1/wiki');
      expect(r.stderr).to.contain('wgDBserver');
    });

    it('refuses a database type it does not know, listing the ones it does', () => {
      const r = wikiext(['update', '--settings', sqliteSettings({ wgDBtype: 'postgres' })]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('wgDBtype');
      expect(r.stderr).to.contain('"sqlite" or "mysql"');
    });
  });

  describe('createuser', () => {
    it('creates an account in the given groups, which can then log in', async () => {
      const settings = sqliteSettings();
      const r = wikiext(['createuser', 'New admin', '--password', 'long-enough-pass', '--groups', 'sysop,bureaucrat', '--settings', settings]);
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.match(/Created user "New admin" \(id \d+\) in sysop, bureaucrat\./);
      const server = await startServer(['serve', '--settings', settings, '--port', '0']);
      try {
        const info = await apiLogin(server.url, 'New admin', 'long-enough-pass');
        expect(info.groups).to.include.members(['sysop', 'bureaucrat']);
      } finally {
        await server.stop();
      }
    });

    it('refuses an unknown group and creates nothing', () => {
      const settings = sqliteSettings();
      const r = wikiext(['createuser', 'Someone', '--password', 'long-enough-pass', '--groups', 'sysop,wizards', '--settings', settings]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('unknown group "wizards"');
      expect(r.stderr).to.contain('bureaucrat');
      const again = wikiext(['createuser', 'Someone', '--password', 'long-enough-pass', '--settings', settings]);
      expect(again.code, again.stderr).to.equal(0);
    });

    it('needs a password, and refuses a taken name or a short password', () => {
      const settings = sqliteSettings();
      const none = wikiext(['createuser', 'Someone', '--settings', settings]);
      expect(none.code).to.equal(1);
      expect(none.stderr).to.contain('--password');
      expect(wikiext(['createuser', 'Someone', '--password', 'long-enough-pass', '--settings', settings]).code).to.equal(0);
      const taken = wikiext(['createuser', 'someone', '--password', 'long-enough-pass', '--settings', settings]);
      expect(taken.code).to.equal(1);
      expect(taken.stderr).to.match(/createuser: .*already/i);
      const short = wikiext(['createuser', 'Other', '--password', 'short', '--settings', settings]);
      expect(short.code).to.equal(1);
      expect(short.stderr).to.match(/createuser: .*8/);
    });
  });

  describe('run-jobs', () => {
    it('reports an empty queue', () => {
      const r = wikiext(['run-jobs', '--settings', sqliteSettings()]);
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.contain('Ran 0 jobs; stopped: none-ready.');
    });

    it('refuses a limit that is not a positive whole number', () => {
      const r = wikiext(['run-jobs', '--maxjobs', 'ten', '--settings', sqliteSettings()]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('--maxjobs must be a positive whole number, not "ten"');
    });
  });

  describe('start', () => {
    it('creates the demo wiki once, prints the demo logins, serves pages and stops cleanly on SIGTERM', async function () {
      this.timeout(60_000);
      const settings = sqliteSettings();
      const server = await startServer(['start', '--settings', settings, '--port', '0']);
      expect(server.output()).to.contain('Created the demo accounts and pages.');
      expect(server.output()).to.contain('Admin / demo-admin-pass');
      const page = await fetch(`${server.url}/wiki/Tree_planting`);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.contain('land reclamation');
      const info = await apiLogin(server.url, 'Organizer', 'demo-organizer-pass');
      expect(info.name).to.equal('Organizer');
      expect(await server.stop('SIGTERM')).to.equal(0);

      const again = await startServer(['start', '--settings', settings, '--port', '0']);
      expect(again.output()).not.to.contain('Created the demo accounts');
      expect(await again.stop('SIGINT')).to.equal(0);
    });

    it('refuses a port that is not a number', () => {
      const r = wikiext(['start', '--settings', sqliteSettings(), '--port', 'eighty']);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('--port must be a port number from 0 to 65535, not "eighty"');
    });
  });

  describe('serve on MariaDB', function () {
    before(function () {
      if (!findMariadbd() && process.env.CI !== 'true') {
        process.stderr.write(`${MARIADB_MISSING_MESSAGE}\n`);
        this.skip();
      }
    });

    it('creates the schema on the server and serves the wiki from it', async function () {
      this.timeout(60_000);
      const db = await testMariadb();
      const settings = sqliteSettings({
        wgDBtype: 'mysql',
        wgDBserver: `${db.host}:${db.port}`,
        wgDBname: await db.createDatabase(),
        wgDBuser: db.user,
        wgDBpassword: db.password,
      });
      const created = wikiext(['createuser', 'Maria', '--password', 'long-enough-pass', '--settings', settings]);
      expect(created.code, created.stderr).to.equal(0);
      const server = await startServer(['serve', '--settings', settings, '--port', '0', '--demo']);
      try {
        expect(server.output()).to.contain('(mysql database)');
        expect((await apiLogin(server.url, 'Maria', 'long-enough-pass')).name).to.equal('Maria');
        const page = await fetch(`${server.url}/wiki/Community_garden`);
        expect(await page.text()).to.contain('gardened collectively');
      } finally {
        expect(await server.stop()).to.equal(0);
      }
    });
  });
});

/** Logs in through the action API as a bot would and returns meta=userinfo. */
async function apiLogin(url: string, name: string, password: string): Promise<{ name: string; groups: string[] }> {
  let cookie = '';
  const call = async (params: Record<string, string>, post = false) => {
    const body = new URLSearchParams({ format: 'json', formatversion: '2', ...params });
    const response = await fetch(`${url}/w/api.php${post ? '' : `?${body}`}`, {
      method: post ? 'POST' : 'GET',
      headers: { cookie, ...(post ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: post ? body : undefined,
    });
    const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
    if (set.length > 0) cookie = set.join('; ');
    return (await response.json()) as Record<string, any>;
  };
  const token = (await call({ action: 'query', meta: 'tokens', type: 'login' })).query.tokens.logintoken as string;
  const login = await call({ action: 'login', lgname: name, lgpassword: password, lgtoken: token }, true);
  expect(login.login.result, JSON.stringify(login)).to.equal('Success');
  return (await call({ action: 'query', meta: 'userinfo', uiprop: 'groups' })).query.userinfo;
}
