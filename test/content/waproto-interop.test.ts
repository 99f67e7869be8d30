/**
 * Interop of parley's content codec with WhatsApp's own Message schema, as shipped in Baileys
 * 6.17.16 (WAProto, a protobufjs static module). For every kind both sides share — text, image,
 * link preview, HSM, four-row and hydrated four-row templates — bytes written by parley decode
 * with `proto.Message.decode` to the same values, and messages built with
 * `proto.Message.encode(proto.Message.fromObject(…))` decode with parley's `decodeContent` to the
 * expected domain values and pass validation. parley-only fields (≥ 1000) are skipped by WAProto;
 * WhatsApp fields parley does not model are skipped by parley; a Message with no kind parley
 * knows is a typed error.
 *
 * Baileys is a black-box oracle: only its public `proto` export is used.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Content,
  DEFAULT_CONTENT_LIMITS,
  defaultContext,
  openContent,
  padRandom,
  ProtocolError,
  sealContent,
  toHex,
  validateContent,
} from '../../src/index.js';
import { decodeContent, encodeContent } from '../../src/wire/content-codec.js';
import { variantContentArbs } from './content-arbitraries.js';
import {
  BARE_IMAGE,
  expectFailure,
  FIXTURES,
  FOUR_ROW_IMAGE_TEMPLATE,
  FOUR_ROW_TEMPLATE,
  HSM,
  HYDRATED_FOUR_ROW_TEMPLATE,
  HYDRATED_IMAGE_TEMPLATE,
  IMAGE,
  KEY_A,
  KEY_B,
  KEY_C,
  LINK_PREVIEW,
  THUMB,
} from './content-fixtures.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const { proto } = require('baileys') as { proto: any };
const WAMessage = proto.Message;

const MAX = DEFAULT_CONTENT_LIMITS.maxContentBytes;

/** WAProto bytes for a plain object in WAProto's shape. */
function waEncode(object: Record<string, unknown>): Uint8Array {
  return new Uint8Array(WAMessage.encode(WAMessage.fromObject(object)).finish());
}

/** A decoded WAProto message as comparable plain data: longs as numbers, enums as numbers, bytes as hex. */
function waPlain(bytes: Uint8Array): unknown {
  const decoded = WAMessage.decode(bytes);
  return hexBytes(WAMessage.toObject(decoded, { longs: Number, enums: Number }));
}

function hexBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return toHex(value);
  if (Array.isArray(value)) return value.map(hexBytes);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hexBytes(v)]));
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// The same messages in WAProto's shape, written by hand from BUSINESS.md §1–§2

const NS = 'b1c2d3e4_f5a6_7890_ab12_cd34ef567890';
const waHsm = (elementName: string, params: string[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  namespace: NS,
  elementName,
  ...(params.length === 0 ? {} : { params }),
  ...extra,
});

const WA_IMAGE = {
  url: IMAGE.url,
  mimetype: 'image/jpeg',
  caption: 'Your order #1234 — ready 📦',
  fileSha256: KEY_B,
  fileLength: 123_456,
  height: 1080,
  width: 1920,
  mediaKey: KEY_A,
  fileEncSha256: KEY_C,
  directPath: IMAGE.directPath,
  mediaKeyTimestamp: 1_718_000_000,
  jpegThumbnail: THUMB,
};
const WA_BARE_IMAGE = { mimetype: 'image/png', fileSha256: KEY_A, fileLength: 0, mediaKey: KEY_C, fileEncSha256: KEY_B };

const WA_CURRENCY = { default: '€12.50', currency: { currencyCode: 'EUR', amount1000: 12_500 } };
const WA_DATE = {
  default: 'Thursday, 29 February 2024 13:45',
  dateTime: { component: { dayOfWeek: 4, year: 2024, month: 2, dayOfMonth: 29, hour: 13, minute: 45, calendar: 1 } },
};
const WA_EPOCH = { default: '2024-06-10 08:00 UTC', dateTime: { unixEpoch: { timestamp: 1_718_006_400 } } };

