/**
 * fast-check arbitraries for every content kind, valid by construction under
 * DEFAULT_CONTENT_LIMITS (src/content/content-limits.ts) and the rules of src/content/validate.ts.
 *
 * Strings are well-formed UTF-16 (no lone surrogates) and optional strings are never empty: both
 * are properties of the generated values, chosen so that "valid" and "round-trips exactly" can be
 * asserted together; the two cases they exclude are tested on their own in content-model.test.ts.
 * Lengths are capped well below the limits to keep runs fast; the limits themselves are tested
 * with fixed boundary values.
 */
import fc from 'fast-check';
import type {
  Calendar,
  Content,
  ContentKind,
  ContentMeta,
  Currency,
  DateTime,
  DateTimeComponents,
  DayOfWeek,
  HydratedButton,
  HydratedTemplate,
  Hsm,
  Image,
  LanguageTag,
  LinkPreview,
  LocalizableParam,
  LocalizedVariant,
  PreviewType,
  Receipt,
  Template,
  TemplateButton,
  Translations,
} from '../../src/index.js';

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

/** Drops keys whose value is undefined (exactOptionalPropertyTypes: absent, never undefined). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * fast-check may build records with a null prototype (it does for records with a `default`
 * key); parley returns ordinary objects, and toStrictEqual compares prototypes.
 */
export function plain<T extends object>(value: T): T {
  return { ...value };
}

/** Well-formed strings of min..max UTF-16 code units (capped at `cap` for speed). */
export function textArb(min: number, max: number, cap = 40): fc.Arbitrary<string> {
  const hi = Math.max(min, Math.min(max, cap));
  return fc.oneof(
    fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: hi }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: hi }).filter((s) => s.length >= min && s.length <= max),
    fc.string({ unit: 'binary', minLength: min, maxLength: Math.max(min, Math.floor(hi / 2)) }).filter((s) => s.length >= min && s.length <= max),
  );
}

const LOWER = [...'abcdefghijklmnopqrstuvwxyz'];
const DIGITS = [...'0123456789'];

export const languageArb = fc.constantFrom('en', 'pt', 'es', 'fr', 'de', 'ar', 'zh', 'hi', 'fil', 'yue');
export const regionArb = fc.constantFrom('US', 'GB', 'BR', 'PT', 'ES', 'MX', 'DE', 'CN', 'TW', '419', '001');
export const languageTagArb: fc.Arbitrary<LanguageTag> = fc
  .record({ lg: languageArb, lc: opt(regionArb) })
  .map((t) => compact(t) as LanguageTag);

export const tagKey = (t: LanguageTag): string => (t.lc === undefined ? t.lg : `${t.lg}_${t.lc}`);

const hostLabel = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...LOWER, ...DIGITS), minLength: 1, maxLength: 8 }),
    opt(fc.string({ unit: fc.constantFrom(...LOWER, ...DIGITS), minLength: 1, maxLength: 6 })),
  )
  .map(([a, b]) => (b === undefined ? a : `${a}-${b}`));

/** http(s) URLs the validator accepts: host names, optional port, optional path/query/fragment. */
export const urlArb: fc.Arbitrary<string> = fc
  .record({
    scheme: fc.constantFrom('http', 'https', 'HTTPS'),
    host: fc.array(hostLabel, { minLength: 1, maxLength: 3 }).map((labels) => labels.join('.')),
    port: opt(fc.integer({ min: 1, max: 65_535 })),
    rest: opt(fc.string({ unit: fc.constantFrom(...'abcXYZ019-._~/?#=&%+!$,;:@'), maxLength: 30 })),
    lead: fc.constantFrom('/', '?', '#'),
  })
  .map(({ scheme, host, port, rest, lead }) => `${scheme}://${host}${port === undefined ? '' : `:${port}`}${rest === undefined ? '' : lead + rest}`);

export const phoneArb: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.constantFrom(...DIGITS), fc.string({ unit: fc.constantFrom(...DIGITS, ' ', '(', ')', '-'), minLength: 2, maxLength: 31 }))
  .map(([plus, first, rest]) => `${plus ? '+' : ''}${first}${rest}`);

const messageIdArb = textArb(1, 128);
const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const thumbnailArb = fc.uint8Array({ minLength: 0, maxLength: 64 });

