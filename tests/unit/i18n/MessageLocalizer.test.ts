import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ErrorCodes } from '../../../src/framework/errors';
import { MessageLocalizer } from '../../../src/framework/i18n/MessageLocalizer';

const REPOSITORY_I18N = path.resolve(__dirname, '../../../../i18n');
const COUNT = 'countries-count';

/** A message folder holding one `<lang>.json` per entry (raw strings are written as they are). */
function messageDir(files: Record<string, Record<string, unknown> | string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wikiext-'));
  for (const [language, content] of Object.entries(files)) {
    const json = typeof content === 'string' ? content : JSON.stringify({ '@metadata': { authors: [] }, ...content });
    writeFileSync(path.join(dir, `${language}.json`), json);
  }
  return dir;
}

describe('MessageLocalizer', () => {
  const repository = new MessageLocalizer({ CampaignEvents: [REPOSITORY_I18N] });
  const counts = new MessageLocalizer({
    Test: [
      messageDir({
        en: { [COUNT]: 'Unavailable in $1 {{PLURAL:$1|country|countries}}.' },
        de: { [COUNT]: 'In $1 {{PLURAL:$1|Land|Ländern}} nicht verfügbar.' },
      }),
    ],
  });

  it('substitutes parameters and chooses the PLURAL form by number', () => {
    expect(counts.msg(COUNT, 1).text()).to.equal('Unavailable in 1 country.');
    expect(counts.msg(COUNT, 5).text()).to.equal('Unavailable in 5 countries.');
  });

  it('uses the German translation when there is one', () => {
    expect(counts.msg(COUNT, 5).inLanguage('de').text()).to.equal('In 5 Ländern nicht verfügbar.');
    expect(repository.msg('campaignevents-config-enable-contribution-tracking').inLanguage('de').text()).to.match(/^Ob die/);
  });

  it('falls back to English for a key German lacks', () => {
    const key = 'campaignevents-config-contribution-tracking-disallowed-countries';
    expect(repository.msg(key).inLanguage('de').text()).to.equal(repository.msg(key).text());
  });

  it('follows banana-i18n fallback chains, ending in English', () => {
    const dir = messageDir({ en: { a: 'A en', b: 'B en' }, de: { a: 'A de' } });
    const messages = new MessageLocalizer({ Test: [dir] }, { defaultLanguage: 'de-formal' });
    expect(messages.fallbackChain('de-formal')).to.deep.equal(['de-formal', 'de', 'en']);
    expect(messages.msg('a').text()).to.equal('A de');
    expect(messages.msg('b').text()).to.equal('B en');
  });

  it('applies GENDER', () => {
    const dir = messageDir({ en: { joined: '$2 {{GENDER:$1|joined his|joined her|joined their}} event' } });
    const messages = new MessageLocalizer({ Test: [dir] });
    expect(messages.msg('joined', 'female', 'Ada').text()).to.equal('Ada joined her event');
  });

  it('renders a missing key as ⧼key⧽ and says it does not exist', () => {
    const message = repository.msg('campaignevents-no-such-message');
    expect(message.text()).to.equal('⧼campaignevents-no-such-message⧽');
    expect(message.exists()).to.equal(false);
    expect(repository.has('campaignevents-desc')).to.equal(true);
    expect(repository.has('constructor')).to.equal(false);
  });

  it('never displays the qqq documentation', () => {
    const dir = messageDir({ en: { a: 'A' }, qqq: { a: 'Documentation of A', b: 'Documentation of B' } });
    const messages = new MessageLocalizer({ Test: [dir] });
    expect(messages.languages()).to.deep.equal(['en']);
    expect(messages.msg('a').inLanguage('qqq').text()).to.equal('A');
    expect(messages.msg('b').exists()).to.equal(false);
  });

  it('escapes HTML in escaped() but not in text()', () => {
    const dir = messageDir({ en: { tag: '<b>$1</b> & co' } });
    const message = new MessageLocalizer({ Test: [dir] }).msg('tag', '"x"');
    expect(message.text()).to.equal('<b>"x"</b> & co');
    expect(message.escaped()).to.equal('&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; co');
  });

  it('merges the directories of all message groups', () => {
    const first = messageDir({ en: { a: 'A' } });
    const second = messageDir({ en: { b: 'B' }, fr: { b: 'B fr' } });
    const messages = new MessageLocalizer({ One: [first], Two: [second] });
    expect([messages.msg('a').text(), messages.msg('b').inLanguage('fr').text()]).to.deep.equal(['A', 'B fr']);
    expect(messages.languages()).to.deep.equal(['en', 'fr']);
  });

  it('rejects a message file with bad JSON, naming the file', () => {
    const dir = messageDir({ en: { a: 'A' }, de: '{ "a": "A", }' });
    expect(() => new MessageLocalizer({ Test: [dir] }))
      .to.throw(`Message file ${path.join(dir, 'de.json')} is not valid JSON`)
      .with.property('code', ErrorCodes.I18N_BAD_FILE);
  });

  it('reports bad JSON in a message file with the line and column where it stops', () => {
    const dir = messageDir({ en: { a: 'A' }, de: '{\n\t"a": "A",\n}' });
    expect(() => new MessageLocalizer({ Test: [dir] }))
      .to.throw(`Message file ${path.join(dir, 'de.json')} is not valid JSON at line 3, column 1: expected a key in double quotes`)
      .with.property('details')
      .that.deep.includes({ line: 3, column: 1 });
  });

  it('rejects a message that is not a string, naming the file and key', () => {
    const dir = messageDir({ en: { a: 'A', b: ['B'] } });
    expect(() => new MessageLocalizer({ Test: [dir] }))
      .to.throw(`Message file ${path.join(dir, 'en.json')} has a non-string value for message "b"`)
      .with.property('code', ErrorCodes.I18N_BAD_FILE);
  });

  it('rejects a message directory that does not exist', () => {
    const missing = path.join(os.tmpdir(), 'wikiext-no-such-dir');
    expect(() => new MessageLocalizer({ Test: [missing] }))
      .to.throw(`Message directory ${missing} does not exist`)
      .with.property('code', ErrorCodes.I18N_BAD_FILE);
  });
});
