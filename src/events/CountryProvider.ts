/** CLDR region codes that are not countries or territories one can hold an event in (as CampaignEvents excludes). */
const EXCLUDED_CODES: ReadonlySet<string> = new Set(['CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ']);

/** The language names fall back to when a language has none. */
const FALLBACK_LANGUAGE = 'en';

/** Every current CLDR region code Node's ICU names: AA..ZZ, minus deprecated aliases (`BU` is `MM`) and pseudo-codes. */
function computeCodes(): string[] {
  const english = new Intl.DisplayNames(FALLBACK_LANGUAGE, { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (EXCLUDED_CODES.has(code) || english.of(code) === undefined) continue;
      // A deprecated code (BU, DD, YU...) canonicalizes to its successor, which is listed itself.
      if (new Intl.Locale(`und-${code}`).region !== code) continue;
      codes.push(code);
    }
  }
  return codes;
}

/**
 * Country codes and names for event addresses: the CLDR region codes with their names from Node's ICU data
 * (maintained with Node, not by hand), minus the pseudo-codes CampaignEvents excludes.
 *
 * @public
 */
export class CountryProvider {
  readonly #codes: readonly string[] = computeCodes();
  readonly #codeSet: ReadonlySet<string> = new Set(this.#codes);
  readonly #namesByLanguage = new Map<string, Map<string, string>>();

  /** Every country, sorted by its name in `language` (English names where the language has none). */
  getCountries(language: string): { code: string; name: string }[] {
    const names = this.#names(language);
    const collator = new Intl.Collator(supportedOrFallback(language, Intl.Collator));
    return this.#codes.map((code) => ({ code, name: names.get(code)! })).sort((x, y) => collator.compare(x.name, y.name));
  }

  /** Whether `code` is an upper-case code of the list. */
  isValidCountryCode(code: string): boolean {
    return this.#codeSet.has(code);
  }

  /** The name of `code` in `language`; the code itself when it is not a country of the list. */
  getName(code: string, language: string): string {
    return this.#names(language).get(code) ?? code;
  }

  #names(language: string): Map<string, string> {
    const key = language.toLowerCase();
    let names = this.#namesByLanguage.get(key);
    if (names === undefined) {
      const local = new Intl.DisplayNames(supportedOrFallback(language, Intl.DisplayNames), { type: 'region', fallback: 'none' });
      const english = new Intl.DisplayNames(FALLBACK_LANGUAGE, { type: 'region', fallback: 'none' });
      names = new Map(this.#codes.map((code) => [code, local.of(code) ?? english.of(code)!]));
      this.#namesByLanguage.set(key, names);
    }
    return names;
  }
}

/** `language` if ICU has data for it (or a parent of it), else English. Invalid tags (`qqq-x`) also get English. */
function supportedOrFallback(language: string, service: { supportedLocalesOf(locales: string[]): string[] }): string {
  try {
    return service.supportedLocalesOf([language])[0] ?? FALLBACK_LANGUAGE;
  } catch {
    return FALLBACK_LANGUAGE;
  }
}
