// Business name rules (src/business/name-rules.ts): every violation, configurable limits,
// mixed scripts, right-to-left names, bidi controls and look-alikes of the platform name.
import { describe, expect, it } from 'vitest';
import { checkBusinessName, DEFAULT_NAME_RULES, isPlatformLookalike, nameSkeleton, normalizeBusinessName, ProtocolError } from '../../src/index.js';

const check = (name: string, rules = {}) => checkBusinessName(name, { platformName: 'Parley', ...rules });

describe('name rules', () => {
  it('accepts ordinary names, acronyms and non-Latin names', () => {
    for (const name of [
      'Acme Bakery',
      'IBM Consulting',
      'NASA Store',
      'Café Lumière',
      'U.S.A. Foods',
      'Dr. Smith Dental',
      'J.Crew',
      "Joe's Pizza & Co.",
      'Ресторан Москва',
      'Мария Salon',
      '東京ラーメン',
      'ABCマート',
      '서울 Kimchi',
      'Ελληνικό Καφενείο',
      'Canal+ Store',
    ]) {
      expect(check(name), name).toEqual([]);
    }
  });

  it('documents its defaults: 3..60 code points, acronyms up to 5 capitals', () => {
    expect(DEFAULT_NAME_RULES).toEqual({ minLength: 3, maxLength: 60, maxUppercaseWordLength: 5 });
  });

  it('length: too short and too long, counted in code points, configurable', () => {
    expect(check('Ab')).toEqual(['too-short']);
    expect(check('Abc')).toEqual([]);
    expect(check('a'.repeat(60))).toEqual([]);
    expect(check('a'.repeat(61))).toEqual(['too-long']);
    expect(check('東京')).toEqual(['too-short']);
    expect(check('Acme Bakery', { maxLength: 8 })).toEqual(['too-long']);
    expect(check('Ab', { minLength: 2 })).toEqual([]);
  });

  it('rejects invalid rule configuration', () => {
    expect(() => checkBusinessName('Acme', { minLength: 10, maxLength: 5 })).toThrow(ProtocolError);
    expect(() => checkBusinessName('Acme', { maxLength: -1 })).toThrow(ProtocolError);
    expect(() => checkBusinessName('Acme', { platformName: '!!' })).toThrow(ProtocolError);
  });

  it('no emoji, keycaps, flags, skin tones or ™-style symbols', () => {
    expect(check('Acme 🍞')).toEqual(['emoji']);
    expect(check('Acme Bakery ☕️')).toEqual(['emoji']);
    expect(check('Acme 🇧🇷')).toEqual(['emoji']);
    expect(check('Acme 1\uFE0F\u20E3')).toEqual(['emoji']);
    expect(check('Acme™')).toEqual(['emoji']);
    expect(check('Acme ☎ Calls')).toEqual(['emoji']);
    expect(check('Acme ⌘ Keys')).toEqual(['symbol']);
  });

  it('no URLs or domain-like strings', () => {
    for (const name of ['Acme.com', 'ACME.COM Deals', 'www.acme', 'www .acme', 'https://acme', 'shop.example', 'Acme．com']) {
      expect(check(name), name).toContain('url');
    }
  });

  it('no all-caps words beyond the acronym length, configurable', () => {
    expect(check('BANANAS Inc')).toEqual(['all-caps']);
    expect(check('ACME BAKERY')).toEqual(['all-caps']);
    expect(check('ACME Bakery')).toEqual([]);
    expect(check('McDONALDS')).toEqual([]);
    expect(check('BANANAS Inc', { maxUppercaseWordLength: 7 })).toEqual([]);
    expect(check('ΚΑΦΕΝΕΙΟ')).toEqual(['all-caps']);
  });

  it('spacing is rejected, not normalized; normalizeBusinessName fixes it for issuers', () => {
    for (const name of [' Acme', 'Acme ', 'Acme  Co', 'Acme\u00a0Co', 'Acme\u3000Co', 'Acme\tCo']) {
      expect(check(name), JSON.stringify(name)).toContain('spacing');
    }
    expect(normalizeBusinessName('  Acme \u00a0  Co\t')).toBe('Acme Co');
    expect(check(normalizeBusinessName('  Acme \u00a0  Co\t'))).toEqual([]);
  });

  it('Unicode NFC is required, not applied; normalizeBusinessName composes', () => {
    const decomposed = 'Cafe\u0301 Lumie\u0300re';
    expect(check(decomposed)).toEqual(['not-nfc']);
    expect(normalizeBusinessName(decomposed)).toBe('Café Lumière');
    expect(check(normalizeBusinessName(decomposed))).toEqual([]);
  });

  it('refuses mixed scripts within one word (Latin with Cyrillic or Greek look-alikes)', () => {
    expect(check('Pаypal Store')).toEqual(['mixed-script']); // Cyrillic а
    expect(check('Aкме')).toEqual(['mixed-script']);
    expect(check('Acmε Foods')).toEqual(['mixed-script']); // Greek ε
    expect(check('Мария Salon')).toEqual([]); // one script per word is fine
    expect(check('ABCマート')).toEqual([]); // Latin + Japanese is allowed (UTS #39 highly restrictive)
    expect(check('한국Bank')).toEqual([]);
  });

  it('allows right-to-left names; refuses bidi controls', () => {
    expect(check('مطعم السلام')).toEqual([]);
    expect(check('שלום בע״מ')).toEqual([]);
    expect(check('مطعم Acme')).toEqual([]);
    expect(check('Acme\u202Eyrekab')).toEqual(['bidi-control']);
    expect(check('Acme\u200FCo')).toEqual(['bidi-control']);
    expect(check('مطعم\u061Cالسلام')).toEqual(['bidi-control']);
    expect(check('\u2067مطعم\u2069 Acme')).toEqual(['bidi-control']);
  });

  it('refuses invisible characters, but allows ZWNJ inside words of scripts that need it', () => {
    expect(check('Acme\u200BCo')).toEqual(['invisible-character']);
    expect(check('Ac\u00ADme')).toEqual(['invisible-character']);
    expect(check('Acme\u200DCo')).toEqual(['invisible-character']);
    expect(check('Acme\u200C')).toEqual(['invisible-character']);
    expect(check('می\u200Cخواهم')).toEqual([]); // Persian
  });

  it('refuses control, private-use and replacement characters', () => {
    expect(check('Acme\u0007Co')).toContain('invalid-character');
    expect(check('Acme \uE000')).toContain('invalid-character');
    expect(check('Acme \uFFFD')).toContain('invalid-character');
    expect(check('Acme \uD800')).toContain('invalid-character');
  });

  it('refuses repeated punctuation', () => {
    expect(check('Acme!!')).toEqual(['repeated-punctuation']);
    expect(check('Acme... Co')).toEqual(['repeated-punctuation']);
  });

  it('reports every violation at once', () => {
    expect(check(' PАRLEY 🍞')).toEqual(['spacing', 'emoji', 'all-caps', 'mixed-script', 'platform-lookalike']);
  });
});

