import { type ErrorCode, ProtocolError } from '../errors.js';
import type { ContentLimits } from './content-limits.js';
import type {
  Content,
  Currency,
  DateTime,
  DateTimeComponents,
  HydratedButton,
  HydratedTemplate,
  Hsm,
  Image,
  LanguageTag,
  LinkPreview,
  LocalizableParam,
  Receipt,
  Template,
  TemplateButton,
  Translations,
} from './types.js';

/**
 * Validation of structured content, the same rules on encode (errors are 'InvalidArgument': the
 * caller built bad content) and on decode (errors are 'InvalidMessage': a peer sent it). The first
 * violation throws, naming the field path, what was expected and what was got.
 */
export function validateContent(content: Content, limits: ContentLimits, code: 'InvalidArgument' | 'InvalidMessage'): void {
  new ContentValidator(limits, code).content(content, 'content', true);
}

const LANGUAGE = /^[a-z]{2,3}$/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const REGION = /^(?:[A-Z]{2}|[0-9]{3})$/;
const ELEMENT_NAME = /^[a-z0-9_]+$/;
// http(s), a host name or bracketed IPv6 address, optional port, then no spaces or controls.
const HTTP_URL = /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?(?:[/?#][^\s\x00-\x1f\x7f]*)?$/i;
const PHONE = /^\+?[0-9][0-9 ()-]{2,31}$/;

let knownCurrencies: ReadonlySet<string> | undefined;
/** An ISO 4217 code this runtime's Intl knows (any code when Intl cannot list them). */
export function isKnownCurrency(code: string): boolean {
  if (knownCurrencies === undefined) {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
    knownCurrencies = new Set(intl.supportedValuesOf?.('currency') ?? []);
  }
  // Without Intl's list, any three capital letters pass (the regex below already checked them).
  return knownCurrencies.size === 0 || knownCurrencies.has(code);
}

/** Days in a month of the Gregorian or the Solar Hijri (Persian) calendar. */
function daysInMonth(year: number, month: number, calendar: 'gregorian' | 'solar-hijri'): number {
  if (calendar === 'solar-hijri') {
    if (month <= 6) return 31;
    if (month <= 11) return 30;
    return 30; // Esfand has 29 or 30 days; 30 is accepted for leap years, which need an astronomical table.
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

class ContentValidator {
  constructor(
    private readonly limits: ContentLimits,
    private readonly code: ErrorCode,
  ) {}

  fail(field: string, expected: string, got: string | number): never {
    throw new ProtocolError(this.code, `${field} expected ${expected}, got ${got}`, { field, expected, got });
  }

  string(value: unknown, field: string, max: number, opts: { required?: boolean; min?: number } = {}): void {
    if (value === undefined && opts.required !== true) return;
    if (typeof value !== 'string') this.fail(field, 'a string', typeof value);
    // An optional string is either absent or non-empty: WhatsApp encodes absent strings as empty.
    const min = opts.min ?? 1;
    if (value.length < min) this.fail(field, `at least ${min} characters`, value.length);
    if (value.length > max) this.fail(field, `at most ${max} characters`, value.length);
    // Lone surrogates would silently become U+FFFD in UTF-8: the text would change in transit.
    if (LONE_SURROGATE.test(value)) this.fail(field, 'well-formed Unicode', 'a lone surrogate');
  }

  bytes(value: unknown, field: string, opts: { exact?: number; max?: number; required?: boolean }): void {
    if (value === undefined && opts.required !== true) return;
    if (!(value instanceof Uint8Array)) this.fail(field, 'bytes', typeof value);
    if (opts.exact !== undefined && value.length !== opts.exact) this.fail(field, `${opts.exact} bytes`, value.length);
    if (opts.max !== undefined && value.length > opts.max) this.fail(field, `at most ${opts.max} bytes`, value.length);
  }

  integer(value: unknown, field: string, min: number, max: number, required = false): void {
    if (value === undefined && !required) return;
    if (typeof value !== 'number' || !Number.isInteger(value)) this.fail(field, 'an integer', String(value));
    if (value < min || value > max) this.fail(field, `${min}..${max}`, value);
  }

  url(value: unknown, field: string, required = false): void {
    this.string(value, field, this.limits.maxUrlLength, { required });
    if (value === undefined) return;
    if (!HTTP_URL.test(value as string)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value as string)?.[1];
      this.fail(field, 'an http(s) URL', scheme === undefined ? 'no http(s) scheme and host' : `${scheme.toLowerCase()}:`);
    }
  }

  messageId(value: unknown, field: string): void {
    this.string(value, field, this.limits.maxMessageIdLength, { min: 1 });
  }

  content(content: Content, field: string, topLevel: boolean): void {
    if (typeof content !== 'object' || content === null) this.fail(field, 'an object', String(content));
    this.messageId(content.messageId, `${field}.messageId`);
    if (content.timestampMs !== undefined) this.integer(content.timestampMs, `${field}.timestampMs`, 0, Number.MAX_SAFE_INTEGER);
    this.bytes(content.envelopeDigest, `${field}.envelopeDigest`, { exact: 32 });
    switch (content.kind) {
      case 'text':
        return this.string(content.text, `${field}.text`, this.limits.maxTextLength, { required: true });
      case 'image':
        return this.image(content.image, `${field}.image`);
      case 'link-preview':
        return this.linkPreview(content.linkPreview, `${field}.linkPreview`);
      case 'hsm':
        return this.hsm(content.hsm, `${field}.hsm`, true);
      case 'template':
        return this.template(content.template, `${field}.template`, true);
      case 'translations':
        if (!topLevel) this.fail(`${field}.kind`, 'not translations inside translations', 'translations');
        return this.translations(content.translations, `${field}.translations`);
      case 'receipt':
        if (!topLevel) this.fail(`${field}.kind`, 'not a receipt inside translations', 'receipt');
        return this.receipt(content.receipt, `${field}.receipt`);
      default:
        this.fail(`${field}.kind`, 'a known content kind', String((content as { kind?: unknown }).kind));
    }
  }

  image(image: Image, field: string): void {
    if (typeof image !== 'object' || image === null) this.fail(field, 'an object', String(image));
    this.string(image.mimetype, `${field}.mimetype`, this.limits.maxMimetypeLength, { required: true });
    if (!/^image\/[a-z0-9.+-]+$/i.test(image.mimetype)) this.fail(`${field}.mimetype`, 'an image/* type', image.mimetype.slice(0, 40));
    this.string(image.caption, `${field}.caption`, this.limits.maxCaptionLength);
    this.bytes(image.mediaKey, `${field}.mediaKey`, { exact: 32, required: true });
    this.bytes(image.fileSha256, `${field}.fileSha256`, { exact: 32, required: true });
    this.bytes(image.fileEncSha256, `${field}.fileEncSha256`, { exact: 32, required: true });
    this.integer(image.fileLength, `${field}.fileLength`, 0, this.limits.maxMediaBytes, true);
    this.integer(image.height, `${field}.height`, 0, 100_000);
    this.integer(image.width, `${field}.width`, 0, 100_000);
    this.integer(image.mediaKeyTimestamp, `${field}.mediaKeyTimestamp`, 0, Number.MAX_SAFE_INTEGER);
    this.bytes(image.jpegThumbnail, `${field}.jpegThumbnail`, { max: this.limits.maxThumbnailBytes });
    this.url(image.url, `${field}.url`);
    this.string(image.directPath, `${field}.directPath`, this.limits.maxUrlLength);
  }

  linkPreview(preview: LinkPreview, field: string): void {
    if (typeof preview !== 'object' || preview === null) this.fail(field, 'an object', String(preview));
    this.string(preview.text, `${field}.text`, this.limits.maxTextLength, { required: true });
    if (preview.matchedText !== undefined) {
      this.url(preview.matchedText, `${field}.matchedText`);
      if (!preview.text.includes(preview.matchedText)) this.fail(`${field}.matchedText`, 'text that occurs in the message text', 'absent');
    }
    this.string(preview.title, `${field}.title`, this.limits.maxPreviewTitleLength);
    this.string(preview.description, `${field}.description`, this.limits.maxPreviewDescriptionLength);
    this.bytes(preview.jpegThumbnail, `${field}.jpegThumbnail`, { max: this.limits.maxThumbnailBytes });
    const types = ['none', 'video', 'placeholder', 'image', 'payment-links', 'profile'];
    if (preview.previewType !== undefined && !types.includes(preview.previewType)) {
      this.fail(`${field}.previewType`, types.join('|'), String(preview.previewType));
    }
  }

  language(lg: unknown, lc: unknown, field: string, required: boolean): void {
    if (lg === undefined) {
      if (required) this.fail(`${field}.lg`, 'a language code', 'none');
      if (lc !== undefined) this.fail(`${field}.lc`, 'no locale without a language', String(lc));
      return;
    }
    if (typeof lg !== 'string' || !LANGUAGE.test(lg)) this.fail(`${field}.lg`, 'a lower-case ISO 639 code', String(lg).slice(0, 16));
    if (lc !== undefined && (typeof lc !== 'string' || !REGION.test(lc))) {
      this.fail(`${field}.lc`, 'an upper-case region code', String(lc).slice(0, 16));
    }
  }

  hsm(hsm: Hsm, field: string, allowHydrated: boolean): void {
    if (typeof hsm !== 'object' || hsm === null) this.fail(field, 'an object', String(hsm));
    this.string(hsm.namespace, `${field}.namespace`, this.limits.maxNamespaceLength, { required: true });
    this.string(hsm.elementName, `${field}.elementName`, this.limits.maxElementNameLength, { required: true });
    if (!ELEMENT_NAME.test(hsm.elementName)) this.fail(`${field}.elementName`, 'lower-case letters, digits and underscores', hsm.elementName.slice(0, 40));
    const count = hsm.params.length + hsm.localizableParams.length;
    if (count > this.limits.maxTemplateParams) this.fail(`${field}.params`, `at most ${this.limits.maxTemplateParams} parameters`, count);
    hsm.params.forEach((p, i) => this.string(p, `${field}.params[${i}]`, this.limits.maxParamLength, { required: true, min: 0 }));
    hsm.localizableParams.forEach((p, i) => this.localizable(p, `${field}.localizableParams[${i}]`));
    this.language(hsm.deterministicLg, hsm.deterministicLc, `${field}.deterministic`, false);
    this.language(hsm.fallbackLg, hsm.fallbackLc, `${field}.fallback`, false);
    if (hsm.hydrated !== undefined) {
      if (!allowHydrated || hsm.hydrated.fourRow !== undefined) {
        this.fail(`${field}.hydrated`, 'a hydrated template only (no nested four-row template)', 'fourRow');
      }
      this.template(hsm.hydrated, `${field}.hydrated`, false);
    }
  }

  localizable(param: LocalizableParam, field: string): void {
    if (typeof param !== 'object' || param === null) this.fail(field, 'an object', String(param));
    this.string(param.default, `${field}.default`, this.limits.maxParamLength, { required: true, min: 0 });
    if (param.currency !== undefined && param.dateTime !== undefined) this.fail(field, 'currency or dateTime, not both', 'both');
    if (param.currency !== undefined) this.currency(param.currency, `${field}.currency`);
    if (param.dateTime !== undefined) this.dateTime(param.dateTime, `${field}.dateTime`);
  }

  currency(currency: Currency, field: string): void {
    if (typeof currency.code !== 'string' || !/^[A-Z]{3}$/.test(currency.code) || !isKnownCurrency(currency.code)) {
      this.fail(`${field}.code`, 'an ISO 4217 currency code', String(currency.code).slice(0, 8));
    }
    this.integer(currency.amount1000, `${field}.amount1000`, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, true);
  }

  dateTime(dateTime: DateTime, field: string): void {
    const hasComponents = dateTime.components !== undefined;
    const hasEpoch = dateTime.unixEpochSeconds !== undefined;
    if (hasComponents === hasEpoch) this.fail(field, 'exactly one of components or unixEpochSeconds', hasComponents ? 'both' : 'neither');
    if (hasEpoch) this.integer(dateTime.unixEpochSeconds, `${field}.unixEpochSeconds`, -8_640_000_000_000, 8_640_000_000_000);
    if (hasComponents) this.components(dateTime.components!, `${field}.components`);
  }

  components(c: DateTimeComponents, field: string): void {
    const calendar = c.calendar ?? 'gregorian';
    if (calendar !== 'gregorian' && calendar !== 'solar-hijri') this.fail(`${field}.calendar`, 'gregorian|solar-hijri', String(calendar));
    this.integer(c.year, `${field}.year`, 1, 9999, true);
    this.integer(c.month, `${field}.month`, 1, 12, true);
    this.integer(c.dayOfMonth, `${field}.dayOfMonth`, 1, daysInMonth(c.year, c.month, calendar), true);
    this.integer(c.hour, `${field}.hour`, 0, 23);
    this.integer(c.minute, `${field}.minute`, 0, 59);
    this.integer(c.dayOfWeek, `${field}.dayOfWeek`, 1, 7);
  }

  template(template: Template, field: string, allowFourRow: boolean): void {
    if (typeof template !== 'object' || template === null) this.fail(field, 'an object', String(template));
    const formats = (template.fourRow === undefined ? 0 : 1) + (template.hydratedFourRow === undefined ? 0 : 1);
    if (formats !== 1) this.fail(field, 'exactly one of fourRow or hydratedFourRow', formats);
    if (template.fourRow !== undefined) {
      if (!allowFourRow) this.fail(`${field}.fourRow`, 'no four-row template here', 'fourRow');
      const row = template.fourRow;
      if (row.title !== undefined) {
        if ('hsm' in row.title) this.hsm(row.title.hsm, `${field}.fourRow.title.hsm`, false);
        else this.image(row.title.image, `${field}.fourRow.title.image`);
      }
      this.hsm(row.content, `${field}.fourRow.content`, false);
      if (row.footer !== undefined) this.hsm(row.footer, `${field}.fourRow.footer`, false);
      this.buttons(row.buttons, `${field}.fourRow.buttons`, (b, f) => this.templateButton(b, f));
    }
    if (template.hydratedFourRow !== undefined) this.hydrated(template.hydratedFourRow, `${field}.hydratedFourRow`);
    if (template.hydrated !== undefined) this.hydrated(template.hydrated, `${field}.hydrated`);
    this.string(template.templateId, `${field}.templateId`, this.limits.maxMessageIdLength);
  }

  buttons<B extends { readonly type: string }>(buttons: readonly B[], field: string, each: (b: B, field: string) => void): void {
    if (!Array.isArray(buttons)) this.fail(field, 'an array', typeof buttons);
    if (buttons.length > this.limits.maxTemplateButtons) this.fail(field, `at most ${this.limits.maxTemplateButtons} buttons`, buttons.length);
    const urls = buttons.filter((b) => b.type === 'url').length;
    const phones = buttons.filter((b) => b.type === 'call').length;
    if (urls > this.limits.maxUrlButtons) this.fail(field, `at most ${this.limits.maxUrlButtons} URL buttons`, urls);
    if (phones > this.limits.maxPhoneButtons) this.fail(field, `at most ${this.limits.maxPhoneButtons} phone buttons`, phones);
    buttons.forEach((b, i) => each(b, `${field}[${i}]`));
  }

  templateButton(button: TemplateButton, field: string): void {
    this.integer(button.index, `${field}.index`, 0, 1000);
    this.hsm(button.displayText, `${field}.displayText`, false);
    if (button.type === 'url') this.hsm(button.url, `${field}.url`, false);
    else if (button.type === 'call') this.hsm(button.phoneNumber, `${field}.phoneNumber`, false);
    else if (button.type === 'quick-reply') this.string(button.id, `${field}.id`, this.limits.maxMessageIdLength);
    else this.fail(`${field}.type`, 'quick-reply|url|call', String((button as { type?: unknown }).type));
  }

  hydrated(template: HydratedTemplate, field: string): void {
    if (typeof template !== 'object' || template === null) this.fail(field, 'an object', String(template));
    if (template.titleText !== undefined && template.titleImage !== undefined) this.fail(`${field}.title`, 'text or image, not both', 'both');
    this.string(template.titleText, `${field}.titleText`, this.limits.maxTemplateHeaderLength);
    if (template.titleImage !== undefined) this.image(template.titleImage, `${field}.titleImage`);
    this.string(template.contentText, `${field}.contentText`, this.limits.maxTemplateBodyLength, { required: true });
    this.string(template.footerText, `${field}.footerText`, this.limits.maxTemplateFooterLength);
    this.string(template.templateId, `${field}.templateId`, this.limits.maxMessageIdLength);
    this.buttons(template.buttons, `${field}.buttons`, (b, f) => this.hydratedButton(b, f));
  }

  hydratedButton(button: HydratedButton, field: string): void {
    this.integer(button.index, `${field}.index`, 0, 1000);
    this.string(button.displayText, `${field}.displayText`, this.limits.maxButtonTextLength, { required: true });
    if (button.type === 'url') this.url(button.url, `${field}.url`, true);
    else if (button.type === 'call') {
      if (typeof button.phoneNumber !== 'string' || !PHONE.test(button.phoneNumber)) {
        this.fail(`${field}.phoneNumber`, 'a phone number', String(button.phoneNumber).slice(0, 40));
      }
    } else if (button.type === 'quick-reply') this.string(button.id, `${field}.id`, this.limits.maxMessageIdLength);
    else this.fail(`${field}.type`, 'quick-reply|url|call', String((button as { type?: unknown }).type));
  }

  translations(t: Translations, field: string): void {
    if (typeof t !== 'object' || t === null) this.fail(field, 'an object', String(t));
    if (t.variants.length === 0 || t.variants.length > this.limits.maxTranslations) {
      this.fail(`${field}.variants`, `1..${this.limits.maxTranslations} variants`, t.variants.length);
    }
    const seen = new Set<string>();
    t.variants.forEach((v, i) => {
      const at = `${field}.variants[${i}]`;
      this.language(v.lg, v.lc, at, true);
      const key = tagKey(v);
      if (seen.has(key)) this.fail(at, 'a language+locale not used by another variant', key);
      seen.add(key);
      this.content(v.content, `${at}.content`, false);
    });
    this.language(t.default.lg, t.default.lc, `${field}.default`, true);
    if (!seen.has(tagKey(t.default))) this.fail(`${field}.default`, 'the language of one of the variants', tagKey(t.default));
    if (t.fallbackChain.length > this.limits.maxFallbackChain) {
      this.fail(`${field}.fallbackChain`, `at most ${this.limits.maxFallbackChain} entries`, t.fallbackChain.length);
    }
    t.fallbackChain.forEach((tag, i) => this.language(tag.lg, tag.lc, `${field}.fallbackChain[${i}]`, true));
  }

  receipt(receipt: Receipt, field: string): void {
    if (receipt.type !== 'delivered' && receipt.type !== 'read') this.fail(`${field}.type`, 'delivered|read', String(receipt.type));
    if (receipt.messageIds.length === 0 || receipt.messageIds.length > this.limits.maxReceiptIds) {
      this.fail(`${field}.messageIds`, `1..${this.limits.maxReceiptIds} ids`, receipt.messageIds.length);
    }
    receipt.messageIds.forEach((id, i) => this.messageId(id, `${field}.messageIds[${i}]`));
    if (receipt.timestampMs !== undefined) this.integer(receipt.timestampMs, `${field}.timestampMs`, 0, Number.MAX_SAFE_INTEGER);
  }
}

function tagKey(tag: LanguageTag): string {
  return tag.lc === undefined ? tag.lg : `${tag.lg}_${tag.lc}`;
}
