import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { FileRegistryCache, type CachedRegistry } from '../../../src/framework/registry/RegistryCache';
import { emptyExtractedData } from '../../../src/framework/registry/ExtensionProcessor';
import { tempDir } from '../../support/extensionFixtures';

const entry = (warning: string): CachedRegistry => ({ data: emptyExtractedData(), warnings: [warning] });

describe('FileRegistryCache', () => {
  it('returns what was stored and misses an unknown key', () => {
    const cache = new FileRegistryCache(tempDir());
    cache.set('q1.aaa', entry('one'));
    expect(cache.get('q1.aaa')?.warnings).to.deep.equal(['one']);
    expect(cache.get('q1.bbb')).to.equal(undefined);
  });

  it('replaces older entries of the same group and keeps other groups', () => {
    const dir = tempDir();
    const cache = new FileRegistryCache(dir);
    cache.set('q1.aaa', entry('old'));
    cache.set('q2.ccc', entry('other wiki'));
    cache.set('q1.bbb', entry('new'));
    expect(readdirSync(dir).sort()).to.deep.equal(['registry-q1.bbb.json', 'registry-q2.ccc.json']);
    expect(cache.get('q2.ccc')?.warnings).to.deep.equal(['other wiki']);
  });
});
