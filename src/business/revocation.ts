import { assertBytes, concatBytes } from '../bytes.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import type { CryptoBackend } from '../crypto/backend.js';
import { ProtocolError } from '../errors.js';
import { parsePublicKey, sign, verify } from '../keys/curve.js';
import { decodeRevocationList, decodeSignedRevocationList, encodeRevocationList, encodeSignedRevocationList } from '../wire/business-codec.js';
import type { RevocationList } from './types.js';
import { assertIssuerName, type CertificateIssuer, pinnedIssuer, REVOCATION_SIGNATURE_CONTEXT, type TrustStore } from './trust.js';

const MAX_UINT64 = (1n << 64n) - 1n;

export interface RevocationListInput {
  readonly issuer: CertificateIssuer;
  /** Revoked serials (cumulative: a new list repeats every serial of the previous one). */
  readonly serials: readonly bigint[];
  /** >= 1, higher than the issuer's previous list. */
  readonly version: number;
  /** Defaults to the context clock. */
  readonly issuedAtMs?: number;
}

/**
 * Platform side: a SignedRevocationList. The issuer key signs REVOCATION_SIGNATURE_CONTEXT ‖ the
 * serialized RevocationList.
 */
export function createRevocationList(input: RevocationListInput, options?: ProtocolOptions): Uint8Array {
  const { crypto, context } = resolveOptions(options);
  assertIssuerName(input.issuer?.name, 'issuer.name');
  assertBytes(input.issuer.keyPair?.privateKey, 'issuer.keyPair.privateKey', 32);
  if (!Array.isArray(input.serials) || !input.serials.every((s) => typeof s === 'bigint' && s > 0n && s <= MAX_UINT64)) {
    throw new ProtocolError('InvalidArgument', '"serials" expected an array of bigint serials in 1..2^64-1', { field: 'serials' });
  }
  if (!Number.isSafeInteger(input.version) || input.version < 1) {
    throw new ProtocolError('InvalidArgument', `"version" expected a positive integer, got ${String(input.version)}`, { field: 'version' });
  }
  const issuedAtMs = input.issuedAtMs ?? context.now();
  if (!Number.isSafeInteger(issuedAtMs) || issuedAtMs < 0) {
    throw new ProtocolError('InvalidArgument', `"issuedAtMs" expected a non-negative integer, got ${String(issuedAtMs)}`, { field: 'issuedAtMs' });
  }
  const serials = [...new Set(input.serials)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const list = encodeRevocationList({ issuer: input.issuer.name, serials, issuedAtMs, version: input.version });
  const signature = sign(crypto, context, input.issuer.keyPair.privateKey, concatBytes(REVOCATION_SIGNATURE_CONTEXT, list));
  return encodeSignedRevocationList(list, signature);
}

/** Checks the signature of a decoded SignedRevocationList with a pinned key; false on any mismatch. */
export function revocationSignatureValid(crypto: CryptoBackend, issuerKey: Uint8Array, list: Uint8Array, signature: Uint8Array | undefined): boolean {
  return signature !== undefined && verify(crypto, issuerKey, concatBytes(REVOCATION_SIGNATURE_CONTEXT, list), signature);
}

/**
 * Client side: decodes a SignedRevocationList and verifies it with the pinned key of the issuer it
 * names, before any serial is read. Throws 'UntrustedIssuer' when that issuer is not pinned,
 * 'BadSignature' when the signature does not verify, and InvalidProtobuf / InvalidMessage /
 * MessageTooLarge for malformed bytes.
 */
export function verifyRevocationList(signed: Uint8Array, issuers: TrustStore['issuers'], options?: ProtocolOptions): RevocationList {
  const { crypto } = resolveOptions(options);
  assertBytes(signed, 'signed');
  const { list, signature } = decodeSignedRevocationList(signed);
  const value = decodeRevocationList(list);
  const pinned = pinnedIssuer(issuers, value.issuer);
  if (pinned === undefined) {
    throw new ProtocolError('UntrustedIssuer', `revocation list expected a pinned issuer, got ${JSON.stringify(value.issuer.slice(0, 80))}`, { field: 'issuer' });
  }
  parsePublicKey(pinned.publicKey, 'trustStore.issuers.publicKey');
  if (!revocationSignatureValid(crypto, pinned.publicKey, list, signature)) {
    throw new ProtocolError('BadSignature', `revocation list signature does not verify with the pinned key of ${JSON.stringify(value.issuer)}`, {
      field: 'signature',
    });
  }
  return value;
}

/**
 * Serials revoked by `issuer` across every list in the trust store. Every list must verify with
 * the pinned key of the issuer it names; `invalid` is true when one does not (bad signature,
 * unpinned issuer, undecodable bytes). A tampered list could otherwise name another issuer and be
 * skipped, silently dropping its revocations, so the caller refuses the badge instead.
 */
export function revokedSerials(
  crypto: CryptoBackend,
  lists: readonly Uint8Array[],
  issuers: TrustStore['issuers'],
  issuer: string,
): { readonly serials: ReadonlySet<bigint>; readonly invalid: boolean } {
  const serials = new Set<bigint>();
  let invalid = false;
  for (const bytes of lists) {
    let list: Uint8Array;
    let signature: Uint8Array | undefined;
    let value: RevocationList;
    try {
      ({ list, signature } = decodeSignedRevocationList(bytes));
      value = decodeRevocationList(list);
    } catch (e) {
      if (!ProtocolError.is(e)) throw e;
      invalid = true;
      continue;
    }
    const pinned = pinnedIssuer(issuers, value.issuer);
    if (pinned === undefined || !revocationSignatureValid(crypto, pinned.publicKey, list, signature)) {
      invalid = true;
      continue;
    }
    if (value.issuer === issuer) for (const s of value.serials) serials.add(s);
  }
  return { serials, invalid };
}
