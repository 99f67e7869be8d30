import { assertBytes, concatBytes } from '../bytes.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { ProtocolError } from '../errors.js';
import type { IdentityKeyPair } from '../keys/identity.js';
import { parsePublicKey, sign, verify } from '../keys/curve.js';
import { decodeCertificate, decodeCertificateDetails, encodeCertificate, encodeCertificateDetails, MAX_CERTIFICATE_ENTRIES } from '../wire/business-codec.js';
import { checkBusinessName, type NameRules } from './name-rules.js';
import { assertIssuerName, type CertificateIssuer } from './trust.js';
import type { BusinessCertificateDetails, CertificateParts, LocalizedName, VerificationLevel } from './types.js';

/**
 * Issuing verified-name certificates (platform and business side).
 *
 * Two steps, so neither party holds the other's key:
 * 1. the platform prepares the Details bytes ({@link prepareCertificateDetails});
 * 2. the business signs those exact bytes with its identity key ({@link signCertificateDetails});
 * 3. the platform checks that signature with the identity key it knows for the business and
 *    countersigns details ‖ signature with its issuer key ({@link countersignCertificate}).
 * {@link createBusinessCertificate} does all three when one process holds both keys (tests, tools).
 */

const MAX_UINT64 = (1n << 64n) - 1n;
const LEVELS: readonly VerificationLevel[] = ['unknown', 'low', 'high'];
const LANGUAGE = /^[a-z]{2,3}$/;
const REGION = /^(?:[A-Z]{2}|[0-9]{3})$/;
const NAMESPACE = /^[\x21-\x7e]{1,128}$/;

export interface CertificateDetailsInput {
  /** Issuer-unique serial in 1..2^64-1; defaults to a random 63-bit serial from the context RNG. */
  readonly serial?: bigint;
  readonly verifiedName: string;
  readonly localizedNames?: readonly LocalizedName[];
  /** Seconds since the epoch; defaults to the context clock. */
  readonly issueTimeSeconds?: number;
  /** Milliseconds since the epoch, after the issue time; omit for a certificate without expiry. */
  readonly expiresAtMs?: number;
  /** Defaults to 'unknown'. */
  readonly level?: VerificationLevel;
  /** Marks the platform's own account; clients honour it only from a root issuer. */
  readonly officialPlatform?: boolean;
  readonly templateNamespaces?: readonly string[];
}

export interface IssueOptions extends ProtocolOptions {
  /**
   * Name rules the issuer enforces on the verified name and every localized name before it signs
   * (default {@link DEFAULT_NAME_RULES}; set `platformName` to refuse look-alikes of the platform).
   * `false` skips them: clients still apply their own rules.
   */
  readonly nameRules?: Partial<NameRules> | false;
}

function invalid(field: string, expected: string, got: string): never {
  throw new ProtocolError('InvalidArgument', `"${field}" expected ${expected}, got ${got}`, { field, expected, got });
}

function checkNames(verifiedName: string, localized: readonly LocalizedName[], officialPlatform: boolean, rules: Partial<NameRules> | false | undefined): void {
  if (rules === false) return;
  const all = [{ field: 'verifiedName', name: verifiedName }, ...localized.map((n, i) => ({ field: `localizedNames[${i}].verifiedName`, name: n.verifiedName }))];
  for (const { field, name } of all) {
    // The official account carries the platform's own name: the look-alike rule cannot apply to it.
    const violations = checkBusinessName(name, rules).filter((v) => !(officialPlatform && v === 'platform-lookalike'));
    if (violations.length > 0) invalid(field, 'a name that passes the name rules', `violations ${violations.join(', ')}`);
  }
}

function randomSerial(randomBytes: (n: number) => Uint8Array): bigint {
  for (;;) {
    const bytes = randomBytes(8);
    let serial = 0n;
    for (const b of bytes) serial = (serial << 8n) | BigInt(b);
    serial &= (1n << 63n) - 1n; // fits a signed 64-bit reader too (Cobalt reads serial as a Java long)
    if (serial !== 0n) return serial;
  }
}

