import Ajv from 'ajv';
import { expect } from 'chai';
import * as sinon from 'sinon';
import { ConfigBuilder } from '../../../src/framework/config/ConfigBuilder';
import { ErrorCodes, WikiextAggregateError } from '../../../src/framework/errors';
import type { DeclaredConfig } from '../../../src/framework/registry/ExtractedData';
import {
  contributionTrackingConfig,
  countryMapSchema,
  declared,
  featureFlag,
  siteSettings,
} from './configFixtures';

const COUNTRIES = 'wgCampaignEventsContributionTrackingDisallowedCountries';

function buildError(declarations: Record<string, DeclaredConfig>, values: Record<string, unknown>): WikiextAggregateError {
  try {
    new ConfigBuilder(declarations).build(siteSettings(values));
  } catch (e) {
    if (e instanceof WikiextAggregateError) return e;
    throw e;
  }
  throw new Error('expected the settings to be rejected');
}

describe('ConfigBuilder', () => {
  afterEach(() => sinon.restore());

  it('uses each default when the settings file leaves the key out, and says so', () => {
    const config = new ConfigBuilder(contributionTrackingConfig()).build(siteSettings({}));
    expect(config.get('CampaignEventsEnableContributionTracking')).to.equal(false);
    expect(config.entries().map((e) => e.source)).to.deep.equal(['default', 'default']);
  });

  it('takes a site value and reports the settings file as its source', () => {
    const config = new ConfigBuilder(contributionTrackingConfig()).build(
      siteSettings({ [COUNTRIES]: { BH: 'Bahrain', BY: 'Belarus' } }, '/srv/wiki/LocalSettings.json'),
    );
    expect(config.get(COUNTRIES.slice(2))).to.deep.equal({ BH: 'Bahrain', BY: 'Belarus' });
    const entry = config.entries().find((e) => e.globalName === COUNTRIES);
    expect(entry).to.deep.include({
      source: 'settings file /srv/wiki/LocalSettings.json',
      extension: 'CampaignEvents',
      flag: false,
      public: false,
    });
  });

  it('reports flags, public keys and descriptions for `wikiext config`', () => {
    const [entry] = new ConfigBuilder(featureFlag('FooEnable')).build(siteSettings({})).entries();
    expect(entry).to.deep.equal({
      name: 'FooEnable',
      globalName: 'wgFooEnable',
      value: false,
      source: 'default',
      extension: 'CampaignEvents',
      description: 'Turns on FooEnable.',
      descriptionmsg: undefined,
      flag: true,
      public: true,
    });
  });

  it('merges a site value with the default by the declared merge strategy', () => {
    const declarations = declared('FooList', { a: 1, b: 2 }, { merge_strategy: 'array_plus' });
    expect(new ConfigBuilder(declarations).build(siteSettings({ wgFooList: { a: 9 } })).get('FooList')).to.deep.equal({
      a: 9,
      b: 2,
    });
  });

  it('takes a path: true default as the registry prefixed it, and a site path as written', () => {
    const declarations = declared('FooDir', '/srv/ext/Foo/data', { path: true });
    expect(new ConfigBuilder(declarations).build(siteSettings({})).get('FooDir')).to.equal('/srv/ext/Foo/data');
    expect(new ConfigBuilder(declarations).build(siteSettings({ wgFooDir: 'cache' })).get('FooDir')).to.equal('cache');
  });

  it('rejects a list where an object of country codes is expected, showing the expected shape and an example', () => {
    const error = buildError(contributionTrackingConfig(), { [COUNTRIES]: ['AF', 'Afghanistan', 'AFG'] });
    expect(error.code).to.equal(ErrorCodes.CONFIG_INVALID_VALUE);
    expect(error.problems).to.deep.equal([
      `LocalSettings.json: ${COUNTRIES}: must be an object, but it is a list (["AF", "Afghanistan", "AFG"]). ` +
        'Expected: an object that maps CLDR country codes (two capital letters) to English country names. ' +
        'Example: {"BH": "Bahrain", "BY": "Belarus"}',
    ]);
  });

  it('describes a site list given for an object as written, not as merged with a non-empty default', () => {
    const declarations = declared('Countries', { BH: 'Bahrain' }, { schema: countryMapSchema() });
    const error = buildError(declarations, { wgCountries: ['AF', 'Afghanistan', 'AFG'] });
    expect(error.problems).to.deep.equal([
      'LocalSettings.json: wgCountries: must be an object, but it is a list (["AF", "Afghanistan", "AFG"]). ' +
        'Expected: an object that maps CLDR country codes (two capital letters) to English country names. ' +
        'Example: {"BH": "Bahrain", "BY": "Belarus"}',
    ]);
  });

  it('describes a site object given for a list as written, not as merged with a non-empty default', () => {
    const error = buildError(declared('FooCodes', ['x'], { schema: { type: 'array' } }), { wgFooCodes: { k: 1 } });
    expect(error.problems).to.deep.equal(['LocalSettings.json: wgFooCodes: must be a list, but it is an object ({"k": 1}).']);
  });

  it('takes a site value that is not a list or object as written when its type is right', () => {
    const declarations = declared('FooName', 'a', { schema: { type: 'string' } });
    expect(new ConfigBuilder(declarations).build(siteSettings({ wgFooName: 'b' })).get('FooName')).to.equal('b');
  });

  it('reports the default as the source when an empty or null site value leaves it in force', () => {
    const declarations = declared('Countries', { BH: 'Bahrain' }, { schema: countryMapSchema() });
    for (const empty of [[], {}, null]) {
      const [entry] = new ConfigBuilder(declarations).build(siteSettings({ wgCountries: empty })).entries();
      expect(entry).to.deep.include({ value: { BH: 'Bahrain' }, source: 'default' });
    }
  });

  it('says which key is not a country code, in the words of the key schema', () => {
    const declarations = declared('Countries', {}, { schema: countryMapSchema('a two-letter CLDR country code') });
    const error = buildError(declarations, { wgCountries: { AFG: 'Afghanistan', BH: 'Bahrain' } });
    expect(error.problems[0]).to.match(/^LocalSettings.json: wgCountries: key "AFG" is not a two-letter CLDR country code\. Expected: /);
  });

  it('falls back to the pattern for a bad key when the key schema has no description', () => {
    const error = buildError(contributionTrackingConfig(), { [COUNTRIES]: { AFG: 'Afghanistan' } });
    expect(error.problems[0]).to.contain('key "AFG" must match pattern "^[A-Z]{2}$"');
  });

  it('points at a wrong value inside the object', () => {
    const error = buildError(contributionTrackingConfig(), { [COUNTRIES]: { BH: 5 } });
    expect(error.problems[0]).to.contain(`${COUNTRIES}: at /BH: must be a string, but it is a number (5).`);
  });

  it('rejects a flag that is not true or false', () => {
    const error = buildError(featureFlag('FooEnable'), { wgFooEnable: 'yes' });
    expect(error.problems).to.deep.equal(['LocalSettings.json: wgFooEnable: must be true or false, but it is a string ("yes").']);
  });

  it('checks a key without schema against its boolean default', () => {
    const error = buildError(declared('FooStrict', true), { wgFooStrict: 1 });
    expect(error.problems[0]).to.contain('wgFooStrict: must be true or false, but it is a number (1)');
  });

  it('leaves a key without schema and without boolean default unchecked', () => {
    const config = new ConfigBuilder(declared('FooLimit', 10)).build(siteSettings({ wgFooLimit: 'many' }));
    expect(config.get('FooLimit')).to.equal('many');
  });

  it('reports every invalid value of the settings file together, one line each', () => {
    const error = buildError(contributionTrackingConfig(), {
      wgCampaignEventsEnableContributionTracking: 'yes',
      [COUNTRIES]: ['AF'],
    });
    expect(error.problems).to.have.length(2);
    expect(error.message.split('\n')).to.deep.equal(error.problems);
  });

  it('validates the merged value, not only what the site wrote', () => {
    const declarations = declared('FooCodes', ['AA'], { schema: { type: 'array', maxItems: 2 } });
    const error = buildError(declarations, { wgFooCodes: ['BB', 'CC'] });
    expect(error.problems[0]).to.contain('wgFooCodes: must NOT have more than 2 items');
  });

  it('blames the extension when its own default breaks the schema', () => {
    const error = buildError(declared('FooCodes', 'AA', { schema: { type: 'array' } }), {});
    expect(error.problems[0]).to.match(/^the default of CampaignEvents: wgFooCodes: must be a list/);
  });

  it('compiles each schema once, however often it builds', () => {
    const compile = sinon.spy(Ajv.prototype, 'compile');
    const builder = new ConfigBuilder(contributionTrackingConfig());
    builder.build(siteSettings({}));
    builder.build(siteSettings({ [COUNTRIES]: { BH: 'Bahrain' } }));
    expect(compile.callCount).to.equal(1);
  });

  it('names the extension and key of a schema that is not valid JSON Schema', () => {
    expect(() => new ConfigBuilder(declared('FooCodes', [], { schema: { type: 'lsit' } })))
      .to.throw('CampaignEvents: the schema of config "FooCodes" is not a valid JSON Schema')
      .with.property('code', ErrorCodes.MANIFEST_INVALID);
  });

  it('refuses a config schema with a misspelt keyword, as validate does', () => {
    expect(() => new ConfigBuilder(declared('FooCodes', [], { schema: { tpye: 'array' } })))
      .to.throw('CampaignEvents: the schema of config "FooCodes" is not a valid JSON Schema: strict mode: unknown keyword: "tpye"')
      .with.property('code', ErrorCodes.MANIFEST_INVALID);
  });

  it('accepts a tuple schema silently, as validate does', () => {
    const warn = sinon.stub(console, 'warn');
    const declarations = declared('FooPair', ['a'], { schema: { type: 'array', items: [{ type: 'string' }] } });
    expect(new ConfigBuilder(declarations).build(siteSettings({})).get('FooPair')).to.deep.equal(['a']);
    expect(warn.called).to.equal(false);
  });

  it('lists the warnings about unknown settings after the invalid values, since a misspelt name may be the cause', () => {
    const error = buildError(contributionTrackingConfig(), {
      wgCampaignEventsEnableContributionTraking: true,
      [COUNTRIES]: { AFG: 'Afghanistan' },
    });
    expect(error.problems).to.have.length(2);
    expect(error.problems[0]).to.match(new RegExp(`^LocalSettings.json: ${COUNTRIES}: key "AFG"`));
    expect(error.problems[1]).to.equal(
      'warning: LocalSettings.json: unknown setting "wgCampaignEventsEnableContributionTraking", ignored: ' +
        'no loaded extension declares it. Did you mean "wgCampaignEventsEnableContributionTracking"?',
    );
    expect(error.message.split('\n')).to.deep.equal(error.problems);
  });

  it('puts warnings about unknown settings on the result instead of failing', () => {
    const config = new ConfigBuilder(contributionTrackingConfig()).build(
      siteSettings({ wgCampaignEventsEnableContributionTraking: true }),
    );
    expect(config.warnings).to.have.length(1);
    expect(config.warnings[0]).to.contain('Did you mean "wgCampaignEventsEnableContributionTracking"?');
  });
});
