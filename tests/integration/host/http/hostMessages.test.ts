import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { checkMessageDocs } from '../../../../src/framework/i18n/checkMessageDocs';
import { HOST_MESSAGES_DIR, REPO_ROOT } from '../../../../src/host/HostInfo';

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? typeScriptFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

describe('Host messages (src/host/i18n)', () => {
  it('documents every message in qqq.json', () => {
    expect(checkMessageDocs(HOST_MESSAGES_DIR)).to.deep.equal([]);
  });

  it('defines every rest-* message key the HTTP code uses', () => {
    const english = JSON.parse(readFileSync(path.join(HOST_MESSAGES_DIR, 'en.json'), 'utf8')) as Record<string, string>;
    const used = typeScriptFiles(path.join(REPO_ROOT, 'src', 'host', 'http')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'(rest-[a-z-]+)'/g)].map((m) => m[1]),
    );
    expect(used.length).to.be.greaterThan(5);
    expect(used.filter((key) => !Object.hasOwn(english, key))).to.deep.equal([]);
  });
});