const WA_HYDRATED = {
  hydratedTitleText: 'Order confirmed',
  hydratedContentText: 'Hi Ana, your order of €12.50 arrives on Thursday.',
  hydratedFooterText: 'Reply STOP to opt out',
  hydratedButtons: [
    { index: 0, quickReplyButton: { displayText: 'Thanks!', id: 'thanks' } },
    { index: 1, urlButton: { displayText: 'Track order', url: 'https://shop.example.com/track?id=42' } },
    { index: 2, callButton: { displayText: 'Call us', phoneNumber: '+1 (555) 010-0199' } },
  ],
  templateId: '1234567890',
};

const WA_HSM = {
  namespace: NS,
  elementName: 'order_confirmation',
  params: ['Ana', '#1234'],
  fallbackLg: 'en',
  fallbackLc: 'US',
  localizableParams: [WA_CURRENCY, WA_DATE, WA_EPOCH],
  deterministicLg: 'pt',
  deterministicLc: 'BR',
  hydratedHsm: { hydratedFourRowTemplate: WA_HYDRATED, templateId: '1234567890' },
};

const WA_FOUR_ROW = {
  fourRowTemplate: {
    highlyStructuredMessage: waHsm('order_header', ['Ana']),
    content: waHsm('order_body', ['Ana', '#1234'], { localizableParams: [WA_CURRENCY] }),
    footer: waHsm('order_footer'),
    buttons: [
      { index: 0, quickReplyButton: { displayText: waHsm('btn_thanks'), id: 'thanks' } },
      { index: 1, urlButton: { displayText: waHsm('btn_track'), url: waHsm('track_url', ['42']) } },
      { index: 2, callButton: { displayText: waHsm('btn_call'), phoneNumber: waHsm('support_phone') } },
    ],
  },
  hydratedTemplate: WA_HYDRATED,
  templateId: '1234567890',
};

const WA_FOUR_ROW_IMAGE = { fourRowTemplate: { imageMessage: WA_IMAGE, content: waHsm('promo_body', ['20%']) } };

const WA_HYDRATED_FOUR_ROW = {
  hydratedFourRowTemplate: WA_HYDRATED,
  hydratedTemplate: { hydratedContentText: 'Order confirmed.' },
  templateId: '1234567890',
};

const WA_HYDRATED_IMAGE = {
  hydratedFourRowTemplate: {
    imageMessage: WA_BARE_IMAGE,
    hydratedContentText: 'New arrivals are in.',
    hydratedButtons: [
      { urlButton: { displayText: 'Shop', url: 'https://shop.example.com/new' } },
      { urlButton: { displayText: 'Sale', url: 'http://[2001:db8::1]:8080/sale' } },
      { quickReplyButton: { displayText: 'Not now' } },
    ],
  },
};

