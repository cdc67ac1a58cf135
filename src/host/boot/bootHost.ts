import { randomBytes } from 'node:crypto';
import { type Clock, systemClock } from '../../framework/core/Clock';
import { CoreServices } from '../../framework/core/CoreServices';
import type { JobRunner } from '../../framework/core/JobQueue';
import { connectDatabase } from '../../framework/db/connectDatabase';
import type { Database } from '../../framework/db/Database';
import { silentLogger } from '../../framework/Logger';
import { ModuleLoader } from '../../framework/modules/ModuleLoader';
import { createObjectFromSpec } from '../../framework/services/ObjectFactory';
import { BlockStore } from '../blocks/BlockStore';
import { COMPILED_ROOTS } from '../HostInfo';
import { JobExecutor } from '../jobs/JobExecutor';
import { SqlJobQueue } from '../jobs/SqlJobQueue';
import { EditPermissions } from '../pages/EditPermissions';
import { HostTitleParser } from '../pages/HostTitleParser';
import { PageUpdater } from '../pages/PageUpdater';
import { SqlPageStore } from '../pages/SqlPageStore';
import { CORE_AVAILABLE_RIGHTS, CORE_GROUP_PERMISSIONS } from '../permissions/coreRights';
import { HostPermissionManager } from '../permissions/HostPermissionManager';
import { mergeGroupPermissions } from '../permissions/mergeGroupPermissions';
import { SqlObjectStash } from '../stash/SqlObjectStash';
import { updateSchema } from '../storage/updateSchema';
import { PasswordHasher } from '../users/PasswordHasher';
import { SqlUserGroupManager } from '../users/SqlUserGroupManager';
import { SqlUserOptionsManager } from '../users/SqlUserOptionsManager';
import { UserStore } from '../users/UserStore';
import { type BootOptions, bootWiki, type Wiki } from './bootWiki';
import { databaseOptionsFromConfig } from './databaseSettings';

/** @public */
export interface HostBootOptions extends BootOptions {
  /** An open connection to use instead of the one the settings describe (tests); its owner closes it, not the host. */
  database?: Database;
  clock?: Clock;
  /** Password hashing (tests use a cheaper scrypt cost); default: PasswordHasher's own cost. */
  passwordHasher?: PasswordHasher;
  /** Create missing tables and apply schema changes before serving (default true), as `wikiext update` does. */
  updateSchema?: boolean;
}

/**
 * The reference wiki: the booted kernel plus storage and the core services a wiki gives its extensions. The HTTP
 * server, the CLI and the tests all start from here.
 *
 * @public
 */
export interface Host {
  wiki: Wiki;
  db: Database;
  clock: Clock;
  /** `wgSecretKey`, or the key generated on first start and kept in the database. */
  secretKey: string;
  users: UserStore;
  groups: SqlUserGroupManager;
  options: SqlUserOptionsManager;
  permissions: HostPermissionManager;
  blocks: BlockStore;
  titles: HostTitleParser;
  pages: SqlPageStore;
  pageUpdater: PageUpdater;
  editPermissions: EditPermissions;
  stash: SqlObjectStash;
  jobs: SqlJobQueue;
  jobExecutor: JobExecutor;
  /** Destroys services and closes the database (unless the caller passed its own connection). */
  close(): Promise<void>;
}

/**
 * Boots the kernel, opens the database the settings name, brings its schema up to date and builds the core
 * services, registering each under its MediaWiki name so extension services can `@inject` them.
 *
 * @throws WikiextError for invalid settings or manifests (see bootWiki) and `WX_DB_CONNECT` when the database
 *   cannot be opened.
 * @public
 */
export async function bootHost(options: HostBootOptions = {}): Promise<Host> {
  const logger = options.logger ?? silentLogger;
  const wiki = bootWiki(options);
  let db: Database | undefined;
  try {
    db = options.database ?? (await connectDatabase(databaseOptionsFromConfig(wiki.config, wiki.baseDir)));
    if (options.updateSchema !== false) await updateSchema(db, wiki, logger);
    return await assembleHost(wiki, db, options.clock ?? systemClock, options.passwordHasher ?? new PasswordHasher(), options.database === undefined);
  } catch (error) {
    await wiki.close();
    if (options.database === undefined) await db?.destroy();
    throw error;
  }
}