export const imageArb: fc.Arbitrary<Image> = fc
  .record({
    url: opt(urlArb),
    directPath: opt(textArb(1, 2048)),
    mimetype: fc.constantFrom('image/jpeg', 'image/png', 'image/webp', 'image/svg+xml', 'IMAGE/GIF', 'image/vnd.microsoft.icon'),
    caption: opt(textArb(1, 1024)),
    mediaKey: bytes32,
    fileSha256: bytes32,
    fileEncSha256: bytes32,
    fileLength: fc.integer({ min: 0, max: 2 * 1024 * 1024 * 1024 }),
    height: opt(fc.integer({ min: 0, max: 100_000 })),
    width: opt(fc.integer({ min: 0, max: 100_000 })),
    mediaKeyTimestamp: opt(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
    jpegThumbnail: opt(thumbnailArb),
  })
  .map((i) => compact(i) as Image);

const PREVIEW_TYPES: readonly PreviewType[] = ['none', 'video', 'placeholder', 'image', 'payment-links', 'profile'];

export const linkPreviewArb: fc.Arbitrary<LinkPreview> = fc
  .record({
    before: textArb(0, 30),
    url: opt(urlArb),
    after: textArb(0, 30),
    title: opt(textArb(1, 256)),
    description: opt(textArb(1, 1024)),
    previewType: opt(fc.constantFrom(...PREVIEW_TYPES)),
    jpegThumbnail: opt(thumbnailArb),
  })
  .filter(({ before, url, after }) => before.length + (url?.length ?? 0) + after.length > 0)
  .map(({ before, url, after, ...rest }) =>
    compact({ text: before + (url === undefined ? '' : url) + after, matchedText: url, ...rest }) as LinkPreview,
  );

// ---- HSM

/** ISO 4217 codes as this Node's Intl knows them (the validator's list). */
export const CURRENCY_CODES: readonly string[] = (() => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const codes = (intl.supportedValuesOf?.('currency') ?? []).filter((c) => /^[A-Z]{3}$/.test(c));
  return codes.length > 0 ? codes : ['EUR', 'USD', 'BRL', 'INR', 'JPY'];
})();

export const currencyArb: fc.Arbitrary<Currency> = fc
  .record({
    code: fc.constantFrom(...CURRENCY_CODES),
    amount1000: fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1_000_000_000, max: 1_000_000_000 })),
  })
  .map(plain);

/** Days in a month: proleptic Gregorian, or Solar Hijri as the validator accepts it (Esfand 30). */
export function daysIn(year: number, month: number, calendar: Calendar): number {
  if (calendar === 'solar-hijri') return month <= 6 ? 31 : 30;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const componentsArb: fc.Arbitrary<DateTimeComponents> = fc
  .record({
    calendar: opt(fc.constantFrom<Calendar>('gregorian', 'solar-hijri')),
    year: fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(1, 4, 100, 1900, 2000, 2024, 9999)),
    month: fc.integer({ min: 1, max: 12 }),
  })
  .chain(({ calendar, year, month }) =>
    fc
      .record({
        dayOfMonth: fc.oneof(fc.integer({ min: 1, max: daysIn(year, month, calendar ?? 'gregorian') }), fc.constant(daysIn(year, month, calendar ?? 'gregorian'))),
        hour: opt(fc.integer({ min: 0, max: 23 })),
        minute: opt(fc.integer({ min: 0, max: 59 })),
        dayOfWeek: opt(fc.integer({ min: 1, max: 7 }).map((d) => d as DayOfWeek)),
      })
      .map((rest) => compact({ year, month, calendar, ...rest }) as DateTimeComponents),
  );

export const dateTimeArb: fc.Arbitrary<DateTime> = fc.oneof(
  componentsArb.map((components) => ({ components })),
  fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 }).map((unixEpochSeconds) => ({ unixEpochSeconds })),
);

export const localizableArb: fc.Arbitrary<LocalizableParam> = fc.oneof(
  textArb(0, 1024).map((d) => ({ default: d })),
  fc.record({ default: textArb(0, 1024), currency: currencyArb }).map(plain),
  fc.record({ default: textArb(0, 1024), dateTime: dateTimeArb }).map(plain),
);

