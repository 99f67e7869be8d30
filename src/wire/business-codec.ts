import {
  BUSINESS_VERTICALS,
  type BusinessCertificateDetails,
  type BusinessProfile,
  type BusinessVertical,
  type CertificateParts,
  type LocalizedName,
  type ProfilePhoto,
  type RevocationList,
  type VerificationLevel,
} from '../business/types.js';
import { copyBytes } from '../bytes.js';
import { ProtocolError } from '../errors.js';
import { checkSize, decodeProto } from './codec-util.js';
import { parley } from './generated/business.js';

/**
 * Verified-name certificates, revocation lists and business profiles ↔ protobuf
 * (proto/business.proto). Structure only: signatures, trust and field rules are checked in
 * src/business/. Decoders copy bytes out of protobufjs objects, read optional fields by presence
 * (decoded defaults live on the prototype), and turn 64-bit values into bigint (serials) or safe
 * integers (times, sizes, versions). Unknown fields from newer peers are skipped.
 */
const pb = parley.business.v1;

/** Largest serialized VerifiedNameCertificate accepted. */
export const MAX_CERTIFICATE_BYTES = 16 * 1024;
/** Largest serialized SignedRevocationList accepted (room for about 100,000 serials). */
export const MAX_REVOCATION_LIST_BYTES = 1024 * 1024;
/** Largest serialized SignedBusinessProfile accepted. */
export const MAX_PROFILE_BYTES = 8 * 1024;
/** Most localized names and template namespaces a certificate may carry. */
export const MAX_CERTIFICATE_ENTRIES = 64;

const LEVELS: Record<VerificationLevel, number> = { unknown: 0, low: 1, high: 2 };
const MAX_UINT64 = (1n << 64n) - 1n;

function fail(what: string, field: string, reason: string): never {
  throw new ProtocolError('InvalidMessage', `${what} ${field}: ${reason}`, { field });
}

/** A field's value only when it was on the wire. */
function own<T extends object, K extends keyof T>(m: T, key: K): T[K] | undefined {
  return Object.prototype.hasOwnProperty.call(m, key) ? m[key] : undefined;
}

function finish(writer: { finish(): Uint8Array }): Uint8Array {
  // protobufjs returns views into a shared slab; hand out an independent copy.
  return copyBytes(writer.finish());
}

/** A uint64 as protobufjs decodes it (a Long when the long library is present, else a number). */
function u64(value: unknown, what: string, field: string): bigint {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) fail(what, field, 'a 64-bit value beyond the safe integer range');
    return BigInt(value);
  }
  if (typeof value === 'object' && value !== null && 'low' in value && 'high' in value) {
    const { low, high } = value as { low: number; high: number };
    return (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
  }
  return fail(what, field, `expected a uint64, got ${typeof value}`);
}

/** A uint64 that must be a safe integer (times, sizes, versions). */
function safeU64(value: unknown, what: string, field: string): number {
  const n = u64(value, what, field);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) fail(what, field, `expected at most ${Number.MAX_SAFE_INTEGER}, got a larger value`);
  return Number(n);
}

/**
 * A bigint in a shape protobufjs' writer accepts for any uint64 (LongBits.from reads low and high),
 * typed as the generated code's `number`.
 */
function u64Out(value: bigint, field: string): number {
  if (typeof value !== 'bigint' || value < 0n || value > MAX_UINT64) {
    throw new ProtocolError('InvalidArgument', `"${field}" expected a bigint in 0..2^64-1, got ${String(value)}`, { field });
  }
  return { low: Number(value & 0xffff_ffffn) | 0, high: Number(value >> 32n) | 0, unsigned: true } as unknown as number;
}

function str(m: object, key: string): string | undefined {
  const v = own(m as Record<string, unknown>, key);
  return typeof v === 'string' ? v : undefined;
}

function bytesField(m: object, key: string): Uint8Array | undefined {
  const v = own(m as Record<string, unknown>, key);
  return v instanceof Uint8Array ? copyBytes(v) : undefined;
}

// ---- certificate ----

export function encodeCertificateDetails(details: BusinessCertificateDetails): Uint8Array {
  const value: parley.business.v1.VerifiedNameCertificate.Details.$Properties = {
    serial: u64Out(details.serial, 'serial'),
    issuer: details.issuer,
    verifiedName: details.verifiedName,
    localizedNames: details.localizedNames.map((n) => ({ lg: n.lg, ...(n.lc === undefined ? {} : { lc: n.lc }), verifiedName: n.verifiedName })),
    issueTime: details.issueTimeSeconds,
  };
  if (details.expiresAtMs !== undefined) value.expiresAtMs = details.expiresAtMs;
  if (details.level !== 'unknown') value.level = LEVELS[details.level];
  if (details.officialPlatform) value.officialPlatform = true;
  if (details.templateNamespaces.length > 0) value.templateNamespaces = [...details.templateNamespaces];
  return finish(pb.VerifiedNameCertificate.Details.encode(value));
}

