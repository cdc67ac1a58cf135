import { defineEventFactoryRules } from '../../support/eventFactorySuite';
import { fakeFactoryWiki } from './eventFactoryFixtures';

/** The rules on fake services; tests/integration/events/domain/EventFactoryRules.test.ts runs them on each database. */
describe('EventFactory', () => defineEventFactoryRules(fakeFactoryWiki));
