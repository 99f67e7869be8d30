// Rendering HSMs and four-row templates from verified language packs in several locales (including
// right-to-left ones, Arabic-Indic digits and the Persian calendar), with hydrated fallbacks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLanguagePack, type LanguagePack, type LanguagePackElement, verifyLanguagePack } from '../../src/content/language-pack.js';
import { packsNeeded, renderHsm, type RenderResult, renderTemplate } from '../../src/content/render.js';
import type { Hsm, HydratedTemplate, Image, LocalizableParam, Template } from '../../src/content/types.js';
import { generateIdentityKeyPair } from '../../src/keys/identity.js';
import { deterministicContext } from '../support/deterministic.js';

const NS = 'acme_2f9c_ns';
const context = deterministicContext('render-tests');
const business = generateIdentityKeyPair({ context });

const receiptBodies: Record<string, string> = {
  'en-US': 'Order {{1}}: hi {{2}}, you paid {{3}} on {{4}}.',
  'de-DE': 'Bestellung {{1}}: Hallo {{2}}, Sie haben am {{4}} {{3}} bezahlt.',
  'ar-EG': 'الطلب {{1}}: مرحبا {{2}}، لقد دفعت {{3}} في {{4}}.',
  'fa-IR': 'سفارش {{1}}: سلام {{2}}، شما {{3}} را در {{4}} پرداخت کردید.',
  'ja-JP': 'ご注文 {{1}}: {{2}}様、{{4}}に{{3}}をお支払いいただきました。',
  'he-IL': 'הזמנה {{1}}: שלום {{2}}, שילמת {{3}} ב־{{4}}.',
};

function elements(locale: string): LanguagePackElement[] {
  return [
    {
      name: 'receipt',
      category: 'utility',
      header: 'Order {{1}}',
      body: receiptBodies[locale]!,
      footer: 'Acme Inc.',
      buttons: [
        { type: 'quick-reply', text: 'Thanks' },
        { type: 'url', text: 'Track', url: 'https://acme.example/t/{{1}}' },
        { type: 'call', text: 'Call us', phoneNumber: '+14155550123' },
      ],
    },
    { name: 'amount_only', category: 'utility', body: '{{1}}', buttons: [] },
    { name: 'title_text', category: 'utility', body: 'Your receipt', buttons: [] },
    { name: 'footer_text', category: 'utility', body: 'Sent by Acme for {{1}}', buttons: [] },
    { name: 'btn_ok', category: 'utility', body: 'OK', buttons: [] },
    { name: 'btn_track', category: 'utility', body: 'Track order', buttons: [] },
    { name: 'url_track', category: 'utility', body: 'https://acme.example/t/{{1}}', buttons: [] },
    { name: 'btn_call', category: 'utility', body: 'Call us', buttons: [] },
    { name: 'phone', category: 'utility', body: '+14155550123', buttons: [] },
  ];
}

function makePack(lg: string, lc: string | undefined, version = 1): LanguagePack {
  const locale = lc === undefined ? lg : `${lg}-${lc}`;
  const signed = createLanguagePack(
    { namespace: NS, lg, ...(lc !== undefined ? { lc } : {}), version, issuedAtMs: 0, elements: elements(receiptBodies[locale] ? locale : 'en-US') },
    business.privateKey,
    { context },
  );
  return verifyLanguagePack(signed, business.publicKey);
}

const LOCALES = ['en-US', 'de-DE', 'ar-EG', 'fa-IR', 'ja-JP', 'he-IL'] as const;
const packs = new Map<string, LanguagePack>(LOCALES.map((l) => [l, makePack(l.split('-')[0]!, l.split('-')[1])]));
packs.set('en', makePack('en', undefined));
const lookup = (namespace: string, lg: string, lc?: string): LanguagePack | undefined =>
  namespace === NS ? packs.get(lc === undefined ? lg : `${lg}-${lc}`) : undefined;
const packFor = (locale: string): LanguagePack => packs.get(locale)!;

const MARCH_20_2024_1405: LocalizableParam = {
  default: '2024-03-20 14:05',
  // 2024-03-20 is a Wednesday; the message claims Monday, which must be ignored.
  dateTime: { components: { year: 2024, month: 3, dayOfMonth: 20, hour: 14, minute: 5, dayOfWeek: 1 } },
};
const EUR_1234_50: LocalizableParam = { default: 'EUR 1234.50', currency: { code: 'EUR', amount1000: 1_234_500 } };

