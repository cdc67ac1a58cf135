import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The one way the kernel makes an Ajv instance, so that a schema judged by `wikiext validate` is judged the same
 * way when a site loads it (also from the registry cache, which skips validation). Schemas are written by people:
 * strict about unknown keywords and formats (a `"tpye"` is an error, not a schema that allows everything), but
 * not about the type and tuple style rules, which only warn about schemas that work. Every error is collected, and
 * `verbose` keeps each error's data and schema for the messages.
 *
 * @internal
 */
export function createAjv(): Ajv {
  return addFormats(
    new Ajv({ allErrors: true, verbose: true, strictSchema: true, strictTypes: false, strictTuples: false, allowUnionTypes: true }),
  );
}
