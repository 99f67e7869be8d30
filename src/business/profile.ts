import { assertBytes, concatBytes } from '../bytes.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { ProtocolError } from '../errors.js';
import type { IdentityKeyPair } from '../keys/identity.js';
import { parsePublicKey, sign, verify } from '../keys/curve.js';
import { decodeBusinessProfile, decodeSignedBusinessProfile, encodeBusinessProfile, encodeSignedBusinessProfile } from '../wire/business-codec.js';
import { PROFILE_SIGNATURE_CONTEXT } from './trust.js';
import { BUSINESS_VERTICALS, type BusinessProfile, type BusinessVertical } from './types.js';

/**
 * Business profiles (shared/docs/BUSINESS.md §5), signed by the business identity key over
 * PROFILE_SIGNATURE_CONTEXT ‖ the serialized BusinessProfile. The verified name is never part of a
 * profile: only a certificate can name a business.
 *
 * Lengths count Unicode code points. `about` is one line; `address` and `description` may contain
 * line feeds. No field may contain other control characters or bidi embedding/override/isolate
 * controls (which can reorder what the customer reads).
 */
export const PROFILE_LIMITS = Object.freeze({
  aboutMax: 139,
  addressMax: 256,
  descriptionMax: 512,
  emailMax: 128,
  websitesMax: 2,
  websiteMax: 256,
  /** parley's sanity bounds for the photo reference (not WhatsApp facts): pixels per side and bytes. */
  photoSideMax: 8192,
  photoBytesMax: 16 * 1024 * 1024,
});

