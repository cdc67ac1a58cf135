import { expect } from 'chai';
import type { PageSaveFlags, SavedPage, SavedRevision, SavingUser } from '../../../../hooks';
import { anonymousUser } from '../../../../src/framework/core/UserIdentity';
import { HostError } from '../../../../src/host/HostError';
import { describeEachDatabase } from '../../../support/databases';
import { recordingLogger } from '../../../unit/hooks/builders';
import { expectHostError } from '../users/expectHostError';
import { pagesOn } from './pageFixtures';

describeEachDatabase('PageUpdater', (ctx) => {
  describe('creating a page', () => {
    it('saves the page and its first revision, sized in UTF-8 bytes', async () => {
      const { updater, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');

      const saved = await updater.edit({ title: title('Event:Spring fair'), text: 'Café ☕', summary: 'New event', user: alice });

      expect(saved.result).to.equal('created');
      expect(saved.page).to.deep.include({ id: 1, latestRevisionId: 1, touched: '20260301120000', length: 9 });
      expect(saved.page.title.prefixedText).to.equal('Event:Spring fair');
      expect(saved.revision).to.deep.equal({
        id: 1,
        pageId: 1,
        user: { id: alice.id, name: 'Alice' },
        timestamp: '20260301120000',
        size: 9,
        parentId: 0,
        comment: 'New event',
        text: 'Café ☕',
      });
    });

    it('can be read back by title and by id', async () => {
      const { updater, pages, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      const saved = await updater.edit({ title: title('event:spring_fair'), text: 'Hello', user: alice });

      expect(await pages.getPageByTitle(title('Event:Spring fair'))).to.deep.equal(saved.page);
      expect(await pages.getPageById(saved.page.id)).to.deep.equal(saved.page);
      expect(await pages.getRevisionById(saved.revision.id)).to.deep.equal(saved.revision);
    });

    it('refuses to create a page when noCreate is set', async () => {
      const { updater, pages, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      await expectHostError(
        () => updater.edit({ title: title('Missing'), text: 'x', user: alice, noCreate: true }),
        'missingtitle',
        "The page you specified doesn't exist.",
      );
      expect(await pages.getPageByTitle(title('Missing'))).to.equal(null);
    });
  });

  describe('editing a page', () => {
    it('adds a revision whose parent is the previous one and moves the page to it', async () => {
      const { updater, pages, users, clock, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      const first = await updater.edit({ title: title('Fair'), text: 'one', user: alice });
      clock.advance(60);

      const second = await updater.edit({ title: title('Fair'), text: 'one two', summary: 'more', user: alice });

      expect(second.result).to.equal('edited');
      expect(second.revision).to.deep.include({ parentId: first.revision.id, size: 7, timestamp: '20260301120100' });
      expect(await pages.getPageByTitle(title('Fair'))).to.deep.include({
        id: first.page.id,
        latestRevisionId: second.revision.id,
        touched: '20260301120100',
        length: 7,
      });
    });

    it('lists revisions newest first, all or a limited number, and finds the first one', async () => {
      const { updater, pages, users, clock, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      for (const text of ['a', 'b', 'c']) {
        await updater.edit({ title: title('Fair'), text, user: alice });
        clock.advance(1);
      }
      const page = (await pages.getPageByTitle(title('Fair')))!;

      expect((await pages.getRevisions(page.id)).map((r) => r.text)).to.deep.equal(['c', 'b', 'a']);
      expect((await pages.getRevisions(page.id, { limit: 2 })).map((r) => r.text)).to.deep.equal(['c', 'b']);
      expect((await pages.getFirstRevision(page.id))?.text).to.equal('a');
      expect(await pages.getFirstRevision(page.id + 1000)).to.equal(null);
      const refused = await pages.getRevisions(page.id, { limit: 0 }).catch((error: unknown) => error);
      expect(refused).to.be.instanceOf(RangeError).with.property('message').that.contains('limit must be a positive whole number');
    });

    it('saves nothing when the text is unchanged (a null edit), whatever the summary', async () => {
      const saves: unknown[] = [];
      const { updater, pages, users, title } = pagesOn(ctx.db(), { onSave: (...args: unknown[]) => void saves.push(args) });
      const alice = await users.createUser('Alice', 'alice-password-1');
      const first = await updater.edit({ title: title('Fair'), text: 'same', user: alice });

      const again = await updater.edit({ title: title('Fair'), text: 'same', summary: 'nothing new', user: alice });

      expect(again).to.deep.equal({ result: 'nochange', page: first.page, revision: first.revision });
      expect(await pages.getRevisions(first.page.id)).to.have.length(1);
      expect(saves).to.have.length(1);
      expect((await users.getUserById(alice.id))!.editCount).to.equal(1);
    });

    it('refuses to edit an existing page when createOnly is set', async () => {
      const { updater, pages, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      const first = await updater.edit({ title: title('Fair'), text: 'mine', user: alice });

      await expectHostError(
        () => updater.edit({ title: title('Fair'), text: 'theirs', user: alice, createOnly: true }),
        'articleexists',
        'The article you tried to create has been created already.',
      );
      expect(await pages.getRevisions(first.page.id)).to.have.length(1);
    });

    it('makes one page of two simultaneous creations of the same title', async () => {
      const { updater, pages, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');

      const outcomes = await Promise.allSettled([
        updater.edit({ title: title('Race'), text: 'first', user: alice }),
        updater.edit({ title: title('Race'), text: 'second', user: alice }),
      ]);

      const results = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.result : (o.reason as HostError).code));
      expect(results).to.include('created');
      expect(['edited', 'editconflict']).to.include(results.find((r) => r !== 'created'));
      const page = (await pages.getPageByTitle(title('Race')))!;
      const revisions = await pages.getRevisions(page.id);
      expect(page.latestRevisionId).to.equal(revisions[0].id);
      expect(revisions).to.have.length(results.includes('edited') ? 2 : 1);
    });
  });

  describe('refusals', () => {
    it('refuses Special and Media pages, which the wiki generates', async () => {
      const { updater, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      await expectHostError(
        () => updater.edit({ title: title('Special:RunJobs'), text: 'x', user: alice }),
        'invalidtitle',
        'Bad title "Special:RunJobs": pages in the Special namespace are generated by the wiki and cannot be edited.',
      );
      await expectHostError(() => updater.edit({ title: title('Media:Logo.png'), text: 'x', user: alice }), 'invalidtitle', 'Media namespace');
    });

    it('refuses text over 2048 KiB', async () => {
      const { updater, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      await expectHostError(
        () => updater.edit({ title: title('Big'), text: 'x'.repeat(2048 * 1024 + 1), user: alice }),
        'contenttoobig',
        'exceeds the article size limit of 2048 kibibytes',
      );
    });
  });

  describe('authors', () => {
    it("counts the edit in the author's edit count and first and latest edit times", async () => {
      const { updater, users, clock, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      await updater.edit({ title: title('A'), text: 'a', user: alice });
      clock.advance(3600);
      await updater.edit({ title: title('B'), text: 'b', user: alice });

      expect(await users.getUserById(alice.id)).to.deep.include({
        editCount: 2,
        firstEdit: '20260301120000',
        latestEdit: '20260301130000',
      });
    });

    it('stores an anonymous edit under the IP address and counts it for nobody', async () => {
      const { updater, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      const saved = await updater.edit({ title: title('A'), text: 'a', user: anonymousUser('192.0.2.7') });

      expect(saved.revision.user).to.deep.equal({ id: 0, name: '192.0.2.7' });
      expect((await users.getUserById(alice.id))!.editCount).to.equal(0);
    });

    it("cuts summaries at MediaWiki's 500 characters", async () => {
      const { updater, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      const saved = await updater.edit({ title: title('A'), text: 'a', summary: '€'.repeat(600), user: alice });
      expect(saved.revision.comment).to.equal(`${'€'.repeat(497)}...`);
    });
  });

  describe('PageSaveComplete', () => {
    it('runs after the commit with plain data about the page, the revision, the author and whether the page is new', async () => {
      const calls: [SavedPage, SavedRevision, SavingUser, PageSaveFlags][] = [];
      let visibleDuringHook: unknown;
      const { updater, pages, users, clock, title } = pagesOn(ctx.db(), {
        onSave: async (page: SavedPage, revision: SavedRevision, user: SavingUser, flags: PageSaveFlags) => {
          calls.push([page, revision, user, flags]);
          visibleDuringHook = (await pages.getRevisionById(revision.id))?.text;
        },
      });
      const alice = await users.createUser('Alice', 'alice-password-1');
      await updater.edit({ title: title('Event:Fair'), text: 'Hi', summary: 'start', user: alice });
      clock.advance(90);
      await updater.edit({ title: title('Event:Fair'), text: 'Hi all', summary: 'more', user: alice });

      expect(calls).to.deep.equal([
        [
          { id: 1, namespace: 1728, dbKey: 'Fair', text: 'Event:Fair' },
          { id: 1, parentId: 0, timestamp: '2026-03-01T12:00:00Z', size: 2, comment: 'start' },
          { id: alice.id, name: 'Alice' },
          { isNew: true },
        ],
        [
          { id: 1, namespace: 1728, dbKey: 'Fair', text: 'Event:Fair' },
          { id: 2, parentId: 1, timestamp: '2026-03-01T12:01:30Z', size: 6, comment: 'more' },
          { id: alice.id, name: 'Alice' },
          { isNew: false },
        ],
      ]);
      expect(visibleDuringHook).to.equal('Hi all');
    });

    it('logs a failing handler and keeps the edit', async () => {
      const logger = recordingLogger();
      const { updater, pages, users, title } = pagesOn(ctx.db(), {
        logger,
        onSave: () => {
          throw new Error('tracker down');
        },
      });
      const alice = await users.createUser('Alice', 'alice-password-1');

      const saved = await updater.edit({ title: title('Fair'), text: 'kept', user: alice });

      expect(saved.result).to.equal('created');
      expect((await pages.getPageByTitle(title('Fair')))?.latestRevisionId).to.equal(saved.revision.id);
      expect(logger.entries.map((e) => e.msg).join('\n')).to.contain('tracker down');
    });
  });

  describe('SqlPageStore lookups', () => {
    it('finds nothing for unknown titles, ids and revisions, nor for Special pages', async () => {
      const { pages, title } = pagesOn(ctx.db());
      expect(await pages.getPageByTitle(title('Nothing here'))).to.equal(null);
      expect(await pages.getPageByTitle(title('Special:RunJobs'))).to.equal(null);
      expect(await pages.getPageById(42)).to.equal(null);
      expect(await pages.getPageById(0)).to.equal(null);
      expect(await pages.getRevisionById(42)).to.equal(null);
      expect(await pages.getRevisions(42)).to.deep.equal([]);
    });

    it('keeps pages with the same name in different namespaces apart', async () => {
      const { updater, pages, users, title } = pagesOn(ctx.db());
      const alice = await users.createUser('Alice', 'alice-password-1');
      await updater.edit({ title: title('Fair'), text: 'article', user: alice });
      await updater.edit({ title: title('Event:Fair'), text: 'event', user: alice });
      await updater.edit({ title: title('Event talk:Fair'), text: 'talk', user: alice });

      for (const [name, text] of [['Fair', 'article'], ['Event:Fair', 'event'], ['Event talk:Fair', 'talk']]) {
        const page = (await pages.getPageByTitle(title(name)))!;
        expect(page.title.prefixedText).to.equal(name);
        expect((await pages.getRevisionById(page.latestRevisionId))?.text).to.equal(text);
      }
    });
  });
});
