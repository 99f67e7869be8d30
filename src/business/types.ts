/**
 * Plain values of verified business identity (shared/docs/BUSINESS.md §3, §5): certificate details,
 * revocation lists and business profiles. Bytes are Uint8Array; 64-bit serials are bigint.
 */

/** WhatsApp's VerifiedLevelValue: UNKNOWN and LOW are the "bottom" tier, HIGH the "top" tier (§3.5). */
export type VerificationLevel = 'unknown' | 'low' | 'high';

/** A display name for one language (`lg`, ISO 639) and optionally one locale (`lc`, ISO 3166). */
export interface LocalizedName {
  readonly lg: string;
  readonly lc?: string;
  readonly verifiedName: string;
}

/** The decoded `VerifiedNameCertificate.Details`. */
export interface BusinessCertificateDetails {
  /** Issuer-unique, non-zero (uint64). */
  readonly serial: bigint;
  /** Names the issuer key that must be pinned in the trust store. */
  readonly issuer: string;
  /** The default display name. */
  readonly verifiedName: string;
  readonly localizedNames: readonly LocalizedName[];
  /** Seconds since the epoch (WhatsApp's `issueTime` unit). */
  readonly issueTimeSeconds: number;
  /** Milliseconds since the epoch; absent means the certificate does not expire (parley field 1000). */
  readonly expiresAtMs?: number;
  /** Absent on the wire reads as 'unknown' (parley field 1001). */
  readonly level: VerificationLevel;
  /** The platform's own account; honoured only from a root issuer (parley field 1002). */
  readonly officialPlatform: boolean;
  /** Template namespaces the business owns (parley field 1003). */
  readonly templateNamespaces: readonly string[];
}

/** The three fields of a `VerifiedNameCertificate` as carried on the wire, undecoded and unverified. */
export interface CertificateParts {
  /** Serialized Details: exactly the bytes both signatures cover. */
  readonly details: Uint8Array;
  /** The business identity key's XEdDSA signature over `details`; absent when not on the wire. */
  readonly signature?: Uint8Array;
  /** The issuer key's XEdDSA signature over `details ‖ signature`; absent when not on the wire. */
  readonly serverSignature?: Uint8Array;
}

/** One issuer's list of revoked serials. Lists are cumulative; revocation is never undone. */
export interface RevocationList {
  readonly issuer: string;
  readonly serials: readonly bigint[];
  /** Milliseconds since the epoch. */
  readonly issuedAtMs: number;
  /** >= 1; a newer list of the same issuer has a higher version. */
  readonly version: number;
}

/** The Cloud API `vertical` values (shared/docs/BUSINESS.md §5). */
export const BUSINESS_VERTICALS = [
  'AUTO',
  'BEAUTY',
  'APPAREL',
  'EDU',
  'ENTERTAIN',
  'EVENT_PLAN',
  'FINANCE',
  'GROCERY',
  'GOVT',
  'HOTEL',
  'HEALTH',
  'NONPROFIT',
  'PROF_SERVICES',
  'RETAIL',
  'TRAVEL',
  'RESTAURANT',
  'OTHER',
] as const;

export type BusinessVertical = (typeof BUSINESS_VERTICALS)[number];

/** The profile photo by reference: the file's SHA-256, its pixel dimensions and its size in bytes. */
export interface ProfilePhoto {
  readonly sha256: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly size: number;
}

/** A business profile (§5). The verified name is never part of it: it comes only from a certificate. */
export interface BusinessProfile {
  /** >= 1; a newer profile has a higher version, and an older or equal one never replaces it. */
  readonly version: number;
  /** 1–139 characters. */
  readonly about: string;
  /** Up to 256 characters. */
  readonly address?: string;
  /** Up to 512 characters. */
  readonly description?: string;
  /** Up to 128 characters, a valid address. */
  readonly email?: string;
  /** At most 2, each http(s) and up to 256 characters. */
  readonly websites: readonly string[];
  readonly vertical?: BusinessVertical;
  readonly photo?: ProfilePhoto;
}
