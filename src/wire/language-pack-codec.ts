import { copyBytes } from '../bytes.js';
import type { LanguagePackButton, LanguagePackData, LanguagePackElement, TemplateCategory } from '../content/language-pack.js';
import { ProtocolError } from '../errors.js';
import { checkSize, decodeProto, has } from './codec-util.js';
import { parley } from './generated/language-pack.js';

/**
 * Language packs ↔ bytes (proto/language-pack.proto). This file only maps between protobuf and
 * plain values and checks structure (presence, enum values, oneofs, format version); the template
 * rules (lengths, placeholders, button counts) live in content/language-pack.ts, which applies
 * them to packs being created and to packs received.
 */
const proto = parley.languagepack.v1;
export const LANGUAGE_PACK_FORMAT_VERSION = 1;
export const LANGUAGE_PACK_SIGNATURE_LENGTH = 64;

const CATEGORY_TO_WIRE: Readonly<Record<TemplateCategory, parley.languagepack.v1.Category>> = {
  marketing: proto.Category.MARKETING,
  utility: proto.Category.UTILITY,
  authentication: proto.Category.AUTHENTICATION,
};

function categoryFromWire(value: number, field: string): TemplateCategory {
  switch (value) {
    case proto.Category.MARKETING:
      return 'marketing';
    case proto.Category.UTILITY:
      return 'utility';
    case proto.Category.AUTHENTICATION:
      return 'authentication';
    default:
      throw new ProtocolError('InvalidMessage', `${field} expected marketing|utility|authentication, got ${value}`, {
        field,
        expected: 'marketing|utility|authentication',
        got: value,
      });
  }
}

function finish(writer: { finish(): Uint8Array }): Uint8Array {
  // protobufjs returns views into a shared slab; hand out an independent copy.
  return copyBytes(writer.finish());
}

function missing(what: string, field: string): never {
  throw new ProtocolError('InvalidMessage', `${what} is missing required field ${field}`, { field });
}

/** The LanguagePack protobuf: exactly the bytes the business signs. */
export function encodeLanguagePackData(data: LanguagePackData): Uint8Array {
  const value: parley.languagepack.v1.LanguagePack.$Properties = {
    formatVersion: LANGUAGE_PACK_FORMAT_VERSION,
    namespace: data.namespace,
    lg: data.lg,
    version: data.version,
    issuedAtMs: data.issuedAtMs,
    elements: data.elements.map(elementToProto),
  };
  if (data.lc !== undefined) value.lc = data.lc;
  return finish(proto.LanguagePack.encode(value));
}

function elementToProto(element: LanguagePackElement): parley.languagepack.v1.Element.$Properties {
  const out: parley.languagepack.v1.Element.$Properties = {
    name: element.name,
    category: CATEGORY_TO_WIRE[element.category],
    body: element.body,
    buttons: element.buttons.map(buttonToProto),
  };
  if (element.header !== undefined) out.header = element.header;
  if (element.footer !== undefined) out.footer = element.footer;
  return out;
}

function buttonToProto(button: LanguagePackButton): parley.languagepack.v1.Button.$Properties {
  switch (button.type) {
    case 'quick-reply':
      return { quickReply: { text: button.text } };
    case 'url':
      return { url: { text: button.text, url: button.url } };
    case 'call':
      return { call: { text: button.text, phoneNumber: button.phoneNumber } };
  }
}

/** The container a server hands out: pack bytes and the signature over them. */
export function encodeSignedLanguagePack(pack: Uint8Array, signature: Uint8Array): Uint8Array {
  return finish(proto.SignedLanguagePack.encode({ pack, signature }));
}

export interface SignedLanguagePackParts {
  /** The LanguagePack bytes exactly as received (a copy). */
  readonly pack: Uint8Array;
  readonly signature: Uint8Array;
}

/**
 * Splits a SignedLanguagePack into the pack bytes and the signature, after the size cap. Nothing in
 * the pack is decoded here: the caller verifies the signature over `pack` first.
 */
export function decodeSignedLanguagePack(bytes: Uint8Array, maxBytes: number): SignedLanguagePackParts {
  const what = 'SignedLanguagePack';
  checkSize(bytes, 1, maxBytes, what);
  const copy = copyBytes(bytes);
  const decoded = decodeProto(what, () => proto.SignedLanguagePack.decode(copy));
  if (!has(decoded, 'pack')) missing(what, 'pack');
  if (!has(decoded, 'signature')) missing(what, 'signature');
  if (decoded.signature.length !== LANGUAGE_PACK_SIGNATURE_LENGTH) {
    throw new ProtocolError(
      'BadSignature',
      `${what} signature expected ${LANGUAGE_PACK_SIGNATURE_LENGTH} bytes, got ${decoded.signature.length}`,
      { field: 'signature', expected: LANGUAGE_PACK_SIGNATURE_LENGTH, got: decoded.signature.length },
    );
  }
  return { pack: copyBytes(decoded.pack), signature: copyBytes(decoded.signature) };
}

/**
 * Decodes LanguagePack bytes (already authenticated) into plain values. Checks the format version
 * and the structure only; string contents are checked by the caller.
 */
export function decodeLanguagePackData(bytes: Uint8Array): LanguagePackData {
  const what = 'LanguagePack';
  const decoded = decodeProto(what, () => proto.LanguagePack.decode(bytes));
  const formatVersion = decoded.formatVersion ?? 0;
  if (formatVersion !== LANGUAGE_PACK_FORMAT_VERSION) {
    throw new ProtocolError(
      'UnsupportedVersion',
      `${what} expected format version ${LANGUAGE_PACK_FORMAT_VERSION}, got ${formatVersion}`,
      { field: 'formatVersion', expected: LANGUAGE_PACK_FORMAT_VERSION, got: formatVersion },
    );
  }
  // proto3 omits empty strings and zeros, so absence of these shows up as the empty value, which
  // the field rules reject with the field's name.
  const elements = (decoded.elements ?? []).map((element, i) => elementFromProto(element, `elements[${i}]`));
  const data: LanguagePackData = {
    namespace: decoded.namespace ?? '',
    lg: decoded.lg ?? '',
    version: decoded.version ?? 0,
    issuedAtMs: decoded.issuedAtMs ?? 0,
    elements,
    ...(decoded.lc != null ? { lc: decoded.lc } : {}),
  };
  return data;
}

function elementFromProto(element: parley.languagepack.v1.Element.$Properties, at: string): LanguagePackElement {
  const buttons = (element.buttons ?? []).map((button, j) => buttonFromProto(button, `${at}.buttons[${j}]`));
  return {
    name: element.name ?? '',
    category: categoryFromWire(element.category ?? 0, `${at}.category`),
    body: element.body ?? '',
    buttons,
    ...(element.header != null ? { header: element.header } : {}),
    ...(element.footer != null ? { footer: element.footer } : {}),
  };
}

function buttonFromProto(button: parley.languagepack.v1.Button.$Properties, at: string): LanguagePackButton {
  if (button.quickReply != null) return { type: 'quick-reply', text: button.quickReply.text ?? '' };
  if (button.url != null) return { type: 'url', text: button.url.text ?? '', url: button.url.url ?? '' };
  if (button.call != null) return { type: 'call', text: button.call.text ?? '', phoneNumber: button.call.phoneNumber ?? '' };
  throw new ProtocolError('InvalidMessage', `${at} expected one of quickReply, url or call, got none`, {
    field: at,
    expected: 'quickReply|url|call',
    got: 'none',
  });
}