const elementNameArb = fc.string({ unit: fc.constantFrom(...LOWER, ...DIGITS, '_'), minLength: 1, maxLength: 40 });

function languagePair(): fc.Arbitrary<{ lg?: string; lc?: string }> {
  return fc.oneof(
    fc.constant({}),
    languageArb.map((lg) => ({ lg })),
    fc.record({ lg: languageArb, lc: regionArb }),
  );
}

/** An HSM; `hydrated` (a pre-rendered copy) only where the validator allows one (top level). */
export function hsmArb(opts: { hydrated: boolean; small?: boolean }): fc.Arbitrary<Hsm> {
  const small = opts.small === true;
  return fc
    .record({
      namespace: textArb(1, 256),
      elementName: elementNameArb,
      params: fc.array(textArb(0, 1024), { maxLength: small ? 2 : 5 }),
      localizableParams: fc.array(localizableArb, { maxLength: small ? 1 : 4 }),
      deterministic: languagePair(),
      fallback: languagePair(),
      hydrated: opts.hydrated ? opt(hydratedOnlyTemplateArb) : fc.constant(undefined),
    })
    .map(({ deterministic, fallback, ...h }) =>
      compact({
        ...h,
        deterministicLg: deterministic.lg,
        deterministicLc: deterministic.lc,
        fallbackLg: fallback.lg,
        fallbackLc: fallback.lc,
      }) as Hsm,
    );
}

// ---- templates

/** Buttons within Meta's limits: ≤ 10 in all, ≤ 2 URL, ≤ 1 call, in any order. */
function buttonsArb<B>(quickReply: fc.Arbitrary<B>, url: fc.Arbitrary<B>, call: fc.Arbitrary<B>): fc.Arbitrary<B[]> {
  return fc
    .tuple(fc.array(url, { maxLength: 2 }), fc.array(call, { maxLength: 1 }))
    .chain(([urls, calls]) =>
      fc
        .array(quickReply, { maxLength: 10 - urls.length - calls.length })
        .chain((replies) => {
          const all = [...replies, ...urls, ...calls];
          return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
        }),
    );
}

const indexArb = opt(fc.integer({ min: 0, max: 1000 }));
const buttonTextArb = textArb(1, 25);

export const hydratedButtonsArb: fc.Arbitrary<HydratedButton[]> = buttonsArb<HydratedButton>(
  fc.record({ type: fc.constant('quick-reply' as const), index: indexArb, displayText: buttonTextArb, id: opt(textArb(1, 128)) }).map((b) => compact(b) as HydratedButton),
  fc.record({ type: fc.constant('url' as const), index: indexArb, displayText: buttonTextArb, url: urlArb }).map((b) => compact(b) as HydratedButton),
  fc.record({ type: fc.constant('call' as const), index: indexArb, displayText: buttonTextArb, phoneNumber: phoneArb }).map((b) => compact(b) as HydratedButton),
);

export const hydratedArb: fc.Arbitrary<HydratedTemplate> = fc
  .record({
    title: fc.oneof(
      fc.constant({}),
      textArb(1, 60).map((titleText) => ({ titleText })),
      imageArb.map((titleImage) => ({ titleImage })),
    ),
    contentText: textArb(1, 1024, 80),
    footerText: opt(textArb(1, 60)),
    buttons: hydratedButtonsArb,
    templateId: opt(textArb(1, 128)),
  })
  .map(({ title, ...t }) => compact({ ...title, ...t }) as HydratedTemplate);

const nestedHsm = hsmArb({ hydrated: false, small: true });

export const templateButtonsArb: fc.Arbitrary<TemplateButton[]> = buttonsArb<TemplateButton>(
  fc.record({ type: fc.constant('quick-reply' as const), index: indexArb, displayText: nestedHsm, id: opt(textArb(1, 128)) }).map((b) => compact(b) as TemplateButton),
  fc.record({ type: fc.constant('url' as const), index: indexArb, displayText: nestedHsm, url: nestedHsm }).map((b) => compact(b) as TemplateButton),
  fc.record({ type: fc.constant('call' as const), index: indexArb, displayText: nestedHsm, phoneNumber: nestedHsm }).map((b) => compact(b) as TemplateButton),
);