/** [name, parley content (no parley-only fields), the same message in WAProto's shape]. */
const SHARED: readonly (readonly [string, Content, Record<string, unknown>])[] = [
  ['text', { kind: 'text', text: 'Hello, your table for 2 is booked ✅' }, { conversation: 'Hello, your table for 2 is booked ✅' }],
  ['image', { kind: 'image', image: IMAGE }, { imageMessage: WA_IMAGE }],
  ['image (required fields only)', { kind: 'image', image: BARE_IMAGE }, { imageMessage: WA_BARE_IMAGE }],
  [
    'link preview',
    { kind: 'link-preview', linkPreview: LINK_PREVIEW },
    {
      extendedTextMessage: {
        text: LINK_PREVIEW.text,
        matchedText: 'https://shop.example.com/track?id=42',
        description: 'Where your order is, updated hourly.',
        title: 'Parcel tracking',
        previewType: 5,
        jpegThumbnail: THUMB,
      },
    },
  ],
  [
    'link preview (previewType NONE, no thumbnail)',
    { kind: 'link-preview', linkPreview: { text: 'see https://a.example', matchedText: 'https://a.example', previewType: 'none' } },
    { extendedTextMessage: { text: 'see https://a.example', matchedText: 'https://a.example', previewType: 0 } },
  ],
  ['HSM: currency, dateTime (components and epoch), deterministic lg/lc, hydrated copy', { kind: 'hsm', hsm: HSM }, { highlyStructuredMessage: WA_HSM }],
  [
    'HSM: negative amount, solar hijri date, no params',
    {
      kind: 'hsm',
      hsm: {
        namespace: NS,
        elementName: 'refund',
        params: [],
        localizableParams: [
          { default: '-₹99.99', currency: { code: 'INR', amount1000: -99_990 } },
          { default: '1 Farvardin 1404', dateTime: { components: { year: 1404, month: 1, dayOfMonth: 1, calendar: 'solar-hijri', dayOfWeek: 5 } } },
        ],
        deterministicLg: 'fa',
      },
    },
    {
      highlyStructuredMessage: {
        namespace: NS,
        elementName: 'refund',
        localizableParams: [
          { default: '-₹99.99', currency: { currencyCode: 'INR', amount1000: -99_990 } },
          { default: '1 Farvardin 1404', dateTime: { component: { dayOfWeek: 5, year: 1404, month: 1, dayOfMonth: 1, calendar: 2 } } },
        ],
        deterministicLg: 'fa',
      },
    },
  ],
  ['four-row template (HSM title, footer, three button kinds, hydrated copy)', { kind: 'template', template: FOUR_ROW_TEMPLATE }, { templateMessage: WA_FOUR_ROW }],
  ['four-row template (image title)', { kind: 'template', template: FOUR_ROW_IMAGE_TEMPLATE }, { templateMessage: WA_FOUR_ROW_IMAGE }],
  ['hydrated four-row template with buttons', { kind: 'template', template: HYDRATED_FOUR_ROW_TEMPLATE }, { templateMessage: WA_HYDRATED_FOUR_ROW }],
  ['hydrated four-row template (image title, two URL buttons)', { kind: 'template', template: HYDRATED_IMAGE_TEMPLATE }, { templateMessage: WA_HYDRATED_IMAGE }],
];

