import * as path from 'node:path';
import { ContributionTrackingPolicy } from '../../../src/contributions/ContributionTrackingPolicy';
import { CountryProvider } from '../../../src/events/CountryProvider';
import type { EventError } from '../../../src/events/EventErrors';
import { EventFactory } from '../../../src/events/EventFactory';
import type { EventInput } from '../../../src/events/EventInput';
import type { ExistingEventRegistration } from '../../../src/events/EventRegistration';
import { EventTypesRegistry } from '../../../src/events/EventTypesRegistry';
import { TopicRegistry } from '../../../src/events/TopicRegistry';
import { WikiLookup } from '../../../src/events/WikiLookup';
import type { Config } from '../../../src/framework/config/Config';
import { ManualClock } from '../../../src/framework/core/Clock';
import type { PageLookup, PageRecord } from '../../../src/framework/core/PageLookup';
import type { Title } from '../../../src/framework/core/Title';
import { MessageLocalizer } from '../../../src/framework/i18n/MessageLocalizer';
import { HostTitleParser } from '../../../src/host/pages/HostTitleParser';
import { eventInput } from '../../support/eventFixtures';

const ROOT = path.resolve(__dirname, '../../../..');

/** The extension's messages in English, to check the exact texts users see. */
export const messages = new MessageLocalizer({ CampaignEvents: ['i18n', 'i18n/rest', 'i18n/special'].map((d) => path.join(ROOT, d)) });

/** Settings the factory reads, as the extension's defaults plus what a test sets. */
export interface FactorySettings {
  CampaignEventsEnableContributionTracking?: boolean;
  CampaignEventsContributionTrackingDisallowedCountries?: Record<string, string>;
  CampaignEventsEventNamespaces?: number[];
  DBname?: string;
  LocalDatabases?: string[];
}

/** A Config over a plain object; an undeclared name fails loudly as the real one does. */
export function fakeConfig(settings: FactorySettings): Config {
  const values: Record<string, unknown> = {
    CampaignEventsEnableContributionTracking: true,
    CampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' },
    CampaignEventsEventNamespaces: [1728, 4],
    DBname: 'wiki',
    LocalDatabases: ['enwiki', 'commonswiki'],
    ...settings,
  };
  return {
    get: <T>(name: string) => {
      if (!Object.hasOwn(values, name)) throw new Error(`fakeConfig: unknown setting ${name}`);
      return values[name] as T;
    },
    has: (name) => Object.hasOwn(values, name),
  };
}

/** Pages that exist, by prefixed DB key. */
export function fakePageLookup(existing: readonly string[]): PageLookup {
  const record = (title: Title): PageRecord => ({ id: 1, title, latestRevisionId: 1, touched: '20260101000000', length: 10 });
  return {
    getPageByTitle: async (title) => (existing.includes(title.prefixedDbKey) ? record(title) : null),
    getPageById: async () => null,
    getRevisionById: async () => null,
    getRevisions: async () => [],
  };
}

/** Now, for the factory: 2026-03-01 12:00 UTC. */
export const NOW = '2026-03-01T12:00:00Z';

/** An EventFactory on fake services: the pages `Event:Spring_fair`, `Project:Meetup` and `Talk:Chat` exist. */
export function makeFactory(settings: FactorySettings = {}, storedEvents: ExistingEventRegistration[] = []): EventFactory {
  const config = fakeConfig(settings);
  const titleParser = new HostTitleParser([
    { id: 1728, name: 'Event' },
    { id: 1729, name: 'Event_talk' },
  ]);
  return new EventFactory(
    config,
    new ManualClock(NOW),
    titleParser,
    fakePageLookup(['Event:Spring_fair', 'Project:Meetup', 'Talk:Chat']),
    new EventTypesRegistry(),
    new TopicRegistry(),
    new WikiLookup(config),
    new CountryProvider(),
    new ContributionTrackingPolicy(config),
    { findEventById: async (id) => storedEvents.find((e) => e.id === id) ?? null },
  );
}

/** {@link eventInput} on 1 January 2030, 10:00-12:00: the dates these tests compute with. */
export function factoryInput(overrides: Partial<EventInput> = {}): EventInput {
  return eventInput({ start: '20300101100000', end: '20300101120000', ...overrides });
}

/** A problem as `field: English text`, the way the form shows it. */
export function described(error: EventError): string[] {
  return error.problems.map((p) => `${p.field}: ${messages.msg(p.key, ...p.params).text()}`);
}
