import type { FeatureFlags } from '../config/FeatureFlags';
import type { LiveConfig } from '../config/LiveConfig';
import type { Database } from '../db/Database';
import type { HookContainer } from '../hooks/HookContainer';
import type { MessageLocalizer } from '../i18n/MessageLocalizer';
import type { Logger } from '../Logger';
import type { ExtensionRegistry } from '../registry/ExtensionRegistry';
import { serviceRef } from '../services/ServiceRef';
import type { BlockManager } from './BlockManager';
import type { Clock } from './Clock';
import type { JobQueueGroup } from './JobQueue';
import type { ObjectStash } from './ObjectStash';
import type { PageLookup } from './PageLookup';
import type { PermissionManager } from './PermissionManager';
import type { TitleParser } from './Title';
import type { UserGroupManager } from './UserGroupManager';
import type { UserLookup } from './UserLookup';
import type { UserOptionsManager } from './UserOptionsLookup';

/**
 * The services every wiki host provides, under MediaWiki's names. Extensions ask for them by these names in
 * `services` lists and `@inject('MainConfig')`, or by these typed refs; the host decides how they are implemented.
 *
 * @public
 */
export const CoreServices = {
  MainConfig: serviceRef<LiveConfig>('MainConfig'),
  FeatureFlags: serviceRef<FeatureFlags>('FeatureFlags'),
  HookContainer: serviceRef<HookContainer>('HookContainer'),
  ExtensionRegistry: serviceRef<ExtensionRegistry>('ExtensionRegistry'),
  MessageLocalizer: serviceRef<MessageLocalizer>('MessageLocalizer'),
  Logger: serviceRef<Logger>('Logger'),
  // Provided by a host with storage (the HTTP host, the CLI's database commands), not by a bare kernel boot.
  Database: serviceRef<Database>('Database'),
  Clock: serviceRef<Clock>('Clock'),
  UserLookup: serviceRef<UserLookup>('UserIdentityLookup'),
  UserGroupManager: serviceRef<UserGroupManager>('UserGroupManager'),
  UserOptionsManager: serviceRef<UserOptionsManager>('UserOptionsManager'),
  PermissionManager: serviceRef<PermissionManager>('PermissionManager'),
  BlockManager: serviceRef<BlockManager>('BlockManager'),
  TitleParser: serviceRef<TitleParser>('TitleParser'),
  PageLookup: serviceRef<PageLookup>('PageStore'),
  MainObjectStash: serviceRef<ObjectStash>('MainObjectStash'),
  JobQueueGroup: serviceRef<JobQueueGroup>('JobQueueGroup'),
} as const;
