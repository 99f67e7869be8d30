/**
 * selectTranslation (src/content/translations.ts): deterministic choice of one variant for a
 * reader's language. Rules, in order: exact language+locale → 'exact'; the language alone →
 * 'language' (the variant without a locale, else the first of that language in message order);
 * the message's fallback chain in order → 'fallback-chain'; the message's default → 'default'.
 * Tags compare case-insensitively. Fixed cases first, then fast-check against an independent model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Content,
  DEFAULT_CONTENT_LIMITS,
  type LanguageTag,
  type LocalizedVariant,
  openContent,
  sealContent,
  selectTranslation,
  type TranslationRule,
  type Translations,
  validateContent,
} from '../../src/index.js';
import { languageArb, languageTagArb, regionArb, tagKey, translationsArb } from './content-arbitraries.js';

function variant(lg: string, lc?: string): LocalizedVariant {
  const key = lc === undefined ? lg : `${lg}_${lc}`;
  return { lg, ...(lc === undefined ? {} : { lc }), content: { kind: 'text', text: `text in ${key}` } };
}

function translations(variants: LocalizedVariant[], defaultTag: LanguageTag, fallbackChain: LanguageTag[] = []): Translations {
  const t: Translations = { variants, default: defaultTag, fallbackChain };
  validateContent({ kind: 'translations', translations: t }, DEFAULT_CONTENT_LIMITS, 'InvalidArgument');
  return t;
}

/** The chosen variant's tag and the rule, e.g. ['pt_BR', 'exact']. */
function choose(t: Translations, reader: LanguageTag): [string, TranslationRule] {
  const choice = selectTranslation(t, reader);
  expect(t.variants).toContain(choice.variant);
  return [tagKey(choice.variant), choice.rule];
}

const tag = (lg: string, lc?: string): LanguageTag => (lc === undefined ? { lg } : { lg, lc });

