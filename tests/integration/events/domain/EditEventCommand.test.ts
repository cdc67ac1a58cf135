import { expect } from 'chai';
import * as sinon from 'sinon';
import { EventError } from '../../../../src/events/EventErrors';
import type { UserRecord } from '../../../../src/framework/core/UserLookup';
import { describeEachDatabase } from '../../../support/databases';
import { rejection } from '../../../support/rejection';
import { type DomainTestWiki, startDomainWiki } from './domainFixture';

describeEachDatabase('EditEventCommand', (ctx) => {
  let wiki: DomainTestWiki;
  let creator: UserRecord;

  beforeEach(async () => {
    wiki = await startDomainWiki(ctx.db());
    creator = await wiki.organizer('Creator', 'Event:Spring fair');
  });
  afterEach(() => {
    sinon.restore();
    return wiki?.close();
  });

  /** The EventError `action` rejects with, as `kind field: English text` lines. */
  async function refusal(action: () => Promise<unknown>): Promise<string[]> {
    const error = await rejection(action);
    expect(error).to.be.instanceOf(EventError);
    const { kind, problems } = error as EventError;
    return problems.map((p) => `${kind} ${p.field}: ${wiki.host.wiki.messages.msg(p.key, ...p.params).text()}`);
  }

  const organizerNames = async (id: number) => (await wiki.organizers.getEventOrganizers(id)).map((o) => o.userName);
  const create = async (names: string[] = []) => wiki.editCommand.doEditIfAllowed(await wiki.newEvent(), creator, names);

  describe('enabling a registration', () => {
    it('saves the event with the performer as its creator and only organizer', async () => {
      const id = await create();
      expect((await wiki.events.findEventById(id))!.name).to.equal('Spring fair');
      expect(await wiki.organizers.getEventOrganizers(id)).to.deep.equal([
        { userId: creator.id, userName: 'Creator', roles: ['creator', 'organizer'], createdAt: '20260301120000' },
      ]);
    });

    it('saves the organizers named, the creator included', async () => {
      await wiki.organizer('Helper');
      const id = await create(['Creator', 'helper']);
      expect(await organizerNames(id)).to.deep.equal(['Creator', 'Helper']);
    });

    it('refuses a user who did not create the page', async () => {
      const other = await wiki.organizer('Other');
      expect(await refusal(async () => wiki.editCommand.doEditIfAllowed(await wiki.newEvent(), other, []))).to.deep.equal([
        'permission general: You cannot enable registration for this page: only the user who created the event page can, and only with the right to enable event registrations.',
      ]);
    });

    it('refuses a page that already has a registration, deleted or not', async () => {
      const id = await create();
      expect(await refusal(() => create())).to.deep.equal(['invalid page: The given event page already has an associated registration.']);
      await wiki.events.deleteRegistration((await wiki.events.findEventById(id))!);
      const [problem] = await refusal(() => create());
      expect(problem).to.match(/^invalid page: The given event page had a registration that was deleted\./);
    });
  });

  describe('organizers', () => {
    it('refuses an empty list, names that are no accounts and users who may not organize', async () => {
      await wiki.user('Reader');
      expect(await refusal(() => create([' ', '']))).to.deep.equal(['invalid organizers: Add at least one organizer.']);
      expect(await refusal(() => create(['Creator', 'Ghost', 'Reader']))).to.deep.equal([
        'invalid organizers: The following name is not an account on this wiki: Ghost. Check the spelling.',
        'invalid organizers: The following user is not allowed to organize events: Reader. Only users with the right to organize events can be organizers.',
      ]);
    });

    it('refuses more than 10 organizers', async () => {
      const names = Array.from({ length: 11 }, (_, i) => `User ${i}`);
      expect(await refusal(() => create(names))).to.deep.equal([
        'invalid organizers: An event can have at most 10 organizers, including its creator. Remove some names from the list.',
      ]);
    });

    it('refuses a new event whose organizers leave out its creator', async () => {
      await wiki.organizer('Helper');
      expect(await refusal(() => create(['Helper']))).to.deep.equal([
        'invalid organizers: You must be one of the organizers of an event you create. Add your user name to the list.',
      ]);
    });

    it('lets another organizer change the list but not drop the creator, and lets the creator leave', async () => {
      const helper = await wiki.organizer('Helper');
      await wiki.organizer('Third');
      const id = await create(['Creator', 'Helper']);
      const edit = async (performer: UserRecord, names: string[]) => wiki.editCommand.doEditIfAllowed(await wiki.newEvent({ id }), performer, names);
      expect(await refusal(() => edit(helper, ['Helper']))).to.deep.equal([
        'invalid organizers: Only the creator of the event can remove themselves from the organizers. Add the creator back to the list.',
      ]);
      await edit(helper, ['Creator', 'Helper', 'Third']);
      expect(await organizerNames(id)).to.deep.equal(['Creator', 'Helper', 'Third']);
      await edit(creator, ['Helper']);
      expect(await organizerNames(id)).to.deep.equal(['Helper']);
      await edit(helper, ['Helper', 'Third']); // the creator is gone; nobody has to keep them
      expect(await organizerNames(id)).to.deep.equal(['Helper', 'Third']);
    });

    it('keeps the organizers when an update names none', async () => {
      await wiki.organizer('Helper');
      const id = await create(['Creator', 'Helper']);
      await wiki.editCommand.doEditIfAllowed(await wiki.newEvent({ id, status: 'closed' }), creator, []);
      expect(await organizerNames(id)).to.deep.equal(['Creator', 'Helper']);
      expect((await wiki.events.findEventById(id))!.status).to.equal('closed');
    });
  });

  describe('editing a registration', () => {
    it('refuses users who are not organizers of the event, and blocked organizers', async () => {
      const id = await create();
      const stranger = await wiki.organizer('Stranger');
      const text = 'permission general: You are not allowed to edit this event registration. Only its organizers can, unless they are blocked.';
      expect(await refusal(async () => wiki.editCommand.doEditIfAllowed(await wiki.newEvent({ id }), stranger, []))).to.deep.equal([text]);
      await wiki.host.blocks.block(creator, stranger, { expiry: 'infinity' });
      expect(await refusal(async () => wiki.editCommand.doEditIfAllowed(await wiki.newEvent({ id }), creator, []))).to.deep.equal([text]);
    });

    it('refuses a deleted registration and an unknown id', async () => {
      const id = await create();
      const event = await wiki.newEvent({ id });
      await wiki.events.deleteRegistration((await wiki.events.findEventById(id))!);
      expect(await refusal(() => wiki.editCommand.doEditIfAllowed(event, creator, []))).to.deep.equal([
        'invalid general: This event registration has been deleted and can no longer be edited.',
      ]);
      expect(await refusal(() => wiki.editCommand.doEditIfAllowed({ ...event, id: 99 }, creator, []))).to.deep.equal([
        'not-found general: There is no event registration with the ID 99.',
      ]);
    });

    it('refuses moving the registration to a page that has one', async () => {
      await wiki.writePage(creator, 'Event:Autumn fair');
      const spring = await create();
      await wiki.editCommand.doEditIfAllowed(await wiki.newEvent({ page: 'Event:Autumn fair' }), creator, []);
      expect(await refusal(async () => wiki.editCommand.doEditIfAllowed(await wiki.newEvent({ id: spring, page: 'Event:Autumn fair' }), creator, []))).to.deep.equal([
        'invalid page: The given event page already has an associated registration.',
      ]);
    });
  });

  it('writes nothing when saving the organizers fails', async () => {
    sinon.stub(wiki.organizers, 'setEventOrganizers').rejects(new Error('disk full'));
    expect((await rejection(() => create())).message).to.equal('disk full');
    expect(await wiki.events.findEventByPage({ namespace: 1728, dbKey: 'Spring_fair' })).to.equal(null);
    sinon.restore();
    expect(await create()).to.be.a('number');
  });
});