/** Platform side, step 1: validated, serialized Details for `issuerName`. */
export function prepareCertificateDetails(issuerName: string, input: CertificateDetailsInput, options?: IssueOptions): Uint8Array {
  const { context } = resolveOptions(options);
  assertIssuerName(issuerName, 'issuer.name');
  if (typeof input !== 'object' || input === null) invalid('details', 'an object', typeof input);
  const { verifiedName } = input;
  if (typeof verifiedName !== 'string' || verifiedName === '') invalid('verifiedName', 'a non-empty string', typeof verifiedName);
  const localizedNames = input.localizedNames ?? [];
  if (!Array.isArray(localizedNames) || localizedNames.length > MAX_CERTIFICATE_ENTRIES) {
    invalid('localizedNames', `an array of at most ${MAX_CERTIFICATE_ENTRIES} names`, String(localizedNames.length));
  }
  localizedNames.forEach((n, i) => {
    if (typeof n.lg !== 'string' || !LANGUAGE.test(n.lg)) invalid(`localizedNames[${i}].lg`, 'a lower-case ISO 639 code', JSON.stringify(n.lg));
    if (n.lc !== undefined && (typeof n.lc !== 'string' || !REGION.test(n.lc))) invalid(`localizedNames[${i}].lc`, 'an ISO 3166 or UN M49 region', JSON.stringify(n.lc));
    if (typeof n.verifiedName !== 'string' || n.verifiedName === '') invalid(`localizedNames[${i}].verifiedName`, 'a non-empty string', typeof n.verifiedName);
  });
  const serial = input.serial ?? randomSerial((n) => context.randomBytes(n));
  if (typeof serial !== 'bigint' || serial < 1n || serial > MAX_UINT64) invalid('serial', 'a bigint in 1..2^64-1', String(serial));
  const issueTimeSeconds = input.issueTimeSeconds ?? Math.floor(context.now() / 1000);
  if (!Number.isSafeInteger(issueTimeSeconds) || issueTimeSeconds < 0) invalid('issueTimeSeconds', 'a non-negative integer', String(issueTimeSeconds));
  const { expiresAtMs } = input;
  if (expiresAtMs !== undefined && (!Number.isSafeInteger(expiresAtMs) || expiresAtMs <= issueTimeSeconds * 1000)) {
    invalid('expiresAtMs', `an integer after the issue time (${issueTimeSeconds * 1000} ms)`, String(expiresAtMs));
  }
  const level = input.level ?? 'unknown';
  if (!LEVELS.includes(level)) invalid('level', LEVELS.join(' | '), String(level));
  const templateNamespaces = input.templateNamespaces ?? [];
  if (!Array.isArray(templateNamespaces) || templateNamespaces.length > MAX_CERTIFICATE_ENTRIES) {
    invalid('templateNamespaces', `an array of at most ${MAX_CERTIFICATE_ENTRIES} namespaces`, String(templateNamespaces.length));
  }
  templateNamespaces.forEach((ns, i) => {
    if (typeof ns !== 'string' || !NAMESPACE.test(ns)) invalid(`templateNamespaces[${i}]`, '1-128 printable ASCII characters', JSON.stringify(ns));
  });
  if (new Set(templateNamespaces).size !== templateNamespaces.length) invalid('templateNamespaces', 'unique namespaces', 'a duplicate');
  const officialPlatform = input.officialPlatform === true;
  checkNames(verifiedName, localizedNames, officialPlatform, options?.nameRules);
  const details: BusinessCertificateDetails = {
    serial,
    issuer: issuerName,
    verifiedName,
    localizedNames: localizedNames.map((n) => (n.lc === undefined ? { lg: n.lg, verifiedName: n.verifiedName } : { lg: n.lg, lc: n.lc, verifiedName: n.verifiedName })),
    issueTimeSeconds,
    ...(expiresAtMs === undefined ? {} : { expiresAtMs }),
    level,
    officialPlatform,
    templateNamespaces: [...templateNamespaces],
  };
  return encodeCertificateDetails(details);
}

/**
 * Business side, step 2: the business identity key's XEdDSA signature over the exact Details bytes.
 * The bytes are decoded first, so a business never signs something that is not a Details message;
 * it should also check the decoded name ({@link decodeBusinessCertificate} on the result, or
 * decodeCertificateDetails) before agreeing to it.
 */
