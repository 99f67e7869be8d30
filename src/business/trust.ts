import { concatBytes, utf8 } from '../bytes.js';
import { ProtocolError } from '../errors.js';
import { DJB_TYPE, PUBLIC_KEY_LENGTH, type KeyPair } from '../keys/curve.js';

/** An issuer key a client trusts, pinned by the issuer name certificates carry (`Details.issuer`). */
export interface PinnedIssuer {
  /** 33-byte serialized Curve25519 public key (0x05 ‖ u). */
  readonly publicKey: Uint8Array;
  /** A root issuer: the only kind that may issue the platform's own (official) account. */
  readonly root?: boolean;
}

/** What a client trusts when it verifies business certificates. */
export interface TrustStore {
  /** Pinned issuer keys by issuer name ("ent:wa", "smb:wa", …). Only own properties count. */
  readonly issuers: Readonly<Record<string, PinnedIssuer>>;
  /**
   * Signed revocation lists (SignedRevocationList bytes) as fetched. Each is verified against the
   * pinned key of the issuer it names on every use; any list that does not verify (tampered,
   * unpinned issuer, undecodable) blocks every badge ('revocation-list-invalid') rather than being
   * skipped. Keep only lists of pinned issuers here (verify them with verifyRevocationList first).
   */
  readonly revocationLists?: readonly Uint8Array[];
  /** The platform's own name: names that look like it are refused unless issued by a root issuer as the official account. */
  readonly platformName: string;
}

/** A platform-side issuer: its name (as written into certificates) and its key pair. */
export interface CertificateIssuer {
  readonly name: string;
  readonly keyPair: KeyPair;
}

/**
 * Context prefixes for parley-only signatures. Each starts with 0x00, which no protobuf message can
 * start with (field number 0 is illegal), so a signature over `context ‖ bytes` can never be taken
 * for a signature over a bare serialized message (certificate details, language packs) or over a
 * 33-byte 0x05 key (signed prekeys), nor the other way round.
 */
export const PROFILE_SIGNATURE_CONTEXT: Uint8Array = concatBytes(Uint8Array.of(0), utf8('parley business profile v1'), Uint8Array.of(0));
export const REVOCATION_SIGNATURE_CONTEXT: Uint8Array = concatBytes(Uint8Array.of(0), utf8('parley business revocation list v1'), Uint8Array.of(0));

const ISSUER_NAME = /^[\x21-\x7e]{1,64}$/;

export function assertIssuerName(name: unknown, field: string): asserts name is string {
  if (typeof name !== 'string' || !ISSUER_NAME.test(name)) {
    throw new ProtocolError('InvalidArgument', `"${field}" expected 1-64 printable ASCII characters without spaces, got ${typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : typeof name}`, {
      field,
    });
  }
}

export function assertTrustStore(trustStore: unknown): asserts trustStore is TrustStore {
  const t = trustStore as Partial<TrustStore> | null | undefined;
  if (typeof t !== 'object' || t === null || typeof t.issuers !== 'object' || t.issuers === null) {
    throw new ProtocolError('InvalidArgument', '"trustStore.issuers" expected an object of pinned issuers by name', { field: 'trustStore.issuers' });
  }
  if (typeof t.platformName !== 'string' || t.platformName.trim() === '') {
    throw new ProtocolError('InvalidArgument', '"trustStore.platformName" expected a non-empty string', { field: 'trustStore.platformName' });
  }
  if (t.revocationLists !== undefined && (!Array.isArray(t.revocationLists) || !t.revocationLists.every((l) => l instanceof Uint8Array))) {
    throw new ProtocolError('InvalidArgument', '"trustStore.revocationLists" expected an array of Uint8Array', { field: 'trustStore.revocationLists' });
  }
}

/**
 * The pinned issuer for `name`, or undefined. Names come from unverified bytes, so only own
 * properties are read ("__proto__" or "constructor" never resolve). A pinned key that is not a
 * 33-byte 0x05 key is a configuration error.
 */
export function pinnedIssuer(issuers: TrustStore['issuers'], name: string): PinnedIssuer | undefined {
  if (!Object.prototype.hasOwnProperty.call(issuers, name)) return undefined;
  const pinned = issuers[name];
  const key = pinned?.publicKey;
  if (!(key instanceof Uint8Array) || key.length !== PUBLIC_KEY_LENGTH || key[0] !== DJB_TYPE) {
    throw new ProtocolError('InvalidArgument', `pinned issuer ${JSON.stringify(name)} expected a 33-byte 0x05 public key`, { field: 'trustStore.issuers' });
  }
  return pinned;
}
