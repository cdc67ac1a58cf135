import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listParam, msgParam } from '../../../src/framework/i18n/Message';
import { MessageLocalizer } from '../../../src/framework/i18n/MessageLocalizer';

function localizer(): MessageLocalizer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wikiext-'));
  const write = (language: string, texts: Record<string, string>) =>
    writeFileSync(path.join(dir, `${language}.json`), JSON.stringify({ '@metadata': { authors: [] }, ...texts }));
  write('en', { types: 'Only these types: $1', 'type-a': 'Editing event', 'type-b': 'Contest', wrap: 'See: $1', count: '$1 {{PLURAL:$1|wiki|wikis}}' });
  write('fr', { types: 'Seulement ces types : $1', 'type-a': 'Atelier d’édition', 'type-b': 'Concours' });
  return new MessageLocalizer({ Test: [dir] });
}

describe('Message parameters that are messages or lists', () => {
  const messages = localizer();
  const types = listParam([msgParam('type-a'), msgParam('type-b'), 'Backlog drive']);

  it('joins a list of nested messages as the language writes a short list', () => {
    expect(messages.msg('types', types).text()).to.equal('Only these types: Editing event, Contest, Backlog drive');
  });

  it('renders nested messages in the language of the outer message', () => {
    expect(messages.msg('types', types).inLanguage('fr').text()).to.equal('Seulement ces types : Atelier d’édition, Concours et Backlog drive');
  });

  it('passes parameters of a nested message through, PLURAL included', () => {
    expect(messages.msg('wrap', msgParam('count', 3)).text()).to.equal('See: 3 wikis');
  });
});