const CONTROLS = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;
const CONTROLS_EXCEPT_LF = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\p{Cs}\u202A-\u202E\u2066-\u2069]/u;
// RFC 5321/5322 dot-atom local part (at most 64) @ a host name with a letter TLD.
const EMAIL = /^(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
// http(s), a host name or bracketed IPv6 address, optional port, then no spaces or controls.
const HTTP_URL = /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?(?:[/?#][^\s\x00-\x1f\x7f]*)?$/i;

export type ProfileErrorCode = 'InvalidArgument' | 'InvalidMessage';
type Code = ProfileErrorCode;

function length(s: string): number {
  return [...s].length;
}

function text(code: Code, field: string, value: unknown, min: number, max: number, multiline: boolean): void {
  if (typeof value !== 'string') throw new ProtocolError(code, `profile "${field}" expected a string, got ${typeof value}`, { field });
  const n = length(value);
  if (n < min || n > max) {
    throw new ProtocolError(code, `profile "${field}" expected ${min}..${max} characters, got ${n}`, { field, expected: `${min}..${max}`, got: n });
  }
  if ((multiline ? CONTROLS_EXCEPT_LF : CONTROLS).test(value)) {
    throw new ProtocolError(code, `profile "${field}" expected no control or bidi override characters`, { field });
  }
  if (min > 0 && value.trim() === '') throw new ProtocolError(code, `profile "${field}" expected non-blank text`, { field });
}

/**
 * Checks every profile rule; throws `code` ('InvalidArgument' when building one, 'InvalidMessage'
 * when one came from a peer) naming the first bad field.
 */
export function validateBusinessProfile(profile: BusinessProfile, code: ProfileErrorCode = 'InvalidArgument'): void {
  if (typeof profile !== 'object' || profile === null) throw new ProtocolError(code, 'profile expected an object', { field: 'profile' });
  if ('verifiedName' in profile || 'name' in profile) {
    throw new ProtocolError(code, 'profile expected no name: the verified name comes only from a certificate', { field: 'name' });
  }
  if (!Number.isSafeInteger(profile.version) || profile.version < 1) {
    throw new ProtocolError(code, `profile "version" expected a positive integer, got ${String(profile.version)}`, { field: 'version' });
  }
  const L = PROFILE_LIMITS;
  text(code, 'about', profile.about, 1, L.aboutMax, false);
  if (profile.address !== undefined) text(code, 'address', profile.address, 0, L.addressMax, true);
  if (profile.description !== undefined) text(code, 'description', profile.description, 0, L.descriptionMax, true);
  if (profile.email !== undefined) {
    text(code, 'email', profile.email, 3, L.emailMax, false);
    if (!EMAIL.test(profile.email)) throw new ProtocolError(code, 'profile "email" expected a valid address (local@host.tld)', { field: 'email' });
  }
  const websites = profile.websites;
  if (!Array.isArray(websites) || websites.length > L.websitesMax) {
    throw new ProtocolError(code, `profile "websites" expected at most ${L.websitesMax}, got ${Array.isArray(websites) ? websites.length : typeof websites}`, {
      field: 'websites',
      expected: L.websitesMax,
    });
  }
  websites.forEach((w, i) => {
    const field = `websites[${i}]`;
    if (typeof w !== 'string' || w.length > L.websiteMax || !HTTP_URL.test(w)) {
      throw new ProtocolError(code, `profile "${field}" expected an http(s) URL of at most ${L.websiteMax} characters`, { field });
    }
  });
  if (profile.vertical !== undefined && !BUSINESS_VERTICALS.includes(profile.vertical as BusinessVertical)) {
    throw new ProtocolError(code, `profile "vertical" expected one of ${BUSINESS_VERTICALS.join(', ')}, got ${JSON.stringify(String(profile.vertical).slice(0, 40))}`, {
      field: 'vertical',
    });
  }
  const photo = profile.photo;
  if (photo !== undefined) {
    if (!(photo.sha256 instanceof Uint8Array) || photo.sha256.length !== 32) {
      throw new ProtocolError(code, `profile "photo.sha256" expected 32 bytes, got ${photo.sha256 instanceof Uint8Array ? photo.sha256.length : typeof photo.sha256}`, {
        field: 'photo.sha256',
      });
    }
    for (const [field, value, max] of [
      ['photo.width', photo.width, L.photoSideMax],
      ['photo.height', photo.height, L.photoSideMax],
      ['photo.size', photo.size, L.photoBytesMax],
    ] as const) {
      if (!Number.isSafeInteger(value) || value < 1 || value > max) {
        throw new ProtocolError(code, `profile "${field}" expected an integer in 1..${max}, got ${String(value)}`, { field, expected: `1..${max}`, got: String(value) });
      }
    }
  }
}

/** Business side: validates the profile and signs it with the identity key. Returns SignedBusinessProfile bytes. */
export function createBusinessProfile(profile: BusinessProfile, identity: IdentityKeyPair, options?: ProtocolOptions): Uint8Array {
  const { crypto, context } = resolveOptions(options);
  assertBytes(identity?.privateKey, 'identity.privateKey', 32);
  validateBusinessProfile(profile, 'InvalidArgument');
  const bytes = encodeBusinessProfile(profile);
  return encodeSignedBusinessProfile(bytes, sign(crypto, context, identity.privateKey, concatBytes(PROFILE_SIGNATURE_CONTEXT, bytes)));
}

/**
 * Client side: checks the signature with the business identity key (the session's) before the
 * profile is decoded, then every field rule. Throws 'BadSignature', or InvalidProtobuf /
 * InvalidMessage / MessageTooLarge for malformed or rule-breaking profiles.
 */
export function verifyBusinessProfile(signed: Uint8Array, businessIdentityKey: Uint8Array, options?: ProtocolOptions): BusinessProfile {
  const { crypto } = resolveOptions(options);
  assertBytes(signed, 'signed');
  parsePublicKey(businessIdentityKey, 'businessIdentityKey');
  const { profile, signature } = decodeSignedBusinessProfile(signed);
  if (signature === undefined || !verify(crypto, businessIdentityKey, concatBytes(PROFILE_SIGNATURE_CONTEXT, profile), signature)) {
    throw new ProtocolError('BadSignature', 'business profile signature does not verify with the business identity key', { field: 'signature' });
  }
  const value = decodeBusinessProfile(profile);
  validateBusinessProfile(value, 'InvalidMessage');
  return value;
}

/**
 * Whether `incoming` replaces `current`: only a strictly higher version does. An older or equal
 * version never replaces a newer (or the same) one, so a replayed or re-ordered profile is ignored.
 */
export function shouldReplaceProfile(current: BusinessProfile | undefined, incoming: BusinessProfile): boolean {
  return current === undefined || incoming.version > current.version;
}
