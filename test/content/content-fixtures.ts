/**
 * Shared support for the content tests: typed-error assertions, hand-written fixtures of every
 * content kind, and an independent domain → protobuf mapper over src/wire/generated/content.js
 * (so tests can write bytes that parley's own encoder — which validates first — never would).
 *
 * The mapper is written from proto/content.proto, not from src/wire/content-codec.ts: when both
 * agree byte for byte, the codec's field layout is confirmed by a second reading of the proto.
 */
import { expect } from 'vitest';
import {
  type Content,
  type DateTime,
  type ErrorCode,
  type HydratedButton,
  type HydratedTemplate,
  type Hsm,
  type Image,
  type LinkPreview,
  type LocalizableParam,
  ProtocolError,
  type Template,
  type TemplateButton,
} from '../../src/index.js';
import { parley } from '../../src/wire/generated/content.js';

export const pb = parley.content.v1;
export type PbContent = parley.content.v1.Content.$Properties;

// ---------------------------------------------------------------------------------------------
// Typed errors

/** Runs `fn`, which must throw a ProtocolError; returns it. */
export function thrownBy(fn: () => unknown): ProtocolError {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  if (error === undefined) throw new Error('expected a ProtocolError, but nothing was thrown');
  expect(ProtocolError.is(error), `expected a ProtocolError, got ${String(error)}`).toBe(true);
  expect(error).toBeInstanceOf(ProtocolError);
  return error as ProtocolError;
}

/** Awaits `promise`, which must reject with a ProtocolError; returns it. */
export async function rejectionOf(promise: Promise<unknown>): Promise<ProtocolError> {
  let error: unknown;
  let resolved = false;
  try {
    await promise;
    resolved = true;
  } catch (e) {
    error = e;
  }
  if (resolved) throw new Error('expected a rejection with a ProtocolError, but the promise resolved');
  expect(ProtocolError.is(error), `expected a ProtocolError, got ${String(error)}`).toBe(true);
  return error as ProtocolError;
}

/** `fn` throws a ProtocolError with this code and (when given) exactly this details.field. */
export function expectFailure(fn: () => unknown, code: ErrorCode, field?: string): ProtocolError {
  const error = thrownBy(fn);
  expect({ code: error.code, field: error.details.field }, error.message).toEqual({
    code,
    field: field === undefined ? error.details.field : field,
  });
  return error;
}

// ---------------------------------------------------------------------------------------------
// Bytes

/** Deterministic filler bytes (not random: fixtures must be the same on every run). */
export function filler(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

export const KEY_A = filler(32, 1);
export const KEY_B = filler(32, 2);
export const KEY_C = filler(32, 3);
export const THUMB = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]);

// ---------------------------------------------------------------------------------------------
// Fixtures: one valid value of every kind, with as many optional fields set as the kind has

export const IMAGE: Image = {
  url: 'https://mmg.whatsapp.net/v/t62.7118-24/12345_67890.enc?ccb=11-4&oh=01_AB&oe=6650',
  directPath: '/v/t62.7118-24/12345_67890.enc?ccb=11-4&oh=01_AB&oe=6650',
  mimetype: 'image/jpeg',
  caption: 'Your order #1234 — ready 📦',
  mediaKey: KEY_A,
  fileSha256: KEY_B,
  fileEncSha256: KEY_C,
  fileLength: 123_456,
  height: 1080,
  width: 1920,
  mediaKeyTimestamp: 1_718_000_000,
  jpegThumbnail: THUMB,
};

/** The smallest image: only the required fields. */
export const BARE_IMAGE: Image = { mimetype: 'image/png', mediaKey: KEY_C, fileSha256: KEY_A, fileEncSha256: KEY_B, fileLength: 0 };

export const LINK_PREVIEW: LinkPreview = {
  text: 'Track your parcel at https://shop.example.com/track?id=42 today',
  matchedText: 'https://shop.example.com/track?id=42',
  title: 'Parcel tracking',
  description: 'Where your order is, updated hourly.',
  previewType: 'image',
  jpegThumbnail: THUMB,
};

export function hsm(elementName: string, params: readonly string[] = [], extra: Partial<Hsm> = {}): Hsm {
  return { namespace: 'b1c2d3e4_f5a6_7890_ab12_cd34ef567890', elementName, params, localizableParams: [], ...extra };
}

export const CURRENCY_PARAM: LocalizableParam = { default: '€12.50', currency: { code: 'EUR', amount1000: 12_500 } };
export const DATE_PARAM: LocalizableParam = {
  default: 'Thursday, 29 February 2024 13:45',
  dateTime: { components: { year: 2024, month: 2, dayOfMonth: 29, hour: 13, minute: 45, dayOfWeek: 4, calendar: 'gregorian' } },
};
export const EPOCH_PARAM: LocalizableParam = { default: '2024-06-10 08:00 UTC', dateTime: { unixEpochSeconds: 1_718_006_400 } };

