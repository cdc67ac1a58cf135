import { hookCatalog } from '../../../../hooks';
import { ManualClock } from '../../../../src/framework/core/Clock';
import type { Database } from '../../../../src/framework/db/Database';
import { createHookRunner } from '../../../../src/framework/hooks/createHookRunner';
import type { RuntimeHandler } from '../../../../src/framework/hooks/runtimeHandler';
import { createHookContainer } from '../../../../src/framework/hooks/testing/createHookContainer';
import type { Logger } from '../../../../src/framework/Logger';
import { HostTitleParser } from '../../../../src/host/pages/HostTitleParser';
import { PageUpdater } from '../../../../src/host/pages/PageUpdater';
import { SqlPageStore } from '../../../../src/host/pages/SqlPageStore';
import { userStoreOn } from '../users/userFixtures';

/** The namespaces CampaignEvents declares. */
export const EVENT_NAMESPACES = [
  { id: 1728, name: 'Event' },
  { id: 1729, name: 'Event talk' },
];

/**
 * Everything an edit needs, on `db`: a title parser with the Event namespaces, the page store, a user store, a
 * manual clock at 2026-03-01 12:00 UTC and a PageUpdater whose PageSaveComplete handlers are `onSave`.
 */
export function pagesOn(db: Database, options: { onSave?: RuntimeHandler | RuntimeHandler[]; logger?: Logger } = {}) {
  const clock = new ManualClock('2026-03-01T12:00:00Z');
  const titles = new HostTitleParser(EVENT_NAMESPACES);
  const pages = new SqlPageStore(db, titles);
  const { users } = userStoreOn(db, clock);
  const hooks = createHookContainer(options.onSave === undefined ? {} : { PageSaveComplete: options.onSave }, { logger: options.logger });
  const updater = new PageUpdater(db, clock, pages, users, createHookRunner(hooks, hookCatalog));
  return { clock, titles, pages, users, updater, title: (text: string) => titles.parseTitle(text) };
}
