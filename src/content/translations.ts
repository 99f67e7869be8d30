import type { LanguageTag, LocalizedVariant, Translations } from './types.js';

/** Which rule chose a variant, in the order the rules are tried. */
export type TranslationRule = 'exact' | 'language' | 'fallback-chain' | 'default';

export interface TranslationChoice {
  readonly variant: LocalizedVariant;
  readonly rule: TranslationRule;
}

function normalize(tag: LanguageTag): { lg: string; lc: string | undefined } {
  return { lg: tag.lg.toLowerCase(), lc: tag.lc?.toUpperCase() };
}

function sameTag(a: LanguageTag, b: LanguageTag): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x.lg === y.lg && x.lc === y.lc;
}

/** A variant for `tag`: exact language+locale; a tag without locale also matches by language. */
function findFor(variants: readonly LocalizedVariant[], tag: LanguageTag): LocalizedVariant | undefined {
  return variants.find((v) => sameTag(v, tag)) ?? (tag.lc === undefined ? findLanguage(variants, tag.lg) : undefined);
}

/** The first variant of the language, preferring one without a locale (the generic translation). */
function findLanguage(variants: readonly LocalizedVariant[], lg: string): LocalizedVariant | undefined {
  const language = lg.toLowerCase();
  const same = variants.filter((v) => v.lg.toLowerCase() === language);
  return same.find((v) => v.lc === undefined) ?? same[0];
}

/**
 * Picks the variant for a reader's language deterministically: the exact language and locale,
 * then the language alone, then the message's own fallback chain in order, then its default.
 * Reports which rule chose it. Assumes validated translations (the default names a variant).
 */
export function selectTranslation(translations: Translations, reader: LanguageTag): TranslationChoice {
  const { variants } = translations;
  const exact = variants.find((v) => sameTag(v, reader));
  if (exact !== undefined) return { variant: exact, rule: 'exact' };
  const language = findLanguage(variants, reader.lg);
  if (language !== undefined) return { variant: language, rule: 'language' };
  for (const tag of translations.fallbackChain) {
    const chosen = findFor(variants, tag);
    if (chosen !== undefined) return { variant: chosen, rule: 'fallback-chain' };
  }
  const fallback = variants.find((v) => sameTag(v, translations.default)) ?? variants[0]!;
  return { variant: fallback, rule: 'default' };
}
