import { concatBytes } from '../bytes.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { ProtocolError } from '../errors.js';
import { DJB_TYPE, PUBLIC_KEY_LENGTH, verify } from '../keys/curve.js';
import { decodeCertificate, decodeCertificateDetails } from '../wire/business-codec.js';
import { chooseLocalizedName } from './certificate.js';
import { checkBusinessName, type NameRules, type NameViolation, resolveNameRules } from './name-rules.js';
import { revokedSerials } from './revocation.js';
import { assertTrustStore, pinnedIssuer, type TrustStore } from './trust.js';
import type { BusinessCertificateDetails, CertificateParts, VerificationLevel } from './types.js';

/**
 * Client-side certificate verification (shared/docs/BUSINESS.md §3.3, §3.6, §8). A certificate is
 * 'verified' — and only then carries `badge: '✅'` — when ALL of these hold:
 * - its issuer is pinned in the trust store;
 * - `serverSignature` verifies with the pinned issuer key over the received `details ‖ signature`;
 * - `signature` verifies over the received `details` with `remoteIdentityKey`, the identity key of
 *   the session with this business (so the name is bound to the key the customer talks to);
 * - the official-platform flag, if set, comes from a root issuer;
 * - its serial is not in any revocation list of its issuer, and every revocation list in the trust
 *   store verifies with the pinned key of the issuer it names;
 * - it has not expired and was not issued in the future (beyond `clockSkewMs`);
 * - its verified name and every localized name pass the name rules, including the platform
 *   look-alike rule (waived only for the official account of a root issuer).
 * Nothing from `details` is trusted before both signatures verify.
 */

export type CertificateStatus = 'verified' | 'unverified' | 'pending' | 'revoked' | 'expired' | 'invalid';

/**
 * Machine-readable reasons; the status is that of the most severe one
 * (invalid > revoked > expired > unverified > pending).
 */
export type CertificateReason =
  /** invalid: not a well-formed certificate (bad protobuf, missing field, zero serial, too large). */
  | 'malformed'
  /** invalid: `serverSignature` missing or not by the pinned issuer key over details ‖ signature. */
  | 'server-signature-invalid'
  /** invalid: `signature` missing or not by the session's identity key (forged, or signed by another key). */
  | 'business-signature-invalid'
  /** invalid: the official-platform flag from an issuer that is not a pinned root. */
  | 'official-not-root'
  /** revoked: the serial is in a verified revocation list of the issuer. */
  | 'revoked'
  /** expired: now >= expiresAtMs. */
  | 'expired'
  /** unverified: the issuer named in the certificate is not pinned. */
  | 'issuer-not-pinned'
  /** unverified: a revocation list in the trust store does not verify with the pinned key of the issuer it names. */
  | 'revocation-list-invalid'
  /** unverified: a name breaks the name rules (see `nameViolations`). */
  | 'name-rejected'
  /** unverified: a name looks like the platform's own name. */
  | 'platform-lookalike'
  /** pending: no identity key is known for the sender yet, so the business signature cannot be checked. */
  | 'identity-key-unknown'
  /** pending: issued in the future (beyond the allowed clock skew). */
  | 'not-yet-valid';

export interface CertificateVerification {
  readonly status: CertificateStatus;
  /** Empty exactly when status is 'verified'. */
  readonly reasons: readonly CertificateReason[];
  /** Present exactly when status is 'verified'. */
  readonly badge?: '✅';
  /** The certificate's level; present exactly when status is 'verified'. */
  readonly level?: VerificationLevel;
  /** True only for a verified official-platform certificate from a root issuer: show it as the platform's own account. */
  readonly official: boolean;
  /** The name to show for `locale`; present exactly when status is 'verified'. */
  readonly displayName?: string;
  /**
   * The decoded details, present only once both signatures have verified (the status may still be
   * 'revoked', 'expired', 'unverified' or 'pending' for other reasons).
   */
  readonly details?: BusinessCertificateDetails;
  /** Name-rule violations across the verified name and localized names, when 'name-rejected' or 'platform-lookalike'. */
  readonly nameViolations?: readonly NameViolation[];
}

export interface VerifyCertificateOptions extends ProtocolOptions {
  /** The sender's identity key from the session (33 bytes, 0x05 ‖ u); undefined when none is known yet. */
  readonly remoteIdentityKey: Uint8Array | undefined;
  readonly trustStore: TrustStore;
  /** Milliseconds since the epoch; defaults to the context clock. */
  readonly now?: number;
  /** Overrides of {@link DEFAULT_NAME_RULES}; `platformName` always comes from the trust store. */
  readonly nameRules?: Partial<Omit<NameRules, 'platformName'>>;
  /** The customer's language and locale, for `displayName`. */
  readonly locale?: { readonly lg: string; readonly lc?: string };
  /** How far in the future an issue time may be (default 5 minutes). */
  readonly clockSkewMs?: number;
}

export const DEFAULT_CLOCK_SKEW_MS = 5 * 60 * 1000;

const SEVERITY: Readonly<Record<CertificateReason, CertificateStatus>> = {
  malformed: 'invalid',
  'server-signature-invalid': 'invalid',
  'business-signature-invalid': 'invalid',
  'official-not-root': 'invalid',
  revoked: 'revoked',
  expired: 'expired',
  'issuer-not-pinned': 'unverified',
  'revocation-list-invalid': 'unverified',
  'name-rejected': 'unverified',
  'platform-lookalike': 'unverified',
  'identity-key-unknown': 'pending',
  'not-yet-valid': 'pending',
};
const ORDER: readonly CertificateStatus[] = ['invalid', 'revoked', 'expired', 'unverified', 'pending'];

