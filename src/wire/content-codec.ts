import { copyBytes } from '../bytes.js';
import type {
  Content,
  Currency,
  FourRowTemplate,
  DateTime,
  HydratedButton,
  HydratedTemplate,
  Hsm,
  Image,
  LinkPreview,
  LocalizableParam,
  PreviewType,
  Template,
  TemplateButton,
  Translations,
  Receipt,
} from '../content/types.js';
import { ProtocolError } from '../errors.js';
import { checkSize, decodeProto } from './codec-util.js';
import { parley } from './generated/content.js';

/**
 * Content ↔ protobuf (proto/content.proto). Structure only: limits and field rules are checked by
 * content/validate.ts on both paths. Unknown fields from newer peers are skipped.
 */
const pb = parley.content.v1;
type ContentProps = parley.content.v1.Content.$Properties;

const PREVIEW_TYPES: Record<PreviewType, number> = { none: 0, video: 1, placeholder: 4, image: 5, 'payment-links': 6, profile: 7 };
const PREVIEW_NAMES = new Map(Object.entries(PREVIEW_TYPES).map(([k, v]) => [v, k as PreviewType]));

function opt<K extends string, V>(key: K, value: V | null | undefined): { [k in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

function str(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

function bytes(value: Uint8Array | null | undefined): Uint8Array | undefined {
  return value === null || value === undefined ? undefined : copyBytes(value);
}

/** A field's value only when it was on the wire (decoded defaults live on the prototype). */
function own<T extends object, K extends keyof T>(m: T, key: K): T[K] | undefined {
  return Object.prototype.hasOwnProperty.call(m, key) ? m[key] : undefined;
}

/** 64-bit integers arrive as numbers or Long objects; only safe integers are accepted. */
function int64(value: unknown, field: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'object' ? Number(BigInt(String(value))) : NaN;
  if (!Number.isSafeInteger(n)) fail(field, 'a 64-bit value beyond the safe integer range');
  return n;
}

function fail(field: string, reason: string): never {
  throw new ProtocolError('InvalidMessage', `content ${field}: ${reason}`, { field });
}

// ---- encode ----

function imageToProto(image: Image): parley.content.v1.ImageMessage.$Properties {
  return {
    ...opt('url', image.url),
    mimetype: image.mimetype,
    ...opt('caption', image.caption),
    fileSha256: image.fileSha256,
    fileLength: image.fileLength,
    ...opt('height', image.height),
    ...opt('width', image.width),
    mediaKey: image.mediaKey,
    fileEncSha256: image.fileEncSha256,
    ...opt('directPath', image.directPath),
    ...opt('mediaKeyTimestamp', image.mediaKeyTimestamp),
    ...opt('jpegThumbnail', image.jpegThumbnail),
  };
}

function hsmToProto(hsm: Hsm): parley.content.v1.HighlyStructuredMessage.$Properties {
  return {
    namespace: hsm.namespace,
    elementName: hsm.elementName,
    params: [...hsm.params],
    ...opt('fallbackLg', hsm.fallbackLg),
    ...opt('fallbackLc', hsm.fallbackLc),
    localizableParams: hsm.localizableParams.map(localizableToProto),
    ...opt('deterministicLg', hsm.deterministicLg),
    ...opt('deterministicLc', hsm.deterministicLc),
    ...opt('hydratedHsm', hsm.hydrated === undefined ? undefined : templateToProto(hsm.hydrated)),
  };
}

function localizableToProto(param: LocalizableParam): parley.content.v1.HSMLocalizableParameter.$Properties {
  const out: parley.content.v1.HSMLocalizableParameter.$Properties = { default: param.default };
  if (param.currency !== undefined) out.currency = { currencyCode: param.currency.code, amount1000: param.currency.amount1000 };
  if (param.dateTime !== undefined) out.dateTime = dateTimeToProto(param.dateTime);
  return out;
}

function dateTimeToProto(dateTime: DateTime): parley.content.v1.HSMDateTime.$Properties {
  if (dateTime.unixEpochSeconds !== undefined) return { unixEpoch: { timestamp: dateTime.unixEpochSeconds } };
  const c = dateTime.components!;
  return {
    component: {
      ...opt('dayOfWeek', c.dayOfWeek),
      year: c.year,
      month: c.month,
      dayOfMonth: c.dayOfMonth,
      ...opt('hour', c.hour),
      ...opt('minute', c.minute),
      ...opt('calendar', c.calendar === undefined ? undefined : c.calendar === 'gregorian' ? 1 : 2),
    },
  };
}

function templateToProto(template: Template): parley.content.v1.TemplateMessage.$Properties {
  const out: parley.content.v1.TemplateMessage.$Properties = {};
  if (template.fourRow !== undefined) {
    const row = template.fourRow;
    const fourRow: parley.content.v1.FourRowTemplate.$Properties = {
      content: hsmToProto(row.content),
      buttons: row.buttons.map(templateButtonToProto),
      ...opt('footer', row.footer === undefined ? undefined : hsmToProto(row.footer)),
    };
    if (row.title !== undefined) {
      if ('hsm' in row.title) fourRow.highlyStructuredMessage = hsmToProto(row.title.hsm);
      else fourRow.imageMessage = imageToProto(row.title.image);
    }
    out.fourRowTemplate = fourRow;
  }
  if (template.hydratedFourRow !== undefined) out.hydratedFourRowTemplate = hydratedToProto(template.hydratedFourRow);
  if (template.hydrated !== undefined) out.hydratedTemplate = hydratedToProto(template.hydrated);
  if (template.templateId !== undefined) out.templateId = template.templateId;
  return out;
}

function templateButtonToProto(button: TemplateButton): parley.content.v1.TemplateButton.$Properties {
  const base = opt('index', button.index);
  switch (button.type) {
    case 'quick-reply':
      return { ...base, quickReplyButton: { displayText: hsmToProto(button.displayText), ...opt('id', button.id) } };
    case 'url':
      return { ...base, urlButton: { displayText: hsmToProto(button.displayText), url: hsmToProto(button.url) } };
    case 'call':
      return { ...base, callButton: { displayText: hsmToProto(button.displayText), phoneNumber: hsmToProto(button.phoneNumber) } };
  }
}

function hydratedToProto(template: HydratedTemplate): parley.content.v1.HydratedFourRowTemplate.$Properties {
  return {
    ...opt('hydratedTitleText', template.titleText),
    ...opt('imageMessage', template.titleImage === undefined ? undefined : imageToProto(template.titleImage)),
    hydratedContentText: template.contentText,
    ...opt('hydratedFooterText', template.footerText),
    hydratedButtons: template.buttons.map(hydratedButtonToProto),
    ...opt('templateId', template.templateId),
  };
}

function hydratedButtonToProto(button: HydratedButton): parley.content.v1.HydratedTemplateButton.$Properties {
  const base = opt('index', button.index);
  switch (button.type) {
    case 'quick-reply':
      return { ...base, quickReplyButton: { displayText: button.displayText, ...opt('id', button.id) } };
    case 'url':
      return { ...base, urlButton: { displayText: button.displayText, url: button.url } };
    case 'call':
      return { ...base, callButton: { displayText: button.displayText, phoneNumber: button.phoneNumber } };
  }
}

function contentToProto(content: Content): ContentProps {
  const meta: ContentProps = {
    ...opt('messageId', content.messageId),
    ...opt('timestampMs', content.timestampMs),
    ...opt('envelopeDigest', content.envelopeDigest),
  };
  switch (content.kind) {
    case 'text':
      return { ...meta, conversation: content.text };
    case 'image':
      return { ...meta, imageMessage: imageToProto(content.image) };
    case 'link-preview':
      return { ...meta, extendedTextMessage: linkPreviewToProto(content.linkPreview) };
    case 'hsm':
      return { ...meta, highlyStructuredMessage: hsmToProto(content.hsm) };
    case 'template':
      return { ...meta, templateMessage: templateToProto(content.template) };
    case 'translations':
      return { ...meta, translations: translationsToProto(content.translations) };
    case 'receipt':
      return { ...meta, receipt: receiptToProto(content.receipt) };
  }
}

function linkPreviewToProto(p: LinkPreview): parley.content.v1.ExtendedTextMessage.$Properties {
  return {
    text: p.text,
    ...opt('matchedText', p.matchedText),
    ...opt('description', p.description),
    ...opt('title', p.title),
    ...opt('previewType', p.previewType === undefined ? undefined : PREVIEW_TYPES[p.previewType]),
    ...opt('jpegThumbnail', p.jpegThumbnail),
  };
}

function translationsToProto(t: Translations): parley.content.v1.Translations.$Properties {
  return {
    variants: t.variants.map((v) => ({ lg: v.lg, ...opt('lc', v.lc), content: contentToProto(v.content) })),
    defaultLg: t.default.lg,
    ...opt('defaultLc', t.default.lc),
    fallbackChain: t.fallbackChain.map((tag) => ({ lg: tag.lg, ...opt('lc', tag.lc) })),
  };
}

function receiptToProto(r: Receipt): parley.content.v1.Receipt.$Properties {
  return { type: r.type === 'delivered' ? 1 : 2, messageIds: [...r.messageIds], ...opt('timestampMs', r.timestampMs) };
}

/** Encodes content (already validated by the caller) as a WhatsApp-compatible Message. */
export function encodeContent(content: Content): Uint8Array {
  return copyBytes(pb.Content.encode(contentToProto(content)).finish());
}

// ---- decode ----

function imageFromProto(m: parley.content.v1.ImageMessage.$Properties, field: string): Image {
  const need = <T>(v: T | null | undefined, name: string): T => (v === null || v === undefined ? fail(`${field}.${name}`, 'missing') : v);
  return {
    ...opt('url', str(m.url)),
    ...opt('directPath', str(m.directPath)),
    mimetype: need(m.mimetype, 'mimetype'),
    ...opt('caption', str(m.caption)),
    mediaKey: copyBytes(need(m.mediaKey, 'mediaKey')),
    fileSha256: copyBytes(need(m.fileSha256, 'fileSha256')),
    fileEncSha256: copyBytes(need(m.fileEncSha256, 'fileEncSha256')),
    fileLength: need(int64(own(m, 'fileLength'), `${field}.fileLength`), 'fileLength'),
    ...opt('height', own(m, 'height')),
    ...opt('width', own(m, 'width')),
    ...opt('mediaKeyTimestamp', int64(own(m, 'mediaKeyTimestamp'), `${field}.mediaKeyTimestamp`)),
    ...opt('jpegThumbnail', bytes(own(m, 'jpegThumbnail'))),
  };
}

function hsmFromProto(m: parley.content.v1.HighlyStructuredMessage.$Properties | null | undefined, field: string): Hsm {
  if (m === null || m === undefined) fail(field, 'missing');
  return {
    namespace: m.namespace ?? '',
    elementName: m.elementName ?? '',
    params: [...(m.params ?? [])],
    localizableParams: (m.localizableParams ?? []).map((p, i) => localizableFromProto(p, `${field}.localizableParams[${i}]`)),
    ...opt('deterministicLg', str(m.deterministicLg)),
    ...opt('deterministicLc', str(m.deterministicLc)),
    ...opt('fallbackLg', str(m.fallbackLg)),
    ...opt('fallbackLc', str(m.fallbackLc)),
    ...opt('hydrated', m.hydratedHsm == null ? undefined : templateFromProto(m.hydratedHsm, `${field}.hydrated`)),
  };
}

function localizableFromProto(p: parley.content.v1.HSMLocalizableParameter.$Properties, field: string): LocalizableParam {
  const out: { default: string; currency?: Currency; dateTime?: DateTime } = { default: p.default ?? '' };
  if (p.currency != null) out.currency = { code: p.currency.currencyCode ?? '', amount1000: int64(own(p.currency, 'amount1000'), `${field}.currency.amount1000`) ?? 0 };
  if (p.dateTime != null) {
    const dt = p.dateTime;
    if (dt.unixEpoch != null) out.dateTime = { unixEpochSeconds: int64(own(dt.unixEpoch, 'timestamp'), `${field}.unixEpoch`) ?? 0 };
    else if (dt.component != null) {
      const c = dt.component;
      out.dateTime = {
        components: {
          year: c.year ?? 0,
          month: c.month ?? 0,
          dayOfMonth: c.dayOfMonth ?? 0,
          ...opt('hour', own(c, 'hour')),
          ...opt('minute', own(c, 'minute')),
          ...opt('dayOfWeek', own(c, 'dayOfWeek') as 1 | 2 | 3 | 4 | 5 | 6 | 7 | undefined),
          ...opt('calendar', own(c, 'calendar') == null ? undefined : c.calendar === 2 ? 'solar-hijri' : c.calendar === 1 ? 'gregorian' : fail(`${field}.calendar`, `unknown calendar ${c.calendar}`)),
        },
      };
    } else fail(`${field}.dateTime`, 'neither component nor unixEpoch');
  }
  return out;
}

function templateFromProto(m: parley.content.v1.TemplateMessage.$Properties, field: string): Template {
  const out: { fourRow?: FourRowTemplate; hydratedFourRow?: HydratedTemplate; hydrated?: HydratedTemplate; templateId?: string } = {};
  if (m.fourRowTemplate != null) {
    const row = m.fourRowTemplate;
    const title =
      row.highlyStructuredMessage != null
        ? { hsm: hsmFromProto(row.highlyStructuredMessage, `${field}.fourRow.title`) }
        : row.imageMessage != null
          ? { image: imageFromProto(row.imageMessage, `${field}.fourRow.title`) }
          : undefined;
    out.fourRow = {
      ...opt('title', title),
      content: hsmFromProto(row.content, `${field}.fourRow.content`),
      ...opt('footer', row.footer == null ? undefined : hsmFromProto(row.footer, `${field}.fourRow.footer`)),
      buttons: (row.buttons ?? []).map((b, i) => templateButtonFromProto(b, `${field}.fourRow.buttons[${i}]`)),
    };
  }
  if (m.hydratedFourRowTemplate != null) out.hydratedFourRow = hydratedFromProto(m.hydratedFourRowTemplate, `${field}.hydratedFourRow`);
  if (m.hydratedTemplate != null) out.hydrated = hydratedFromProto(m.hydratedTemplate, `${field}.hydrated`);
  if (str(m.templateId) !== undefined) out.templateId = m.templateId!;
  return out;
}

function templateButtonFromProto(b: parley.content.v1.TemplateButton.$Properties, field: string): TemplateButton {
  const index = opt('index', own(b, 'index'));
  if (b.quickReplyButton != null) {
    return { type: 'quick-reply', ...index, displayText: hsmFromProto(b.quickReplyButton.displayText, `${field}.displayText`), ...opt('id', str(b.quickReplyButton.id)) };
  }
  if (b.urlButton != null) {
    return { type: 'url', ...index, displayText: hsmFromProto(b.urlButton.displayText, `${field}.displayText`), url: hsmFromProto(b.urlButton.url, `${field}.url`) };
  }
  if (b.callButton != null) {
    return { type: 'call', ...index, displayText: hsmFromProto(b.callButton.displayText, `${field}.displayText`), phoneNumber: hsmFromProto(b.callButton.phoneNumber, `${field}.phoneNumber`) };
  }
  return fail(field, 'button of no known type');
}

function hydratedFromProto(m: parley.content.v1.HydratedFourRowTemplate.$Properties, field: string): HydratedTemplate {
  return {
    ...opt('titleText', str(m.hydratedTitleText)),
    ...opt('titleImage', m.imageMessage == null ? undefined : imageFromProto(m.imageMessage, `${field}.titleImage`)),
    contentText: m.hydratedContentText ?? '',
    ...opt('footerText', str(m.hydratedFooterText)),
    buttons: (m.hydratedButtons ?? []).map((b, i) => hydratedButtonFromProto(b, `${field}.buttons[${i}]`)),
    ...opt('templateId', str(m.templateId)),
  };
}

function hydratedButtonFromProto(b: parley.content.v1.HydratedTemplateButton.$Properties, field: string): HydratedButton {
  const index = opt('index', own(b, 'index'));
  if (b.quickReplyButton != null) return { type: 'quick-reply', ...index, displayText: b.quickReplyButton.displayText ?? '', ...opt('id', str(b.quickReplyButton.id)) };
  if (b.urlButton != null) return { type: 'url', ...index, displayText: b.urlButton.displayText ?? '', url: b.urlButton.url ?? '' };
  if (b.callButton != null) return { type: 'call', ...index, displayText: b.callButton.displayText ?? '', phoneNumber: b.callButton.phoneNumber ?? '' };
  return fail(field, 'button of no known type');
}

function contentFromProto(m: parley.content.v1.Content.$Properties, field: string): Content {
  const meta = {
    ...opt('messageId', own(m, 'messageId')),
    ...opt('timestampMs', int64(own(m, 'timestampMs'), `${field}.timestampMs`)),
    ...opt('envelopeDigest', bytes(own(m, 'envelopeDigest'))),
  };
  if (m.conversation != null) return { ...meta, kind: 'text', text: m.conversation };
  if (m.imageMessage != null) return { ...meta, kind: 'image', image: imageFromProto(m.imageMessage, `${field}.image`) };
  if (m.extendedTextMessage != null) {
    const e = m.extendedTextMessage;
    const previewType = own(e, 'previewType') == null ? undefined : PREVIEW_NAMES.get(e.previewType!) ?? fail(`${field}.linkPreview.previewType`, `unknown preview type ${e.previewType}`);
    return {
      ...meta,
      kind: 'link-preview',
      linkPreview: {
        text: e.text ?? '',
        ...opt('matchedText', str(e.matchedText)),
        ...opt('title', str(e.title)),
        ...opt('description', str(e.description)),
        ...opt('previewType', previewType),
        ...opt('jpegThumbnail', bytes(own(e, 'jpegThumbnail'))),
      },
    };
  }
  if (m.highlyStructuredMessage != null) return { ...meta, kind: 'hsm', hsm: hsmFromProto(m.highlyStructuredMessage, `${field}.hsm`) };
  if (m.templateMessage != null) return { ...meta, kind: 'template', template: templateFromProto(m.templateMessage, `${field}.template`) };
  if (m.translations != null) {
    const t = m.translations;
    return {
      ...meta,
      kind: 'translations',
      translations: {
        variants: (t.variants ?? []).map((v, i) => {
          const at = `${field}.translations.variants[${i}]`;
          if (v.content == null) fail(at, 'missing content');
          const inner = contentFromProto(v.content, `${at}.content`);
          if (inner.kind === 'translations' || inner.kind === 'receipt') fail(`${at}.content`, `a ${inner.kind} cannot be a variant`);
          return { lg: v.lg ?? '', ...opt('lc', str(v.lc)), content: inner };
        }),
        default: { lg: t.defaultLg ?? '', ...opt('lc', str(t.defaultLc)) },
        fallbackChain: (t.fallbackChain ?? []).map((tag) => ({ lg: tag.lg ?? '', ...opt('lc', str(tag.lc)) })),
      },
    };
  }
  if (m.receipt != null) {
    const r = m.receipt;
    const type = r.type === 1 ? 'delivered' : r.type === 2 ? 'read' : fail(`${field}.receipt.type`, `unknown receipt type ${String(r.type)}`);
    return { ...meta, kind: 'receipt', receipt: { type, messageIds: [...(r.messageIds ?? [])], ...opt('timestampMs', int64(own(r, 'timestampMs'), `${field}.receipt.timestampMs`)) } };
  }
  return fail(`${field}.kind`, 'no known content kind');
}

/** Decodes a WhatsApp-compatible Message into content; the caller validates it. */
export function decodeContent(serialized: Uint8Array, maxBytes: number): Content {
  checkSize(serialized, 1, maxBytes, 'Content');
  const decoded = decodeProto('Content', () => pb.Content.decode(serialized));
  return contentFromProto(decoded, 'content');
}