describe('confusable skeleton and platform look-alikes', () => {
  it('folds case, NFKC, confusable letters and digits, diacritics and separators', () => {
    for (const spoof of ['Parley', 'PARLEY', 'ParIey', 'Pаrlеy', 'Ρarley', 'P4rl3y', 'Par1ey', 'Pa-rl ey', 'Ｐａｒｌｅｙ', '𝐏𝐚𝐫𝐥𝐞𝐲', 'Pärley', 'P@rley', 'Parlοy'.replace('ο', 'e')]) {
      expect(nameSkeleton(spoof), spoof).toBe('parley');
    }
    expect(nameSkeleton('Modern')).toBe(nameSkeleton('Modem'));
    expect(nameSkeleton('VVave')).toBe('wave');
    expect(nameSkeleton('G00gle')).toBe('google');
  });

  it('refuses names containing a look-alike of the platform name', () => {
    for (const name of ['Parley', 'Parley Support', 'Official Pаrley', 'Par1ey Help', 'P a r l e y']) {
      expect(isPlatformLookalike(name, 'Parley'), name).toBe(true);
      expect(check(name), name).toContain('platform-lookalike');
    }
    expect(isPlatformLookalike('Pearl Bakery', 'Parley')).toBe(false);
    expect(check('Acme Bakery', { platformName: 'Acme' })).toEqual(['platform-lookalike']);
    expect(checkBusinessName('Parley')).toEqual([]); // no platform name configured
  });
});
