import * as path from 'node:path';
import { ContributionTrackingPolicy } from '../../../src/contributions/ContributionTrackingPolicy';
import { CountryProvider } from '../../../src/events/CountryProvider';
import { EventFactory } from '../../../src/events/EventFactory';
import type { ExistingEventRegistration } from '../../../src/events/EventRegistration';
import type { EventStore } from '../../../src/events/EventStore';
import { EventTypesRegistry } from '../../../src/events/EventTypesRegistry';
import { TopicRegistry } from '../../../src/events/TopicRegistry';
import { WikiLookup } from '../../../src/events/WikiLookup';
import type { Config } from '../../../src/framework/config/Config';
import { ManualClock } from '../../../src/framework/core/Clock';
import type { PageLookup, PageRecord } from '../../../src/framework/core/PageLookup';
import type { Title } from '../../../src/framework/core/Title';
import { MessageLocalizer } from '../../../src/framework/i18n/MessageLocalizer';
import { HostTitleParser } from '../../../src/host/pages/HostTitleParser';
import { DEFAULT_FACTORY_SETTINGS, FACTORY_NOW, FACTORY_PAGES, type FactorySettings, type FactoryUnderTest } from '../../support/eventFactoryWorld';

const ROOT = path.resolve(__dirname, '../../../..');

/** The extension's messages in English, to check the exact texts users see. */
export const messages = new MessageLocalizer({ CampaignEvents: ['i18n', 'i18n/rest', 'i18n/special'].map((d) => path.join(ROOT, d)) });

/** A Config over {@link DEFAULT_FACTORY_SETTINGS} and `settings`; an undeclared name fails loudly as the real one does. */
export function fakeConfig(settings: Partial<FactorySettings>): Config {
  const values: Record<string, unknown> = { ...DEFAULT_FACTORY_SETTINGS, ...settings };
  return {
    get: <T>(name: string) => {
      if (!Object.hasOwn(values, name)) throw new Error(`fakeConfig: unknown setting ${name}`);
      return values[name] as T;
    },
    has: (name) => Object.hasOwn(values, name),
  };
}

/** Pages that exist, by prefixed DB key. */
function fakePageLookup(existing: readonly string[]): PageLookup {
  const record = (title: Title): PageRecord => ({ id: 1, title, latestRevisionId: 1, touched: '20260101000000', length: 10 });
  return {
    getPageByTitle: async (title) => (existing.includes(title.prefixedDbKey) ? record(title) : null),
    getPageById: async () => null,
    getRevisionById: async () => null,
    getRevisions: async () => [],
    getFirstRevision: async () => null,
  };
}

/** An event store that adds every registration it is given, with ids from 1. */
function fakeEventStore(): Pick<EventStore, 'findEventById' | 'saveRegistration'> {
  const stored: ExistingEventRegistration[] = [];
  return {
    findEventById: async (id) => stored.find((e) => e.id === id) ?? null,
    async saveRegistration(event) {
      const id = stored.length + 1;
      stored.push({ ...event, id, createdAt: '20260101000000', lastEditAt: '20260101000000' });
      return id;
    },
  };
}

/** The wiki of the EventFactory rules on fake services. */
export async function fakeFactoryWiki(settings: FactorySettings): Promise<FactoryUnderTest> {
  const config = fakeConfig(settings);
  const titleParser = new HostTitleParser(
    [
      { id: 1728, name: 'Event' },
      { id: 1729, name: 'Event_talk' },
    ],
    { metaNamespace: settings.Sitename },
  );
  const events = fakeEventStore();
  const factory = new EventFactory(
    config,
    new ManualClock(FACTORY_NOW),
    titleParser,
    fakePageLookup(FACTORY_PAGES.map((page) => titleParser.parseTitle(page).prefixedDbKey)),
    new EventTypesRegistry(),
    new TopicRegistry(),
    new WikiLookup(config),
    new CountryProvider(),
    new ContributionTrackingPolicy(config),
    events,
  );
  return { factory, messages, storeEvent: (event) => events.saveRegistration(event), close: async () => {} };
}
