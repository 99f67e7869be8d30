// Shared fixtures for the verified-business tests: a deterministic world with a platform issuer
// ("ent:wa"), a root issuer ("root:parley"), a business identity and a trust store.
import { concatBytes } from '../../src/bytes.js';
import {
  type CertificateDetailsInput,
  type CertificateIssuer,
  createBusinessCertificate,
  createRevocationList,
  generateIdentityKeyPair,
  type IdentityKeyPair,
  type IssueOptions,
  nobleCrypto,
  sign,
  type TrustStore,
  verifyBusinessCertificate,
  type VerifyCertificateOptions,
} from '../../src/index.js';
import { encodeCertificate, encodeCertificateDetails } from '../../src/wire/business-codec.js';
import type { BusinessCertificateDetails } from '../../src/business/types.js';
import { type DeterministicContext, deterministicContext } from '../support/deterministic.js';

/** 2025-01-15T00:00:00Z. */
export const NOW = Date.UTC(2025, 0, 15);
export const DAY = 24 * 60 * 60 * 1000;
export const PLATFORM_NAME = 'Parley';

export interface World {
  readonly context: DeterministicContext;
  readonly options: { readonly context: DeterministicContext };
  readonly issuer: CertificateIssuer;
  readonly root: CertificateIssuer;
  readonly business: IdentityKeyPair;
  readonly trustStore: TrustStore;
  /** A fresh identity key pair from the world's RNG. */
  identity(): IdentityKeyPair;
  /** A certificate for `business` (default: the world's) from `issuer` (default: "ent:wa"). */
  issue(details?: Partial<CertificateDetailsInput>, by?: CertificateIssuer, business?: IdentityKeyPair, options?: Omit<IssueOptions, 'context'>): Uint8Array;
  /** verifyBusinessCertificate with the world's business key, trust store and clock. */
  check(certificate: Uint8Array, extra?: Partial<VerifyCertificateOptions>): ReturnType<typeof verifyBusinessCertificate>;
  /** A signed revocation list from `by` (default: "ent:wa"). */
  revoke(serials: readonly bigint[], version?: number, by?: CertificateIssuer): Uint8Array;
  /**
   * A certificate over arbitrary Details (no issuing-side checks), signed by `business` and
   * countersigned by `server` over details ‖ signature.
   */
  raw(details: BusinessCertificateDetails, business?: IdentityKeyPair, server?: CertificateIssuer): Uint8Array;
}

export const DEFAULT_DETAILS = {
  serial: 1001n,
  verifiedName: 'Acme Bakery',
  level: 'high',
  expiresAtMs: NOW + 365 * DAY,
} as const satisfies Partial<CertificateDetailsInput>;

export function world(seed = 'business'): World {
  const context = deterministicContext(seed, NOW);
  const options = { context };
  const identity = () => generateIdentityKeyPair(options);
  const issuer: CertificateIssuer = { name: 'ent:wa', keyPair: identity() };
  const root: CertificateIssuer = { name: 'root:parley', keyPair: identity() };
  const business = identity();
  const trustStore: TrustStore = {
    issuers: {
      'ent:wa': { publicKey: issuer.keyPair.publicKey },
      'root:parley': { publicKey: root.keyPair.publicKey, root: true },
    },
    platformName: PLATFORM_NAME,
  };
  return {
    context,
    options,
    issuer,
    root,
    business,
    trustStore,
    identity,
    issue(details = {}, by = issuer, biz = business, issueOptions = {}) {
      return createBusinessCertificate({ issuer: by, business: biz, details: { ...DEFAULT_DETAILS, ...details } }, { ...issueOptions, context });
    },
    check(certificate, extra = {}) {
      return verifyBusinessCertificate(certificate, { remoteIdentityKey: business.publicKey, trustStore, context, ...extra });
    },
    revoke(serials, version = 1, by = issuer) {
      return createRevocationList({ issuer: by, serials, version }, options);
    },
    raw(details, biz = business, server = issuer) {
      const bytes = encodeCertificateDetails(details);
      const signature = sign(nobleCrypto, context, biz.privateKey, bytes);
      const serverSignature = sign(nobleCrypto, context, server.keyPair.privateKey, concatBytes(bytes, signature));
      return encodeCertificate({ details: bytes, signature, serverSignature });
    },
  };
}

/** Details as the world issues them by default, for {@link World.raw}. */
export function details(overrides: Partial<BusinessCertificateDetails> = {}): BusinessCertificateDetails {
  return {
    serial: 1001n,
    issuer: 'ent:wa',
    verifiedName: 'Acme Bakery',
    localizedNames: [],
    issueTimeSeconds: NOW / 1000,
    expiresAtMs: NOW + 365 * DAY,
    level: 'high',
    officialPlatform: false,
    templateNamespaces: [],
    ...overrides,
  };
}

/** A copy of `bytes` with byte `index` XOR `mask` (mask must be non-zero). */
export function withByte(bytes: Uint8Array, index: number, mask: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[index]! ^= mask;
  return copy;
}
