import { expect } from 'chai';
import { Namespaces } from '../../../../src/framework/core/Title';
import { WikiextError } from '../../../../src/framework/errors';
import { HostError } from '../../../../src/host/HostError';
import { HostTitleParser } from '../../../../src/host/pages/HostTitleParser';

/** The namespaces CampaignEvents declares. */
const EVENT_NAMESPACES = [
  { id: 1728, name: 'Event' },
  { id: 1729, name: 'Event talk' },
];

const parser = () => new HostTitleParser(EVENT_NAMESPACES, { metaNamespace: 'Demo wiki' });

/** The HostError parseTitle throws for `text`. */
function parseError(text: string): HostError {
  try {
    parser().parseTitle(text);
  } catch (error) {
    expect(error).to.be.instanceOf(HostError);
    return error as HostError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('HostTitleParser', () => {
  describe('namespaces', () => {
    it('parses a main-namespace title', () => {
      expect(parser().parseTitle('Spring fair')).to.deep.equal({
        namespace: 0,
        dbKey: 'Spring_fair',
        text: 'Spring fair',
        prefixedText: 'Spring fair',
        prefixedDbKey: 'Spring_fair',
      });
    });

    it('recognises core namespace prefixes in any case', () => {
      expect(parser().parseTitle('user:Alice').namespace).to.equal(Namespaces.User);
      expect(parser().parseTitle('CATEGORY:Events').namespace).to.equal(Namespaces.Category);
      expect(parser().parseTitle('mediawiki:Sitenotice').prefixedText).to.equal('MediaWiki:Sitenotice');
    });

    it('recognises two-word namespaces written with spaces, underscores or any case', () => {
      for (const text of ['User talk:Alice', 'User_talk:Alice', 'user TALK:Alice', 'User  talk : Alice']) {
        const title = parser().parseTitle(text);
        expect(title.namespace, text).to.equal(Namespaces.UserTalk);
        expect(title.prefixedText, text).to.equal('User talk:Alice');
      }
    });

    it('accepts the alias Image for File', () => {
      expect(parser().parseTitle('Image:Logo.png').prefixedText).to.equal('File:Logo.png');
      expect(parser().parseTitle('image talk:Logo.png').prefixedText).to.equal('File talk:Logo.png');
    });

    it('names the project namespace after the wiki and keeps Project as an alias', () => {
      expect(parser().parseTitle('Project:About').prefixedText).to.equal('Demo wiki:About');
      expect(parser().parseTitle('demo_wiki:About').namespace).to.equal(Namespaces.Project);
      expect(parser().parseTitle('Project talk:About').prefixedText).to.equal('Demo wiki talk:About');
      expect(new HostTitleParser().parseTitle('Project:About').prefixedText).to.equal('Project:About');
    });

    it('recognises the extension namespaces it was given', () => {
      const title = parser().parseTitle('event:Spring edit-a-thon');
      expect(title).to.include({ namespace: 1728, dbKey: 'Spring_edit-a-thon', prefixedText: 'Event:Spring edit-a-thon' });
      expect(parser().parseTitle('Event_talk:Spring').prefixedDbKey).to.equal('Event_talk:Spring');
      expect(new HostTitleParser().parseTitle('Event:Spring').namespace).to.equal(Namespaces.Main);
    });

    it('keeps an unknown prefix as part of a main-namespace title', () => {
      expect(parser().parseTitle('Foo: the sequel')).to.include({ namespace: 0, dbKey: 'Foo:_the_sequel' });
    });

    it('uses the default namespace when there is no prefix, and the main namespace after a leading colon', () => {
      expect(parser().parseTitle('Alice', Namespaces.User).prefixedText).to.equal('User:Alice');
      expect(parser().parseTitle(':Alice', Namespaces.User).prefixedText).to.equal('Alice');
      expect(parser().parseTitle(': Help:Contents').namespace).to.equal(Namespaces.Help);
    });

    it('parses Special and Media titles, which cannot be stored', () => {
      const special = parser().parseTitle('special:RunJobs');
      expect(special).to.include({ namespace: Namespaces.Special, prefixedText: 'Special:RunJobs' });
      expect(HostTitleParser.canExist(special)).to.equal(false);
      expect(HostTitleParser.canExist(parser().parseTitle('Media:Logo.png'))).to.equal(false);
      expect(HostTitleParser.canExist(parser().parseTitle('Event:Spring'))).to.equal(true);
    });

    it('refuses Talk: followed by another namespace', () => {
      expect(parseError('Talk:File:Logo.png').message).to.equal(
        'Bad title "Talk:File:Logo.png": "Talk:" cannot be followed by another namespace; the talk page of "File:..." is in "File talk:".',
      );
    });
  });

  describe('normalisation', () => {
    it('upper-cases the first letter, also after a namespace prefix', () => {
      expect(parser().parseTitle('spring fair').dbKey).to.equal('Spring_fair');
      expect(parser().parseTitle('event:spring').prefixedText).to.equal('Event:Spring');
      expect(parser().parseTitle('éclair').text).to.equal('Éclair');
      expect(parser().parseTitle('𐐨x').text).to.equal('𐐀x');
    });

    it('treats spaces and underscores alike and collapses runs of them', () => {
      expect(parser().parseTitle('Spring__ _fair').dbKey).to.equal('Spring_fair');
      expect(parser().parseTitle('Spring\u00A0fair').dbKey).to.equal('Spring_fair');
    });

    it('trims spaces and underscores at both ends', () => {
      expect(parser().parseTitle('  _Spring fair_  ').dbKey).to.equal('Spring_fair');
    });

    it('drops direction marks left by copying from right-to-left text', () => {
      expect(parser().parseTitle('Spring\u200E fair').dbKey).to.equal('Spring_fair');
    });

    it('builds titles from database rows with makeTitle', () => {
      expect(parser().makeTitle(1729, 'Spring_fair')).to.deep.equal({
        namespace: 1729,
        dbKey: 'Spring_fair',
        text: 'Spring fair',
        prefixedText: 'Event talk:Spring fair',
        prefixedDbKey: 'Event_talk:Spring_fair',
      });
    });

    it('names namespaces with spaces, and the main namespace with an empty string', () => {
      expect(parser().getNamespaceName(Namespaces.UserTalk)).to.equal('User talk');
      expect(parser().getNamespaceName(1728)).to.equal('Event');
      expect(parser().getNamespaceName(Namespaces.Main)).to.equal('');
      expect(parser().getNamespaceName(4242)).to.equal(undefined);
    });
  });

  describe('invalid titles', () => {
    it('refuses an empty title', () => {
      for (const text of ['', '   ', '__', ':']) {
        const error = parseError(text);
        expect(error.code).to.equal('invalidtitle');
        expect(error.message).to.equal(`Bad title "${text}": the title is empty; give the name of a page.`);
      }
    });

    it('refuses a namespace without a page name', () => {
      expect(parseError('User:').message).to.equal('Bad title "User:": it names only a namespace; add the name of a page after the colon.');
      expect(parseError('Event: ').code).to.equal('invalidtitle');
    });

    it('refuses each of the characters # < > [ ] | { }', () => {
      for (const character of ['#', '<', '>', '[', ']', '|', '{', '}']) {
        expect(parseError(`A${character}B`).message).to.equal(
          `Bad title "A${character}B": it contains "${character}"; titles cannot contain # < > [ ] | { } or control characters.`,
        );
      }
    });

    it('refuses control characters and shows them escaped', () => {
      expect(parseError('A\tB').message).to.equal(
        'Bad title "A\\u0009B": it contains "\\u0009"; titles cannot contain # < > [ ] | { } or control characters.',
      );
      expect(parseError('A\u007FB').code).to.equal('invalidtitle');
    });

    it('refuses URL-encoded characters and HTML entities', () => {
      expect(parseError('A%3CB').message).to.equal(
        'Bad title "A%3CB": it contains the escape "%3C"; write the character it stands for instead.',
      );
      expect(parseError('A&amp;B').message).to.include('the escape "&amp;"');
      expect(parser().parseTitle('100% & more').dbKey).to.equal('100%_&_more');
    });

    it('refuses invalid UTF-8', () => {
      expect(parseError('A\uFFFDB').message).to.include('invalid UTF-8 sequence');
      expect(parseError('A\uD800B').code).to.equal('invalidtitle');
    });

    it('refuses relative paths', () => {
      for (const text of ['.', '..', './A', '../A', 'A/./B', 'A/../B', 'A/.', 'A/..', 'Event:../A']) {
        expect(parseError(text).message, text).to.equal(
          `Bad title "${text}": relative paths ("./", "../") are not allowed, because browsers resolve them away; rename the page.`,
        );
      }
      expect(parser().parseTitle('A.B/C..D').dbKey).to.equal('A.B/C..D');
    });

    it('refuses three tildes, which would become a signature', () => {
      expect(parseError('Signed ~~~').message).to.equal(
        'Bad title "Signed ~~~": it contains "~~~", which the wiki replaces by a signature.',
      );
      expect(parser().parseTitle('A ~~ B').dbKey).to.equal('A_~~_B');
    });

    it('refuses titles longer than 255 bytes of UTF-8, namespace prefix not counted', () => {
      expect(parser().parseTitle(`Event:${'a'.repeat(255)}`).dbKey).to.have.length(255);
      expect(parseError('a'.repeat(256)).message).to.match(/: it is 256 bytes long; a title may have at most 255 bytes in UTF-8\.$/);
      expect(parseError('é'.repeat(128)).message).to.include('it is 256 bytes long');
    });

    it('allows Special titles up to 512 bytes', () => {
      expect(parser().parseTitle(`Special:${'a'.repeat(512)}`).namespace).to.equal(Namespaces.Special);
      expect(parseError(`Special:${'a'.repeat(513)}`).message).to.include('at most 512 bytes');
    });

    it('refuses a colon right after the namespace prefix', () => {
      expect(parseError('User::Alice').message).to.equal(
        'Bad title "User::Alice": the name after the namespace starts with a colon; remove it.',
      );
      expect(parseError('::Alice').code).to.equal('invalidtitle');
    });
  });

  describe('extension namespaces', () => {
    it('refuses a namespace that reuses a core number or name', () => {
      expect(() => new HostTitleParser([{ id: 1728, name: 'User' }])).to.throw(WikiextError, 'clashes with the namespace "User" (2)');
      expect(() => new HostTitleParser([{ id: 1728, name: 'Event' }, { id: 1728, name: 'Other' }])).to.throw(
        WikiextError,
        '"Other" (1728) clashes with the namespace "Event" (1728)',
      );
    });

    it('refuses numbers below 100, empty names and names with a colon', () => {
      for (const bad of [{ id: 50, name: 'Low' }, { id: 1728, name: ' ' }, { id: 1728, name: 'A:B' }]) {
        expect(() => new HostTitleParser([bad])).to.throw(WikiextError, 'integers from 100 up');
      }
    });

    it('refuses to make a title in an unknown namespace', () => {
      expect(() => parser().makeTitle(4242, 'X')).to.throw(WikiextError, 'Namespace 4242 (title "X") is unknown to this wiki');
    });
  });
});