export const HYDRATED_TEMPLATE: HydratedTemplate = {
  titleText: 'Order confirmed',
  contentText: 'Hi Ana, your order of €12.50 arrives on Thursday.',
  footerText: 'Reply STOP to opt out',
  buttons: [
    { type: 'quick-reply', index: 0, displayText: 'Thanks!', id: 'thanks' },
    { type: 'url', index: 1, displayText: 'Track order', url: 'https://shop.example.com/track?id=42' },
    { type: 'call', index: 2, displayText: 'Call us', phoneNumber: '+1 (555) 010-0199' },
  ],
  templateId: '1234567890',
};

export const HSM: Hsm = {
  namespace: 'b1c2d3e4_f5a6_7890_ab12_cd34ef567890',
  elementName: 'order_confirmation',
  params: ['Ana', '#1234'],
  localizableParams: [CURRENCY_PARAM, DATE_PARAM, EPOCH_PARAM],
  deterministicLg: 'pt',
  deterministicLc: 'BR',
  fallbackLg: 'en',
  fallbackLc: 'US',
  hydrated: { hydratedFourRow: HYDRATED_TEMPLATE, templateId: '1234567890' },
};

export const FOUR_ROW_TEMPLATE: Template = {
  fourRow: {
    title: { hsm: hsm('order_header', ['Ana']) },
    content: hsm('order_body', ['Ana', '#1234'], { localizableParams: [CURRENCY_PARAM] }),
    footer: hsm('order_footer'),
    buttons: [
      { type: 'quick-reply', index: 0, displayText: hsm('btn_thanks'), id: 'thanks' },
      { type: 'url', index: 1, displayText: hsm('btn_track'), url: hsm('track_url', ['42']) },
      { type: 'call', index: 2, displayText: hsm('btn_call'), phoneNumber: hsm('support_phone') },
    ],
  },
  hydrated: HYDRATED_TEMPLATE,
  templateId: '1234567890',
};

export const FOUR_ROW_IMAGE_TEMPLATE: Template = {
  fourRow: { title: { image: IMAGE }, content: hsm('promo_body', ['20%']), buttons: [] },
};

export const HYDRATED_FOUR_ROW_TEMPLATE: Template = {
  hydratedFourRow: HYDRATED_TEMPLATE,
  hydrated: { contentText: 'Order confirmed.', buttons: [] },
  templateId: '1234567890',
};

export const HYDRATED_IMAGE_TEMPLATE: Template = {
  hydratedFourRow: {
    titleImage: BARE_IMAGE,
    contentText: 'New arrivals are in.',
    buttons: [
      { type: 'url', displayText: 'Shop', url: 'https://shop.example.com/new' },
      { type: 'url', displayText: 'Sale', url: 'http://[2001:db8::1]:8080/sale' },
      { type: 'quick-reply', displayText: 'Not now' },
    ],
  },
};

export const FIXTURES: Readonly<Record<string, Content>> = {
  text: { kind: 'text', text: 'Hello, your table for 2 is booked ✅', messageId: '3EB0C767D26A1D0F2C5B', timestampMs: 1_718_000_000_123 },
  'text (bare)': { kind: 'text', text: 'x' },
  image: { kind: 'image', image: IMAGE, messageId: 'img-1' },
  'image (bare)': { kind: 'image', image: BARE_IMAGE },
  'link-preview': { kind: 'link-preview', linkPreview: LINK_PREVIEW, timestampMs: 0 },
  'link-preview (bare)': { kind: 'link-preview', linkPreview: { text: 'no link here' } },
  hsm: { kind: 'hsm', hsm: HSM, messageId: 'hsm-1' },
  'template (four-row)': { kind: 'template', template: FOUR_ROW_TEMPLATE },
  'template (four-row, image title)': { kind: 'template', template: FOUR_ROW_IMAGE_TEMPLATE },
  'template (hydrated four-row)': { kind: 'template', template: HYDRATED_FOUR_ROW_TEMPLATE },
  'template (hydrated, image title)': { kind: 'template', template: HYDRATED_IMAGE_TEMPLATE },
  translations: {
    kind: 'translations',
    messageId: 'tr-1',
    translations: {
      variants: [
        { lg: 'en', content: { kind: 'text', text: 'Your order shipped.' } },
        { lg: 'pt', lc: 'BR', content: { kind: 'hsm', hsm: hsm('order_shipped', ['Ana']) } },
        { lg: 'es', lc: '419', content: { kind: 'link-preview', linkPreview: LINK_PREVIEW } },
        { lg: 'de', content: { kind: 'image', image: BARE_IMAGE, messageId: 'inner' } },
        { lg: 'fr', content: { kind: 'template', template: HYDRATED_FOUR_ROW_TEMPLATE } },
      ],
      default: { lg: 'en' },
      fallbackChain: [{ lg: 'es', lc: '419' }, { lg: 'en' }],
    },
  },
  receipt: { kind: 'receipt', receipt: { type: 'read', messageIds: ['3EB0C767D26A1D0F2C5B', 'img-1'], timestampMs: 1_718_000_001_000 } },
  'receipt (delivered)': { kind: 'receipt', receipt: { type: 'delivered', messageIds: ['a'] } },
};

