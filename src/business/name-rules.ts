import { ProtocolError } from '../errors.js';

/**
 * Rules a verified business name must pass before a client shows it with a badge (and before a
 * platform issues it). Based on the display-name formatting rules (shared/docs/BUSINESS.md §4.4:
 * no all-caps except acronyms, consistent spacing, no emoji or ™-style symbols, at least 3
 * characters, no URL formatting) plus spoofing defences (Unicode UTS #39 ideas: mixed scripts,
 * bidi controls, confusable skeletons).
 *
 * Policy: names are **rejected, never normalized**. The name is covered by signatures, and a client
 * must show exactly what was signed, so a name that is not NFC or has irregular spacing is refused;
 * {@link normalizeBusinessName} helps an issuer fix a name *before* it is signed.
 *
 * Lengths count Unicode code points of the (NFC) name.
 */
export interface NameRules {
  /** Fewest code points (default 3, §4.4 "at least 3 characters"). */
  readonly minLength: number;
  /**
   * Most code points (default 60: published limits disagree, 255 or 512 (§4.4, open question 6);
   * 60 keeps a name readable in a chat header).
   */
  readonly maxLength: number;
  /** Longest all-uppercase word allowed, treated as an acronym (default 5: "IBM", "NASA", "ACME"). */
  readonly maxUppercaseWordLength: number;
  /**
   * The platform's own name. When set, a name whose confusable skeleton contains the skeleton of
   * this name is refused ('platform-lookalike'). The verifier sets it from the trust store.
   */
  readonly platformName?: string;
}

export const DEFAULT_NAME_RULES: NameRules = Object.freeze({
  minLength: 3,
  maxLength: 60,
  maxUppercaseWordLength: 5,
});

/** Why a name was refused. A name may break several rules; all are reported. */
export type NameViolation =
  /** Fewer than minLength code points. */
  | 'too-short'
  /** More than maxLength code points. */
  | 'too-long'
  /** Not in Unicode Normalization Form C. */
  | 'not-nfc'
  /** Leading or trailing space, two spaces in a row, or whitespace other than U+0020. */
  | 'spacing'
  /** Control, private-use, unassigned, surrogate or replacement characters. */
  | 'invalid-character'
  /** Bidirectional formatting controls (LRM, RLM, ALM, embeddings, overrides, isolates). */
  | 'bidi-control'
  /** Zero-width or other invisible format characters (ZWJ/ZWNJ only allowed inside words of scripts that need them). */
  | 'invisible-character'
  /** Emoji, regional indicators, keycaps, variation selector 16, skin-tone modifiers. */
  | 'emoji'
  /** Other pictographic symbols (™, ©, ®, ☎, …: Unicode category So). */
  | 'symbol'
  /** A URL or domain-like string ("://", "www.", "shop.example"). */
  | 'url'
  /** An all-uppercase word longer than maxUppercaseWordLength letters. */
  | 'all-caps'
  /** The same punctuation character twice in a row ("!!", ".."). */
  | 'repeated-punctuation'
  /** Letters of incompatible scripts within one word (Latin with Cyrillic look-alikes, …). */
  | 'mixed-script'
  /** Looks like the platform's own name (confusable skeleton contains the platform's). */
  | 'platform-lookalike';

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const JOINERS = /[\u200C\u200D]/u;
const INVALID = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\uFFFD]/u;
const FORMAT = /\p{Cf}/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3\uFE0F]/u;
const SYMBOL = /\p{So}/u;
const URL_SCHEME = /:\/\/|\bwww\s*[.．。｡]/iu;
/** "label.tld" with a lower-case top-level part ("shop.example"), or a common TLD in any case ("SHOP.COM"). */
const DOMAIN_LIKE = /[\p{L}\p{N}][.．。｡]\p{Ll}{2,}(?![\p{L}\p{N}])/u;
const COMMON_TLD = /[\p{L}\p{N}][.．。｡](?:com|net|org|io|co|app|shop|store|online|info|biz|me|xyz)(?![\p{L}\p{N}])/iu;
const REPEATED_PUNCTUATION = /(\p{P})\1/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER = /\p{L}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
/** Scripts with case or with Latin look-alikes: joiners are never needed between their letters. */
const JOINER_FREE_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Common}]/u;

