import { EventServices } from '../../../../src/events/EventServices';
import { ManualClock } from '../../../../src/framework/core/Clock';
import type { Database } from '../../../../src/framework/db/Database';
import { describeEachDatabase } from '../../../support/databases';
import { defineEventFactoryRules } from '../../../support/eventFactorySuite';
import { FACTORY_NOW, FACTORY_PAGES, type FactorySettings, type FactoryUnderTest } from '../../../support/eventFactoryWorld';
import { createTestHost, createTestUser } from '../../../support/hostFixture';

/**
 * The wiki of the EventFactory rules as a booted host on `db`: the settings as site settings, the clock at
 * {@link FACTORY_NOW}, the pages written by an account.
 */
async function hostFactoryWiki(db: Database, settings: FactorySettings): Promise<FactoryUnderTest> {
  const siteSettings = Object.fromEntries(Object.entries(settings).map(([name, value]) => [`wg${name}`, value]));
  const host = await createTestHost({ db, clock: new ManualClock(FACTORY_NOW), settings: siteSettings });
  // A second wiki in the same test (other settings) shares the database, and so the account and pages.
  const author = (await host.users.getUserByName('Page author')) ?? (await createTestUser(host, 'Page author'));
  for (const page of FACTORY_PAGES) await host.pageUpdater.edit({ title: host.titles.parseTitle(page), text: 'A page.', user: author });
  const services = host.wiki.services;
  return {
    factory: services.get(EventServices.EventFactory),
    messages: host.wiki.messages,
    storeEvent: (event) => services.get(EventServices.EventStore).saveRegistration(event),
    close: () => host.close(),
  };
}

/** The rules of tests/support/eventFactorySuite.ts on the real services, on each database. */
describeEachDatabase('EventFactory rules', (ctx) => defineEventFactoryRules((settings) => hostFactoryWiki(ctx.db(), settings)));