/**
 * Decodes serialized Details. Requires serial, issuer, verified_name and issue_time; a level number
 * this version does not know reads as 'unknown' (never as a higher tier).
 */
export function decodeCertificateDetails(bytes: Uint8Array): BusinessCertificateDetails {
  const what = 'VerifiedNameCertificate.Details';
  checkSize(bytes, 1, MAX_CERTIFICATE_BYTES, what);
  const m = decodeProto(what, () => pb.VerifiedNameCertificate.Details.decode(bytes));
  const serialRaw = own(m, 'serial');
  if (serialRaw === undefined || serialRaw === null) fail(what, 'serial', 'missing');
  const issuer = str(m, 'issuer') ?? fail(what, 'issuer', 'missing');
  const verifiedName = str(m, 'verifiedName') ?? fail(what, 'verifiedName', 'missing');
  const issueRaw = own(m, 'issueTime');
  if (issueRaw === undefined || issueRaw === null) fail(what, 'issueTime', 'missing');
  const names = m.localizedNames ?? [];
  const namespaces = m.templateNamespaces ?? [];
  if (names.length > MAX_CERTIFICATE_ENTRIES) fail(what, 'localizedNames', `expected at most ${MAX_CERTIFICATE_ENTRIES}, got ${names.length}`);
  if (namespaces.length > MAX_CERTIFICATE_ENTRIES) fail(what, 'templateNamespaces', `expected at most ${MAX_CERTIFICATE_ENTRIES}, got ${namespaces.length}`);
  const localizedNames: LocalizedName[] = names.map((n, i) => {
    const lg = str(n, 'lg') ?? fail(what, `localizedNames[${i}].lg`, 'missing');
    const name = str(n, 'verifiedName') ?? fail(what, `localizedNames[${i}].verifiedName`, 'missing');
    const lc = str(n, 'lc');
    return lc === undefined || lc === '' ? { lg, verifiedName: name } : { lg, lc, verifiedName: name };
  });
  const expiresRaw = own(m, 'expiresAtMs');
  const level = own(m, 'level');
  return {
    serial: u64(serialRaw, what, 'serial'),
    issuer,
    verifiedName,
    localizedNames,
    issueTimeSeconds: safeU64(issueRaw, what, 'issueTime'),
    ...(expiresRaw === undefined || expiresRaw === null ? {} : { expiresAtMs: safeU64(expiresRaw, what, 'expiresAtMs') }),
    level: level === 2 ? 'high' : level === 1 ? 'low' : 'unknown',
    officialPlatform: own(m, 'officialPlatform') === true,
    templateNamespaces: [...namespaces],
  };
}

export function encodeCertificate(parts: CertificateParts): Uint8Array {
  const value: parley.business.v1.VerifiedNameCertificate.$Properties = { details: parts.details };
  if (parts.signature !== undefined) value.signature = parts.signature;
  if (parts.serverSignature !== undefined) value.serverSignature = parts.serverSignature;
  return finish(pb.VerifiedNameCertificate.encode(value));
}

/** Splits a serialized VerifiedNameCertificate into its three fields; `details` is required. */
export function decodeCertificate(bytes: Uint8Array, maxBytes = MAX_CERTIFICATE_BYTES): CertificateParts {
  const what = 'VerifiedNameCertificate';
  checkSize(bytes, 1, maxBytes, what);
  const m = decodeProto(what, () => pb.VerifiedNameCertificate.decode(bytes));
  const details = bytesField(m, 'details');
  if (details === undefined || details.length === 0) fail(what, 'details', 'missing');
  const signature = bytesField(m, 'signature');
  const serverSignature = bytesField(m, 'serverSignature');
  return {
    details,
    ...(signature === undefined ? {} : { signature }),
    ...(serverSignature === undefined ? {} : { serverSignature }),
  };
}

// ---- revocation list ----

export function encodeRevocationList(list: RevocationList): Uint8Array {
  return finish(
    pb.RevocationList.encode({
      issuer: list.issuer,
      serials: list.serials.map((s, i) => u64Out(s, `serials[${i}]`)),
      issuedAtMs: list.issuedAtMs,
      version: list.version,
    }),
  );
}

