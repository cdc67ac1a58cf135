import { expect } from 'chai';
import { EventError } from '../../../../src/events/EventErrors';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { describeEachDatabase } from '../../../support/databases';
import { rejection } from '../../../support/rejection';
import { type DomainTestWiki, startDomainWiki } from './domainFixture';

/**
 * The seed's QA case, on a booted wiki with the settings the QA team used:
 * `wgCampaignEventsEnableContributionTracking: true` and
 * `wgCampaignEventsContributionTrackingDisallowedCountries: {"BH": "Bahrain", "BY": "Belarus"}`.
 */
describeEachDatabase('Contribution statistics QA case', (ctx) => {
  let wiki: DomainTestWiki;
  let organizer: UserRecord;
  const bahrain = { participationOptions: 2, meetingCountryCode: 'BH', meetingAddress: 'Manama', tracksContributions: true } as const;

  beforeEach(async () => {
    wiki = await startDomainWiki(ctx.db(), {
      wgCampaignEventsEnableContributionTracking: true,
      wgCampaignEventsContributionTrackingDisallowedCountries: { BH: 'Bahrain', BY: 'Belarus' },
    });
    organizer = await wiki.organizer('Organizer', 'Event:Spring fair');
  });
  afterEach(() => wiki?.close());

  it('refuses an in-person event in Bahrain with statistics on, with the country text', async () => {
    const error = await rejection(() => wiki.newEvent(bahrain));
    expect(error).to.be.instanceOf(EventError);
    const problems = (error as EventError).problems.map((p) => [p.field, wiki.host.wiki.messages.msg(p.key, ...p.params).text()]);
    expect(problems).to.deep.equal([['tracksContributions', 'Contribution statistics cannot be enabled for the selected country.']]);
  });

  it('accepts the same event online and stores it with statistics on', async () => {
    const online = await wiki.newEvent({ ...bahrain, participationOptions: 1, meetingCountryCode: null, meetingAddress: null });
    const id = await wiki.editCommand.doEditIfAllowed(online, organizer, []);
    expect((await wiki.events.findEventById(id))!.tracksContributions).to.equal(true);
  });

  it('accepts the in-person event in Bahrain without statistics', async () => {
    const id = await wiki.editCommand.doEditIfAllowed(await wiki.newEvent({ ...bahrain, tracksContributions: false }), organizer, []);
    expect((await wiki.events.findEventById(id))!).to.deep.include({
      tracksContributions: false,
      address: { address: 'Manama', countryCode: 'BH' },
    });
  });
});