function statusOf(reasons: readonly CertificateReason[]): CertificateStatus {
  for (const status of ORDER) if (reasons.some((r) => SEVERITY[r] === status)) return status;
  return 'verified';
}

function refused(reasons: CertificateReason[], extra: { details?: BusinessCertificateDetails; nameViolations?: readonly NameViolation[] } = {}): CertificateVerification {
  return { status: statusOf(reasons), reasons, official: false, ...extra };
}

function checkOptions(options: VerifyCertificateOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new ProtocolError('InvalidArgument', '"options" expected an object with remoteIdentityKey and trustStore', { field: 'options' });
  }
  const key = options.remoteIdentityKey;
  if (key !== undefined && (!(key instanceof Uint8Array) || key.length !== PUBLIC_KEY_LENGTH || key[0] !== DJB_TYPE)) {
    throw new ProtocolError('InvalidArgument', `"remoteIdentityKey" expected a 33-byte 0x05 key or undefined, got ${key instanceof Uint8Array ? `${key.length} bytes` : typeof key}`, {
      field: 'remoteIdentityKey',
    });
  }
  assertTrustStore(options.trustStore);
  if (options.now !== undefined && !Number.isSafeInteger(options.now)) {
    throw new ProtocolError('InvalidArgument', `"now" expected an integer, got ${String(options.now)}`, { field: 'now' });
  }
  if (options.clockSkewMs !== undefined && (!Number.isSafeInteger(options.clockSkewMs) || options.clockSkewMs < 0)) {
    throw new ProtocolError('InvalidArgument', `"clockSkewMs" expected a non-negative integer, got ${String(options.clockSkewMs)}`, { field: 'clockSkewMs' });
  }
}

/**
 * Verifies a serialized VerifiedNameCertificate for display. Never throws for bad certificate
 * bytes (those give status 'invalid'); throws 'InvalidArgument' only for bad options.
 */
export function verifyBusinessCertificate(certificate: Uint8Array, options: VerifyCertificateOptions): CertificateVerification {
  if (!(certificate instanceof Uint8Array)) {
    throw new ProtocolError('InvalidArgument', `"certificate" expected Uint8Array, got ${typeof certificate}`, { field: 'certificate' });
  }
  checkOptions(options);
  const { crypto, context } = resolveOptions(options);
  const { trustStore, remoteIdentityKey } = options;
  const rules = resolveNameRules({ ...options.nameRules, platformName: trustStore.platformName });
  const now = options.now ?? context.now();

  // 1. Structure. Only the issuer name is read before the signatures are checked (to pick the key).
  let parts: CertificateParts;
  let details: BusinessCertificateDetails;
  try {
    parts = decodeCertificate(certificate);
    details = decodeCertificateDetails(parts.details);
  } catch (e) {
    if (!ProtocolError.is(e)) throw e;
    return refused(['malformed']);
  }
  if (details.serial === 0n || details.issuer === '') return refused(['malformed']);

  // 2. Signatures over the exact received bytes.
  const reasons: CertificateReason[] = [];
  const issuer = pinnedIssuer(trustStore.issuers, details.issuer);
  const signature = parts.signature;
  if (issuer === undefined) {
    reasons.push('issuer-not-pinned');
  } else if (
    signature === undefined ||
    parts.serverSignature === undefined ||
    !verify(crypto, issuer.publicKey, concatBytes(parts.details, signature), parts.serverSignature)
  ) {
    reasons.push('server-signature-invalid');
  }
  if (remoteIdentityKey === undefined) {
    reasons.push('identity-key-unknown');
  } else if (signature === undefined || !verify(crypto, remoteIdentityKey, parts.details, signature)) {
    reasons.push('business-signature-invalid');
  }
  if (issuer === undefined || reasons.includes('server-signature-invalid') || reasons.includes('business-signature-invalid')) {
    return refused(reasons);
  }

  // 3. Issuer-authenticated details (and business-authenticated unless the identity key is unknown).
  const root = issuer.root === true;
  if (details.officialPlatform && !root) reasons.push('official-not-root');
  const revocation = revokedSerials(crypto, trustStore.revocationLists ?? [], trustStore.issuers, details.issuer);
  if (revocation.invalid) reasons.push('revocation-list-invalid');
  if (revocation.serials.has(details.serial)) reasons.push('revoked');
  if (details.expiresAtMs !== undefined && now >= details.expiresAtMs) reasons.push('expired');
  if (details.issueTimeSeconds * 1000 > now + (options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS)) reasons.push('not-yet-valid');
  const official = details.officialPlatform && root;
  const violations = new Set<NameViolation>();
  for (const name of [details.verifiedName, ...details.localizedNames.map((n) => n.verifiedName)]) {
    for (const v of checkBusinessName(name, rules)) if (!(official && v === 'platform-lookalike')) violations.add(v);
  }
  if (violations.has('platform-lookalike')) reasons.push('platform-lookalike');
  if ([...violations].some((v) => v !== 'platform-lookalike')) reasons.push('name-rejected');
  const nameViolations = violations.size > 0 ? { nameViolations: [...violations] } : {};
  const authenticated = remoteIdentityKey === undefined ? {} : { details };

  if (reasons.length > 0) return refused(reasons, { ...authenticated, ...nameViolations });
  return {
    status: 'verified',
    reasons: [],
    badge: '✅',
    level: details.level,
    official,
    displayName: chooseLocalizedName(details, options.locale),
    details,
  };
}
