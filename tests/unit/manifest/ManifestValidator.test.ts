import { expect } from 'chai';
import Ajv from 'ajv';
import sinon from 'sinon';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatProblem, type ManifestValidation } from '../../../src/framework/manifest/ManifestProblem';
import { validateManifest } from '../../../src/framework/manifest/ManifestValidator';
import { manifest } from '../../support/extensionFixtures';

/** Formatted error lines, as `wikiext validate` prints them. */
function errorsOf(data: unknown): string[] {
  return validateManifest('extension.json', data).errors.map(formatProblem);
}

function warningsOf(data: unknown): string[] {
  return validateManifest('extension.json', data).warnings.map(formatProblem);
}

/** A manifest with one config entry. */
function withConfig(name: string, entry: Record<string, unknown>): Record<string, unknown> {
  return manifest('Foo', { config: { [name]: entry } });
}

describe('validateManifest', () => {
  it('accepts a wikiext manifest with config schemas, a feature flag, hooks and services', () => {
    const result = validateManifest(
      'extension.json',
      manifest('Foo', {
        '@note': 'comments are ignored',
        url: 'https://www.mediawiki.org/wiki/Extension:Foo',
        config: {
          FooEnable: { flag: true, value: false, description: 'Turns the Foo feature on.', public: true },
          FooCountries: {
            value: { BH: 'Bahrain' },
            schema: { type: 'object', propertyNames: { pattern: '^[A-Z]{2}$' }, additionalProperties: { type: 'string' } },
          },
        },
        HookHandlers: { main: { factory: 'src/FooHooks#create', services: ['FooStore'] } },
        Hooks: { PageSaved: 'main', PageDeleted: ['main', { handler: 'main', deprecated: true }] },
        ServiceWiringFiles: ['src/ServiceWiring'],
        RestRoutes: [{ path: '/foo/v0/{id}', method: 'GET', class: 'src/rest/GetFoo' }],
      }),
    );
    expect(result).to.deep.equal({ errors: [], warnings: [] } satisfies ManifestValidation);
  });

  it('requires manifest_version and name, pointing at the root object', () => {
    expect(errorsOf({})).to.deep.equal([
      'extension.json: /: missing required key "manifest_version"',
      'extension.json: /: missing required key "name"',
    ]);
  });

  it('rejects a manifest that is not an object', () => {
    expect(errorsOf(['Foo'])).to.deep.equal(['extension.json: /: must be object']);
  });

  it('reports only the version when manifest_version is not 2', () => {
    expect(errorsOf({ manifest_version: 3, Hooks: 5 })).to.deep.equal([
      'extension.json: /manifest_version: unsupported manifest_version 3; wikiext reads version 2',
    ]);
  });

  it('warns about an unknown top-level key and suggests the key probably meant', () => {
    const data = manifest('Foo', { Hook: { PageSaved: 'main' }, hookhandlers: {} });
    expect(errorsOf(data)).to.deep.equal([]);
    expect(warningsOf(data)).to.deep.equal([
      'extension.json: /Hook: unknown key "Hook"; did you mean "Hooks"?',
      'extension.json: /hookhandlers: unknown key "hookhandlers"; did you mean "HookHandlers"?',
    ]);
  });

  it('warns about an unknown top-level key with no close match without guessing', () => {
    expect(warningsOf(manifest('Foo', { Wibble: true }))).to.deep.equal([
      'extension.json: /Wibble: unknown key "Wibble"; it is ignored',
    ]);
  });

  it('ignores comment keys but requires them to be strings or arrays', () => {
    expect(validateManifest('extension.json', manifest('Foo', { '@doc': 'x', '@list': ['a', 1] }))).to.deep.equal({
      errors: [],
      warnings: [],
    });
    expect(errorsOf(manifest('Foo', { '@doc': 5 }))).to.deep.equal([
      'extension.json: /@doc: a comment must be a string or an array',
    ]);
  });

  it('rejects an unknown key inside a config entry and suggests the right one', () => {
    expect(errorsOf(withConfig('FooLimit', { valeu: 5 }))).to.deep.equal([
      'extension.json: /config/FooLimit: missing required key "value"',
      'extension.json: /config/FooLimit/valeu: unknown key "valeu"; did you mean "value"?',
    ]);
  });

  it('lists the six merge strategies when merge_strategy is not one of them', () => {
    expect(errorsOf(withConfig('FooList', { value: [], merge_strategy: 'array_mrege' }))).to.deep.equal([
      'extension.json: /config/FooList/merge_strategy: must be one of "array_merge_recursive", ' +
        '"array_replace_recursive", "array_plus_2d", "array_plus", "array_merge", "provide_default"',
    ]);
  });

  it('rejects a feature flag whose value is not boolean', () => {
    const errors = errorsOf(withConfig('FooEnable', { flag: true, value: 'yes', description: 'Turns Foo on.' }));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^extension\.json: \/config\/FooEnable\/value: must be boolean: "FooEnable" is a feature flag/);
  });

  it('rejects a feature flag without a description', () => {
    expect(errorsOf(withConfig('FooEnable', { flag: true, value: false }))).to.deep.equal([
      'extension.json: /config/FooEnable: a feature flag needs a "description" saying what turning it on changes',
    ]);
  });

  it('rejects a declared value that does not match its own schema, naming what was expected', () => {
    const entry = { value: { BH: 5 }, schema: { type: 'object', description: 'country code to name', additionalProperties: { type: 'string' } } };
    expect(errorsOf(withConfig('FooCountries', entry))).to.deep.equal([
      'extension.json: /config/FooCountries/value/BH: must be string (expected country code to name)',
    ]);
  });

  it('reports a config schema that is not a valid JSON Schema', () => {
    const errors = errorsOf(withConfig('FooCount', { value: 1, schema: { tpye: 'integer' } }));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^extension\.json: \/config\/FooCount\/schema: is not a valid JSON Schema: .*"tpye"/);
  });

  it('checks config schemas that declare an $id every time it validates', () => {
    // A fresh object each time, as each load parses the file anew.
    const data = () => withConfig('FooCount', { value: 'x', schema: { $id: 'https://example.org/count', type: 'integer' } });
    expect(errorsOf(data())).to.deep.equal(['extension.json: /config/FooCount/value: must be integer']);
    expect(errorsOf(data())).to.deep.equal(['extension.json: /config/FooCount/value: must be integer']);
  });

  it('reports an invalid config schema with an $id the same way every time', () => {
    const data = () => withConfig('FooCount', { value: 1, schema: { $id: 'https://example.org/bad', tpye: 'integer' } });
    const first = errorsOf(data());
    expect(first[0]).to.include('/config/FooCount/schema: is not a valid JSON Schema');
    expect(errorsOf(data())).to.deep.equal(first);
  });

  it('reports a Hooks entry of the wrong shape with one message, not one per alternative', () => {
    const data = manifest('Foo', { HookHandlers: { main: { class: 'src/Hooks#Hooks' } }, Hooks: { PageSaved: 5, PageDeleted: ['main', 7] } });
    expect(errorsOf(data)).to.deep.equal([
      'extension.json: /Hooks/PageSaved: must be a handler name, {"handler": ...} or an array of those',
      'extension.json: /Hooks/PageDeleted/1: must be a handler name or {"handler": ...}',
    ]);
  });

  it('explains what is wrong inside a Hooks handler object', () => {
    expect(errorsOf(manifest('Foo', { Hooks: { PageSaved: { handle: 'main' } } }))).to.deep.equal([
      'extension.json: /Hooks/PageSaved: missing required key "handler"',
      'extension.json: /Hooks/PageSaved/handle: unknown key "handle"; did you mean "handler"?',
    ]);
  });

  it('rejects a Hooks handler that is neither a HookHandlers entry nor a module reference', () => {
    const data = manifest('Foo', {
      HookHandlers: { main: { class: 'src/Hooks#Hooks' } },
      Hooks: { PageView: 'mian', PageSaved: ['main', { handler: 'other' }], Legacy: 'src/legacy#onLegacy' },
    });
    expect(errorsOf(data)).to.deep.equal([
      'extension.json: /Hooks/PageView: no HookHandlers entry "mian"; did you mean "main"? Declare it under HookHandlers, or give a module reference such as "src/hooks#onFoo".',
      'extension.json: /Hooks/PageSaved/1: no HookHandlers entry "other". Declare it under HookHandlers, or give a module reference such as "src/hooks#onFoo".',
    ]);
  });

  it('requires a class or a factory in HookHandlers and RestRoutes specs', () => {
    const data = manifest('Foo', { HookHandlers: { main: { services: [] } }, RestRoutes: [{ path: '/foo' }] });
    expect(errorsOf(data)).to.deep.equal([
      'extension.json: /HookHandlers/main: must have a "class" or a "factory"',
      'extension.json: /RestRoutes/0: must have a "class" or a "factory"',
    ]);
  });

  it('allows only "*" for a required platform extension', () => {
    expect(errorsOf(manifest('Foo', { requires: { platform: { 'ext-curl': '>= 7' } } }))).to.deep.equal([
      'extension.json: /requires/platform/ext-curl: must be "*"',
    ]);
  });

  it('checks that url is a URI reference', () => {
    expect(errorsOf(manifest('Foo', { url: 'http://[broken' }))).to.deep.equal([
      'extension.json: /url: must match format "uri-reference"',
    ]);
  });

  it('reports every problem in one pass', () => {
    const data = {
      manifest_version: 2,
      Hooks: { PageSaved: 5 },
      config: { FooEnable: { flag: true, value: 'on' }, FooList: { value: [], merge_strategy: 'nope' } },
      namespaces: [{ id: 'x', constant: 'NS_FOO', name: 'Foo' }],
    };
    expect(errorsOf(data).map((line) => line.split(': ')[1])).to.have.members([
      '/',
      '/Hooks/PageSaved',
      '/config/FooList/merge_strategy',
      '/namespaces/0/id',
      '/config/FooEnable/value',
      '/config/FooEnable',
    ]);
  });

  it('compiles the manifest schema on first use and only once per process', () => {
    const modulePath = require.resolve('../../../src/framework/manifest/ManifestValidator');
    delete require.cache[modulePath];
    const compile = sinon.spy(Ajv.prototype, 'compile');
    try {
      const fresh = require(modulePath) as { validateManifest: typeof validateManifest };
      expect(compile.callCount, 'compiled at import').to.equal(0);
      fresh.validateManifest('a/extension.json', manifest('A'));
      fresh.validateManifest('b/extension.json', manifest('B'));
      expect(compile.callCount).to.equal(1);
    } finally {
      compile.restore();
    }
  });
});

describe('validateManifest on a MediaWiki extension.json', () => {
  const fixture = path.join(__dirname, '../../../../tests/fixtures/manifests/mediawiki-style.extension.json');

  it('passes with zero errors and warns about the MediaWiki keys wikiext ignores', () => {
    const data: unknown = JSON.parse(readFileSync(fixture, 'utf8'));
    const result = validateManifest('BoilerPlate/extension.json', data);
    expect(result.errors.map(formatProblem)).to.deep.equal([]);
    expect(result.warnings.map(formatProblem)).to.deep.equal([
      'BoilerPlate/extension.json: /AutoloadNamespaces: "AutoloadNamespaces" is a MediaWiki key that wikiext does not use; it is ignored',
      'BoilerPlate/extension.json: /Hooks/Chop/1: "LegacyClass::onChop" is a PHP callable, which wikiext cannot load; declare the handler under HookHandlers instead',
      'BoilerPlate/extension.json: /ResourceModules/ext.boilerPlate/packageFiles: "packageFiles" is a ResourceLoader option that wikiext does not support; it is ignored',
    ]);
  });
});
