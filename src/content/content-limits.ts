import { ProtocolError } from '../errors.js';

/**
 * Bounds on structured content, enforced on encode and on decode. Template limits are Meta's
 * (BUSINESS.md §4.6); the others are parley's, chosen to fit WhatsApp's clients. Configurable.
 */
export interface ContentLimits {
  /** Largest encoded Content (before padding). */
  readonly maxContentBytes: number;
  /** Plain text and link-preview text, in UTF-16 code units (WhatsApp allows 65,536 characters). */
  readonly maxTextLength: number;
  readonly maxCaptionLength: number;
  readonly maxPreviewTitleLength: number;
  readonly maxPreviewDescriptionLength: number;
  readonly maxUrlLength: number;
  /** Inline JPEG thumbnails (image and link preview). */
  readonly maxThumbnailBytes: number;
  readonly maxTemplateHeaderLength: number;
  readonly maxTemplateBodyLength: number;
  readonly maxTemplateFooterLength: number;
  readonly maxTemplateButtons: number;
  readonly maxUrlButtons: number;
  readonly maxPhoneButtons: number;
  readonly maxButtonTextLength: number;
  readonly maxTemplateParams: number;
  readonly maxParamLength: number;
  readonly maxNamespaceLength: number;
  readonly maxElementNameLength: number;
  readonly maxTranslations: number;
  readonly maxFallbackChain: number;
  readonly maxReceiptIds: number;
  readonly maxMessageIdLength: number;
  readonly maxMimetypeLength: number;
  /** Largest media file an image message may announce. */
  readonly maxMediaBytes: number;
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = Object.freeze({
  maxContentBytes: 1024 * 1024,
  maxTextLength: 65_536,
  maxCaptionLength: 1_024,
  maxPreviewTitleLength: 256,
  maxPreviewDescriptionLength: 1_024,
  maxUrlLength: 2_048,
  maxThumbnailBytes: 64 * 1024,
  maxTemplateHeaderLength: 60,
  maxTemplateBodyLength: 1_024,
  maxTemplateFooterLength: 60,
  maxTemplateButtons: 10,
  maxUrlButtons: 2,
  maxPhoneButtons: 1,
  maxButtonTextLength: 25,
  maxTemplateParams: 100,
  maxParamLength: 1_024,
  maxNamespaceLength: 256,
  maxElementNameLength: 512,
  maxTranslations: 50,
  maxFallbackChain: 10,
  maxReceiptIds: 1_000,
  maxMessageIdLength: 128,
  maxMimetypeLength: 128,
  maxMediaBytes: 2 * 1024 * 1024 * 1024,
});

export function resolveContentLimits(overrides?: Partial<ContentLimits>): ContentLimits {
  if (overrides === undefined) return DEFAULT_CONTENT_LIMITS;
  const merged = { ...DEFAULT_CONTENT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new ProtocolError('InvalidArgument', `content limit "${name}" expected a non-negative integer, got ${String(value)}`, { field: name });
    }
  }
  return Object.freeze(merged);
}
