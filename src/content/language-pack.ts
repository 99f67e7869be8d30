import { assertBytes, concatBytes, utf8 } from '../bytes.js';
import { DEFAULT_CONTENT_LIMITS } from './content-limits.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { type ErrorCode, ProtocolError } from '../errors.js';
import { parsePublicKey, sign, verify } from '../keys/curve.js';
import {
  decodeLanguagePackData,
  decodeSignedLanguagePack,
  encodeLanguagePackData,
  encodeSignedLanguagePack,
} from '../wire/language-pack-codec.js';

/**
 * Signed language packs (shared/docs/BUSINESS.md §1.4): the template elements of one business
 * namespace in one language and locale, signed by the business identity key. Receivers render
 * HSMs and four-row templates from them (content/render.ts) and cache them (content/pack-cache.ts).
 *
 * Template rules (BUSINESS.md §4.6), applied both when a pack is created (errors 'InvalidArgument')
 * and when one is received (errors 'InvalidMessage'); every error names the field, e.g.
 * `elements[2].buttons[0].text`. Lengths count UTF-16 code units, as content/validate.ts does.
 * - namespace: 1–256 characters, no control characters;
 * - lg: lower-case ISO 639 (2–3 letters); lc (optional): upper-case region (2 letters or 3 digits);
 * - version: 1 … 2^32−1, increasing with every pack the business issues for namespace+lg+lc;
 * - issuedAtMs: a non-negative integer (ms since the epoch);
 * - 1 … maxElements elements with unique names of lower-case letters, digits and underscores (≤ 512);
 * - category: marketing | utility | authentication;
 * - header (optional): 1–60 characters, at most one placeholder, and that one is {{1}};
 * - body: 1–1024 characters, positional placeholders {{1}} … {{n}};
 * - footer (optional): 1–60 characters, static (no placeholders);
 * - buttons: at most 10, at most 2 URL and at most 1 call button, quick replies next to each
 *   other (Meta groups them apart from the others); text 1–25 characters, static;
 *   URL: an http(s) URL of at most 2000 characters whose only placeholder is an optional {{1}} at
 *   the very end, after a '/', '?' or '#' (so a parameter can never change the host);
 *   call: an E.164 number ("+" then 7–15 digits);
 * - placeholders are written {{n}} with n a decimal integer without leading zeros; any other
 *   "{{" or "}}" is rejected; the numbers used by an element (header, body and URLs together)
 *   must be exactly 1 … k without gaps (Meta's "sequential" rule);
 * - no control characters except line feeds in the body; no unpaired surrogates.
 *
 * Placeholder numbering is shared by the whole element: {{1}} in the header, the body and a URL
 * button all stand for the message's first parameter (an HSM has one positional list).
 */

export type TemplateCategory = 'marketing' | 'utility' | 'authentication';

export type LanguagePackButton =
  | { readonly type: 'quick-reply'; readonly text: string }
  | { readonly type: 'url'; readonly text: string; readonly url: string }
  | { readonly type: 'call'; readonly text: string; readonly phoneNumber: string };

export interface LanguagePackElement {
  readonly name: string;
  /** The category the template was approved in. */
  readonly category: TemplateCategory;
  readonly header?: string;
  readonly body: string;
  readonly footer?: string;
  readonly buttons: readonly LanguagePackButton[];
}

/** The plain contents of a pack, as signed. */
export interface LanguagePackData {
  readonly namespace: string;
  readonly lg: string;
  readonly lc?: string;
  readonly version: number;
  readonly issuedAtMs: number;
  readonly elements: readonly LanguagePackElement[];
}

/** What a business passes to {@link createLanguagePack}; `issuedAtMs` defaults to the context clock. */
export interface LanguagePackInput {
  readonly namespace: string;
  readonly lg: string;
  readonly lc?: string;
  readonly version: number;
  readonly issuedAtMs?: number;
  readonly elements: readonly LanguagePackElement[];
}

/** A verified pack (deeply frozen). Only {@link verifyLanguagePack} produces one. */
export interface LanguagePack extends LanguagePackData {
  /** The element with this name, or undefined. */
  element(name: string): LanguagePackElement | undefined;
}

export interface LanguagePackLimits {
  /** Largest signed pack (container bytes) accepted or produced. */
  readonly maxPackBytes: number;
  /** Most elements one pack may hold. */
  readonly maxElements: number;
}

