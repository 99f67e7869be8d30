/**
 * The structured content model end to end: sealContent → openContent for every kind (fixtures,
 * boundary values and fast-check arbitraries that are valid by construction), then a table of
 * invalid contents, each rejected with 'InvalidArgument' on seal and — written directly as
 * protobuf bytes with the generated encoder, padded with padRandom — 'InvalidMessage' on open,
 * details.field naming the same field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Content,
  type ContentKind,
  DEFAULT_CONTENT_LIMITS,
  defaultContext,
  type HydratedButton,
  type HydratedTemplate,
  type Hsm,
  type Image,
  type LinkPreview,
  type LocalizableParam,
  openContent,
  padRandom,
  type Receipt,
  sealContent,
  type Translations,
  validateContent,
} from '../../src/index.js';
import { encodeContent } from '../../src/wire/content-codec.js';
import {
  contentArbs,
  hsmArb,
  hydratedArb,
  imageArb,
  linkPreviewArb,
  receiptArb,
  translationsArb,
} from './content-arbitraries.js';
import {
  BARE_IMAGE,
  CURRENCY_PARAM,
  expectFailure,
  FIXTURES,
  HSM,
  HYDRATED_TEMPLATE,
  hsm,
  IMAGE,
  LINK_PREVIEW,
  pb,
  rawContentBytes,
  thrownBy,
} from './content-fixtures.js';

const roundTrip = (content: Content): Content => openContent(sealContent(content));
/** Bytes as a peer would send them: padded, no validation anywhere on the way. */
const asReceived = (bytes: Uint8Array): Uint8Array => padRandom(bytes, defaultContext);

describe('round trip of every kind through sealContent/openContent', () => {
  it.each(Object.entries(FIXTURES))('%s', (_name, content) => {
    expect(() => validateContent(content, DEFAULT_CONTENT_LIMITS, 'InvalidArgument')).not.toThrow();
    const sealed = sealContent(content);
    const opened = openContent(sealed);
    expect(opened).toStrictEqual(content);
    // The opened value is a copy: no byte field aliases the sealed buffer.
    sealed.fill(0);
    expect(opened).toStrictEqual(content);
  });

  it('covers all seven kinds', () => {
    expect(new Set(Object.values(FIXTURES).map((c) => c.kind))).toEqual(
      new Set<ContentKind>(['text', 'image', 'link-preview', 'hsm', 'template', 'translations', 'receipt']),
    );
  });

  it('the codec and an independent mapper over the generated encoder write the same bytes', () => {
    for (const content of Object.values(FIXTURES)) expect(encodeContent(content)).toEqual(rawContentBytes(content));
  });

  const L = DEFAULT_CONTENT_LIMITS;
  const quick = (i: number): HydratedButton => ({ type: 'quick-reply', displayText: `Option ${i}` });
  const atLimits: Record<string, Content> = {
    [`text of ${L.maxTextLength} code units`]: { kind: 'text', text: 'é'.repeat(L.maxTextLength) },
    [`caption of ${L.maxCaptionLength}`]: { kind: 'image', image: { ...BARE_IMAGE, caption: 'c'.repeat(L.maxCaptionLength) } },
    [`thumbnail of ${L.maxThumbnailBytes} bytes`]: { kind: 'image', image: { ...BARE_IMAGE, jpegThumbnail: new Uint8Array(L.maxThumbnailBytes).fill(7) } },
    'template header 60, body 1024, footer 60, button text 25': {
      kind: 'template',
      template: {
        hydratedFourRow: {
          titleText: 'h'.repeat(60),
          contentText: 'b'.repeat(1024),
          footerText: 'f'.repeat(60),
          buttons: [{ type: 'quick-reply', displayText: 'x'.repeat(25) }],
        },
      },
    },
    '10 buttons: 2 URL, 1 phone, 7 quick replies': {
      kind: 'template',
      template: {
        hydratedFourRow: {
          contentText: 'Choose',
          buttons: [
            ...[1, 2, 3, 4].map(quick),
            { type: 'url', displayText: 'Site', url: 'https://a.example' },
            { type: 'call', displayText: 'Call', phoneNumber: '+44 20 7946 0000' },
            ...[5, 6, 7].map(quick),
            { type: 'url', displayText: 'Other', url: 'http://b.example:8080/x?y=1#z' },
          ],
        },
      },
    },
    [`${L.maxTranslations} variants and a fallback chain of ${L.maxFallbackChain}`]: {
      kind: 'translations',
      translations: {
        variants: Array.from({ length: L.maxTranslations }, (_, i) => ({
          lg: String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26)),
          content: { kind: 'text' as const, text: `variant ${i}` },
        })),
        default: { lg: 'ab' },
        fallbackChain: Array.from({ length: L.maxFallbackChain }, () => ({ lg: 'zz', lc: 'ZZ' })),
      },
    },
    'Feb 29 of a leap year, Esfand 30 (solar hijri), 23:59': {
      kind: 'hsm',
      hsm: hsm('dates', [], {
        localizableParams: [
          { default: '29 Feb 2000', dateTime: { components: { year: 2000, month: 2, dayOfMonth: 29, hour: 23, minute: 59 } } },
          { default: '30 Esfand 1403', dateTime: { components: { year: 1403, month: 12, dayOfMonth: 30, calendar: 'solar-hijri' } } },
          { default: '1 Jan 1', dateTime: { components: { year: 1, month: 1, dayOfMonth: 1, hour: 0, minute: 0, dayOfWeek: 1 } } },
        ],
      }),
    },
    'extreme currency amounts and epochs': {
      kind: 'hsm',
      hsm: hsm('money', [], {
        localizableParams: [
          { default: 'max', currency: { code: 'USD', amount1000: Number.MAX_SAFE_INTEGER } },
          { default: 'min', currency: { code: 'JPY', amount1000: Number.MIN_SAFE_INTEGER } },
          { default: 'early', dateTime: { unixEpochSeconds: -8_640_000_000_000 } },
          { default: 'late', dateTime: { unixEpochSeconds: 8_640_000_000_000 } },
        ],
      }),
    },
    'max-safe timestamps and a 128-character message id': {
      kind: 'receipt',
      messageId: 'm'.repeat(128),
      timestampMs: Number.MAX_SAFE_INTEGER,
      receipt: { type: 'delivered', messageIds: ['i'.repeat(128)], timestampMs: Number.MAX_SAFE_INTEGER },
    },
    'image file of 2 GiB with zero dimensions': {
      kind: 'image',
      image: { ...BARE_IMAGE, fileLength: L.maxMediaBytes, height: 0, width: 0, mediaKeyTimestamp: 0 },
    },
  };

  it.each(Object.entries(atLimits))('at the limit: %s', (_name, content) => {
    expect(roundTrip(content)).toStrictEqual(content);
  });
});