describe('parley → WAProto: bytes from encodeContent decode with proto.Message.decode to the same values', () => {
  it.each(SHARED)('%s', (_name, content, wa) => {
    expect(waPlain(encodeContent(content))).toEqual(hexBytes(wa));
  });

  it.each(SHARED)('%s: byte-identical to WAProto encoding the same message', (_name, content, wa) => {
    // Both sides write fields in field-number order, so the same values give the same bytes.
    expect(toHex(encodeContent(content))).toBe(toHex(waEncode(wa)));
  });

  it('image: field by field', () => {
    const m = WAMessage.decode(encodeContent({ kind: 'image', image: IMAGE }));
    const i = m.imageMessage;
    expect(i.mimetype).toBe('image/jpeg');
    expect(i.caption).toBe(IMAGE.caption);
    expect(i.url).toBe(IMAGE.url);
    expect(i.directPath).toBe(IMAGE.directPath);
    expect(toHex(i.fileSha256)).toBe(toHex(KEY_B));
    expect(toHex(i.fileEncSha256)).toBe(toHex(KEY_C));
    expect(toHex(i.mediaKey)).toBe(toHex(KEY_A));
    expect(toHex(i.jpegThumbnail)).toBe(toHex(THUMB));
    expect(Number(i.fileLength)).toBe(123_456);
    expect(Number(i.mediaKeyTimestamp)).toBe(1_718_000_000);
    expect([i.height, i.width]).toEqual([1080, 1920]);
  });

  it('link preview: field by field', () => {
    const e = WAMessage.decode(encodeContent({ kind: 'link-preview', linkPreview: LINK_PREVIEW })).extendedTextMessage;
    expect([e.text, e.matchedText, e.title, e.description]).toEqual([LINK_PREVIEW.text, LINK_PREVIEW.matchedText, LINK_PREVIEW.title, LINK_PREVIEW.description]);
    expect(e.previewType).toBe(proto.Message.ExtendedTextMessage.PreviewType.IMAGE);
    expect(toHex(e.jpegThumbnail)).toBe(toHex(THUMB));
  });

  it('HSM: field by field (currency amount1000 as int64, dateTime, deterministic lg/lc, hydrated copy)', () => {
    const h = WAMessage.decode(encodeContent({ kind: 'hsm', hsm: HSM })).highlyStructuredMessage;
    expect([h.namespace, h.elementName, h.params]).toEqual([NS, 'order_confirmation', ['Ana', '#1234']]);
    expect([h.deterministicLg, h.deterministicLc, h.fallbackLg, h.fallbackLc]).toEqual(['pt', 'BR', 'en', 'US']);
    const [currency, date, epoch] = h.localizableParams;
    expect(currency.default).toBe('€12.50');
    expect(currency.currency.currencyCode).toBe('EUR');
    expect(currency.currency.amount1000.toString()).toBe('12500');
    expect(currency.paramOneof).toBe('currency');
    const c = date.dateTime.component;
    expect([c.year, c.month, c.dayOfMonth, c.hour, c.minute]).toEqual([2024, 2, 29, 13, 45]);
    expect(c.dayOfWeek).toBe(proto.Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType.THURSDAY);
    expect(c.calendar).toBe(proto.Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.CalendarType.GREGORIAN);
    expect(date.dateTime.datetimeOneof).toBe('component');
    expect(epoch.dateTime.unixEpoch.timestamp.toString()).toBe('1718006400');
    expect(epoch.dateTime.datetimeOneof).toBe('unixEpoch');
    const hydrated = h.hydratedHsm.hydratedFourRowTemplate;
    expect(hydrated.hydratedContentText).toBe(HSM.hydrated?.hydratedFourRow?.contentText);
    expect(hydrated.hydratedTitleText).toBe('Order confirmed');
    expect(hydrated.hydratedButtons.map((b: { hydratedButton: string }) => b.hydratedButton)).toEqual(['quickReplyButton', 'urlButton', 'callButton']);
    expect(h.hydratedHsm.templateId).toBe('1234567890');
  });

  it('four-row template: field by field', () => {
    const t = WAMessage.decode(encodeContent({ kind: 'template', template: FOUR_ROW_TEMPLATE })).templateMessage;
    expect(t.format).toBe('fourRowTemplate');
    const row = t.fourRowTemplate;
    expect(row.title).toBe('highlyStructuredMessage');
    expect(row.highlyStructuredMessage.elementName).toBe('order_header');
    expect(row.content.elementName).toBe('order_body');
    expect(row.content.localizableParams[0].currency.amount1000.toString()).toBe('12500');
    expect(row.footer.elementName).toBe('order_footer');
    expect(row.buttons.map((b: { button: string; index: number }) => [b.button, b.index])).toEqual([
      ['quickReplyButton', 0],
      ['urlButton', 1],
      ['callButton', 2],
    ]);
    expect(row.buttons[0].quickReplyButton.id).toBe('thanks');
    expect(row.buttons[1].urlButton.url.params).toEqual(['42']);
    expect(row.buttons[2].callButton.phoneNumber.elementName).toBe('support_phone');
    expect(t.hydratedTemplate.hydratedContentText).toBe(HYDRATED_FOUR_ROW_TEMPLATE.hydratedFourRow?.contentText);
    expect(t.templateId).toBe('1234567890');
  });

  it('hydrated four-row template: field by field', () => {
    const t = WAMessage.decode(encodeContent({ kind: 'template', template: HYDRATED_IMAGE_TEMPLATE })).templateMessage;
    expect(t.format).toBe('hydratedFourRowTemplate');
    const row = t.hydratedFourRowTemplate;
    expect(row.title).toBe('imageMessage');
    expect(row.imageMessage.mimetype).toBe('image/png');
    expect(row.hydratedContentText).toBe('New arrivals are in.');
    expect(row.hydratedButtons[1].urlButton.url).toBe('http://[2001:db8::1]:8080/sale');
    expect(row.hydratedButtons[2].quickReplyButton.displayText).toBe('Not now');
  });

  it('previewType values newer than Baileys 6.17.16 (PAYMENT_LINKS 6, PROFILE 7) decode there as bare numbers, not an error', () => {
    // BUSINESS.md §2.2 lists 6 and 7; Baileys 6.17.16's enum stops at IMAGE = 5, and its older
    // generated decoder stores the number it read without checking the enum.
    for (const [previewType, number] of [['payment-links', 6], ['profile', 7]] as const) {
      const bytes = encodeContent({ kind: 'link-preview', linkPreview: { text: 'pay here', previewType } });
      const e = WAMessage.decode(bytes).extendedTextMessage;
      expect(e.text).toBe('pay here');
      expect(e.previewType).toBe(number);
      expect(proto.Message.ExtendedTextMessage.PreviewType[number]).toBeUndefined();
      // And back: WAProto re-encodes the number, parley maps it to the name.
      expect(decodeContent(new Uint8Array(WAMessage.encode(WAMessage.decode(bytes)).finish()), MAX)).toStrictEqual({
        kind: 'link-preview',
        linkPreview: { text: 'pay here', previewType },
      });
    }
  });
});