/** Scripts told apart for the mixed-script rule; a letter of any other script counts as 'Other'. */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko',
  'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam',
  'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Georgian', 'Hangul', 'Ethiopic', 'Cherokee',
  'Khmer', 'Mongolian', 'Hiragana', 'Katakana', 'Bopomofo', 'Han', 'Tifinagh', 'Javanese', 'Common', 'Inherited',
].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/**
 * Script sets allowed within one word beyond a single script: UTS #39 "Highly Restrictive" (Latin
 * with Japanese, Chinese with Bopomofo, or Korean).
 */
const ALLOWED_SCRIPT_SETS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

function scriptOf(ch: string): string {
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return 'Other';
}

function isMixedScriptWord(word: string): boolean {
  const scripts = new Set<string>();
  for (const ch of word) {
    if (!LETTER.test(ch)) continue;
    const script = scriptOf(ch);
    if (script !== 'Common' && script !== 'Inherited') scripts.add(script);
  }
  if (scripts.size <= 1) return false;
  return !ALLOWED_SCRIPT_SETS.some((allowed) => [...scripts].every((s) => allowed.has(s)));
}

/** A word with no lower-case letter and more than `maxLength` upper-case ones (caseless letters, like kana, do not count). */
function isAllCapsWord(word: string, maxLength: number): boolean {
  let upper = 0;
  for (const ch of word) {
    if (LOWER.test(ch)) return false;
    if (UPPER.test(ch)) upper++;
  }
  return upper > maxLength;
}

/** ZWNJ/ZWJ are allowed only between two letters (or marks) of scripts that use them (Arabic, Indic, …). */
function misplacedJoiner(chars: readonly string[]): boolean {
  for (let i = 0; i < chars.length; i++) {
    if (!JOINERS.test(chars[i]!)) continue;
    const before = chars[i - 1];
    const after = chars[i + 1];
    const ok = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}]/u.test(ch) && !JOINER_FREE_SCRIPT.test(ch);
    if (!ok(before) || !ok(after)) return true;
  }
  return false;
}

export function resolveNameRules(overrides?: Partial<NameRules>): NameRules {
  if (overrides === undefined) return DEFAULT_NAME_RULES;
  const merged: NameRules = { ...DEFAULT_NAME_RULES, ...overrides };
  for (const key of ['minLength', 'maxLength', 'maxUppercaseWordLength'] as const) {
    const v = merged[key];
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new ProtocolError('InvalidArgument', `name rule "${key}" expected a non-negative integer, got ${String(v)}`, { field: key });
    }
  }
  if (merged.minLength > merged.maxLength) {
    throw new ProtocolError('InvalidArgument', `name rules expected minLength <= maxLength, got ${merged.minLength} > ${merged.maxLength}`, {
      field: 'minLength',
    });
  }
  if (merged.platformName !== undefined && (typeof merged.platformName !== 'string' || nameSkeleton(merged.platformName) === '')) {
    throw new ProtocolError('InvalidArgument', 'name rule "platformName" expected a name with at least one letter or digit', { field: 'platformName' });
  }
  return merged;
}

/**
 * Every rule `name` breaks, in a fixed order; an empty array means the name is acceptable.
 * Right-to-left names (Arabic, Hebrew, …) are allowed; bidi control characters are not.
 */