function receiptHsm(locale: string, overrides: Partial<Hsm> = {}): Hsm {
  const [lg, lc] = locale.split('-');
  return {
    namespace: NS,
    elementName: 'receipt',
    params: [],
    localizableParams: [{ default: 'A-17' }, { default: 'Ana' }, EUR_1234_50, MARCH_20_2024_1405],
    deterministicLg: lg!,
    ...(lc !== undefined ? { deterministicLc: lc } : {}),
    ...overrides,
  };
}

const hydratedCopy: HydratedTemplate = {
  titleText: 'Order A-17',
  contentText: 'Hi Ana, you paid €1,234.50.',
  footerText: 'Acme Inc.',
  buttons: [
    { type: 'quick-reply', displayText: 'Thanks', id: 'thanks-1' },
    { type: 'url', displayText: 'Track', url: 'https://acme.example/t/A-17' },
    { type: 'call', displayText: 'Call us', phoneNumber: '+14155550123' },
  ],
};

// What the renderer is documented to use, computed here independently.
const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: 'numeric', minute: '2-digit' };
const money = (locale: string, code: string, amount: number): string => new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(amount);
const wallClock = (locale: string, ms: number, calendar = 'gregory', withTime = true): string =>
  new Intl.DateTimeFormat(locale, { ...(withTime ? DATE_TIME : DATE), calendar, timeZone: 'UTC' }).format(ms);

function rendered(result: RenderResult): Extract<RenderResult, { status: 'rendered' }> {
  if (result.status !== 'rendered') throw new Error(`expected a rendered result, got ${JSON.stringify(result)}`);
  return result;
}

function renderParam(locale: string, param: LocalizableParam, timeZone?: string): string {
  const [lg, lc] = locale.split('-');
  const hsm: Hsm = {
    namespace: NS,
    elementName: 'amount_only',
    params: [],
    localizableParams: [param],
    deterministicLg: lg!,
    ...(lc !== undefined ? { deterministicLc: lc } : {}),
  };
  return rendered(renderHsm(hsm, packFor(locale), timeZone === undefined ? {} : { timeZone })).body;
}