describe('WAProto → parley: proto.Message.encode(fromObject(…)) decodes with decodeContent and validates', () => {
  it.each(SHARED)('%s', (_name, content, wa) => {
    const decoded = decodeContent(waEncode(wa), MAX);
    expect(decoded).toStrictEqual(content);
    expect(() => validateContent(decoded, DEFAULT_CONTENT_LIMITS, 'InvalidMessage')).not.toThrow();
    // And through the full receive path (padding + validation).
    expect(openContent(padRandom(waEncode(wa), defaultContext))).toStrictEqual(content);
  });

  it('64-bit values arrive as Long objects from WAProto and decode to exact numbers', () => {
    const decoded = decodeContent(
      waEncode({
        highlyStructuredMessage: {
          namespace: NS,
          elementName: 'big',
          localizableParams: [
            { default: 'max', currency: { currencyCode: 'USD', amount1000: Number.MAX_SAFE_INTEGER } },
            { default: 'min', currency: { currencyCode: 'USD', amount1000: Number.MIN_SAFE_INTEGER } },
            { default: 'old', dateTime: { unixEpoch: { timestamp: -62_135_596_800 } } },
          ],
        },
      }),
      MAX,
    );
    expect(decoded).toStrictEqual({
      kind: 'hsm',
      hsm: {
        namespace: NS,
        elementName: 'big',
        params: [],
        localizableParams: [
          { default: 'max', currency: { code: 'USD', amount1000: Number.MAX_SAFE_INTEGER } },
          { default: 'min', currency: { code: 'USD', amount1000: Number.MIN_SAFE_INTEGER } },
          { default: 'old', dateTime: { unixEpochSeconds: -62_135_596_800 } },
        ],
      },
    });
  });

  it('a 64-bit value beyond the safe-integer range is a typed error naming the field', () => {
    const bytes = waEncode({
      imageMessage: { ...WA_BARE_IMAGE, fileLength: '18446744073709551615' },
    });
    expectFailure(() => decodeContent(bytes, MAX), 'InvalidMessage', 'content.image.fileLength');
  });
});

