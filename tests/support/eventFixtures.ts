/**
 * Event inputs for the tests of event registration: small named builders over `newEventInput`, each a valid event
 * for a wiki whose clock is at 2026-03-01 (the test clock), changed by `overrides`.
 */
import { type EventInput, newEventInput } from '../../src/events/EventInput';

/** An online editing event on `Event:Spring fair` on 1 May 2026, 9:00-17:00 UTC, for this wiki only. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return newEventInput({
    page: 'Event:Spring fair',
    timezone: 'UTC',
    start: '20260501090000',
    end: '20260501170000',
    types: ['editing-event'],
    wikis: ['wiki'],
    participationOptions: 1,
    ...overrides,
  });
}

/**
 * A hybrid editing workshop on `Event:Spring meetup` in Italy, 1-2 April 2026 (Rome time), on all wikis, with
 * meeting and chat links and statistics on.
 */
export function hybridEventInput(overrides: Partial<EventInput> = {}): EventInput {
  return eventInput({
    page: 'Event:Spring meetup',
    timezone: 'Europe/Rome',
    start: '20260401100000',
    end: '20260402180000',
    types: ['editing-event', 'workshop'],
    wikis: true,
    participationOptions: 3,
    meetingUrl: 'https://meet.example.org/spring',
    meetingCountryCode: 'IT',
    meetingAddress: 'Via Roma 1, Milano',
    chatUrl: 'https://chat.example.org/spring',
    tracksContributions: true,
    ...overrides,
  });
}
