/**
 * parley's content model: what a business message says, independent of protobuf. The kinds that
 * WhatsApp also has map one-to-one onto WhatsApp's `Message` fields (proto/content.proto).
 * All values are plain, readonly data; byte fields are Uint8Array.
 */

export interface ContentMeta {
  /** Sender-chosen message id (what receipts acknowledge). */
  readonly messageId?: string;
  /** Milliseconds since the epoch, set by the sender. */
  readonly timestampMs?: number;
  /**
   * SHA-256 (32 bytes) of the envelope header the gateway sees, so the recipient detects any
   * change to it (gateway/envelope.ts).
   */
  readonly envelopeDigest?: Uint8Array;
}

export interface TextContent extends ContentMeta {
  readonly kind: 'text';
  readonly text: string;
}

export interface ImageContent extends ContentMeta {
  readonly kind: 'image';
  readonly image: Image;
}

export interface LinkPreviewContent extends ContentMeta {
  readonly kind: 'link-preview';
  readonly linkPreview: LinkPreview;
}

export interface HsmContent extends ContentMeta {
  readonly kind: 'hsm';
  readonly hsm: Hsm;
}

export interface TemplateContent extends ContentMeta {
  readonly kind: 'template';
  readonly template: Template;
}

export interface TranslationsContent extends ContentMeta {
  readonly kind: 'translations';
  readonly translations: Translations;
}

export interface ReceiptContent extends ContentMeta {
  readonly kind: 'receipt';
  readonly receipt: Receipt;
}

export type Content =
  | TextContent
  | ImageContent
  | LinkPreviewContent
  | HsmContent
  | TemplateContent
  | TranslationsContent
  | ReceiptContent;

export type ContentKind = Content['kind'];

/** An encrypted image on the media server (WhatsApp ImageMessage); see content/media.ts. */
export interface Image {
  readonly url?: string;
  readonly directPath?: string;
  readonly mimetype: string;
  readonly caption?: string;
  readonly mediaKey: Uint8Array;
  readonly fileSha256: Uint8Array;
  readonly fileEncSha256: Uint8Array;
  readonly fileLength: number;
  readonly height?: number;
  readonly width?: number;
  readonly mediaKeyTimestamp?: number;
  readonly jpegThumbnail?: Uint8Array;
}

export type PreviewType = 'none' | 'video' | 'placeholder' | 'image' | 'payment-links' | 'profile';

/** Text with a link preview (WhatsApp ExtendedTextMessage). */
export interface LinkPreview {
  readonly text: string;
  /** The URL exactly as it appears in `text`. */
  readonly matchedText?: string;
  readonly title?: string;
  readonly description?: string;
  readonly previewType?: PreviewType;
  readonly jpegThumbnail?: Uint8Array;
}

/** A template rendered by the receiver from the business's signed language pack (WhatsApp HSM). */
export interface Hsm {
  readonly namespace: string;
  readonly elementName: string;
  /** Positional values for {{1}}, {{2}}, … */
  readonly params: readonly string[];
  readonly localizableParams: readonly LocalizableParam[];
  /** Requested language (deterministic policy: shown in exactly this language and locale). */
  readonly deterministicLg?: string;
  readonly deterministicLc?: string;
  /** Legacy fallback-policy language; carried for WhatsApp compatibility, not used to render. */
  readonly fallbackLg?: string;
  readonly fallbackLc?: string;
  /** A pre-rendered copy shown when the pack or element is unavailable. */
  readonly hydrated?: Template;
}

/** A value the receiver formats for its locale; `default` is shown when it cannot. */
export interface LocalizableParam {
  readonly default: string;
  readonly currency?: Currency;
  readonly dateTime?: DateTime;
}

export interface Currency {
  /** ISO 4217 code, e.g. "EUR". */
  readonly code: string;
  /** The amount multiplied by 1000 (12.5 → 12500). */
  readonly amount1000: number;
}

export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type Calendar = 'gregorian' | 'solar-hijri';

export interface DateTimeComponents {
  readonly year: number;
  readonly month: number;
  readonly dayOfMonth: number;
  readonly hour?: number;
  readonly minute?: number;
  /** Ignored when it disagrees with the date: the day is computed from the date. */
  readonly dayOfWeek?: DayOfWeek;
  readonly calendar?: Calendar;
}

/** Exactly one of `components` or `unixEpochSeconds`. */
export interface DateTime {
  readonly components?: DateTimeComponents;
  readonly unixEpochSeconds?: number;
}

/** A four-row template: exactly one of `fourRow` (receiver renders) or `hydratedFourRow`. */
export interface Template {
  readonly fourRow?: FourRowTemplate;
  readonly hydratedFourRow?: HydratedTemplate;
  /** WhatsApp's extra pre-rendered copy (TemplateMessage.hydratedTemplate). */
  readonly hydrated?: HydratedTemplate;
  readonly templateId?: string;
}

export interface FourRowTemplate {
  readonly title?: { readonly hsm: Hsm } | { readonly image: Image };
  readonly content: Hsm;
  readonly footer?: Hsm;
  readonly buttons: readonly TemplateButton[];
}

export type TemplateButton =
  | { readonly type: 'quick-reply'; readonly index?: number; readonly displayText: Hsm; readonly id?: string }
  | { readonly type: 'url'; readonly index?: number; readonly displayText: Hsm; readonly url: Hsm }
  | { readonly type: 'call'; readonly index?: number; readonly displayText: Hsm; readonly phoneNumber: Hsm };

export interface HydratedTemplate {
  readonly titleText?: string;
  readonly titleImage?: Image;
  readonly contentText: string;
  readonly footerText?: string;
  readonly buttons: readonly HydratedButton[];
  readonly templateId?: string;
}

export type HydratedButton =
  | { readonly type: 'quick-reply'; readonly index?: number; readonly displayText: string; readonly id?: string }
  | { readonly type: 'url'; readonly index?: number; readonly displayText: string; readonly url: string }
  | { readonly type: 'call'; readonly index?: number; readonly displayText: string; readonly phoneNumber: string };

/** A language as WhatsApp splits it: `lg` the language ("pt"), `lc` the locale/region ("BR"). */
export interface LanguageTag {
  readonly lg: string;
  readonly lc?: string;
}

/** One message in several languages; the receiver picks one (content/translations.ts). */
export interface Translations {
  readonly variants: readonly LocalizedVariant[];
  /** The variant used when nothing else matches; must name one of the variants. */
  readonly default: LanguageTag;
  /** Tried in order after the exact and language-only matches. */
  readonly fallbackChain: readonly LanguageTag[];
}

export interface LocalizedVariant extends LanguageTag {
  /** Any kind except translations and receipt. */
  readonly content: Exclude<Content, TranslationsContent | ReceiptContent>;
}

export type ReceiptType = 'delivered' | 'read';

export interface Receipt {
  readonly type: ReceiptType;
  readonly messageIds: readonly string[];
  readonly timestampMs?: number;
}