export function checkBusinessName(name: string, rules?: Partial<NameRules>): NameViolation[] {
  if (typeof name !== 'string') throw new ProtocolError('InvalidArgument', `"name" expected a string, got ${typeof name}`, { field: 'name' });
  const r = resolveNameRules(rules);
  const out: NameViolation[] = [];
  const chars = [...name];
  if (chars.length < r.minLength) out.push('too-short');
  if (chars.length > r.maxLength) out.push('too-long');
  if (name.normalize('NFC') !== name) out.push('not-nfc');
  if (name !== name.trim() || name.includes('  ') || /[^\S ]/u.test(name) || /^\s|\s$/u.test(name)) out.push('spacing');
  if (INVALID.test(name)) out.push('invalid-character');
  if (BIDI_CONTROLS.test(name)) out.push('bidi-control');
  const otherFormat = chars.some((ch) => FORMAT.test(ch) && !BIDI_CONTROLS.test(ch) && !JOINERS.test(ch));
  if (otherFormat || misplacedJoiner(chars)) out.push('invisible-character');
  if (EMOJI.test(name)) out.push('emoji');
  else if (SYMBOL.test(name)) out.push('symbol');
  if (URL_SCHEME.test(name) || DOMAIN_LIKE.test(name) || COMMON_TLD.test(name)) out.push('url');
  const words = name.match(WORD) ?? [];
  if (words.some((w) => isAllCapsWord(w, r.maxUppercaseWordLength))) out.push('all-caps');
  if (REPEATED_PUNCTUATION.test(name)) out.push('repeated-punctuation');
  if (words.some(isMixedScriptWord)) out.push('mixed-script');
  if (r.platformName !== undefined && isPlatformLookalike(name, r.platformName)) out.push('platform-lookalike');
  return out;
}

/**
 * For issuers, before signing: NFC, every whitespace run (including NBSP and other spaces) becomes
 * one U+0020, and leading/trailing whitespace is removed. Verifiers never normalize.
 */
export function normalizeBusinessName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

// ---- confusable skeleton ----

/** Upper-case look-alikes of Latin letters, mapped before case folding ('I' looks like 'l'). */
const UPPER_CONFUSABLES: Readonly<Record<string, string>> = {
  I: 'l',
  // Cyrillic
  А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x', У: 'y',
  Ѕ: 's', І: 'l', Ј: 'j', Ԛ: 'q', Ԝ: 'w', Ӏ: 'l',
  // Greek
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'l', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
};

/** Lower-case and digit look-alikes, mapped after case folding. */
const LOWER_CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q',
  ԝ: 'w', ӏ: 'l', ь: 'b', к: 'k', м: 'm', н: 'h', т: 't', в: 'b',
  // Greek
  ο: 'o', α: 'a', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ζ: 'z',
  // Latin
  ı: 'i', ł: 'l', ɡ: 'g', ß: 'ss',
  // digits and symbols that pass for letters
  '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '|': 'l', '@': 'a', '$': 's',
};

/** Letter pairs that render like one letter. */
const PAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

/**
 * A confusable skeleton for look-alike comparison: NFKC (full-width, ligatures, mathematical
 * letters), upper-case look-alikes ('I' → 'l', Cyrillic/Greek capitals), case folding, diacritics
 * removed, lower-case look-alikes (Cyrillic а/е/о/р/с/х…, Greek ο…, 0 → o, 1 → l, 3 → e, 4 → a,
 * 5 → s, 7 → t, 8 → b, @ → a, $ → s), separators,
 * punctuation and symbols removed, then rn → m and vv → w. Two names with equal skeletons can be
 * mistaken for each other.
 */
export function nameSkeleton(text: string): string {
  let s = text.normalize('NFKC');
  s = [...s].map((ch) => UPPER_CONFUSABLES[ch] ?? ch).join('');
  s = s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  s = [...s].map((ch) => LOWER_CONFUSABLES[ch] ?? ch).join('');
  s = s.replace(/[\p{Z}\p{P}\p{S}\p{C}\s]/gu, '');
  for (const [re, to] of PAIRS) s = s.replace(re, to);
  return s;
}

/** True when `name`'s skeleton contains the skeleton of `platformName` ("Parley", "P4rl3y"-style spoofs, "Parley Support"). */
export function isPlatformLookalike(name: string, platformName: string): boolean {
  const target = nameSkeleton(platformName);
  return target !== '' && nameSkeleton(name).includes(target);
}
