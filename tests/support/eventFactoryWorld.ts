/**
 * The wiki the EventFactory rules (tests/support/eventFactorySuite.ts) are written for: its settings, its clock and
 * its pages. Each test setup (fake services in the unit tests, a booted host on each database in the integration
 * tests) builds this wiki and hands the suite a {@link FactoryUnderTest}.
 */
import type { EventFactory } from '../../src/events/EventFactory';
import type { EventInput } from '../../src/events/EventInput';
import type { EventRegistration } from '../../src/events/EventRegistration';
import type { MessageLocalizer } from '../../src/framework/i18n/MessageLocalizer';
import { eventInput } from './eventFixtures';

/** The settings the factory and its title parser read, by their names without `wg`. */
export interface FactorySettings {
  CampaignEventsEnableContributionTracking: boolean;
  CampaignEventsContributionTrackingDisallowedCountries: Record<string, string>;
  CampaignEventsEventNamespaces: number[];
  DBname: string;
  LocalDatabases: string[];
  /** Also the name of the project namespace (`Project:` stays an alias). */
  Sitename: string;
}

/**
 * The settings of every rule unless it says otherwise: the seed's QA settings (statistics on, Bahrain and Belarus
 * disallowed), the extension's event namespaces (Event and Project), and this wiki `wiki` in a farm with `enwiki` and
 * `commonswiki`, named `wikiext` as the host by default.
 */
export const DEFAULT_FACTORY_SETTINGS: Readonly<FactorySettings> = {
  CampaignEventsEnableContributionTracking: true,
  CampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' },
  CampaignEventsEventNamespaces: [1728, 4],
  DBname: 'wiki',
  LocalDatabases: ['enwiki', 'commonswiki'],
  Sitename: 'wikiext',
};

/** Now, for the rules: 2026-03-01 12:00 UTC. */
export const FACTORY_NOW = '2026-03-01T12:00:00Z';

/** The pages that exist; any other page does not. */
export const FACTORY_PAGES: readonly string[] = ['Event:Spring fair', 'Project:Meetup', 'Talk:Chat'];

/** An EventFactory on a wiki with the given settings, {@link FACTORY_NOW} and {@link FACTORY_PAGES}. */
export interface FactoryUnderTest {
  factory: EventFactory;
  /** The wiki's messages, to check the English texts users see. */
  messages: Pick<MessageLocalizer, 'msg'>;
  /** Stores `event` as the wiki's event store does (whatever the settings now say) and returns its id. */
  storeEvent(event: EventRegistration): Promise<number>;
  /** Releases the wiki; the suite calls it after each test. */
  close(): Promise<void>;
}

/** {@link eventInput} on 1 January 2030, 10:00-12:00: the dates the rules compute with. */
export function factoryInput(overrides: Partial<EventInput> = {}): EventInput {
  return eventInput({ start: '20300101100000', end: '20300101120000', ...overrides });
}
