import { expect } from 'chai';
import { utimesSync, writeFileSync } from 'node:fs';
import { ErrorCodes, WikiextError } from '../../../src/framework/errors';
import { ExtensionRegistry, RegistryLoadError } from '../../../src/framework/registry/ExtensionRegistry';
import { MemoryRegistryCache } from '../../../src/framework/registry/RegistryCache';
import { manifest, tempDir, writeExtension } from '../../support/extensionFixtures';

const host = { name: 'wikiext', version: '1.45.0' };

function registryFor(files: string[], cache = new MemoryRegistryCache()): ExtensionRegistry {
  const registry = new ExtensionRegistry({ host, cache });
  for (const f of files) registry.queue(f);
  return registry;
}

function loadError(registry: ExtensionRegistry): RegistryLoadError {
  try {
    registry.load();
  } catch (e) {
    if (e instanceof RegistryLoadError) return e;
    throw e;
  }
  throw new Error('expected load() to fail');
}

describe('ExtensionRegistry', () => {
  it('checks requires against the full set, so an extension may be queued before what it needs', () => {
    const root = tempDir();
    const a = writeExtension(root, manifest('A', { requires: { extensions: { B: '>= 1.0' } } }));
    const b = writeExtension(root, manifest('B'));
    const { data } = registryFor([a, b]).load();
    expect(data.extensions.map((e) => e.name)).to.deep.equal(['B', 'A']);
  });

  it('orders extensions by dependencies and keeps queue order otherwise', () => {
    const root = tempDir();
    const files = [
      writeExtension(root, manifest('C', { requires: { extensions: { A: '*' } } })),
      writeExtension(root, manifest('X')),
      writeExtension(root, manifest('A')),
    ];
    // C is queued first but needs A, so A moves ahead of it; X keeps its place after them.
    expect(registryFor(files).load().data.extensions.map((e) => e.name)).to.deep.equal(['A', 'C', 'X']);
  });

  it('reports missing and incompatible dependencies together, each with its own message', () => {
    const root = tempDir();
    const a = writeExtension(root, manifest('A', { requires: { extensions: { Missing: '*', B: '>= 2.0' } } }));
    const b = writeExtension(root, manifest('B', { version: '1.5.0' }));
    const err = loadError(registryFor([a, b]));
    expect(err.code).to.equal(ErrorCodes.EXTENSION_LOAD_FAILED);
    expect(err.problems).to.include('A requires Missing to be installed. Add it to wfLoadExtensions in the settings file.');
    expect(err.problems).to.include('A is not compatible with B 1.5.0; it requires B >= 2.0.');
    const reportA = err.report.extensions.find((e) => e.name === 'A');
    expect(reportA?.status).to.equal('failed');
    expect(err.report.extensions.find((e) => e.name === 'B')).to.include({
      status: 'skipped',
      reason: 'Not loaded because other extensions failed; fix the problems above.',
    });
  });

  it('rejects an extension that needs a newer host', () => {
    const root = tempDir();
    const a = writeExtension(root, manifest('A', { requires: { MediaWiki: '>= 1.99.0' } }));
    const err = loadError(registryFor([a]));
    expect(err.problems[0]).to.match(/^A is not compatible with this wikiext .*1\.45\.0.*requires MediaWiki >= 1\.99\.0/);
  });

  it('says so when a required extension declares no version', () => {
    const root = tempDir();
    const a = writeExtension(root, manifest('A', { requires: { extensions: { B: '>= 2' } } }));
    const b = writeExtension(root, { name: 'B', manifest_version: 2 });
    expect(loadError(registryFor([a, b])).problems).to.deep.equal([
      'B does not declare its version, but A requires B >= 2.',
    ]);
  });

  it('fails the dependents of a failed extension, naming the dependency', () => {
    const root = tempDir();
    const a = writeExtension(root, manifest('A', { requires: { extensions: { B: '*' } } }));
    const b = writeExtension(root, manifest('B', { requires: { MediaWiki: '>= 9.0' } }));
    const err = loadError(registryFor([a, b]));
    expect(err.problems).to.include('A was not loaded because its dependency B failed to load.');
  });

  it('names a dependency cycle and still reports every other problem', () => {
    const root = tempDir();
    const a = writeExtension(root, manifest('A', { requires: { extensions: { B: '*' } } }));
    const b = writeExtension(root, manifest('B', { requires: { extensions: { A: '*' } } }));
    const c = writeExtension(root, manifest('C', { requires: { extensions: { Missing: '*' } } }));
    const err = loadError(registryFor([a, b, c]));
    expect(err.problems).to.include(
      'Extensions require each other in a cycle: A -> B -> A. Remove one of these requirements.',
    );
    expect(err.problems).to.include('C requires Missing to be installed. Add it to wfLoadExtensions in the settings file.');
    expect(err.report.extensions.map((e) => [e.name, e.status])).to.have.deep.members([
      ['A', 'failed'],
      ['B', 'failed'],
      ['C', 'failed'],
    ]);
  });

  it('tells the dependents of an unreadable manifest that it failed, not that it is missing', () => {
    const root = tempDir();
    const a = writeExtension(root, manifest('A', { requires: { extensions: { B: '*' } } }));
    const b = writeExtension(root, { manifest_version: 2, version: 'no name' }, 'B');
    const err = loadError(registryFor([a, b]));
    expect(err.problems).to.include('A requires B, which failed to load (see its problem above).');
  });

  it('refuses to load the same extension twice, naming both paths', () => {
    const root = tempDir();
    const first = writeExtension(root, manifest('A'), 'one');
    const second = writeExtension(root, manifest('A'), 'two');
    expect(() => registryFor([first, second]).load())
      .to.throw(WikiextError)
      .with.property('message', `It was attempted to load A twice, from ${first} and ${second}. Remove one from wfLoadExtensions.`);
  });

  it('loads a file queued twice only once, and accepts an extension folder', () => {
    const root = tempDir();
    const a = writeExtension(root, manifest('A'));
    const registry = registryFor([a, a.replace(/[/\\]extension\.json$/, '')]);
    expect(registry.getQueue()).to.have.length(1);
    expect(registry.load().data.extensions).to.have.length(1);
  });

  it('applies attributes only when the receiving extension is loaded', () => {
    const root = tempDir();
    const a = writeExtension(
      root,
      manifest('A', { attributes: { B: { Fields: ['grant'] }, Absent: { Fields: ['x'] } } }),
    );
    const b = writeExtension(root, manifest('B', { attributes: { B: { Fields: ['own'] } } }));
    const registry = registryFor([a, b]);
    registry.load();
    expect(registry.getAttribute('BFields')).to.deep.equal(['grant', 'own']);
    expect(registry.getAttribute('AbsentFields')).to.deep.equal([]);
  });

  it('overrides an attribute for a test and restores it', () => {
    const root = tempDir();
    const registry = registryFor([writeExtension(root, manifest('A'))]);
    registry.load();
    const restore = registry.setAttributeForTest('AThings', [1]);
    expect(registry.getAttribute('AThings')).to.deep.equal([1]);
    restore();
    expect(registry.getAttribute('AThings')).to.deep.equal([]);
  });

  it('answers isLoaded with a version range', () => {
    const root = tempDir();
    const registry = registryFor([writeExtension(root, manifest('A', { version: '2.1.0' }))]);
    registry.load();
    expect(registry.isLoaded('A')).to.equal(true);
    expect(registry.isLoaded('A', '>= 2.0')).to.equal(true);
    expect(registry.isLoaded('A', '< 2.0')).to.equal(false);
    expect(registry.isLoaded('B')).to.equal(false);
  });

  it('treats a pre-release version the same in isLoaded as in requires', () => {
    const root = tempDir();
    const registry = registryFor([writeExtension(root, manifest('A', { version: '1.45.0-alpha' }))]);
    registry.load();
    expect(registry.isLoaded('A', '>= 1.42')).to.equal(true);
  });

  it('refuses to queue after loading', () => {
    const root = tempDir();
    const registry = registryFor([writeExtension(root, manifest('A'))]);
    registry.load();
    expect(() => registry.queue(writeExtension(root, manifest('B'))))
      .to.throw(WikiextError)
      .with.property('code', ErrorCodes.REGISTRY_LATE_QUEUE);
  });

  it('reports an unreadable manifest with the path to fix', () => {
    const root = tempDir();
    const err = loadError(registryFor([`${root}/Nope/extension.json`]));
    expect(err.problems[0]).to.contain(`Unable to read ${root}/Nope/extension.json`);
    expect(err.report.extensions[0]).to.include({ status: 'failed' });
  });

  describe('start-up report', () => {
    it('lists each extension with its status and milliseconds', () => {
      const root = tempDir();
      let t = 0;
      const registry = new ExtensionRegistry({ host, now: () => (t += 1) });
      registry.queue(writeExtension(root, manifest('A')));
      const { report } = registry.load();
      expect(report.cached).to.equal(false);
      expect(report.extensions).to.have.length(1);
      expect(report.extensions[0]).to.include({ name: 'A', status: 'loaded', version: '1.0.0' });
      expect(report.extensions[0].ms).to.be.greaterThan(0);
    });

    it('times each extension separately, so the parts never add up to more than the total', () => {
      const root = tempDir();
      const registry = new ExtensionRegistry({ host });
      for (const name of ['A', 'B', 'C']) registry.queue(writeExtension(root, manifest(name)));
      const { report } = registry.load();
      const parts = report.extensions.map((e) => e.ms);
      expect(parts.every((ms) => ms > 0)).to.equal(true);
      expect(parts.reduce((x, y) => x + y)).to.be.at.most(report.totalMs);
    });
  });

  describe('cache', () => {
    it('serves the second load from the cache', () => {
      const root = tempDir();
      const cache = new MemoryRegistryCache();
      const a = writeExtension(root, manifest('A', { config: { AFoo: { value: 1 } } }));
      registryFor([a], cache).load();
      const { data, report } = registryFor([a], cache).load();
      expect(report.cached).to.equal(true);
      expect(data.config.AFoo.value).to.equal(1);
    });

    it('picks up a changed manifest because the key is the content hash', () => {
      const root = tempDir();
      const cache = new MemoryRegistryCache();
      const a = writeExtension(root, manifest('A', { config: { AFoo: { value: 1 } } }));
      registryFor([a], cache).load();
      writeFileSync(a, JSON.stringify(manifest('A', { config: { AFoo: { value: 2 } } })));
      const { data, report } = registryFor([a], cache).load();
      expect(report.cached).to.equal(false);
      expect(data.config.AFoo.value).to.equal(2);
    });

    it('ignores an mtime change that leaves the content as it was', () => {
      const root = tempDir();
      const cache = new MemoryRegistryCache();
      const a = writeExtension(root, manifest('A'));
      registryFor([a], cache).load();
      utimesSync(a, new Date(2030, 0, 1), new Date(2030, 0, 1));
      expect(registryFor([a], cache).load().report.cached).to.equal(true);
    });

    it('does not cache a failed load', () => {
      const root = tempDir();
      const cache = new MemoryRegistryCache();
      const a = writeExtension(root, manifest('A', { requires: { extensions: { B: '*' } } }));
      loadError(registryFor([a], cache));
      loadError(registryFor([a], cache));
    });
  });
});