// ---------------------------------------------------------------------------------------------
// Independent domain → protobuf mapper (no validation: writes whatever it is given)

const PREVIEW_NUMBERS = { none: 0, video: 1, placeholder: 4, image: 5, 'payment-links': 6, profile: 7 } as const;

function set<T extends object>(target: T, key: keyof T, value: unknown): void {
  if (value !== undefined) (target as Record<keyof T, unknown>)[key] = value;
}

export function imageToPb(i: Image): parley.content.v1.ImageMessage.$Properties {
  const out: parley.content.v1.ImageMessage.$Properties = {};
  set(out, 'url', i.url);
  set(out, 'mimetype', i.mimetype);
  set(out, 'caption', i.caption);
  set(out, 'fileSha256', i.fileSha256);
  set(out, 'fileLength', i.fileLength);
  set(out, 'height', i.height);
  set(out, 'width', i.width);
  set(out, 'mediaKey', i.mediaKey);
  set(out, 'fileEncSha256', i.fileEncSha256);
  set(out, 'directPath', i.directPath);
  set(out, 'mediaKeyTimestamp', i.mediaKeyTimestamp);
  set(out, 'jpegThumbnail', i.jpegThumbnail);
  return out;
}

export function linkPreviewToPb(p: LinkPreview): parley.content.v1.ExtendedTextMessage.$Properties {
  const out: parley.content.v1.ExtendedTextMessage.$Properties = {};
  set(out, 'text', p.text);
  set(out, 'matchedText', p.matchedText);
  set(out, 'description', p.description);
  set(out, 'title', p.title);
  set(out, 'previewType', p.previewType === undefined ? undefined : PREVIEW_NUMBERS[p.previewType]);
  set(out, 'jpegThumbnail', p.jpegThumbnail);
  return out;
}

function dateTimeToPb(d: DateTime): parley.content.v1.HSMDateTime.$Properties {
  const out: parley.content.v1.HSMDateTime.$Properties = {};
  if (d.components !== undefined) {
    const c = d.components;
    const component: parley.content.v1.HSMDateTimeComponent.$Properties = {};
    set(component, 'dayOfWeek', c.dayOfWeek);
    set(component, 'year', c.year);
    set(component, 'month', c.month);
    set(component, 'dayOfMonth', c.dayOfMonth);
    set(component, 'hour', c.hour);
    set(component, 'minute', c.minute);
    set(component, 'calendar', c.calendar === undefined ? undefined : c.calendar === 'gregorian' ? 1 : 2);
    out.component = component;
  }
  // Both members may be set on purpose: the encoder writes both, the wire then carries both.
  if (d.unixEpochSeconds !== undefined) out.unixEpoch = { timestamp: d.unixEpochSeconds };
  return out;
}

function localizableToPb(p: LocalizableParam): parley.content.v1.HSMLocalizableParameter.$Properties {
  const out: parley.content.v1.HSMLocalizableParameter.$Properties = { default: p.default };
  if (p.currency !== undefined) out.currency = { currencyCode: p.currency.code, amount1000: p.currency.amount1000 };
  if (p.dateTime !== undefined) out.dateTime = dateTimeToPb(p.dateTime);
  return out;
}

export function hsmToPb(h: Hsm): parley.content.v1.HighlyStructuredMessage.$Properties {
  const out: parley.content.v1.HighlyStructuredMessage.$Properties = {
    namespace: h.namespace,
    elementName: h.elementName,
    params: [...h.params],
    localizableParams: h.localizableParams.map(localizableToPb),
  };
  set(out, 'fallbackLg', h.fallbackLg);
  set(out, 'fallbackLc', h.fallbackLc);
  set(out, 'deterministicLg', h.deterministicLg);
  set(out, 'deterministicLc', h.deterministicLc);
  if (h.hydrated !== undefined) out.hydratedHsm = templateToPb(h.hydrated);
  return out;
}

