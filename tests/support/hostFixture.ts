import { ManualClock } from '../../src/framework/core/Clock';
import type { Database } from '../../src/framework/db/Database';
import type { Logger } from '../../src/framework/Logger';
import { bootHost, type Host } from '../../src/host/boot/bootHost';
import type { UserRecord } from '../../src/framework/core/UserLookup';
import { cheapHasher } from '../integration/host/users/userFixtures';
import { tempDir } from './extensionFixtures';
import { writeSettings } from './settingsFixtures';

/** Options of `createTestHost`. */
export interface TestHostOptions {
  /** A database from `describeEachDatabase` (schema installed); default: a fresh SQLite file in a temp folder. */
  db?: Database;
  clock?: ManualClock;
  /** Site settings (`wgXxx` names), written to a temp LocalSettings.json. */
  settings?: Record<string, unknown>;
  /** Paths of extra extensions to load next to CampaignEvents. */
  extensions?: string[];
  logger?: Logger;
}

/** A booted host on its own temporary settings and database, with a fixed secret key and a manual clock. */
export async function createTestHost(options: TestHostOptions = {}): Promise<Host & { clock: ManualClock }> {
  const dir = tempDir('wikiext-host-');
  const clock = options.clock ?? new ManualClock('2026-03-01T12:00:00Z');
  const settingsFile = writeSettings(
    dir,
    { wgSecretKey: 'test-secret-key-0123456789abcdef0123456789', wgJobRunRate: 0, ...options.settings },
    options.extensions,
  );
  const host = await bootHost({
    settingsFile,
    memoryCache: true,
    testMode: true,
    database: options.db,
    clock,
    passwordHasher: cheapHasher,
    logger: options.logger,
  });
  return Object.assign(host, { clock });
}

/** Creates an account (password `<name>-password`) and puts it in `groups`. */
export async function createTestUser(host: Host, name: string, groups: string[] = []): Promise<UserRecord> {
  const user = await host.users.createUser(name, `${name}-password`, {});
  for (const group of groups) await host.groups.addUserToGroup(user, group);
  return user;
}