async function assembleHost(
  wiki: Wiki,
  db: Database,
  clock: Clock,
  hasher: PasswordHasher,
  ownsDatabase: boolean,
): Promise<Host> {
  const { config, data, services } = wiki;
  const users = new UserStore(db, clock, hasher);
  const groups = new SqlUserGroupManager(db, clock);
  const options = new SqlUserOptionsManager(db, data.globals.DefaultUserOptions, config.get<string[]>('HiddenPrefs'));
  const permissions = new HostPermissionManager(
    groups,
    mergeGroupPermissions(CORE_GROUP_PERMISSIONS, data.globals.GroupPermissions, config.get('GroupPermissions')),
    mergeGroupPermissions({}, data.globals.RevokePermissions, config.get('RevokePermissions')),
    [...CORE_AVAILABLE_RIGHTS, ...data.globals.AvailableRights],
  );
  const blocks = new BlockStore(db, clock);
  const titles = new HostTitleParser(
    data.globals.namespaces.map((ns) => ({ id: ns.id, name: ns.name })),
    { metaNamespace: config.get<string>('Sitename') },
  );
  const pages = new SqlPageStore(db, titles);
  const pageUpdater = new PageUpdater(db, clock, pages, users, wiki.hookRunner);
  const editPermissions = new EditPermissions(permissions, blocks);
  const stash = new SqlObjectStash(db, clock);
  const logger = services.get(CoreServices.Logger);
  const jobs = new SqlJobQueue(db, clock, logger);
  const jobExecutor = new JobExecutor(jobs, jobRunnerFactory(wiki), clock, logger);
  const secretKey = config.get<string>('SecretKey') || (await storedSecretKey(stash));

  // A connection the caller passed in stays open when the container destroys its services: its owner closes it.
  services.defineService(CoreServices.Database, () => (ownsDatabase ? db : db.borrowed()));
  services.defineService(CoreServices.Clock, () => clock);
  services.defineService(CoreServices.UserLookup, () => users);
  services.defineService(CoreServices.UserGroupManager, () => groups);
  services.defineService(CoreServices.UserOptionsManager, () => options);
  services.defineService(CoreServices.PermissionManager, () => permissions);
  services.defineService(CoreServices.BlockManager, () => blocks);
  services.defineService(CoreServices.TitleParser, () => titles);
  services.defineService(CoreServices.PageLookup, () => pages);
  services.defineService(CoreServices.MainObjectStash, () => stash);
  services.defineService(CoreServices.JobQueueGroup, () => jobs);

  return {
    wiki,
    db,
    clock,
    secretKey,
    users,
    groups,
    options,
    permissions,
    blocks,
    titles,
    pages,
    pageUpdater,
    editPermissions,
    stash,
    jobs,
    jobExecutor,
    async close() {
      await wiki.close();
      if (ownsDatabase) await db.destroy();
    },
  };
}

/** Builds the runner of a job type from its `JobClasses` entry, as MediaWiki's JobFactory does. */
function jobRunnerFactory(wiki: Wiki): (type: string) => JobRunner | undefined {
  const loader = new ModuleLoader(COMPILED_ROOTS);
  return (type) => {
    const entry = wiki.data.globals.JobClasses[type];
    if (entry === undefined) return undefined;
    const spec = typeof entry.spec === 'string' ? { class: entry.spec } : entry.spec;
    return createObjectFromSpec({ ...spec, name: `JobClasses ${type}`, extension: entry.extension, dir: entry.dir }, wiki.services, loader) as JobRunner;
  };
}

/** Without `wgSecretKey`, one random key per wiki, made on first start and kept (without expiry) in the stash. */
async function storedSecretKey(stash: SqlObjectStash): Promise<string> {
  const key = stash.makeKey('wikiext', 'secret-key');
  const existing = await stash.get<string>(key);
  if (typeof existing === 'string') return existing;
  const made = randomBytes(32).toString('hex');
  await stash.set(key, made, 0);
  return made;
}