function buttonToPb(b: TemplateButton): parley.content.v1.TemplateButton.$Properties {
  const out: parley.content.v1.TemplateButton.$Properties = {};
  set(out, 'index', b.index);
  if (b.type === 'quick-reply') {
    out.quickReplyButton = { displayText: hsmToPb(b.displayText) };
    set(out.quickReplyButton, 'id', b.id);
  } else if (b.type === 'url') out.urlButton = { displayText: hsmToPb(b.displayText), url: hsmToPb(b.url) };
  else out.callButton = { displayText: hsmToPb(b.displayText), phoneNumber: hsmToPb(b.phoneNumber) };
  return out;
}

function hydratedButtonToPb(b: HydratedButton): parley.content.v1.HydratedTemplateButton.$Properties {
  const out: parley.content.v1.HydratedTemplateButton.$Properties = {};
  set(out, 'index', b.index);
  if (b.type === 'quick-reply') {
    out.quickReplyButton = { displayText: b.displayText };
    set(out.quickReplyButton, 'id', b.id);
  } else if (b.type === 'url') out.urlButton = { displayText: b.displayText, url: b.url };
  else out.callButton = { displayText: b.displayText, phoneNumber: b.phoneNumber };
  return out;
}

export function hydratedToPb(t: HydratedTemplate): parley.content.v1.HydratedFourRowTemplate.$Properties {
  const out: parley.content.v1.HydratedFourRowTemplate.$Properties = {
    hydratedContentText: t.contentText,
    hydratedButtons: t.buttons.map(hydratedButtonToPb),
  };
  set(out, 'hydratedTitleText', t.titleText);
  if (t.titleImage !== undefined) out.imageMessage = imageToPb(t.titleImage);
  set(out, 'hydratedFooterText', t.footerText);
  set(out, 'templateId', t.templateId);
  return out;
}

export function templateToPb(t: Template): parley.content.v1.TemplateMessage.$Properties {
  const out: parley.content.v1.TemplateMessage.$Properties = {};
  if (t.fourRow !== undefined) {
    const row = t.fourRow;
    const fourRow: parley.content.v1.FourRowTemplate.$Properties = {
      content: hsmToPb(row.content),
      buttons: row.buttons.map(buttonToPb),
    };
    if (row.title !== undefined) {
      if ('hsm' in row.title) fourRow.highlyStructuredMessage = hsmToPb(row.title.hsm);
      else fourRow.imageMessage = imageToPb(row.title.image);
    }
    if (row.footer !== undefined) fourRow.footer = hsmToPb(row.footer);
    out.fourRowTemplate = fourRow;
  }
  if (t.hydratedFourRow !== undefined) out.hydratedFourRowTemplate = hydratedToPb(t.hydratedFourRow);
  if (t.hydrated !== undefined) out.hydratedTemplate = hydratedToPb(t.hydrated);
  set(out, 'templateId', t.templateId);
  return out;
}

export function contentToPb(c: Content): PbContent {
  const out: PbContent = {};
  set(out, 'messageId', c.messageId);
  set(out, 'timestampMs', c.timestampMs);
  switch (c.kind) {
    case 'text':
      out.conversation = c.text;
      break;
    case 'image':
      out.imageMessage = imageToPb(c.image);
      break;
    case 'link-preview':
      out.extendedTextMessage = linkPreviewToPb(c.linkPreview);
      break;
    case 'hsm':
      out.highlyStructuredMessage = hsmToPb(c.hsm);
      break;
    case 'template':
      out.templateMessage = templateToPb(c.template);
      break;
    case 'translations': {
      const t = c.translations;
      const translations: parley.content.v1.Translations.$Properties = {
        variants: t.variants.map((v) => {
          const variant: parley.content.v1.LocalizedVariant.$Properties = { lg: v.lg, content: contentToPb(v.content) };
          set(variant, 'lc', v.lc);
          return variant;
        }),
        defaultLg: t.default.lg,
        fallbackChain: t.fallbackChain.map((tag) => {
          const out: parley.content.v1.LanguageTag.$Properties = { lg: tag.lg };
          set(out, 'lc', tag.lc);
          return out;
        }),
      };
      set(translations, 'defaultLc', t.default.lc);
      out.translations = translations;
      break;
    }
    case 'receipt': {
      const r = c.receipt;
      out.receipt = { type: r.type === 'delivered' ? 1 : 2, messageIds: [...r.messageIds] };
      set(out.receipt, 'timestampMs', r.timestampMs);
      break;
    }
  }
  return out;
}

/** Protobuf bytes for `content`, written by the generated encoder with no validation at all. */
export function rawContentBytes(content: Content): Uint8Array {
  return new Uint8Array(pb.Content.encode(contentToPb(content)).finish()); // a plain copy, not a Buffer
}