export const DEFAULT_LANGUAGE_PACK_LIMITS: LanguagePackLimits = Object.freeze({
  maxPackBytes: 4 * 1024 * 1024,
  maxElements: 1_000,
});

export interface LanguagePackOptions extends ProtocolOptions {
  readonly packLimits?: Partial<LanguagePackLimits>;
}

export function resolveLanguagePackLimits(overrides?: Partial<LanguagePackLimits>): LanguagePackLimits {
  if (overrides === undefined) return DEFAULT_LANGUAGE_PACK_LIMITS;
  const merged = { ...DEFAULT_LANGUAGE_PACK_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new ProtocolError('InvalidArgument', `language pack limit "${name}" expected a positive integer, got ${String(value)}`, {
        field: name,
      });
    }
  }
  return Object.freeze(merged);
}

// Meta's template limits (BUSINESS.md §4.6): the same numbers content validation uses.
export const MAX_HEADER_LENGTH = DEFAULT_CONTENT_LIMITS.maxTemplateHeaderLength;
export const MAX_BODY_LENGTH = DEFAULT_CONTENT_LIMITS.maxTemplateBodyLength;
export const MAX_FOOTER_LENGTH = DEFAULT_CONTENT_LIMITS.maxTemplateFooterLength;
export const MAX_BUTTONS = DEFAULT_CONTENT_LIMITS.maxTemplateButtons;
export const MAX_URL_BUTTONS = DEFAULT_CONTENT_LIMITS.maxUrlButtons;
export const MAX_CALL_BUTTONS = DEFAULT_CONTENT_LIMITS.maxPhoneButtons;
export const MAX_BUTTON_TEXT_LENGTH = DEFAULT_CONTENT_LIMITS.maxButtonTextLength;
const MAX_NAMESPACE_LENGTH = 256;
const MAX_ELEMENT_NAME_LENGTH = 512;
const MAX_URL_LENGTH = 2_000;
const MAX_VERSION = 0xffff_ffff;

