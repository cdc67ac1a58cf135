import { expect } from 'chai';
import { EventError } from '../../../../src/events/EventErrors';
import type { ExistingEventRegistration } from '../../../../src/events/EventRegistration';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { describeEachDatabase } from '../../../support/databases';
import { rejection } from '../../../support/rejection';
import { type DomainTestWiki, startDomainWiki } from './domainFixture';

describeEachDatabase('DeleteEventCommand', (ctx) => {
  let wiki: DomainTestWiki;
  let creator: UserRecord;
  let event: ExistingEventRegistration;

  beforeEach(async () => {
    wiki = await startDomainWiki(ctx.db());
    creator = await wiki.organizer('Creator', 'Event:Spring fair');
    event = (await wiki.events.findEventById(await wiki.editCommand.doEditIfAllowed(await wiki.newEvent(), creator, [])))!;
  });
  afterEach(() => wiki?.close());

  it('lets an organizer delete the registration once', async () => {
    expect(await wiki.deleteCommand.deleteIfAllowed(event, creator)).to.equal(true);
    expect((await wiki.events.findEventById(event.id))!.deletedAt).to.equal('20260301120000');
    expect(await wiki.deleteCommand.deleteIfAllowed(event, creator)).to.equal(false);
  });

  it('lets a sysop delete a registration they do not organize', async () => {
    expect(await wiki.deleteCommand.deleteIfAllowed(event, await wiki.user('Admin', ['sysop']))).to.equal(true);
  });

  it('refuses other users', async () => {
    const error = await rejection(async () => wiki.deleteCommand.deleteIfAllowed(event, await wiki.organizer('Stranger')));
    expect(error).to.be.instanceOf(EventError);
    expect((error as EventError).kind).to.equal('permission');
    const [problem] = (error as EventError).problems;
    expect(wiki.host.wiki.messages.msg(problem.key).text()).to.equal(
      'You are not allowed to delete this event registration. Only its organizers and administrators can, unless they are blocked.',
    );
    expect((await wiki.events.findEventById(event.id))!.deletedAt).to.equal(null);
  });
});