describe('selectTranslation: the rules in order', () => {
  const portuguese = translations([variant('en', 'US'), variant('pt', 'PT'), variant('pt'), variant('pt', 'BR')], tag('en', 'US'));

  it("exact language+locale → 'exact'", () => {
    expect(choose(portuguese, tag('pt', 'BR'))).toEqual(['pt_BR', 'exact']);
    expect(choose(portuguese, tag('pt', 'PT'))).toEqual(['pt_PT', 'exact']);
    expect(choose(portuguese, tag('en', 'US'))).toEqual(['en_US', 'exact']);
  });

  it("a reader without locale and a variant without locale → 'exact'", () => {
    expect(choose(portuguese, tag('pt'))).toEqual(['pt', 'exact']);
  });

  it("language only → 'language', preferring the variant without locale", () => {
    expect(choose(portuguese, tag('pt', 'AO'))).toEqual(['pt', 'language']);
    expect(choose(portuguese, tag('en', 'GB'))).toEqual(['en_US', 'language']);
  });

  it("language only, no variant without locale → the first of that language in message order", () => {
    const t = translations([variant('de'), variant('es', 'MX'), variant('es', 'ES'), variant('es', '419')], tag('de'));
    expect(choose(t, tag('es', 'AR'))).toEqual(['es_MX', 'language']);
    expect(choose(t, tag('es'))).toEqual(['es_MX', 'language']);
    const reordered = translations([variant('es', 'ES'), variant('de'), variant('es', 'MX')], tag('de'));
    expect(choose(reordered, tag('es', 'AR'))).toEqual(['es_ES', 'language']);
  });

  it("then the message's fallback chain, in order → 'fallback-chain'", () => {
    const t = translations([variant('en', 'US'), variant('es', 'MX'), variant('fr')], tag('fr'), [tag('ko'), tag('es', 'MX'), tag('en')]);
    expect(choose(t, tag('ja'))).toEqual(['es_MX', 'fallback-chain']);
    const other = translations([variant('en', 'US'), variant('es', 'MX'), variant('fr')], tag('fr'), [tag('en'), tag('es', 'MX')]);
    expect(choose(other, tag('ja'))).toEqual(['en_US', 'fallback-chain']);
  });

  it('a chain entry without locale matches by language (preferring the variant without locale); one with a locale only exactly', () => {
    const t = translations([variant('es', 'MX'), variant('es'), variant('en')], tag('en'), [tag('es')]);
    expect(choose(t, tag('ja'))).toEqual(['es', 'fallback-chain']);
    const localeOnly = translations([variant('es', 'MX'), variant('en')], tag('en'), [tag('es', 'AR'), tag('ja')]);
    expect(choose(localeOnly, tag('ko'))).toEqual(['en', 'default']);
    const byLanguage = translations([variant('es', 'MX'), variant('en')], tag('en'), [tag('es', 'AR'), tag('es')]);
    expect(choose(byLanguage, tag('ko'))).toEqual(['es_MX', 'fallback-chain']);
  });

  it("then the default → 'default' (with or without locale)", () => {
    expect(choose(portuguese, tag('ja'))).toEqual(['en_US', 'default']);
    const t = translations([variant('en'), variant('pt', 'BR')], tag('pt', 'BR'), [tag('ko'), tag('zh', 'TW')]);
    expect(choose(t, tag('ja', 'JP'))).toEqual(['pt_BR', 'default']);
  });

  it('earlier rules win: exact over language, language over the chain, the chain over the default', () => {
    const t = translations([variant('pt'), variant('pt', 'BR'), variant('en'), variant('fr')], tag('fr'), [tag('en')]);
    expect(choose(t, tag('pt', 'BR'))).toEqual(['pt_BR', 'exact']);
    expect(choose(t, tag('pt', 'PT'))).toEqual(['pt', 'language']);
    expect(choose(t, tag('de'))).toEqual(['en', 'fallback-chain']);
    const noChain = translations([variant('en'), variant('fr')], tag('fr'));
    expect(choose(noChain, tag('de'))).toEqual(['fr', 'default']);
  });

  it('tags compare case-insensitively (reader, chain and default)', () => {
    expect(choose(portuguese, tag('PT', 'br'))).toEqual(['pt_BR', 'exact']);
    expect(choose(portuguese, tag('Pt', 'Br'))).toEqual(['pt_BR', 'exact']);
    expect(choose(portuguese, tag('PT'))).toEqual(['pt', 'exact']);
    expect(choose(portuguese, tag('pT', 'ao'))).toEqual(['pt', 'language']);
    expect(choose(portuguese, tag('EN', 'gb'))).toEqual(['en_US', 'language']);
    // Unvalidated messages may carry odd case in the chain or default; the match still holds.
    const odd: Translations = { variants: [variant('es', 'MX'), variant('en')], default: tag('EN'), fallbackChain: [tag('ES', 'mx')] };
    expect(choose(odd, tag('ja'))).toEqual(['es_MX', 'fallback-chain']);
    const oddDefault: Translations = { variants: [variant('es', 'MX'), variant('en')], default: tag('ES', 'mx'), fallbackChain: [] };
    expect(choose(oddDefault, tag('ja'))).toEqual(['es_MX', 'default']);
  });

  it('numeric regions (UN M.49) work like any other locale', () => {
    const t = translations([variant('es', 'ES'), variant('es', '419')], tag('es', 'ES'));
    expect(choose(t, tag('es', '419'))).toEqual(['es_419', 'exact']);
    expect(choose(t, tag('es', 'MX'))).toEqual(['es_ES', 'language']);
  });

  it('returns the variant object itself, and the same choice every time', () => {
    const first = selectTranslation(portuguese, tag('pt', 'AO'));
    for (let i = 0; i < 5; i++) {
      const again = selectTranslation(portuguese, tag('pt', 'AO'));
      expect(again.variant).toBe(first.variant);
      expect(again.rule).toBe(first.rule);
    }
    expect(first.variant).toBe(portuguese.variants[2]);
  });

  it('works the same on translations that went through seal/open', () => {
    const content: Content = { kind: 'translations', translations: translations([variant('en'), variant('pt', 'BR'), variant('es')], tag('en'), [tag('es')]) };
    const opened = openContent(sealContent(content));
    if (opened.kind !== 'translations') throw new Error(`expected translations, got ${opened.kind}`);
    for (const reader of [tag('pt', 'BR'), tag('pt', 'PT'), tag('de'), tag('es', 'MX')]) {
      expect(choose(opened.translations, reader)).toEqual(choose((content as Extract<Content, { kind: 'translations' }>).translations, reader));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests against an independent model of the rules

const norm = (t: LanguageTag): string => (t.lc === undefined ? t.lg.toLowerCase() : `${t.lg.toLowerCase()}_${t.lc.toUpperCase()}`);
const sameLanguage = (a: LanguageTag, lg: string): boolean => a.lg.toLowerCase() === lg.toLowerCase();

function byLanguage(variants: readonly LocalizedVariant[], lg: string): LocalizedVariant | undefined {
  const same = variants.filter((v) => sameLanguage(v, lg));
  return same.find((v) => v.lc === undefined) ?? same[0];
}

function model(t: Translations, reader: LanguageTag): { variant: LocalizedVariant; rule: TranslationRule } {
  const exact = t.variants.find((v) => norm(v) === norm(reader));
  if (exact) return { variant: exact, rule: 'exact' };
  const language = byLanguage(t.variants, reader.lg);
  if (language) return { variant: language, rule: 'language' };
  for (const entry of t.fallbackChain) {
    const hit = t.variants.find((v) => norm(v) === norm(entry)) ?? (entry.lc === undefined ? byLanguage(t.variants, entry.lg) : undefined);
    if (hit) return { variant: hit, rule: 'fallback-chain' };
  }
  return { variant: t.variants.find((v) => norm(v) === norm(t.default))!, rule: 'default' };
}

/** Reader tags, in random case, from the same small pool as the variants (so matches are common). */
const randomCase = (s: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((upper) => [...s].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''));
const readerArb: fc.Arbitrary<LanguageTag> = fc
  .record({ lg: languageArb.chain(randomCase), lc: fc.option(regionArb.chain(randomCase), { nil: undefined }) })
  .map(({ lg, lc }) => (lc === undefined ? { lg } : { lg, lc }));

/** Lightweight translations: text variants named after their tag. */
const lightTranslationsArb: fc.Arbitrary<Translations> = fc
  .uniqueArray(languageTagArb, { minLength: 1, maxLength: 8, selector: tagKey })
  .chain((tags) =>
    fc.record({
      variants: fc.constant(tags.map((t) => variant(t.lg, t.lc))),
      default: fc.constantFrom(...tags),
      fallbackChain: fc.array(languageTagArb, { maxLength: 10 }),
    }),
  )
  .map((t) => ({ ...t }));

describe('selectTranslation: properties (fast-check)', () => {
  it('always one of the variants, deterministic, and the same as the model of the rules', () => {
    fc.assert(
      fc.property(lightTranslationsArb, readerArb, (t, reader) => {
        validateContent({ kind: 'translations', translations: t }, DEFAULT_CONTENT_LIMITS, 'InvalidArgument');
        const choice = selectTranslation(t, reader);
        expect(t.variants).toContain(choice.variant);
        // Deterministic: same input, same output — also for a deep copy of the input.
        const again = selectTranslation(t, reader);
        expect(again.variant).toBe(choice.variant);
        expect(again.rule).toBe(choice.rule);
        const copy = structuredClone(t);
        const onCopy = selectTranslation(copy, { ...reader });
        expect(copy.variants.indexOf(onCopy.variant)).toBe(t.variants.indexOf(choice.variant));
        expect(onCopy.rule).toBe(choice.rule);
        // The rules, as specified.
        const expected = model(t, reader);
        expect(choice.rule).toBe(expected.rule);
        expect(choice.variant).toBe(expected.variant);
      }),
      { numRuns: 1000 },
    );
  });

  it("'exact' is returned iff a variant has exactly the reader's language and locale", () => {
    fc.assert(
      fc.property(lightTranslationsArb, readerArb, (t, reader) => {
        const exists = t.variants.some((v) => norm(v) === norm(reader));
        const choice = selectTranslation(t, reader);
        expect(choice.rule === 'exact').toBe(exists);
        if (exists) expect(norm(choice.variant)).toBe(norm(reader));
      }),
      { numRuns: 1000 },
    );
  });

  it("'language' iff no exact match but a variant of the reader's language; the choice has that language", () => {
    fc.assert(
      fc.property(lightTranslationsArb, readerArb, (t, reader) => {
        const exact = t.variants.some((v) => norm(v) === norm(reader));
        const language = t.variants.some((v) => sameLanguage(v, reader.lg));
        const choice = selectTranslation(t, reader);
        expect(choice.rule === 'language').toBe(!exact && language);
        if (choice.rule === 'language') {
          expect(sameLanguage(choice.variant, reader.lg)).toBe(true);
          const generic = t.variants.some((v) => sameLanguage(v, reader.lg) && v.lc === undefined);
          if (generic) expect(choice.variant.lc).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  it("'default' picks the variant the default names; a reader whose language no variant has, with an empty chain, gets it", () => {
    fc.assert(
      fc.property(lightTranslationsArb, (t) => {
        const none = { ...t, fallbackChain: [] };
        const choice = selectTranslation(none, { lg: 'xx', lc: 'YY' });
        expect(choice.rule).toBe('default');
        expect(norm(choice.variant)).toBe(norm(t.default));
      }),
      { numRuns: 300 },
    );
  });

  it('the choice does not depend on the case of the reader tag', () => {
    fc.assert(
      fc.property(lightTranslationsArb, readerArb, (t, reader) => {
        const lower = selectTranslation(t, { lg: reader.lg.toLowerCase(), ...(reader.lc === undefined ? {} : { lc: reader.lc.toUpperCase() }) });
        const mixed = selectTranslation(t, reader);
        expect(mixed.variant).toBe(lower.variant);
        expect(mixed.rule).toBe(lower.rule);
      }),
      { numRuns: 500 },
    );
  });

  it('on full random translations (every variant kind), the choice is a variant and matches the model', () => {
    fc.assert(
      fc.property(translationsArb, readerArb, (t, reader) => {
        const choice = selectTranslation(t, reader);
        expect(t.variants).toContain(choice.variant);
        expect(choice).toEqual(model(t, reader));
      }),
      { numRuns: 200 },
    );
  });
});