const LANGUAGE = /^[a-z]{2,3}$/;
const REGION = /^(?:[A-Z]{2}|[0-9]{3})$/;
const ELEMENT_NAME = /^[a-z0-9_]+$/;
const E164 = /^\+[1-9][0-9]{6,14}$/;
// http(s), a host name or bracketed IPv6 address, optional port, then a '/', '?' or '#' and no
// spaces or controls (the same shape content/validate.ts accepts for hydrated URL buttons).
const HOST = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?`;
const HTTP_URL = new RegExp(String.raw`^https?:\/\/${HOST}(?:[/?#][^\s\x00-\x1f\x7f]*)?$`, 'i');
const HTTP_URL_WITH_PATH = new RegExp(String.raw`^https?:\/\/${HOST}[/?#][^\s\x00-\x1f\x7f]*$`, 'i');
/** A well-formed positional placeholder (content/render.ts uses the same syntax). */
const PLACEHOLDER = /\{\{([1-9][0-9]{0,3})\}\}/g;
const URL_SUFFIX = '{{1}}';

/** Numbers of the well-formed placeholders in `text`, in order of appearance (with repeats). */
export function placeholdersIn(text: string): number[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => Number(m[1]));
}

class PackValidator {
  constructor(
    private readonly code: ErrorCode,
    private readonly limits: LanguagePackLimits,
  ) {}

  fail(field: string, expected: string, got: string | number): never {
    throw new ProtocolError(this.code, `${field} expected ${expected}, got ${got}`, { field, expected, got });
  }

  text(value: unknown, field: string, max: number, opts: { newlines?: boolean; placeholders?: boolean } = {}): string {
    if (typeof value !== 'string') this.fail(field, 'a string', typeof value);
    if (value.length < 1) this.fail(field, 'at least 1 character', 0);
    if (value.length > max) this.fail(field, `at most ${max} characters`, value.length);
    const control = opts.newlines === true ? /[\x00-\x09\x0b-\x1f\x7f-\x9f]/ : /[\x00-\x1f\x7f-\x9f]/;
    if (control.test(value)) this.fail(field, opts.newlines === true ? 'no control characters other than line feeds' : 'no control characters', 'a control character');
    if (!isWellFormed(value)) this.fail(field, 'well-formed Unicode', 'an unpaired surrogate');
    // Whatever is left after removing the well-formed placeholders must not look like one.
    const rest = value.replace(PLACEHOLDER, '\u0000');
    if (rest.includes('{{') || rest.includes('}}')) this.fail(field, 'placeholders written {{n}} with n in 1..9999', 'a malformed placeholder');
    if (opts.placeholders !== true && rest !== value) this.fail(field, 'static text (no placeholders)', 'a placeholder');
    return value;
  }

  pack(data: LanguagePackData): LanguagePackData {
    if (typeof data !== 'object' || data === null) this.fail('pack', 'an object', String(data));
    const namespace = this.text(data.namespace, 'namespace', MAX_NAMESPACE_LENGTH);
    if (typeof data.lg !== 'string' || !LANGUAGE.test(data.lg)) this.fail('lg', 'a lower-case ISO 639 code', String(data.lg).slice(0, 16));
    if (data.lc !== undefined && (typeof data.lc !== 'string' || !REGION.test(data.lc))) {
      this.fail('lc', 'an upper-case region code', String(data.lc).slice(0, 16));
    }
    this.integer(data.version, 'version', 1, MAX_VERSION);
    this.integer(data.issuedAtMs, 'issuedAtMs', 0, Number.MAX_SAFE_INTEGER);
    if (!Array.isArray(data.elements)) this.fail('elements', 'an array', typeof data.elements);
    const elements = data.elements as readonly LanguagePackElement[];
    if (elements.length < 1 || elements.length > this.limits.maxElements) {
      this.fail('elements', `1..${this.limits.maxElements} elements`, elements.length);
    }
    const names = new Set<string>();
    const out = elements.map((element, i) => {
      const checked = this.element(element, `elements[${i}]`);
      if (names.has(checked.name)) this.fail(`elements[${i}].name`, 'a name not used by another element', checked.name.slice(0, 40));
      names.add(checked.name);
      return checked;
    });
    return {
      namespace,
      lg: data.lg,
      version: data.version,
      issuedAtMs: data.issuedAtMs,
      elements: out,
      ...(data.lc !== undefined ? { lc: data.lc } : {}),
    };
  }

  integer(value: unknown, field: string, min: number, max: number): void {
    if (typeof value !== 'number' || !Number.isInteger(value)) this.fail(field, 'an integer', String(value));
    if (value < min || value > max) this.fail(field, `${min}..${max}`, value);
  }

  element(element: LanguagePackElement, at: string): LanguagePackElement {
    if (typeof element !== 'object' || element === null) this.fail(at, 'an object', String(element));
    const name = this.text(element.name, `${at}.name`, MAX_ELEMENT_NAME_LENGTH);
    if (!ELEMENT_NAME.test(name)) this.fail(`${at}.name`, 'lower-case letters, digits and underscores', name.slice(0, 40));
    const category = element.category;
    if (category !== 'marketing' && category !== 'utility' && category !== 'authentication') {
      this.fail(`${at}.category`, 'marketing|utility|authentication', String(category));
    }
    const used: number[] = [];
    let header: string | undefined;
    if (element.header !== undefined) {
      header = this.text(element.header, `${at}.header`, MAX_HEADER_LENGTH, { placeholders: true });
      const inHeader = placeholdersIn(header);
      if (inHeader.length > 1 || (inHeader.length === 1 && inHeader[0] !== 1)) {
        this.fail(`${at}.header`, 'at most one placeholder, {{1}}', inHeader.map((n) => `{{${n}}}`).join(' '));
      }
      used.push(...inHeader);
    }
    const body = this.text(element.body, `${at}.body`, MAX_BODY_LENGTH, { newlines: true, placeholders: true });
    used.push(...placeholdersIn(body));
    let footer: string | undefined;
    if (element.footer !== undefined) footer = this.text(element.footer, `${at}.footer`, MAX_FOOTER_LENGTH);
    const buttons = this.buttons(element.buttons, `${at}.buttons`, used);
    this.sequential(used, at);
    return {
      name,
      category,
      body,
      buttons,
      ...(header !== undefined ? { header } : {}),
      ...(footer !== undefined ? { footer } : {}),
    };
  }

  buttons(buttons: unknown, at: string, used: number[]): LanguagePackButton[] {
    if (!Array.isArray(buttons)) this.fail(at, 'an array', typeof buttons);
    const list = buttons as readonly LanguagePackButton[];
    if (list.length > MAX_BUTTONS) this.fail(at, `at most ${MAX_BUTTONS} buttons`, list.length);
    const out = list.map((button, j) => this.button(button, `${at}[${j}]`, used));
    const urls = out.filter((b) => b.type === 'url').length;
    const calls = out.filter((b) => b.type === 'call').length;
    if (urls > MAX_URL_BUTTONS) this.fail(at, `at most ${MAX_URL_BUTTONS} URL buttons`, urls);
    if (calls > MAX_CALL_BUTTONS) this.fail(at, `at most ${MAX_CALL_BUTTONS} call button`, calls);
    // Quick replies form one run: no other button type between two quick replies.
    const first = out.findIndex((b) => b.type === 'quick-reply');
    if (first >= 0) {
      let last = first;
      out.forEach((b, j) => {
        if (b.type === 'quick-reply') last = j;
      });
      const between = out.slice(first, last + 1).findIndex((b) => b.type !== 'quick-reply');
      if (between >= 0) this.fail(`${at}[${first + between}]`, 'quick-reply buttons grouped together', out[first + between]!.type);
    }
    return out;
  }

  button(button: LanguagePackButton, at: string, used: number[]): LanguagePackButton {
    if (typeof button !== 'object' || button === null) this.fail(at, 'an object', String(button));
    const text = this.text(button.text, `${at}.text`, MAX_BUTTON_TEXT_LENGTH);
    switch (button.type) {
      case 'quick-reply':
        return { type: 'quick-reply', text };
      case 'url':
        return { type: 'url', text, url: this.url(button.url, `${at}.url`, used) };
      case 'call': {
        const phoneNumber = button.phoneNumber;
        if (typeof phoneNumber !== 'string' || !E164.test(phoneNumber)) {
          this.fail(`${at}.phoneNumber`, 'an E.164 number (+ and 7..15 digits)', typeof phoneNumber === 'string' ? `${phoneNumber.length} characters` : typeof phoneNumber);
        }
        return { type: 'call', text, phoneNumber };
      }
      default:
        return this.fail(`${at}.type`, 'quick-reply|url|call', String((button as { type?: unknown }).type).slice(0, 16));
    }
  }

  url(value: unknown, field: string, used: number[]): string {
    if (typeof value !== 'string') this.fail(field, 'a string', typeof value);
    if (value.length > MAX_URL_LENGTH) this.fail(field, `at most ${MAX_URL_LENGTH} characters`, value.length);
    const hasSuffix = value.endsWith(URL_SUFFIX);
    const base = hasSuffix ? value.slice(0, -URL_SUFFIX.length) : value;
    if (base.includes('{{') || base.includes('}}')) this.fail(field, 'no placeholder other than a final {{1}}', 'a placeholder elsewhere');
    if (!isWellFormed(value)) this.fail(field, 'well-formed Unicode', 'an unpaired surrogate');
    if (!(hasSuffix ? HTTP_URL_WITH_PATH : HTTP_URL).test(base)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(base)?.[1];
      const got = scheme === undefined ? 'no http(s) scheme and host' : /^https?$/i.test(scheme) ? 'a malformed http(s) URL' : `${scheme.toLowerCase()}:`;
      this.fail(field, hasSuffix ? "an http(s) URL with a '/', '?' or '#' before {{1}}" : 'an http(s) URL', got);
    }
    if (hasSuffix) used.push(1);
    return value;
  }

  sequential(used: readonly number[], at: string): void {
    if (used.length === 0) return;
    const set = new Set(used);
    const max = Math.max(...set);
    for (let n = 1; n <= max; n++) {
      if (!set.has(n)) this.fail(`${at}.body`, `placeholders {{1}}..{{${max}}} without gaps`, `no {{${n}}}`);
    }
  }
}

/** String.prototype.isWellFormed (ES2024), which the ES2022 target does not declare. */
function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/** Checks pack contents; returns a fresh copy holding only the known fields. */
export function validateLanguagePackData(
  data: LanguagePackData,
  code: 'InvalidArgument' | 'InvalidMessage',
  limits: LanguagePackLimits = DEFAULT_LANGUAGE_PACK_LIMITS,
): LanguagePackData {
  return new PackValidator(code, limits).pack(data);
}

function freezePack(data: LanguagePackData): LanguagePack {
  const elements = Object.freeze(
    data.elements.map((e) => Object.freeze({ ...e, buttons: Object.freeze(e.buttons.map((b) => Object.freeze({ ...b }))) })),
  );
  const byName = new Map(elements.map((e) => [e.name, e] as const));
  return Object.freeze({
    ...data,
    elements,
    element: (name: string): LanguagePackElement | undefined => byName.get(name),
  });
}

/**
 * Validates a pack, encodes it and signs the encoding with the business identity key.
 * @param identityPrivateKey the business identity private key (32 bytes).
 * @returns the SignedLanguagePack bytes to publish.
 * @throws ProtocolError 'InvalidArgument' (details.field names the offending field) when the pack
 *   breaks a rule; 'MessageTooLarge' when it encodes above maxPackBytes.
 */
export function createLanguagePack(pack: LanguagePackInput, identityPrivateKey: Uint8Array, options?: LanguagePackOptions): Uint8Array {
  const { crypto, context } = resolveOptions(options);
  const limits = resolveLanguagePackLimits(options?.packLimits);
  assertBytes(identityPrivateKey, 'identityPrivateKey', 32);
  if (typeof pack !== 'object' || pack === null) {
    throw new ProtocolError('InvalidArgument', `"pack" expected an object, got ${pack === null ? 'null' : typeof pack}`, { field: 'pack' });
  }
  const data = validateLanguagePackData({ ...pack, issuedAtMs: pack.issuedAtMs ?? context.now() }, 'InvalidArgument', limits);
  const packBytes = encodeLanguagePackData(data);
  const signed = encodeSignedLanguagePack(packBytes, sign(crypto, context, identityPrivateKey, concatBytes(LANGUAGE_PACK_SIGNATURE_CONTEXT, packBytes)));
  if (signed.length > limits.maxPackBytes) {
    throw new ProtocolError('MessageTooLarge', `SignedLanguagePack expected at most ${limits.maxPackBytes} bytes, got ${signed.length}`, {
      expected: limits.maxPackBytes,
      got: signed.length,
    });
  }
  return signed;
}

/**
 * Prefix of the signed bytes: the identity key also signs prekeys and certificate details, so a
 * pack signature must never verify as one of those (no protobuf starts with 0x00).
 */
export const LANGUAGE_PACK_SIGNATURE_CONTEXT: Uint8Array = concatBytes(Uint8Array.of(0), utf8('parley language pack v1'), Uint8Array.of(0));

/**
 * Checks a received SignedLanguagePack: size cap, container decode, the signature by the business
 * identity key over the exact received pack bytes, and only then the pack's decode and every rule.
 * @param businessIdentityKey the business's serialized identity key (33 bytes, 0x05 ‖ u).
 * @throws ProtocolError 'MessageTooLarge' (above maxPackBytes); 'InvalidProtobuf' (undecodable);
 *   'InvalidMessage' (missing container field, or a pack rule broken: details.field names it);
 *   'BadSignature' (signature missing, of the wrong length, or not by this key);
 *   'UnsupportedVersion' (format version other than 1); 'InvalidKey' (malformed businessIdentityKey);
 *   'InvalidArgument' (signedBytes not a Uint8Array).
 */
export function verifyLanguagePack(signedBytes: Uint8Array, businessIdentityKey: Uint8Array, options?: LanguagePackOptions): LanguagePack {
  const { crypto } = resolveOptions(options);
  const limits = resolveLanguagePackLimits(options?.packLimits);
  parsePublicKey(businessIdentityKey, 'businessIdentityKey');
  const { pack, signature } = decodeSignedLanguagePack(signedBytes, limits.maxPackBytes);
  if (!verify(crypto, businessIdentityKey, concatBytes(LANGUAGE_PACK_SIGNATURE_CONTEXT, pack), signature)) {
    throw new ProtocolError('BadSignature', 'SignedLanguagePack signature does not verify with the business identity key', {
      field: 'signature',
    });
  }
  const data = decodeLanguagePackData(pack);
  return freezePack(validateLanguagePackData(data, 'InvalidMessage', limits));
}