describe('renderHsm from a pack', () => {
  it('renders header, body, footer and buttons with the values substituted (en-US)', () => {
    const result = rendered(renderHsm(receiptHsm('en-US'), packFor('en-US')));
    expect(result).toMatchObject({ status: 'rendered', source: 'pack', lg: 'en', lc: 'US', header: 'Order A-17', footer: 'Acme Inc.' });
    expect(result.body).toBe(`Order A-17: hi Ana, you paid €1,234.50 on ${wallClock('en-US', Date.UTC(2024, 2, 20, 14, 5))}.`);
    expect(result.body).toMatch(/Wednesday, March 20, 2024 at 2:05\sPM/u);
    expect(result.body).not.toContain('Monday');
    expect(result.buttons).toEqual([
      { type: 'quick-reply', text: 'Thanks' },
      { type: 'url', text: 'Track', url: 'https://acme.example/t/A-17' },
      { type: 'call', text: 'Call us', phoneNumber: '+14155550123' },
    ]);
  });

  it.each(LOCALES)('formats currency and dates for %s', (locale) => {
    const body = rendered(renderHsm(receiptHsm(locale), packFor(locale))).body;
    const amount = money(locale, 'EUR', 1234.5);
    const date = wallClock(locale, Date.UTC(2024, 2, 20, 14, 5));
    const expected = receiptBodies[locale]!.replace('{{1}}', 'A-17').replace('{{2}}', 'Ana').replace('{{3}}', amount).replace('{{4}}', date);
    expect(body).toBe(expected);
  });

  it('uses each locale’s own conventions (literal checks)', () => {
    const de = rendered(renderHsm(receiptHsm('de-DE'), packFor('de-DE'))).body;
    expect(de).toContain('1.234,50\u00a0€');
    expect(de).toContain('Mittwoch, 20. März 2024');

    // Egyptian Arabic: Arabic-Indic digits, Arabic separators, right-to-left text.
    const ar = rendered(renderHsm(receiptHsm('ar-EG'), packFor('ar-EG'))).body;
    expect(ar).toContain('١٬٢٣٤٫٥٠');
    expect(ar).toContain('الأربعاء');
    expect(ar).toContain('٢٠٢٤');
    expect(ar.replace('A-17', '')).not.toMatch(/[0-9]/);

    // Hebrew: right-to-left, Western digits.
    const he = rendered(renderHsm(receiptHsm('he-IL'), packFor('he-IL'))).body;
    expect(he).toContain('יום רביעי');
    expect(he).toContain('1,234.50');

    // Japanese: era-free Gregorian date with kanji, 24-hour time.
    const ja = rendered(renderHsm(receiptHsm('ja-JP'), packFor('ja-JP'))).body;
    expect(ja).toContain('2024年3月20日水曜日');
    expect(ja).toContain('14:05');

    // Persian: Extended Arabic-Indic digits; a Gregorian date stays Gregorian.
    const fa = rendered(renderHsm(receiptHsm('fa-IR'), packFor('fa-IR'))).body;
    expect(fa).toContain('۲۰۲۴');
    expect(fa).toContain('مارس');
    expect(fa).toContain('چهارشنبه');
  });

  it('formats currencies with their own fraction digits, exactly, and negative amounts', () => {
    expect(renderParam('en-US', { default: 'x', currency: { code: 'USD', amount1000: 100_990 } })).toBe('$100.99');
    expect(renderParam('ja-JP', { default: 'x', currency: { code: 'JPY', amount1000: 12_500 } })).toBe(money('ja-JP', 'JPY', 12.5));
    expect(renderParam('ar-EG', { default: 'x', currency: { code: 'EGP', amount1000: 99_000 } })).toBe(money('ar-EG', 'EGP', 99));
    expect(renderParam('fa-IR', { default: 'x', currency: { code: 'IRR', amount1000: 1_500_000_000 } })).toBe(money('fa-IR', 'IRR', 1_500_000));
    expect(renderParam('en-US', { default: 'x', currency: { code: 'USD', amount1000: -2_500 } })).toBe('-$2.50');
    // 9,007,199,254,740.991 cannot be held by a double; the renderer formats the exact decimal.
    expect(renderParam('en-US', { default: 'x', currency: { code: 'BHD', amount1000: Number.MAX_SAFE_INTEGER } })).toBe(
      (new Intl.NumberFormat('en-US', { style: 'currency', currency: 'BHD' }).format as unknown as (v: string) => string)('9007199254740.991'),
    );
  });

  it('formats unix-epoch instants in the given time zone, in the locale’s calendar', () => {
    const seconds = Date.UTC(2024, 2, 20, 12, 0) / 1000;
    const param: LocalizableParam = { default: 'epoch', dateTime: { unixEpochSeconds: seconds } };
    const expected = (locale: string, timeZone: string) => new Intl.DateTimeFormat(locale, { ...DATE_TIME, timeZone }).format(seconds * 1000);
    expect(renderParam('ja-JP', param, 'Asia/Tokyo')).toBe(expected('ja-JP', 'Asia/Tokyo'));
    expect(renderParam('ja-JP', param, 'Asia/Tokyo')).toContain('21:00');
    expect(renderParam('en-US', param, 'America/New_York')).toBe(expected('en-US', 'America/New_York'));
    expect(renderParam('en-US', param, 'America/New_York')).toMatch(/8:00\sAM/u);
    // Iran's locale uses the Persian (Solar Hijri) calendar: 20 March 2024 is 1 Farvardin 1403.
    const fa = renderParam('fa-IR', param, 'Asia/Tehran');
    expect(fa).toBe(expected('fa-IR', 'Asia/Tehran'));
    expect(fa).toContain('فروردین');
    expect(fa).toContain('۱۴۰۳');
    // Without a time zone the runtime's zone is used.
    expect(renderParam('de-DE', param)).toBe(new Intl.DateTimeFormat('de-DE', DATE_TIME).format(seconds * 1000));
  });

  it('renders Solar Hijri components in the Persian calendar, with the day of week computed', () => {
    const nowruz: LocalizableParam = {
      default: '1403-01-01',
      dateTime: { components: { year: 1403, month: 1, dayOfMonth: 1, calendar: 'solar-hijri', dayOfWeek: 5 } },
    };
    expect(renderParam('en-US', nowruz)).toBe('Wednesday, Farvardin 1, 1403 AP');
    const leapDay: LocalizableParam = { default: 'x', dateTime: { components: { year: 1403, month: 12, dayOfMonth: 30, calendar: 'solar-hijri', hour: 9 } } };
    expect(renderParam('en-US', leapDay)).toBe(wallClock('en-US', Date.UTC(2025, 2, 20, 9), 'persian'));
    const fa = renderParam('fa-IR', nowruz);
    expect(fa).toBe(wallClock('fa-IR', Date.UTC(2024, 2, 20), 'persian', false));
    expect(fa).toContain('۱۴۰۳');
    expect(fa).toContain('فروردین');
    expect(fa).toContain('چهارشنبه');
  });

  it('finds every Solar Hijri date the Intl persian calendar has (1300–1500 AP, every turn of the year)', () => {
    const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const start = Date.UTC(1921, 2, 21);
    const end = Date.UTC(2121, 2, 21);
    let checked = 0;
    for (let ms = start, i = 0; ms < end; ms += 86_400_000, i++) {
      const p = Object.fromEntries(parts.formatToParts(ms).map((x) => [x.type, x.value]));
      // Every year's turn (where the calendar's leap days are) and every 7th day otherwise.
      const nearNowruz = (p.month === '12' && Number(p.day) >= 28) || (p.month === '1' && Number(p.day) <= 2);
      if (!nearNowruz && i % 7 !== 0) continue;
      checked++;
      const param: LocalizableParam = {
        default: 'default',
        dateTime: { components: { year: Number(p.year), month: Number(p.month), dayOfMonth: Number(p.day), calendar: 'solar-hijri' } },
      };
      expect(renderParam('en-US', param)).toBe(wallClock('en-US', ms, 'persian', false));
    }
    expect(checked).toBeGreaterThan(11_000);
  });

  it('shows a time only when the hour is given, and never shifts wall-clock components by time zone', () => {
    const dateOnly: LocalizableParam = { default: 'd', dateTime: { components: { year: 2024, month: 12, dayOfMonth: 31 } } };
    expect(renderParam('en-US', dateOnly, 'Pacific/Kiritimati')).toBe('Tuesday, December 31, 2024');
    const midnight: LocalizableParam = { default: 'd', dateTime: { components: { year: 2024, month: 1, dayOfMonth: 1, hour: 0 } } };
    expect(renderParam('de-DE', midnight, 'America/Los_Angeles')).toBe(wallClock('de-DE', Date.UTC(2024, 0, 1, 0, 0)));
    const earlyYear: LocalizableParam = { default: 'd', dateTime: { components: { year: 33, month: 4, dayOfMonth: 3 } } };
    expect(renderParam('en-US', earlyYear)).toContain('33');
  });

  it('falls back to the default when Intl cannot format the value', () => {
    const cases: LocalizableParam[] = [
      { default: 'unknown currency', currency: { code: 'XYZ', amount1000: 1000 } },
      { default: 'lower-case code', currency: { code: 'eur', amount1000: 1000 } },
      { default: 'unsafe amount', currency: { code: 'EUR', amount1000: 2 ** 60 } },
      { default: 'fractional amount', currency: { code: 'EUR', amount1000: 0.5 } },
      { default: 'February 30', dateTime: { components: { year: 2023, month: 2, dayOfMonth: 30 } } },
      { default: '30 Esfand of a common year', dateTime: { components: { year: 1402, month: 12, dayOfMonth: 30, calendar: 'solar-hijri' } } },
      { default: 'Mehr 31', dateTime: { components: { year: 1403, month: 7, dayOfMonth: 31, calendar: 'solar-hijri' } } },
      { default: 'month 13', dateTime: { components: { year: 2024, month: 13, dayOfMonth: 1 } } },
      { default: 'hour 24', dateTime: { components: { year: 2024, month: 1, dayOfMonth: 1, hour: 24 } } },
      { default: 'year 0', dateTime: { components: { year: 0, month: 1, dayOfMonth: 1 } } },
      { default: 'beyond Date', dateTime: { unixEpochSeconds: 9e15 } },
      { default: 'NaN epoch', dateTime: { unixEpochSeconds: Number.NaN } },
      { default: 'both kinds', dateTime: { unixEpochSeconds: 0, components: { year: 2024, month: 1, dayOfMonth: 1 } } },
      { default: 'neither kind', dateTime: {} },
      { default: 'currency and date', currency: { code: 'EUR', amount1000: 1 }, dateTime: { unixEpochSeconds: 0 } },
      { default: 'plain' },
    ];
    for (const param of cases) expect(renderParam('en-US', param, 'UTC')).toBe(param.default);
  });

  it('takes values from localizableParams when there are any, otherwise from params', () => {
    const plain = receiptHsm('en-US', { params: ['B-9', 'Bo', '5 EUR', 'today'], localizableParams: [] });
    expect(rendered(renderHsm(plain, packFor('en-US'))).body).toBe('Order B-9: hi Bo, you paid 5 EUR on today.');
    const both = receiptHsm('en-US', { params: ['B-9', 'Bo', '5 EUR', 'today'] });
    expect(rendered(renderHsm(both, packFor('en-US'))).body).toContain('Order A-17: hi Ana');
  });

  it('inserts values literally: no recursive expansion, no replacement patterns', () => {
    const hsm = receiptHsm('en-US', { params: ['{{2}}', "$& $1 $' {{1}}", '{{3}}', '{{{4}}}'], localizableParams: [] });
    const result = rendered(renderHsm(hsm, packFor('en-US')));
    expect(result.body).toBe("Order {{2}}: hi $& $1 $' {{1}}, you paid {{3}} on {{{4}}}.");
    expect(result.header).toBe('Order {{2}}');
    expect(result.buttons[1]!.url).toBe('https://acme.example/t/{{2}}');
  });

  it('ignores values beyond the ones the text uses', () => {
    const hsm = receiptHsm('en-US', { params: ['1', '2', '3', '4', '5', '6'], localizableParams: [] });
    expect(rendered(renderHsm(hsm, packFor('en-US'))).body).toBe('Order 1: hi 2, you paid 3 on 4.');
  });
});