export function decodeRevocationList(bytes: Uint8Array): RevocationList {
  const what = 'RevocationList';
  checkSize(bytes, 1, MAX_REVOCATION_LIST_BYTES, what);
  const m = decodeProto(what, () => pb.RevocationList.decode(bytes));
  const issuer = str(m, 'issuer') ?? fail(what, 'issuer', 'missing');
  const issued = own(m, 'issuedAtMs');
  const version = own(m, 'version');
  if (issued === undefined || issued === null) fail(what, 'issuedAtMs', 'missing');
  if (version === undefined || version === null) fail(what, 'version', 'missing');
  return {
    issuer,
    serials: (m.serials ?? []).map((s, i) => u64(s, what, `serials[${i}]`)),
    issuedAtMs: safeU64(issued, what, 'issuedAtMs'),
    version: safeU64(version, what, 'version'),
  };
}

export function encodeSignedRevocationList(list: Uint8Array, signature: Uint8Array): Uint8Array {
  return finish(pb.SignedRevocationList.encode({ list, signature }));
}

export function decodeSignedRevocationList(bytes: Uint8Array): { list: Uint8Array; signature: Uint8Array | undefined } {
  const what = 'SignedRevocationList';
  checkSize(bytes, 1, MAX_REVOCATION_LIST_BYTES, what);
  const m = decodeProto(what, () => pb.SignedRevocationList.decode(bytes));
  const list = bytesField(m, 'list');
  if (list === undefined || list.length === 0) fail(what, 'list', 'missing');
  return { list, signature: bytesField(m, 'signature') };
}

// ---- business profile ----

const VERTICAL_NUMBERS = new Map<BusinessVertical, number>(BUSINESS_VERTICALS.map((v, i) => [v, i + 1]));

export function encodeBusinessProfile(profile: BusinessProfile): Uint8Array {
  const value: parley.business.v1.BusinessProfile.$Properties = {
    version: profile.version,
    about: profile.about,
    websites: [...profile.websites],
  };
  if (profile.address !== undefined) value.address = profile.address;
  if (profile.description !== undefined) value.description = profile.description;
  if (profile.email !== undefined) value.email = profile.email;
  if (profile.vertical !== undefined) value.vertical = VERTICAL_NUMBERS.get(profile.vertical)!;
  if (profile.photo !== undefined) {
    const p = profile.photo;
    value.photo = { sha256: p.sha256, width: p.width, height: p.height, size: p.size };
  }
  return finish(pb.BusinessProfile.encode(value));
}

/** Decodes a BusinessProfile; field rules (lengths, email, websites) are checked by the caller. */
export function decodeBusinessProfile(bytes: Uint8Array): BusinessProfile {
  const what = 'BusinessProfile';
  checkSize(bytes, 1, MAX_PROFILE_BYTES, what);
  const m = decodeProto(what, () => pb.BusinessProfile.decode(bytes));
  const version = own(m, 'version');
  if (version === undefined || version === null) fail(what, 'version', 'missing');
  const about = str(m, 'about') ?? fail(what, 'about', 'missing');
  const address = str(m, 'address');
  const description = str(m, 'description');
  const email = str(m, 'email');
  const verticalNumber = own(m, 'vertical');
  let vertical: BusinessVertical | undefined;
  if (verticalNumber !== undefined && verticalNumber !== null && verticalNumber !== 0) {
    vertical = BUSINESS_VERTICALS[verticalNumber - 1] ?? fail(what, 'vertical', `unknown vertical ${verticalNumber}`);
  }
  let photo: ProfilePhoto | undefined;
  if (m.photo != null) {
    const p = m.photo;
    const sha256 = bytesField(p, 'sha256') ?? fail(what, 'photo.sha256', 'missing');
    const width = own(p, 'width');
    const height = own(p, 'height');
    const size = own(p, 'size');
    if (width == null || height == null || size == null) fail(what, 'photo', 'missing width, height or size');
    photo = { sha256, width, height, size: safeU64(size, what, 'photo.size') };
  }
  return {
    version: safeU64(version, what, 'version'),
    about,
    ...(address === undefined ? {} : { address }),
    ...(description === undefined ? {} : { description }),
    ...(email === undefined ? {} : { email }),
    websites: [...(m.websites ?? [])],
    ...(vertical === undefined ? {} : { vertical }),
    ...(photo === undefined ? {} : { photo }),
  };
}

export function encodeSignedBusinessProfile(profile: Uint8Array, signature: Uint8Array): Uint8Array {
  return finish(pb.SignedBusinessProfile.encode({ profile, signature }));
}

export function decodeSignedBusinessProfile(bytes: Uint8Array): { profile: Uint8Array; signature: Uint8Array | undefined } {
  const what = 'SignedBusinessProfile';
  checkSize(bytes, 1, MAX_PROFILE_BYTES, what);
  const m = decodeProto(what, () => pb.SignedBusinessProfile.decode(bytes));
  const profile = bytesField(m, 'profile');
  if (profile === undefined || profile.length === 0) fail(what, 'profile', 'missing');
  return { profile, signature: bytesField(m, 'signature') };
}