describe('fast-check: valid-by-construction content round-trips exactly', () => {
  const RUNS = 300;
  it.each(Object.keys(contentArbs) as ContentKind[])('%s (300 runs)', (kind) => {
    fc.assert(
      fc.property(contentArbs[kind], (content) => {
        expect(content.kind).toBe(kind);
        validateContent(content, DEFAULT_CONTENT_LIMITS, 'InvalidArgument');
        expect(roundTrip(content)).toStrictEqual(content);
        // Field layout agrees with a second, independent reading of proto/content.proto.
        expect(encodeContent(content)).toEqual(rawContentBytes(content));
      }),
      { numRuns: RUNS },
    );
  });

  it('padding never changes what opens (any seal of the same content opens the same)', () => {
    fc.assert(
      fc.property(contentArbs.text, (content) => {
        const a = sealContent(content);
        const b = sealContent(content);
        expect(openContent(a)).toStrictEqual(openContent(b));
      }),
      { numRuns: 50 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Invalid content

/** Random valid parts that each mutation starts from; the mutation then breaks exactly one rule. */
interface Parts {
  readonly image: Image;
  readonly hsm: Hsm;
  readonly hydrated: HydratedTemplate;
  readonly preview: LinkPreview;
  readonly translations: Translations;
  readonly receipt: Receipt;
}

const FIXED_PARTS: Parts = {
  image: IMAGE,
  hsm: HSM,
  hydrated: HYDRATED_TEMPLATE,
  preview: LINK_PREVIEW,
  translations: (FIXTURES['translations'] as Extract<Content, { kind: 'translations' }>).translations,
  receipt: { type: 'read', messageIds: ['a', 'b'] },
};

const partsArb: fc.Arbitrary<Parts> = fc.record({
  image: imageArb,
  hsm: hsmArb({ hydrated: true }),
  hydrated: hydratedArb,
  preview: linkPreviewArb,
  translations: translationsArb,
  receipt: receiptArb,
});

const withParam = (p: Parts, param: LocalizableParam): Content => ({
  kind: 'hsm',
  hsm: { ...p.hsm, localizableParams: [param, ...p.hsm.localizableParams].slice(0, 100 - p.hsm.params.length) },
});
const withComponents = (p: Parts, components: Record<string, unknown>): Content =>
  withParam(p, { default: 'when', dateTime: { components: { year: 2025, month: 1, dayOfMonth: 1, ...components } as never } });

/** A hydrated template without a title image (so a titleText mutation breaks only one rule). */
function textTitled(t: HydratedTemplate): HydratedTemplate {
  const { titleImage: _drop, ...rest } = t;
  return rest;
}
const hydratedContent = (t: HydratedTemplate): Content => ({ kind: 'template', template: { hydratedFourRow: t } });
const quickReplies = (n: number): HydratedButton[] => Array.from({ length: n }, (_, i) => ({ type: 'quick-reply', displayText: `Reply ${i}` }));
const urlButton = (url: string): HydratedButton => ({ type: 'url', displayText: 'Open', url });
const callButton: HydratedButton = { type: 'call', displayText: 'Call', phoneNumber: '+1 555 0100' };

interface Mutation {
  readonly name: string;
  readonly make: (p: Parts) => Content;
  /** details.field on seal and, unless `openField` says otherwise, on open. */
  readonly field: string;
  readonly openField?: string;
  /**
   * For rules the wire cannot carry, open succeeds and yields this instead: two members of one
   * protobuf oneof (the last member seen wins, as in every protobuf decoder), or a value outside a
   * proto2 enum (closed enums: the generated decoder keeps it as an unknown field).
   */
  readonly openAs?: (p: Parts) => Content;
  readonly got?: string | number;
}

const H = 'content.template.hydratedFourRow';
const LP0 = 'content.hsm.localizableParams[0]';

const MUTATIONS: readonly Mutation[] = [
  { name: 'text too long (65,537)', make: () => ({ kind: 'text', text: 't'.repeat(65_537) }), field: 'content.text', got: 65_537 },
  { name: 'empty text', make: () => ({ kind: 'text', text: '' }), field: 'content.text' },
  { name: 'caption > 1024', make: (p) => ({ kind: 'image', image: { ...p.image, caption: 'c'.repeat(1025) } }), field: 'content.image.caption', got: 1025 },
  { name: 'template header > 60', make: (p) => hydratedContent({ ...textTitled(p.hydrated), titleText: 'h'.repeat(61) }), field: `${H}.titleText`, got: 61 },
  { name: 'template body > 1024', make: (p) => hydratedContent({ ...p.hydrated, contentText: 'b'.repeat(1025) }), field: `${H}.contentText`, got: 1025 },
  { name: 'template footer > 60', make: (p) => hydratedContent({ ...p.hydrated, footerText: 'f'.repeat(61) }), field: `${H}.footerText`, got: 61 },
  { name: '11 buttons', make: (p) => hydratedContent({ ...p.hydrated, buttons: quickReplies(11) }), field: `${H}.buttons`, got: 11 },
  {
    name: '11 buttons (four-row)',
    make: () => ({
      kind: 'template',
      template: { fourRow: { content: hsm('body'), buttons: Array.from({ length: 11 }, () => ({ type: 'quick-reply' as const, displayText: hsm('reply') })) } },
    }),
    field: 'content.template.fourRow.buttons',
  },
  {
    name: '3 URL buttons',
    make: (p) => hydratedContent({ ...p.hydrated, buttons: [urlButton('https://a.example'), urlButton('https://b.example'), urlButton('https://c.example')] }),
    field: `${H}.buttons`,
    got: 3,
  },
  { name: '2 phone buttons', make: (p) => hydratedContent({ ...p.hydrated, buttons: [callButton, ...quickReplies(2), callButton] }), field: `${H}.buttons`, got: 2 },
  {
    name: 'button text of 26 characters',
    make: (p) => hydratedContent({ ...p.hydrated, buttons: [{ type: 'quick-reply', displayText: 'x'.repeat(26) }] }),
    field: `${H}.buttons[0].displayText`,
    got: 26,
  },
  {
    name: 'javascript: URL button',
    make: (p) => hydratedContent({ ...p.hydrated, buttons: [urlButton('javascript:alert(document.cookie)')] }),
    field: `${H}.buttons[0].url`,
    got: 'javascript:',
  },
  {
    name: 'URL button with userinfo (https://bank.example@evil.example)',
    make: (p) => hydratedContent({ ...p.hydrated, buttons: [urlButton('https://bank.example@evil.example/login')] }),
    field: `${H}.buttons[0].url`,
    got: 'https:',
  },
  { name: 'URL with a space', make: (p) => hydratedContent({ ...p.hydrated, buttons: [urlButton('https://a.example/x y')] }), field: `${H}.buttons[0].url` },
  { name: 'ftp: image URL', make: (p) => ({ kind: 'image', image: { ...p.image, url: 'ftp://files.example.com/a.jpg' } }), field: 'content.image.url', got: 'ftp:' },
  {
    name: 'ftp: matchedText',
    make: () => ({ kind: 'link-preview', linkPreview: { text: 'get ftp://files.example.com/a', matchedText: 'ftp://files.example.com/a' } }),
    field: 'content.linkPreview.matchedText',
    got: 'ftp:',
  },
  {
    name: 'matchedText not in text',
    make: (p) => ({ kind: 'link-preview', linkPreview: { ...p.preview, matchedText: 'https://absent.invalid/zq9-not-there' } }),
    field: 'content.linkPreview.matchedText',
    got: 'absent',
  },
  {
    name: 'image thumbnail over the cap',
    make: (p) => ({ kind: 'image', image: { ...p.image, jpegThumbnail: new Uint8Array(64 * 1024 + 1) } }),
    field: 'content.image.jpegThumbnail',
    got: 64 * 1024 + 1,
  },
  {
    name: 'link-preview thumbnail over the cap',
    make: (p) => ({ kind: 'link-preview', linkPreview: { ...p.preview, jpegThumbnail: new Uint8Array(64 * 1024 + 1) } }),
    field: 'content.linkPreview.jpegThumbnail',
  },
  { name: "currency 'EURO'", make: (p) => withParam(p, { default: '1 EURO', currency: { code: 'EURO', amount1000: 1000 } }), field: `${LP0}.currency.code`, got: 'EURO' },
  { name: "currency 'XXY'", make: (p) => withParam(p, { default: '1 XXY', currency: { code: 'XXY', amount1000: 1000 } }), field: `${LP0}.currency.code`, got: 'XXY' },
  { name: "currency 'eur'", make: (p) => withParam(p, { default: '1 eur', currency: { code: 'eur', amount1000: 1000 } }), field: `${LP0}.currency.code` },
  { name: 'month 13', make: (p) => withComponents(p, { month: 13 }), field: `${LP0}.dateTime.components.month`, got: 13 },
  { name: 'month 0', make: (p) => withComponents(p, { month: 0 }), field: `${LP0}.dateTime.components.month` },
  { name: 'day 31 in April', make: (p) => withComponents(p, { month: 4, dayOfMonth: 31 }), field: `${LP0}.dateTime.components.dayOfMonth`, got: 31 },
  { name: 'Feb 29 in a non-leap year (2023)', make: (p) => withComponents(p, { year: 2023, month: 2, dayOfMonth: 29 }), field: `${LP0}.dateTime.components.dayOfMonth` },
  { name: 'Feb 29 in a century non-leap year (1900)', make: (p) => withComponents(p, { year: 1900, month: 2, dayOfMonth: 29 }), field: `${LP0}.dateTime.components.dayOfMonth` },
  { name: 'Feb 29 in year 100', make: (p) => withComponents(p, { year: 100, month: 2, dayOfMonth: 29 }), field: `${LP0}.dateTime.components.dayOfMonth` },
  { name: 'day 32 in Farvardin (solar hijri)', make: (p) => withComponents(p, { month: 1, dayOfMonth: 32, calendar: 'solar-hijri' }), field: `${LP0}.dateTime.components.dayOfMonth` },
  { name: 'hour 24', make: (p) => withComponents(p, { hour: 24 }), field: `${LP0}.dateTime.components.hour`, got: 24 },
  { name: 'minute 60', make: (p) => withComponents(p, { minute: 60 }), field: `${LP0}.dateTime.components.minute`, got: 60 },
  {
    name: 'day of week 8',
    make: (p) => withComponents(p, { dayOfWeek: 8 }),
    field: `${LP0}.dateTime.components.dayOfWeek`,
    got: 8,
    openAs: (p) => withComponents(p, {}),
  },
  {
    name: 'both currency and dateTime',
    make: (p) => withParam(p, { default: 'both', currency: { code: 'EUR', amount1000: 1 }, dateTime: { unixEpochSeconds: 5 } }),
    field: LP0,
    got: 'both',
    openAs: (p) => withParam(p, { default: 'both', dateTime: { unixEpochSeconds: 5 } }),
  },
  {
    name: 'dateTime with both components and epoch',
    make: (p) => withParam(p, { default: 'both', dateTime: { components: { year: 2025, month: 1, dayOfMonth: 1 }, unixEpochSeconds: 5 } }),
    field: `${LP0}.dateTime`,
    got: 'both',
    openAs: (p) => withParam(p, { default: 'both', dateTime: { unixEpochSeconds: 5 } }),
  },
  { name: 'dateTime with neither', make: (p) => withParam(p, { default: 'neither', dateTime: {} }), field: `${LP0}.dateTime`, openField: `${LP0}.dateTime` },
  {
    name: 'translations whose default names no variant',
    make: (p) => ({ kind: 'translations', translations: { ...p.translations, default: { lg: 'zu', lc: 'ZA' } } }),
    field: 'content.translations.default',
    got: 'zu_ZA',
  },
  {
    name: 'duplicate variant languages',
    make: (p) => {
      const [first, ...rest] = p.translations.variants;
      const dup = { ...first!, content: { kind: 'text' as const, text: 'again' } };
      return { kind: 'translations', translations: { ...p.translations, variants: [first!, dup, ...rest] } };
    },
    field: 'content.translations.variants[1]',
  },
  {
    name: 'a translations variant inside translations',
    make: (p) => ({
      kind: 'translations',
      translations: {
        ...p.translations,
        variants: [{ lg: 'en', content: { kind: 'translations', translations: p.translations } as never }, ...p.translations.variants.filter((v) => tagOf(v) !== 'en')],
        default: { lg: 'en' },
      },
    }),
    field: 'content.translations.variants[0].content.kind',
    openField: 'content.translations.variants[0].content',
  },
  {
    name: 'a receipt variant inside translations',
    make: (p) => ({
      kind: 'translations',
      translations: {
        ...p.translations,
        variants: [{ lg: 'en', content: { kind: 'receipt', receipt: p.receipt } as never }, ...p.translations.variants.filter((v) => tagOf(v) !== 'en')],
        default: { lg: 'en' },
      },
    }),
    field: 'content.translations.variants[0].content.kind',
    openField: 'content.translations.variants[0].content',
  },
  { name: 'translations with no variants', make: () => ({ kind: 'translations', translations: { variants: [], default: { lg: 'en' }, fallbackChain: [] } }), field: 'content.translations.variants' },
  { name: 'receipt with no ids', make: (p) => ({ kind: 'receipt', receipt: { ...p.receipt, messageIds: [] } }), field: 'content.receipt.messageIds', got: 0 },
  { name: 'receipt with an empty message id', make: (p) => ({ kind: 'receipt', receipt: { ...p.receipt, messageIds: ['', ...p.receipt.messageIds] } }), field: 'content.receipt.messageIds[0]' },
  { name: 'an empty messageId', make: (p) => ({ kind: 'image', image: p.image, messageId: '' }), field: 'content.messageId', got: 0 },
  { name: 'a messageId of 129 characters', make: (p) => ({ kind: 'image', image: p.image, messageId: 'm'.repeat(129) }), field: 'content.messageId', got: 129 },
  { name: 'negative timestampMs', make: (p) => ({ kind: 'receipt', receipt: p.receipt, timestampMs: -1 }), field: 'content.timestampMs' },
  { name: 'locale without language', make: (p) => ({ kind: 'hsm', hsm: { ...p.hsm, deterministicLg: undefined as never, deterministicLc: 'BR' } }), field: 'content.hsm.deterministic.lc' },
  { name: 'upper-case element name', make: (p) => ({ kind: 'hsm', hsm: { ...p.hsm, elementName: 'Order_Update' } }), field: 'content.hsm.elementName' },
  { name: 'mimetype not image/*', make: (p) => ({ kind: 'image', image: { ...p.image, mimetype: 'application/pdf' } }), field: 'content.image.mimetype' },
  { name: 'media key of 31 bytes', make: (p) => ({ kind: 'image', image: { ...p.image, mediaKey: new Uint8Array(31) } }), field: 'content.image.mediaKey', got: 31 },
  { name: 'phone button with letters', make: (p) => hydratedContent({ ...p.hydrated, buttons: [{ ...callButton, phoneNumber: 'call-me' }] }), field: `${H}.buttons[0].phoneNumber` },
  {
    name: 'a four-row template inside HSM.hydrated',
    make: (p) => ({ kind: 'hsm', hsm: { ...p.hsm, hydrated: { fourRow: { content: hsm('x'), buttons: [] } } } }),
    field: 'content.hsm.hydrated',
  },
];

function tagOf(v: { lg: string; lc?: string }): string {
  return v.lc === undefined ? v.lg : `${v.lg}_${v.lc}`;
}

/** Removes keys set to undefined by the table's spreads (absent, as exactOptionalPropertyTypes means). */
function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value instanceof Uint8Array || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, clean(v)]),
  ) as T;
}

function checkMutation(m: Mutation, parts: Parts): void {
  const bad = clean(m.make(parts));
  const sealError = expectFailure(() => sealContent(bad), 'InvalidArgument', m.field);
  expect(sealError.family).toBe('usage');
  if (m.got !== undefined) expect(sealError.details.got).toBe(m.got);
  const received = asReceived(rawContentBytes(bad));
  if (m.openAs !== undefined) {
    expect(openContent(received)).toStrictEqual(clean(m.openAs(parts)));
    return;
  }
  const openError = expectFailure(() => openContent(received), 'InvalidMessage', m.openField ?? m.field);
  expect(openError.family).toBe('input');
}

describe('invalid content: InvalidArgument on seal, InvalidMessage on open, naming the field', () => {
  it.each(MUTATIONS.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    checkMutation(m, FIXED_PARTS);
  });

  it.each(MUTATIONS.map((m) => [m.name, m] as const))('%s (fast-check: on random valid content)', (_name, m) => {
    fc.assert(
      fc.property(partsArb, (parts) => checkMutation(m, parts)),
      { numRuns: 15 },
    );
  });

  it('the validator names the same field on both sides (error message says expected and got)', () => {
    const e = thrownBy(() => sealContent({ kind: 'image', image: { ...IMAGE, caption: 'c'.repeat(1025) } }));
    expect(e.message).toContain('content.image.caption');
    expect(e.message).toContain('1024');
    expect(e.message).toContain('1025');
    expect(e.details).toMatchObject({ field: 'content.image.caption', got: 1025 });
  });

  it('a protobuf oneof carries one member: both on the wire decode as the last one', () => {
    // Documents why "both currency and dateTime" and "components and epoch" cannot reach the
    // validator from the wire: the generated decoder keeps only the last oneof member seen.
    const bytes = pb.Content.encode({
      highlyStructuredMessage: {
        namespace: 'ns',
        elementName: 'e',
        localizableParams: [{ default: 'd', dateTime: { unixEpoch: { timestamp: 1 } }, currency: { currencyCode: 'EUR', amount1000: 2 } }],
      },
    }).finish();
    const decoded = pb.Content.decode(bytes);
    // The encoder writes field 2 (currency) then field 3 (dateTime); the decoder keeps dateTime.
    expect(decoded.highlyStructuredMessage?.localizableParams?.[0]?.dateTime).toBeTruthy();
    expect(decoded.highlyStructuredMessage?.localizableParams?.[0]?.currency).toBeFalsy();
  });
});

describe('content that validation accepts must survive seal/open unchanged', () => {
  // Found while writing these tests: each case below passes validateContent, yet seal → open
  // returns something else. Either the validator should reject it (InvalidArgument naming the
  // field) or the round trip should be exact; both are acceptable, silent change is not.
  function rejectedOrExact(content: Content, field: string): void {
    let sealed: Uint8Array | undefined;
    try {
      sealed = sealContent(content);
    } catch (e) {
      expect(e).toMatchObject({ code: 'InvalidArgument', details: { field } });
      return;
    }
    expect(openContent(sealed), `accepted on seal, so it must open unchanged (${field})`).toStrictEqual(content);
  }

  const lone: Record<string, [Content, string]> = {
    'text with a lone high surrogate': [{ kind: 'text', text: 'order \uD83D ready' }, 'content.text'],
    'text ending in a lone low surrogate': [{ kind: 'text', text: 'x'.repeat(40) + '\uDC00' }, 'content.text'],
    'caption with a lone surrogate': [{ kind: 'image', image: { ...BARE_IMAGE, caption: '\uD800' } }, 'content.image.caption'],
    'hydrated body with a lone surrogate': [hydratedContent({ contentText: 'Hi \uDBFF', buttons: [] }), `${H}.contentText`],
  };
  it.each(Object.entries(lone))('ill-formed UTF-16: %s', (_name, [content, field]) => {
    rejectedOrExact(content, field);
  });

  const empties: Record<string, [Content, string]> = {
    'image.caption': [{ kind: 'image', image: { ...BARE_IMAGE, caption: '' } }, 'content.image.caption'],
    'image.directPath': [{ kind: 'image', image: { ...BARE_IMAGE, directPath: '' } }, 'content.image.directPath'],
    'linkPreview.title': [{ kind: 'link-preview', linkPreview: { text: 'hi', title: '' } }, 'content.linkPreview.title'],
    'linkPreview.description': [{ kind: 'link-preview', linkPreview: { text: 'hi', description: '' } }, 'content.linkPreview.description'],
    'hydratedFourRow.titleText': [hydratedContent({ titleText: '', contentText: 'body', buttons: [] }), `${H}.titleText`],
    'hydratedFourRow.footerText': [hydratedContent({ contentText: 'body', footerText: '', buttons: [] }), `${H}.footerText`],
    'hydratedFourRow.templateId': [hydratedContent({ contentText: 'body', templateId: '', buttons: [] }), `${H}.templateId`],
    'template.templateId': [{ kind: 'template', template: { hydratedFourRow: { contentText: 'body', buttons: [] }, templateId: '' } }, 'content.template.templateId'],
    'quick-reply id': [hydratedContent({ contentText: 'body', buttons: [{ type: 'quick-reply', displayText: 'ok', id: '' }] }), `${H}.buttons[0].id`],
  };
  it.each(Object.entries(empties))('empty optional string: %s', (_name, [content, field]) => {
    rejectedOrExact(content, field);
  });
});

describe('limits and sizes', () => {
  it('content over maxContentBytes: MessageTooLarge on seal and on open', () => {
    const content: Content = { kind: 'text', text: 'x'.repeat(100) };
    expectFailure(() => sealContent(content, { contentLimits: { maxContentBytes: 50 } }), 'MessageTooLarge');
    const sealed = sealContent(content);
    expectFailure(() => openContent(sealed, { contentLimits: { maxContentBytes: 50 } }), 'MessageTooLarge');
  });

  it('limits are configurable and checked on both sides', () => {
    const content: Content = { kind: 'text', text: 'abcdef' };
    const options = { contentLimits: { maxTextLength: 5 } };
    expectFailure(() => sealContent(content, options), 'InvalidArgument', 'content.text');
    expectFailure(() => openContent(sealContent(content), options), 'InvalidMessage', 'content.text');
  });

  it('a bad limit is InvalidArgument naming the limit', () => {
    expectFailure(() => sealContent(FIXTURES['text']!, { contentLimits: { maxTextLength: -1 } }), 'InvalidArgument', 'maxTextLength');
    expectFailure(() => sealContent(FIXTURES['text']!, { contentLimits: { maxCaptionLength: 1.5 } }), 'InvalidArgument', 'maxCaptionLength');
  });

  it('an empty protobuf after unpadding is InvalidMessage; garbage is InvalidProtobuf', () => {
    expectFailure(() => openContent(Uint8Array.of(1)), 'InvalidMessage');
    expectFailure(() => openContent(asReceived(Uint8Array.of(0x0a, 0x7f, 0x41))), 'InvalidProtobuf');
  });

  it('a protobuf with no content kind is InvalidMessage naming content.kind', () => {
    expectFailure(() => openContent(asReceived(pb.Content.encode({ messageId: 'x' }).finish())), 'InvalidMessage', 'content.kind');
  });

  it('a four-row template with a currency param in its body round-trips', () => {
    const content: Content = { kind: 'template', template: { fourRow: { content: hsm('b', [], { localizableParams: [CURRENCY_PARAM] }), buttons: [] } } };
    expect(roundTrip(content)).toStrictEqual(content);
  });
});
