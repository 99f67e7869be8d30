// Verified business identity: certificates (issue and verify), revocation lists, name rules, the
// badge state machine and signed business profiles (shared/docs/BUSINESS.md §3, §4.4, §5).
export {
  type BadgeCertificate,
  type BadgeEnvironment,
  type BadgeEvent,
  type BadgeInput,
  type BadgeRejection,
  type BadgeState,
  type BadgeStatus,
  type BadgeTransition,
  type BadgeView,
  badgeView,
  type FetchCause,
  initialBadgeState,
  isBadgeIdentity,
  isFetchDue,
  type KnownSerial,
  MAX_KNOWN_SERIALS,
  OTHER_ERROR_RETRY_MS,
  parseBadgeState,
  SERVER_ERROR_RETRY_MS,
  updateBadge,
} from './badge.js';
export {
  type CertificateDetailsInput,
  chooseLocalizedName,
  countersignCertificate,
  createBusinessCertificate,
  decodeBusinessCertificate,
  type IssueOptions,
  prepareCertificateDetails,
  signCertificateDetails,
} from './certificate.js';
export {
  checkBusinessName,
  DEFAULT_NAME_RULES,
  isPlatformLookalike,
  nameSkeleton,
  type NameRules,
  type NameViolation,
  normalizeBusinessName,
} from './name-rules.js';
export { createBusinessProfile, PROFILE_LIMITS, shouldReplaceProfile, validateBusinessProfile, verifyBusinessProfile } from './profile.js';
export { createRevocationList, type RevocationListInput, verifyRevocationList } from './revocation.js';
export { type CertificateIssuer, type PinnedIssuer, PROFILE_SIGNATURE_CONTEXT, REVOCATION_SIGNATURE_CONTEXT, type TrustStore } from './trust.js';
export {
  BUSINESS_VERTICALS,
  type BusinessCertificateDetails,
  type BusinessProfile,
  type BusinessVertical,
  type CertificateParts,
  type LocalizedName,
  type ProfilePhoto,
  type RevocationList,
  type VerificationLevel,
} from './types.js';
export {
  type CertificateReason,
  type CertificateStatus,
  type CertificateVerification,
  DEFAULT_CLOCK_SKEW_MS,
  verifyBusinessCertificate,
  type VerifyCertificateOptions,
} from './verify.js';
export { MAX_CERTIFICATE_BYTES, MAX_PROFILE_BYTES, MAX_REVOCATION_LIST_BYTES } from '../wire/business-codec.js';