export function signCertificateDetails(details: Uint8Array, businessIdentity: IdentityKeyPair, options?: ProtocolOptions): Uint8Array {
  const { crypto, context } = resolveOptions(options);
  assertBytes(details, 'details');
  assertBytes(businessIdentity?.privateKey, 'businessIdentity.privateKey', 32);
  decodeCertificateDetails(details);
  return sign(crypto, context, businessIdentity.privateKey, details);
}

/**
 * Platform side, step 3: checks the business signature with `businessIdentityKey` (the identity
 * key the platform has on record for that business), checks the details name this issuer and pass
 * the name rules, then signs details ‖ signature with the issuer key. Returns the serialized
 * VerifiedNameCertificate. Throws 'BadSignature' when the business signature does not verify.
 */
export function countersignCertificate(
  signed: { readonly details: Uint8Array; readonly signature: Uint8Array },
  issuer: CertificateIssuer,
  businessIdentityKey: Uint8Array,
  options?: IssueOptions,
): Uint8Array {
  const { crypto, context } = resolveOptions(options);
  assertBytes(signed?.details, 'details');
  assertBytes(signed.signature, 'signature', 64);
  assertIssuerName(issuer?.name, 'issuer.name');
  assertBytes(issuer.keyPair?.privateKey, 'issuer.keyPair.privateKey', 32);
  parsePublicKey(businessIdentityKey, 'businessIdentityKey');
  if (!verify(crypto, businessIdentityKey, signed.details, signed.signature)) {
    throw new ProtocolError('BadSignature', 'certificate details signature does not verify with the business identity key', { field: 'signature' });
  }
  const details = decodeCertificateDetails(signed.details);
  if (details.issuer !== issuer.name) invalid('details.issuer', JSON.stringify(issuer.name), JSON.stringify(details.issuer.slice(0, 80)));
  if (details.serial === 0n) invalid('details.serial', 'a non-zero serial', '0');
  checkNames(details.verifiedName, details.localizedNames, details.officialPlatform, options?.nameRules);
  const serverSignature = sign(crypto, context, issuer.keyPair.privateKey, concatBytes(signed.details, signed.signature));
  return encodeCertificate({ details: signed.details, signature: signed.signature, serverSignature });
}

/** All three steps at once, for a process that holds both the issuer key and the business identity key. */
export function createBusinessCertificate(
  input: { readonly issuer: CertificateIssuer; readonly business: IdentityKeyPair; readonly details: CertificateDetailsInput },
  options?: IssueOptions,
): Uint8Array {
  const details = prepareCertificateDetails(input.issuer?.name, input.details, options);
  const signature = signCertificateDetails(details, input.business, options);
  return countersignCertificate({ details, signature }, input.issuer, input.business.publicKey, options);
}

/**
 * Decodes a certificate **without verifying anything**: for logging, debugging and issuer tooling.
 * Never show its name; use {@link verifyBusinessCertificate}.
 */
export function decodeBusinessCertificate(certificate: Uint8Array): { readonly parts: CertificateParts; readonly details: BusinessCertificateDetails } {
  const parts = decodeCertificate(certificate);
  return { parts, details: decodeCertificateDetails(parts.details) };
}

/**
 * The name to show for a customer's language (`lg`) and locale (`lc`) (shared/docs/BUSINESS.md
 * §3.4): the first localized name whose lg matches, except that an entry whose lc matches too is
 * preferred and ends the search; with no lg match, the default verifiedName. Comparisons ignore
 * ASCII case.
 */
export function chooseLocalizedName(
  details: Pick<BusinessCertificateDetails, 'verifiedName' | 'localizedNames'>,
  locale: { readonly lg: string; readonly lc?: string } | undefined,
): string {
  if (locale === undefined) return details.verifiedName;
  const lg = locale.lg.toLowerCase();
  const lc = locale.lc?.toUpperCase();
  let first: string | undefined;
  for (const entry of details.localizedNames) {
    if (entry.lg.toLowerCase() !== lg) continue;
    if (lc !== undefined && entry.lc !== undefined && entry.lc.toUpperCase() === lc) return entry.verifiedName;
    first ??= entry.verifiedName;
  }
  return first ?? details.verifiedName;
}