describe('renderHsm when something is missing', () => {
  it('falls back to the hydrated copy when the pack is missing', () => {
    const hsm = receiptHsm('en-US', { hydrated: { hydratedFourRow: hydratedCopy } });
    const result = rendered(renderHsm(hsm, undefined));
    expect(result).toEqual({
      status: 'rendered',
      source: 'hydrated',
      lg: 'en',
      lc: 'US',
      header: 'Order A-17',
      body: 'Hi Ana, you paid €1,234.50.',
      footer: 'Acme Inc.',
      buttons: [
        { type: 'quick-reply', text: 'Thanks', id: 'thanks-1' },
        { type: 'url', text: 'Track', url: 'https://acme.example/t/A-17' },
        { type: 'call', text: 'Call us', phoneNumber: '+14155550123' },
      ],
    });
  });

  it('names the missing pack when there is no hydrated copy', () => {
    expect(renderHsm(receiptHsm('en-US'), undefined)).toEqual({
      status: 'unavailable',
      missing: 'pack',
      namespace: NS,
      elementName: 'receipt',
      lg: 'en',
      lc: 'US',
    });
  });

  it('uses a pack only for exactly the requested namespace, language and locale', () => {
    expect(renderHsm(receiptHsm('en-US'), packFor('de-DE'))).toMatchObject({ status: 'unavailable', missing: 'pack' });
    expect(renderHsm(receiptHsm('en-US'), packFor('en'))).toMatchObject({ status: 'unavailable', missing: 'pack', lg: 'en', lc: 'US' });
    expect(renderHsm(receiptHsm('en'), packFor('en-US'))).toMatchObject({ status: 'unavailable', missing: 'pack', lg: 'en' });
    expect(renderHsm(receiptHsm('en'), packFor('en'))).toMatchObject({ status: 'rendered', source: 'pack', lg: 'en' });
    expect('lc' in renderHsm(receiptHsm('en'), packFor('en'))).toBe(false);
    expect(renderHsm(receiptHsm('en-US', { namespace: 'other_ns' }), packFor('en-US'))).toMatchObject({ missing: 'pack', namespace: 'other_ns' });
    // The fallback language of the old "fallback" policy is never used.
    const { deterministicLg: _lg, deterministicLc: _lc, ...rest } = receiptHsm('en-US');
    const fallbackOnly: Hsm = { ...rest, fallbackLg: 'en', fallbackLc: 'US' };
    expect(renderHsm(fallbackOnly, packFor('en-US'))).toEqual({ status: 'unavailable', missing: 'pack', namespace: NS, elementName: 'receipt' });
  });

  it('names the missing element, or falls back to the hydrated copy', () => {
    const hsm = receiptHsm('ar-EG', { elementName: 'no_such_element' });
    expect(renderHsm(hsm, packFor('ar-EG'))).toEqual({
      status: 'unavailable',
      missing: 'element',
      namespace: NS,
      elementName: 'no_such_element',
      lg: 'ar',
      lc: 'EG',
    });
    const withCopy = { ...hsm, hydrated: { hydratedFourRow: hydratedCopy } };
    expect(renderHsm(withCopy, packFor('ar-EG'))).toMatchObject({ status: 'rendered', source: 'hydrated', lg: 'ar', lc: 'EG' });
  });

  it('reports missing params when a placeholder has no value', () => {
    const short = receiptHsm('en-US', { localizableParams: [{ default: 'A-17' }, { default: 'Ana' }, EUR_1234_50] });
    expect(renderHsm(short, packFor('en-US'))).toMatchObject({ status: 'unavailable', missing: 'params', elementName: 'receipt' });
    expect(renderHsm({ ...short, hydrated: { hydratedFourRow: hydratedCopy } }, packFor('en-US'))).toMatchObject({ source: 'hydrated' });
    // The header's and the URL's {{1}} count too.
    const none = receiptHsm('en-US', { localizableParams: [], params: [] });
    expect(renderHsm(none, packFor('en-US'))).toMatchObject({ missing: 'params' });
  });

  it('does not render a nested four-row template as the hydrated copy', () => {
    const nested: Template = { fourRow: { content: receiptHsm('en-US'), buttons: [] } };
    expect(renderHsm(receiptHsm('en-US', { hydrated: nested }), undefined)).toMatchObject({ status: 'unavailable', missing: 'pack' });
    const withExtra: Template = { ...nested, hydrated: hydratedCopy };
    expect(renderHsm(receiptHsm('en-US', { hydrated: withExtra }), undefined)).toMatchObject({ source: 'hydrated' });
  });

  it('rejects a bad time-zone option (a caller error, not a message error)', () => {
    expect(() => renderHsm(receiptHsm('en-US'), packFor('en-US'), { timeZone: 'Mars/Olympus' })).toThrowError(
      expect.objectContaining({ code: 'InvalidArgument', details: expect.objectContaining({ field: 'timeZone' }) }),
    );
  });
});