/** A template that HSM.hydrated may carry: hydratedFourRow only (no receiver-rendered four-row). */
export const hydratedOnlyTemplateArb: fc.Arbitrary<Template> = fc
  .record({ hydratedFourRow: hydratedArb, hydrated: opt(hydratedArb), templateId: opt(textArb(1, 128)) })
  .map((t) => compact(t) as Template);

export const templateArb: fc.Arbitrary<Template> = fc.oneof(
  hydratedOnlyTemplateArb,
  fc
    .record({
      title: opt(fc.oneof(nestedHsm.map((hsm) => ({ hsm })), imageArb.map((image) => ({ image })))),
      content: nestedHsm,
      footer: opt(nestedHsm),
      buttons: fc.oneof({ weight: 3, arbitrary: fc.constant([] as TemplateButton[]) }, { weight: 2, arbitrary: templateButtonsArb }),
      hydrated: opt(hydratedArb),
      templateId: opt(textArb(1, 128)),
    })
    .map(({ hydrated, templateId, ...row }) => compact({ fourRow: compact(row), hydrated, templateId }) as Template),
);

// ---- contents

const metaArb = fc.record({ messageId: opt(messageIdArb), timestampMs: opt(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })) });

function withMeta<C extends object>(body: fc.Arbitrary<C>): fc.Arbitrary<C & ContentMeta> {
  return fc.tuple(body, metaArb).map(([b, meta]) => compact({ ...b, ...meta }) as C & ContentMeta);
}

type VariantContent = LocalizedVariant['content'];

export const variantContentArbs = {
  text: withMeta(fc.record({ kind: fc.constant('text' as const), text: textArb(1, 65_536, 80) })),
  image: withMeta(fc.record({ kind: fc.constant('image' as const), image: imageArb })),
  'link-preview': withMeta(fc.record({ kind: fc.constant('link-preview' as const), linkPreview: linkPreviewArb })),
  hsm: withMeta(fc.record({ kind: fc.constant('hsm' as const), hsm: hsmArb({ hydrated: true }) })),
  template: withMeta(fc.record({ kind: fc.constant('template' as const), template: templateArb })),
} satisfies Record<Exclude<ContentKind, 'translations' | 'receipt'>, fc.Arbitrary<VariantContent>>;

const smallVariantContent: fc.Arbitrary<VariantContent> = fc.oneof(
  withMeta(fc.record({ kind: fc.constant('text' as const), text: textArb(1, 65_536) })),
  withMeta(fc.record({ kind: fc.constant('image' as const), image: imageArb })),
  withMeta(fc.record({ kind: fc.constant('link-preview' as const), linkPreview: linkPreviewArb })),
  withMeta(fc.record({ kind: fc.constant('hsm' as const), hsm: hsmArb({ hydrated: false, small: true }) })),
  withMeta(fc.record({ kind: fc.constant('template' as const), template: hydratedOnlyTemplateArb })),
);

export const translationsArb: fc.Arbitrary<Translations> = fc
  .uniqueArray(languageTagArb, { minLength: 1, maxLength: 5, selector: tagKey })
  .chain((tags) =>
    fc.record({
      variants: fc.tuple(...tags.map((tag) => smallVariantContent.map((content) => ({ ...tag, content }) as LocalizedVariant))),
      default: fc.constantFrom(...tags),
      fallbackChain: fc.array(languageTagArb, { maxLength: 10 }),
    }).map(plain),
  );

export const receiptArb: fc.Arbitrary<Receipt> = fc
  .record({
    type: fc.constantFrom('delivered' as const, 'read' as const),
    messageIds: fc.array(messageIdArb, { minLength: 1, maxLength: 8 }),
    timestampMs: opt(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  })
  .map((r) => compact(r) as Receipt);

export const contentArbs: Record<ContentKind, fc.Arbitrary<Content>> = {
  ...variantContentArbs,
  translations: withMeta(fc.record({ kind: fc.constant('translations' as const), translations: translationsArb })),
  receipt: withMeta(fc.record({ kind: fc.constant('receipt' as const), receipt: receiptArb })),
};

export const anyContentArb: fc.Arbitrary<Content> = fc.oneof(...Object.values(contentArbs));