describe('fast-check: any valid content of a shared kind survives WAProto decode + re-encode unchanged', () => {
  it.each(Object.keys(variantContentArbs) as (keyof typeof variantContentArbs)[])('%s (150 runs)', (kind) => {
    fc.assert(
      fc.property(variantContentArbs[kind], (content) => {
        // messageId / timestampMs are parley-only: WAProto drops them (tested below).
        const { messageId: _id, timestampMs: _ts, ...shared } = content;
        const bytes = encodeContent(shared as Content);
        const relayed = new Uint8Array(WAMessage.encode(WAMessage.decode(bytes)).finish());
        expect(toHex(relayed)).toBe(toHex(bytes));
        expect(decodeContent(relayed, MAX)).toStrictEqual(shared);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parley-only fields (≥ 1000) are skipped by WAProto without error', () => {
  it('messageId and timestampMs next to a shared kind: WAProto sees only the shared kind', () => {
    const content: Content = { kind: 'text', text: 'hi', messageId: '3EB0C767D26A1D0F2C5B', timestampMs: 1_718_000_000_123 };
    expect(waPlain(encodeContent(content))).toEqual({ conversation: 'hi' });
    const image: Content = { kind: 'image', image: IMAGE, messageId: 'img-1', timestampMs: 5 };
    expect(waPlain(encodeContent(image))).toEqual(hexBytes({ imageMessage: WA_IMAGE }));
  });

  it.each([
    ['translations', FIXTURES['translations']!],
    ['receipt', FIXTURES['receipt']!],
    ['receipt (delivered)', FIXTURES['receipt (delivered)']!],
  ])('%s: decodes as a Message with no known field', (_name, content) => {
    const bytes = encodeContent(content);
    expect(() => WAMessage.decode(bytes)).not.toThrow();
    expect(waPlain(bytes)).toEqual({});
  });

  it('a WAProto re-encode drops parley-only fields (Baileys keeps no unknown fields): what remains still opens, or is a typed error', () => {
    const withMeta: Content = { kind: 'text', text: 'hi', messageId: 'm-1', timestampMs: 7 };
    const relayed = new Uint8Array(WAMessage.encode(WAMessage.decode(encodeContent(withMeta))).finish());
    expect(decodeContent(relayed, MAX)).toStrictEqual({ kind: 'text', text: 'hi' });

    const translations = new Uint8Array(WAMessage.encode(WAMessage.decode(encodeContent(FIXTURES['translations']!))).finish());
    expect(translations.length).toBe(0);
    expectFailure(() => openContent(padRandom(translations, defaultContext)), 'InvalidMessage');
  });
});

describe('WhatsApp fields parley does not model', () => {
  const contextInfo = {
    stanzaId: '3EB0ABCDEF',
    participant: '15550100@s.whatsapp.net',
    quotedMessage: { conversation: 'the quoted text' },
    mentionedJid: ['15550101@s.whatsapp.net'],
    isForwarded: true,
    forwardingScore: 3,
  };
  const messageContextInfo = { deviceListMetadataVersion: 2, messageSecret: KEY_A };

  it.each<[string, Record<string, unknown>, Content]>([
    ['conversation + messageContextInfo', { conversation: 'hi', messageContextInfo }, { kind: 'text', text: 'hi' }],
    [
      'imageMessage with contextInfo, viewOnce, scans sidecar, thumbnail paths',
      {
        imageMessage: {
          ...WA_BARE_IMAGE,
          contextInfo,
          viewOnce: true,
          firstScanSidecar: KEY_B,
          firstScanLength: 1234,
          scanLengths: [100, 200, 300],
          thumbnailDirectPath: '/v/thumb',
          thumbnailSha256: KEY_C,
          midQualityFileSha256: KEY_A,
        },
        messageContextInfo,
      },
      { kind: 'image', image: BARE_IMAGE },
    ],
    [
      'extendedTextMessage with contextInfo, canonicalUrl (field 4), styling, large-thumbnail fields',
      {
        extendedTextMessage: {
          text: 'see https://a.example',
          matchedText: 'https://a.example',
          canonicalUrl: 'https://a.example/canonical',
          textArgb: 0xff00ff00,
          backgroundArgb: 0xff000000,
          font: 1,
          contextInfo,
          doNotPlayInline: true,
          thumbnailDirectPath: '/v/t',
          mediaKey: KEY_A,
          thumbnailHeight: 100,
          thumbnailWidth: 200,
        },
      },
      { kind: 'link-preview', linkPreview: { text: 'see https://a.example', matchedText: 'https://a.example' } },
    ],
    [
      'templateMessage with contextInfo, maskLinkedDevices, consentedUsersUrl, webviewPresentation',
      {
        templateMessage: {
          contextInfo,
          hydratedFourRowTemplate: {
            hydratedContentText: 'Body',
            maskLinkedDevices: true,
            hydratedButtons: [
              { index: 0, urlButton: { displayText: 'Open', url: 'https://a.example', consentedUsersUrl: 'https://a.example/c', webviewPresentation: 2 } },
            ],
          },
        },
        messageContextInfo,
      },
      {
        kind: 'template',
        template: { hydratedFourRow: { contentText: 'Body', buttons: [{ type: 'url', index: 0, displayText: 'Open', url: 'https://a.example' }] } },
      },
    ],
  ])('%s: the extra fields are ignored', (_name, wa, expected) => {
    const bytes = waEncode(wa);
    expect(decodeContent(bytes, MAX)).toStrictEqual(expected);
    expect(openContent(padRandom(bytes, defaultContext))).toStrictEqual(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ['documentMessage alone', { documentMessage: { mimetype: 'application/pdf', fileName: 'invoice.pdf', fileLength: 1000, mediaKey: KEY_A } }],
    ['videoMessage alone', { videoMessage: { mimetype: 'video/mp4', seconds: 10 } }],
    ['buttonsMessage alone', { buttonsMessage: { contentText: 'Choose', buttons: [{ buttonId: 'a', buttonText: { displayText: 'A' }, type: 1 }] } }],
    ['reactionMessage alone', { reactionMessage: { key: { id: 'x' }, text: '👍' } }],
    ['messageContextInfo alone', { messageContextInfo }],
    ['an empty Message', {}],
  ])('a Message with no kind parley knows (%s) is a typed error', (_name, wa) => {
    const bytes = waEncode(wa);
    if (bytes.length > 0) {
      const error = expectFailure(() => decodeContent(bytes, MAX), 'InvalidMessage', 'content.kind');
      expect(error.family).toBe('input');
    }
    const opened = expectFailure(() => openContent(padRandom(bytes, defaultContext)), 'InvalidMessage');
    expect(ProtocolError.is(opened, 'InvalidMessage')).toBe(true);
  });

  it('template titles parley does not model (document, video, location) are ignored: the template opens without a title', () => {
    for (const title of [
      { documentMessage: { mimetype: 'application/pdf', fileName: 'invoice.pdf' } },
      { videoMessage: { mimetype: 'video/mp4', seconds: 5 } },
      { locationMessage: { degreesLatitude: 38.72, degreesLongitude: -9.14 } },
    ]) {
      const hydrated = waEncode({ templateMessage: { hydratedFourRowTemplate: { ...title, hydratedContentText: 'Body' } } });
      expect(openContent(padRandom(hydrated, defaultContext))).toStrictEqual({ kind: 'template', template: { hydratedFourRow: { contentText: 'Body', buttons: [] } } });
      const fourRow = waEncode({ templateMessage: { fourRowTemplate: { ...title, content: waHsm('body') } } });
      expect(openContent(padRandom(fourRow, defaultContext))).toStrictEqual({
        kind: 'template',
        template: { fourRow: { content: { namespace: NS, elementName: 'body', params: [], localizableParams: [] }, buttons: [] } },
      });
    }
  });

  it('a templateMessage in a format parley does not model (interactiveMessageTemplate) is a typed error naming the template', () => {
    const bytes = waEncode({ templateMessage: { interactiveMessageTemplate: { body: { text: 'Hi' } }, templateId: '1' } });
    expectFailure(() => openContent(padRandom(bytes, defaultContext)), 'InvalidMessage', 'content.template');
  });

  it('a parley sealed message is a valid WhatsApp Message once unpadded', () => {
    for (const [, content, wa] of SHARED) {
      const sealed = sealContent(content);
      const padLength = sealed[sealed.length - 1]!;
      expect(waPlain(sealed.subarray(0, sealed.length - padLength))).toEqual(hexBytes(wa));
    }
  });
});