describe('renderTemplate', () => {
  const text = (elementName: string, locale = 'en-US', params: string[] = []): Hsm => {
    const [lg, lc] = locale.split('-');
    return { namespace: NS, elementName, params, localizableParams: [], deterministicLg: lg!, ...(lc !== undefined ? { deterministicLc: lc } : {}) };
  };
  const image: Image = {
    mimetype: 'image/jpeg',
    mediaKey: new Uint8Array(32),
    fileSha256: new Uint8Array(32),
    fileEncSha256: new Uint8Array(32),
    fileLength: 1234,
  };

  it('renders a four-row template whose content names a whole element', () => {
    const result = rendered(renderTemplate({ fourRow: { content: receiptHsm('he-IL'), buttons: [] } }, lookup));
    expect(result).toMatchObject({ source: 'pack', lg: 'he', lc: 'IL', header: 'Order A-17', footer: 'Acme Inc.' });
    expect(result.body).toContain('שלום Ana');
    expect(result.buttons).toHaveLength(3);
  });

  it('lets title, footer and buttons of the template replace the element’s, each from its own element', () => {
    const template: Template = {
      fourRow: {
        title: { hsm: text('title_text') },
        content: receiptHsm('en-US'),
        footer: text('footer_text', 'en-US', ['Ana']),
        buttons: [
          { type: 'quick-reply', displayText: text('btn_ok'), id: 'ok-1' },
          { type: 'url', displayText: text('btn_track'), url: text('url_track', 'en-US', ['A-17']) },
          { type: 'call', displayText: text('btn_call'), phoneNumber: text('phone') },
        ],
      },
    };
    const result = rendered(renderTemplate(template, lookup));
    expect(result.header).toBe('Your receipt');
    expect(result.footer).toBe('Sent by Acme for Ana');
    expect(result.buttons).toEqual([
      { type: 'quick-reply', text: 'OK', id: 'ok-1' },
      { type: 'url', text: 'Track order', url: 'https://acme.example/t/A-17' },
      { type: 'call', text: 'Call us', phoneNumber: '+14155550123' },
    ]);
    expect(packsNeeded(template)).toEqual([{ namespace: NS, lg: 'en', lc: 'US' }]);
  });

  it('does not let a parameter turn a four-row URL into something other than http(s)', () => {
    const template = (param: string): Template => ({
      fourRow: {
        content: receiptHsm('en-US'),
        buttons: [{ type: 'url', displayText: text('btn_track'), url: text('amount_only', 'en-US', [param]) }],
      },
    });
    expect(rendered(renderTemplate(template('https://acme.example/x'), lookup)).buttons[0]).toEqual({
      type: 'url',
      text: 'Track order',
      url: 'https://acme.example/x',
    });
    expect(renderTemplate(template('javascript:alert(1)'), lookup)).toMatchObject({ status: 'unavailable', missing: 'element', elementName: 'amount_only' });
    expect(renderTemplate({ ...template('javascript:alert(1)'), hydrated: hydratedCopy }, lookup)).toMatchObject({ source: 'hydrated' });
  });

  it('shows an image title as headerImage instead of a text header', () => {
    const result = rendered(renderTemplate({ fourRow: { title: { image }, content: receiptHsm('ja-JP'), buttons: [] } }, lookup));
    expect(result.headerImage).toBe(image);
    expect('header' in result).toBe(false);
    expect(result.body).toContain('Ana様');
  });

  it('falls back to the template’s hydrated copy when any part is missing, else names that part', () => {
    const broken: Template = {
      fourRow: {
        content: receiptHsm('en-US'),
        buttons: [{ type: 'quick-reply', displayText: text('no_such_button', 'de-DE') }],
      },
    };
    expect(renderTemplate(broken, lookup)).toEqual({
      status: 'unavailable',
      missing: 'element',
      namespace: NS,
      elementName: 'no_such_button',
      lg: 'de',
      lc: 'DE',
    });
    expect(renderTemplate({ ...broken, hydrated: hydratedCopy }, lookup)).toMatchObject({ status: 'rendered', source: 'hydrated', lg: 'en', lc: 'US' });
    const noPacks = () => undefined;
    expect(renderTemplate({ fourRow: { content: receiptHsm('fa-IR'), buttons: [] } }, noPacks)).toMatchObject({ missing: 'pack', lg: 'fa', lc: 'IR' });
    const contentCopy = receiptHsm('fa-IR', { hydrated: { hydratedFourRow: { ...hydratedCopy, titleImage: image, titleText: undefined as never } } });
    const viaContent = rendered(renderTemplate({ fourRow: { content: contentCopy, buttons: [] } }, noPacks));
    expect(viaContent).toMatchObject({ source: 'hydrated', lg: 'fa', lc: 'IR', headerImage: image });
  });

  it('renders hydrated templates as sent, without any pack', () => {
    let asked = 0;
    const result = rendered(renderTemplate({ hydratedFourRow: hydratedCopy, templateId: 't1' }, () => (asked++, undefined)));
    expect(result).toMatchObject({ source: 'hydrated', header: 'Order A-17', body: 'Hi Ana, you paid €1,234.50.' });
    expect('lg' in result).toBe(false);
    expect(asked).toBe(0);
    expect(renderTemplate({}, lookup)).toEqual({ status: 'unavailable', missing: 'element', namespace: '', elementName: '' });
  });

  it('survives a pack lookup that throws or returns the wrong pack', () => {
    expect(renderTemplate({ fourRow: { content: receiptHsm('en-US'), buttons: [] } }, () => { throw new Error('boom'); })).toMatchObject({
      missing: 'pack',
    });
    expect(renderTemplate({ fourRow: { content: receiptHsm('en-US'), buttons: [] } }, () => packFor('de-DE'))).toMatchObject({ missing: 'pack' });
  });

  it('lists the packs a message needs', () => {
    expect(packsNeeded(receiptHsm('ar-EG'))).toEqual([{ namespace: NS, lg: 'ar', lc: 'EG' }]);
    const template: Template = {
      fourRow: {
        title: { hsm: text('title_text', 'en') },
        content: receiptHsm('en-US'),
        footer: text('footer_text', 'en-US'),
        buttons: [{ type: 'call', displayText: text('btn_call', 'de-DE'), phoneNumber: text('phone', 'de-DE') }],
      },
    };
    expect(packsNeeded(template)).toEqual([
      { namespace: NS, lg: 'en' },
      { namespace: NS, lg: 'en', lc: 'US' },
      { namespace: NS, lg: 'de', lc: 'DE' },
    ]);
    expect(packsNeeded({ hydratedFourRow: hydratedCopy })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Never throws on well-formed (if odd) messages

const weirdString = fc.string({ unit: fc.constantFrom('a', ' ', '{', '}', '{{1}}', '{{2}}', '$&', '$1', '\n', 'م', '😀', '\u202e', '%') });
const currencyArb = fc.record({
  code: fc.oneof(fc.constantFrom('EUR', 'USD', 'JPY', 'IRR', 'EGP', 'BHD', 'XYZ', 'eur', ''), fc.string({ maxLength: 4 })),
  amount1000: fc.oneof(fc.integer(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 60, 0.5, Number.NaN, Infinity)),
});
const componentsArb = fc.record(
  {
    year: fc.oneof(fc.integer({ min: -10, max: 10_010 }), fc.constantFrom(1403, 2024, 275_761)),
    month: fc.integer({ min: -1, max: 14 }),
    dayOfMonth: fc.integer({ min: -1, max: 33 }),
    hour: fc.integer({ min: -1, max: 25 }),
    minute: fc.integer({ min: -1, max: 61 }),
    dayOfWeek: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const, 6 as const, 7 as const),
    calendar: fc.constantFrom('gregorian' as const, 'solar-hijri' as const),
  },
  { requiredKeys: ['year', 'month', 'dayOfMonth'] },
);
const dateTimeArb = fc.oneof(
  fc.record({ components: componentsArb }),
  fc.record({ unixEpochSeconds: fc.oneof(fc.integer({ min: -1e13, max: 1e13 }), fc.double()) }),
);
const localizableArb: fc.Arbitrary<LocalizableParam> = fc.record(
  { default: weirdString, currency: currencyArb, dateTime: dateTimeArb },
  { requiredKeys: ['default'] },
);
const languageArb = fc.constantFrom<[string | undefined, string | undefined]>(
  ['en', 'US'], ['en', undefined], ['de', 'DE'], ['ar', 'EG'], ['fa', 'IR'], ['ja', 'JP'], ['he', 'IL'], ['xx', 'YY'], [undefined, undefined],
);
const hsmArb: fc.Arbitrary<Hsm> = fc
  .record({
    namespace: fc.constantFrom(NS, 'other', ''),
    elementName: fc.constantFrom('receipt', 'amount_only', 'title_text', 'url_track', 'nope', ''),
    params: fc.array(weirdString, { maxLength: 6 }),
    localizableParams: fc.array(localizableArb, { maxLength: 5 }),
    language: languageArb,
    hydrated: fc.option(fc.constant({ hydratedFourRow: hydratedCopy } satisfies Template), { nil: undefined }),
  })
  .map(({ language: [lg, lc], hydrated, ...rest }) => ({
    ...rest,
    ...(lg !== undefined ? { deterministicLg: lg } : {}),
    ...(lg !== undefined && lc !== undefined ? { deterministicLc: lc } : {}),
    ...(hydrated !== undefined ? { hydrated } : {}),
  }));

function checkShape(result: RenderResult): void {
  expect(['rendered', 'unavailable']).toContain(result.status);
  if (result.status === 'rendered') {
    expect(typeof result.body).toBe('string');
    expect(Array.isArray(result.buttons)).toBe(true);
  } else {
    expect(['pack', 'element', 'params']).toContain(result.missing);
  }
}

describe('robustness', () => {
  it('renderHsm never throws on odd but well-formed messages', () => {
    fc.assert(
      fc.property(hsmArb, fc.constantFrom(undefined, 'UTC', 'Asia/Tehran', 'Pacific/Chatham'), (hsm, timeZone) => {
        const pack = hsm.deterministicLg === undefined ? undefined : lookup(NS, hsm.deterministicLg, hsm.deterministicLc);
        checkShape(renderHsm(hsm, pack, timeZone === undefined ? {} : { timeZone }));
      }),
      { numRuns: 400 },
    );
  });

  it('renderTemplate never throws on odd but well-formed templates', () => {
    const templateArb: fc.Arbitrary<Template> = fc
      .record({
        title: fc.option(hsmArb, { nil: undefined }),
        content: hsmArb,
        footer: fc.option(hsmArb, { nil: undefined }),
        buttons: fc.array(
          fc.oneof(
            hsmArb.map((displayText) => ({ type: 'quick-reply' as const, displayText })),
            fc.tuple(hsmArb, hsmArb).map(([displayText, url]) => ({ type: 'url' as const, displayText, url })),
            fc.tuple(hsmArb, hsmArb).map(([displayText, phoneNumber]) => ({ type: 'call' as const, displayText, phoneNumber })),
          ),
          { maxLength: 3 },
        ),
        hydrated: fc.option(fc.constant(hydratedCopy), { nil: undefined }),
      })
      .map(({ title, footer, hydrated, ...rest }) => ({
        fourRow: { ...rest, ...(title !== undefined ? { title: { hsm: title } } : {}), ...(footer !== undefined ? { footer } : {}) },
        ...(hydrated !== undefined ? { hydrated } : {}),
      }));
    fc.assert(
      fc.property(templateArb, (template) => {
        checkShape(renderTemplate(template, lookup, { timeZone: 'UTC' }));
        expect(Array.isArray(packsNeeded(template))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
