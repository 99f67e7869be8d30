import { bytesEqual, fromHex, toHex } from '../bytes.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { ProtocolError } from '../errors.js';
import { DJB_TYPE, PUBLIC_KEY_LENGTH } from '../keys/curve.js';
import { chooseLocalizedName } from './certificate.js';
import type { NameRules } from './name-rules.js';
import type { TrustStore } from './trust.js';
import type { BusinessCertificateDetails, VerificationLevel } from './types.js';
import { type CertificateReason, type CertificateStatus, verifyBusinessCertificate } from './verify.js';

/**
 * The per-business badge state machine (shared/docs/BUSINESS.md §3.5, §3.6): what a client shows
 * next to one business, and when it should fetch a certificate again.
 *
 * States (`BadgeState.status`):
 * - 'none': no certificate yet (initial). No badge.
 * - 'pending': waiting for a certificate that can be verified — after the identity key of a
 *   verified business changed (its certificate is dropped and a HIGH level is shown as LOW), or
 *   when a certificate arrived before any identity key was known. No badge.
 * - 'verified': the accepted certificate verifies. Badge ✅ with its (localized) name.
 * - 'unverified': the certificates received so far do not verify. No badge.
 * - 'revoked' / 'expired': the accepted certificate was revoked / has expired. No badge.
 *
 * Transitions (inputs to {@link updateBadge}):
 * - certificate: verified → accepted (→ 'verified'), unless its serial is known with another name
 *   ('serial-name-mismatch'), was once seen revoked ('revoked-serial': revocation is permanent even
 *   if a later trust store lacks the list), or it is older than the newest accepted one
 *   ('stale-certificate', which stops replays of an old certificate after a name change). A new serial with a new name
 *   emits 'name-changed'. A certificate that does not verify never takes a badge away: in
 *   'verified' it is rejected (unless it is the accepted serial itself, now revoked or expired); in
 *   'none' it leads to 'unverified' (or 'pending', 'revoked', 'expired' per its status); in other
 *   states the status stays. A certificate given with a different identity key than the recorded
 *   one first applies identity-changed.
 * - identity-changed: records the key; 'verified' (and 'pending') → 'pending', level HIGH → LOW,
 *   certificate dropped, a fetch is due now. Other states keep their status.
 * - fetch-failed: retry 10 minutes later after a server error (HTTP status >= 500), 24 hours later
 *   otherwise (including a network failure, reported as 0). A fetched certificate that is rejected
 *   while a fetch was due also waits 24 hours.
 * - recheck: re-verifies the accepted certificate with the current clock and trust store (expiry,
 *   new revocation lists, rotated pins) → 'verified', 'revoked', 'expired' or 'unverified'. An
 *   expired or revoked certificate makes a fetch due now.
 *
 * The state is a JSON-safe object (strings, numbers, booleans, arrays; bytes as hex, serials as
 * decimal strings): store `JSON.stringify(state)` and load it back with {@link parseBadgeState}.
 */

export type BadgeStatus = 'none' | 'pending' | 'verified' | 'unverified' | 'revoked' | 'expired';

/** The accepted certificate, kept while the status is 'verified', 'revoked' or 'expired'. */
export interface BadgeCertificate {
  /** The certificate bytes as hex, re-verified on recheck. */
  readonly certificate: string;
  readonly issuer: string;
  /** Decimal uint64. */
  readonly serial: string;
  readonly verifiedName: string;
  readonly localizedNames: ReadonlyArray<{ readonly lg: string; readonly lc?: string; readonly verifiedName: string }>;
  readonly issueTimeSeconds: number;
  readonly expiresAtMs?: number;
  readonly level: VerificationLevel;
  readonly official: boolean;
}

/** A certificate this business had accepted: serials keep their name for good. */
export interface KnownSerial {
  readonly issuer: string;
  readonly serial: string;
  readonly verifiedName: string;
  readonly issueTimeSeconds: number;
  /** Seen revoked: never accepted again, even if a later trust store lacks the revocation list. */
  readonly revoked?: boolean;
}

export interface BadgeState {
  readonly formatVersion: 1;
  readonly status: BadgeStatus;
  /** Hex of the business identity key this state belongs to (33 bytes). */
  readonly identityKey?: string;
  /** The level shown: the certificate's, or LOW for a HIGH business that went 'pending'. */
  readonly level?: VerificationLevel;
  readonly certificate?: BadgeCertificate;
  /** The name last shown with a badge (for 'name-changed' after a 'pending' period). */
  readonly lastVerifiedName?: string;
  /** Issue time of the newest accepted certificate: older ones are replays. */
  readonly newestIssueTimeSeconds?: number;
  /** Accepted serials, oldest first, at most {@link MAX_KNOWN_SERIALS}. */
  readonly knownSerials: readonly KnownSerial[];
  /** Consecutive failed fetches since the last accepted certificate. */
  readonly failedFetches: number;
  /** When the client should fetch the certificate (again); absent when nothing is due. */
  readonly nextFetchAtMs?: number;
}

export type BadgeInput =
  | { readonly type: 'certificate'; readonly certificate: Uint8Array; readonly remoteIdentityKey: Uint8Array | undefined }
  | { readonly type: 'identity-changed'; readonly remoteIdentityKey: Uint8Array }
  | { readonly type: 'fetch-failed'; readonly httpStatus: number }
  | { readonly type: 'recheck' };

export type BadgeRejection = 'verification-failed' | 'serial-name-mismatch' | 'stale-certificate' | 'revoked-serial';
export type FetchCause = 'identity-changed' | 'server-error' | 'other-error' | 'certificate-rejected' | 'certificate-ended';

export type BadgeEvent =
  | { readonly type: 'status-changed'; readonly from: BadgeStatus; readonly to: BadgeStatus }
  | { readonly type: 'identity-changed' }
  /** Visible to the customer: "business name changed". */
  | { readonly type: 'name-changed'; readonly from: string; readonly to: string; readonly serial: string }
  | { readonly type: 'level-changed'; readonly from: VerificationLevel; readonly to: VerificationLevel }
  | {
      readonly type: 'certificate-rejected';
      readonly reason: BadgeRejection;
      readonly status: CertificateStatus;
      readonly reasons: readonly CertificateReason[];
    }
  | { readonly type: 'fetch-scheduled'; readonly atMs: number; readonly cause: FetchCause };

export interface BadgeTransition {
  readonly state: BadgeState;
  readonly events: readonly BadgeEvent[];
}

export interface BadgeEnvironment extends ProtocolOptions {
  readonly trustStore: TrustStore;
  readonly nameRules?: Partial<Omit<NameRules, 'platformName'>>;
  /** Milliseconds since the epoch; defaults to the context clock. */
  readonly now?: number;
}

/** What to show for one business. */
export interface BadgeView {
  readonly status: BadgeStatus;
  /** Only when 'verified'. */
  readonly badge?: '✅';
  /** The localized verified name; only when 'verified'. */
  readonly name?: string;
  /** When 'verified' (the certificate's level) or 'pending' (LOW for a business that was HIGH). */
  readonly level?: VerificationLevel;
  /** The platform's own account (verified, root issuer, official flag). */
  readonly official: boolean;
  readonly nextFetchAtMs?: number;
}

export const MAX_KNOWN_SERIALS = 32;
/** Retry delay after a server error (HTTP status >= 500). */
export const SERVER_ERROR_RETRY_MS = 10 * 60 * 1000;
/** Retry delay after any other failure. */
export const OTHER_ERROR_RETRY_MS = 24 * 60 * 60 * 1000;

export function initialBadgeState(): BadgeState {
  return { formatVersion: 1, status: 'none', knownSerials: [], failedFetches: 0 };
}

type Draft = { -readonly [K in keyof BadgeState]: BadgeState[K] } & { knownSerials: KnownSerial[] };

function recordOf(certificate: Uint8Array, d: BusinessCertificateDetails, official: boolean): BadgeCertificate {
  return {
    certificate: toHex(certificate),
    issuer: d.issuer,
    serial: d.serial.toString(),
    verifiedName: d.verifiedName,
    localizedNames: d.localizedNames.map((n) => ({ ...n })),
    issueTimeSeconds: d.issueTimeSeconds,
    ...(d.expiresAtMs === undefined ? {} : { expiresAtMs: d.expiresAtMs }),
    level: d.level,
    official,
  };
}

class Transition {
  readonly s: Draft;
  readonly events: BadgeEvent[] = [];

  constructor(
    state: BadgeState,
    readonly env: BadgeEnvironment,
    readonly now: number,
  ) {
    this.s = { ...state, knownSerials: [...state.knownSerials] };
  }

  setStatus(to: BadgeStatus): void {
    if (this.s.status !== to) this.events.push({ type: 'status-changed', from: this.s.status, to });
    this.s.status = to;
  }

  setLevel(to: VerificationLevel): void {
    if (this.s.level !== undefined && this.s.level !== to) this.events.push({ type: 'level-changed', from: this.s.level, to });
    this.s.level = to;
  }

  schedule(delayMs: number, cause: FetchCause): void {
    const atMs = this.now + delayMs;
    this.s.nextFetchAtMs = atMs;
    this.events.push({ type: 'fetch-scheduled', atMs, cause });
  }

  dropCertificate(): void {
    delete this.s.certificate;
  }

  identityChanged(key: Uint8Array): void {
    const hex = toHex(key);
    if (this.s.identityKey === hex) return;
    const first = this.s.identityKey === undefined;
    this.s.identityKey = hex;
    if (first) return;
    this.events.push({ type: 'identity-changed' });
    this.dropCertificate();
    if (this.s.status === 'verified' || this.s.status === 'pending') {
      this.setStatus('pending');
      if (this.s.level === 'high') this.setLevel('low');
      this.schedule(0, 'identity-changed');
    }
  }

  verify(certificate: Uint8Array, key: Uint8Array | undefined) {
    return verifyBusinessCertificate(certificate, {
      ...this.env,
      remoteIdentityKey: key,
      trustStore: this.env.trustStore,
      now: this.now,
      ...(this.env.nameRules === undefined ? {} : { nameRules: this.env.nameRules }),
    });
  }

  reject(reason: BadgeRejection, status: CertificateStatus, reasons: readonly CertificateReason[]): void {
    this.events.push({ type: 'certificate-rejected', reason, status, reasons });
    if (this.s.nextFetchAtMs !== undefined && this.s.nextFetchAtMs <= this.now) this.schedule(OTHER_ERROR_RETRY_MS, 'certificate-rejected');
  }

  known(issuer: string, serial: string): KnownSerial | undefined {
    return this.s.knownSerials.find((k) => k.issuer === issuer && k.serial === serial);
  }

  remember(entry: KnownSerial): void {
    const i = this.s.knownSerials.findIndex((k) => k.issuer === entry.issuer && k.serial === entry.serial);
    if (i >= 0) this.s.knownSerials.splice(i, 1);
    this.s.knownSerials.push(entry);
    while (this.s.knownSerials.length > MAX_KNOWN_SERIALS) this.s.knownSerials.shift();
  }

  markRevoked(d: Pick<BadgeCertificate, 'issuer' | 'serial' | 'verifiedName' | 'issueTimeSeconds'>): void {
    this.remember({ issuer: d.issuer, serial: d.serial, verifiedName: d.verifiedName, issueTimeSeconds: d.issueTimeSeconds, revoked: true });
  }

  accept(certificate: Uint8Array, d: BusinessCertificateDetails, official: boolean): void {
    const serial = d.serial.toString();
    const previousName = this.s.lastVerifiedName;
    const isNewSerial = this.known(d.issuer, serial) === undefined;
    this.setStatus('verified');
    this.setLevel(d.level);
    if (previousName !== undefined && previousName !== d.verifiedName && isNewSerial) {
      this.events.push({ type: 'name-changed', from: previousName, to: d.verifiedName, serial });
    }
    this.s.certificate = recordOf(certificate, d, official);
    this.s.lastVerifiedName = d.verifiedName;
    this.s.newestIssueTimeSeconds = Math.max(this.s.newestIssueTimeSeconds ?? 0, d.issueTimeSeconds);
    if (isNewSerial) this.remember({ issuer: d.issuer, serial, verifiedName: d.verifiedName, issueTimeSeconds: d.issueTimeSeconds });
    this.s.failedFetches = 0;
    delete this.s.nextFetchAtMs;
  }

  certificate(certificate: Uint8Array, key: Uint8Array | undefined): void {
    if (key !== undefined) this.identityChanged(key);
    const result = this.verify(certificate, key);
    const d = result.details;
    if (result.status === 'verified' && d !== undefined) {
      const serial = d.serial.toString();
      const known = this.known(d.issuer, serial);
      if (known?.revoked === true) return this.reject('revoked-serial', result.status, result.reasons);
      if (known !== undefined && known.verifiedName !== d.verifiedName) return this.reject('serial-name-mismatch', result.status, result.reasons);
      if (this.s.newestIssueTimeSeconds !== undefined && d.issueTimeSeconds < this.s.newestIssueTimeSeconds) {
        return this.reject('stale-certificate', result.status, result.reasons);
      }
      return this.accept(certificate, d, result.official);
    }
    const current = this.s.certificate;
    const sameSerial = d !== undefined && current !== undefined && current.issuer === d.issuer && current.serial === d.serial.toString();
    if (sameSerial && this.s.status === 'verified' && (result.status === 'revoked' || result.status === 'expired')) {
      if (result.status === 'revoked') this.markRevoked(current);
      this.setStatus(result.status);
      this.schedule(0, 'certificate-ended');
      return;
    }
    this.reject('verification-failed', result.status, result.reasons);
    if (this.s.status !== 'none') return;
    if (result.status === 'pending') this.setStatus('pending');
    else if ((result.status === 'revoked' || result.status === 'expired') && d !== undefined) {
      if (result.status === 'revoked') this.markRevoked({ ...d, serial: d.serial.toString() });
      this.setStatus(result.status);
    } else this.setStatus('unverified');
  }

  fetchFailed(httpStatus: number): void {
    if (!Number.isInteger(httpStatus) || httpStatus < 0 || httpStatus > 999) {
      throw new ProtocolError('InvalidArgument', `"httpStatus" expected an integer in 0..999 (0 for a network failure), got ${String(httpStatus)}`, {
        field: 'httpStatus',
      });
    }
    this.s.failedFetches += 1;
    if (httpStatus >= 500) this.schedule(SERVER_ERROR_RETRY_MS, 'server-error');
    else this.schedule(OTHER_ERROR_RETRY_MS, 'other-error');
  }

  recheck(): void {
    const current = this.s.certificate;
    if (current === undefined || this.s.identityKey === undefined) return;
    if (this.known(current.issuer, current.serial)?.revoked === true) return; // revocation is permanent
    const result = this.verify(fromHex(current.certificate), fromHex(this.s.identityKey));
    if (result.status === 'verified' && result.details !== undefined) {
      this.setStatus('verified');
      this.setLevel(result.details.level);
      return;
    }
    if (result.status === 'revoked' || result.status === 'expired') {
      if (result.status === 'revoked') this.markRevoked(current);
      if (this.s.status !== result.status) {
        this.setStatus(result.status);
        this.schedule(0, 'certificate-ended');
      }
      return;
    }
    // No longer trusted at all (issuer unpinned, rules tightened): forget it.
    this.dropCertificate();
    this.setStatus('unverified');
  }
}

function assertIdentityKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== PUBLIC_KEY_LENGTH || key[0] !== DJB_TYPE) {
    throw new ProtocolError('InvalidArgument', '"remoteIdentityKey" expected a 33-byte 0x05 key', { field: 'remoteIdentityKey' });
  }
}

/**
 * Applies one input to a badge state and returns the new state and the events to surface; the
 * given state is not modified. The clock is `env.now`, else the context clock.
 */
export function updateBadge(state: BadgeState, input: BadgeInput, env: BadgeEnvironment): BadgeTransition {
  const parsed = parseBadgeState(state);
  const now = env.now ?? resolveOptions(env).context.now();
  if (!Number.isSafeInteger(now)) throw new ProtocolError('InvalidArgument', `"now" expected an integer, got ${String(now)}`, { field: 'now' });
  const t = new Transition(parsed, env, now);
  switch (input?.type) {
    case 'certificate':
      if (!(input.certificate instanceof Uint8Array)) {
        throw new ProtocolError('InvalidArgument', '"certificate" expected Uint8Array', { field: 'certificate' });
      }
      if (input.remoteIdentityKey !== undefined) assertIdentityKey(input.remoteIdentityKey);
      t.certificate(input.certificate, input.remoteIdentityKey);
      break;
    case 'identity-changed':
      assertIdentityKey(input.remoteIdentityKey);
      t.identityChanged(input.remoteIdentityKey);
      break;
    case 'fetch-failed':
      t.fetchFailed(input.httpStatus);
      break;
    case 'recheck':
      t.recheck();
      break;
    default:
      throw new ProtocolError('InvalidArgument', `badge input expected type certificate | identity-changed | fetch-failed | recheck, got ${String((input as { type?: unknown })?.type)}`, {
        field: 'type',
      });
  }
  return { state: Object.freeze(t.s), events: t.events };
}

/** What to show; the name is localized for `locale` (see chooseLocalizedName). */
export function badgeView(state: BadgeState, locale?: { readonly lg: string; readonly lc?: string }): BadgeView {
  const verified = state.status === 'verified' && state.certificate !== undefined;
  return {
    status: state.status,
    ...(verified ? { badge: '✅' as const, name: chooseLocalizedName(state.certificate!, locale) } : {}),
    ...(state.level !== undefined && (verified || state.status === 'pending') ? { level: state.level } : {}),
    official: verified && state.certificate!.official,
    ...(state.nextFetchAtMs === undefined ? {} : { nextFetchAtMs: state.nextFetchAtMs }),
  };
}

/** True when a certificate fetch is due at `now`. */
export function isFetchDue(state: BadgeState, now: number): boolean {
  return state.nextFetchAtMs !== undefined && now >= state.nextFetchAtMs;
}

/** True when `key` is the identity key the state belongs to. */
export function isBadgeIdentity(state: BadgeState, key: Uint8Array): boolean {
  return state.identityKey !== undefined && bytesEqual(fromHex(state.identityKey), key);
}

// ---- loading a stored state ----

const STATUSES: readonly BadgeStatus[] = ['none', 'pending', 'verified', 'unverified', 'revoked', 'expired'];
const LEVEL_NAMES: readonly VerificationLevel[] = ['unknown', 'low', 'high'];

function bad(field: string, expected: string): never {
  throw new ProtocolError('InvalidArgument', `badge state "${field}" expected ${expected}`, { field });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isSerial = (v: unknown): v is string => typeof v === 'string' && /^[1-9][0-9]{0,19}$/.test(v) && BigInt(v) < 1n << 64n;
const isHex = (v: unknown, bytes?: number): v is string =>
  typeof v === 'string' && v.length % 2 === 0 && /^[0-9a-f]*$/.test(v) && (bytes === undefined || v.length === bytes * 2);

function parseCertificate(v: unknown): BadgeCertificate {
  if (!isObject(v)) bad('certificate', 'an object');
  if (!isHex(v.certificate) || v.certificate === '') bad('certificate.certificate', 'lower-case hex bytes');
  if (typeof v.issuer !== 'string') bad('certificate.issuer', 'a string');
  if (!isSerial(v.serial)) bad('certificate.serial', 'a decimal uint64');
  if (typeof v.verifiedName !== 'string') bad('certificate.verifiedName', 'a string');
  if (!Array.isArray(v.localizedNames)) bad('certificate.localizedNames', 'an array');
  const localizedNames = v.localizedNames.map((n: unknown, i) => {
    if (!isObject(n) || typeof n.lg !== 'string' || typeof n.verifiedName !== 'string' || (n.lc !== undefined && typeof n.lc !== 'string')) {
      bad(`certificate.localizedNames[${i}]`, '{ lg, lc?, verifiedName } strings');
    }
    return n.lc === undefined ? { lg: n.lg, verifiedName: n.verifiedName } : { lg: n.lg, lc: n.lc as string, verifiedName: n.verifiedName };
  });
  if (!isInt(v.issueTimeSeconds)) bad('certificate.issueTimeSeconds', 'an integer');
  if (v.expiresAtMs !== undefined && !isInt(v.expiresAtMs)) bad('certificate.expiresAtMs', 'an integer');
  if (!LEVEL_NAMES.includes(v.level as VerificationLevel)) bad('certificate.level', LEVEL_NAMES.join(' | '));
  if (typeof v.official !== 'boolean') bad('certificate.official', 'a boolean');
  return {
    certificate: v.certificate,
    issuer: v.issuer,
    serial: v.serial,
    verifiedName: v.verifiedName,
    localizedNames,
    issueTimeSeconds: v.issueTimeSeconds,
    ...(v.expiresAtMs === undefined ? {} : { expiresAtMs: v.expiresAtMs as number }),
    level: v.level as VerificationLevel,
    official: v.official,
  };
}

/**
 * Checks a stored badge state (for example `JSON.parse` of what was saved) and returns a clean
 * copy; throws 'InvalidArgument' naming the first bad field. Accepts formatVersion 1 only.
 */
export function parseBadgeState(value: unknown): BadgeState {
  if (!isObject(value)) bad('state', 'an object');
  if (value.formatVersion !== 1) bad('formatVersion', '1');
  if (!STATUSES.includes(value.status as BadgeStatus)) bad('status', STATUSES.join(' | '));
  if (value.identityKey !== undefined && !isHex(value.identityKey, 33)) bad('identityKey', '66 lower-case hex digits');
  if (value.level !== undefined && !LEVEL_NAMES.includes(value.level as VerificationLevel)) bad('level', LEVEL_NAMES.join(' | '));
  if (value.lastVerifiedName !== undefined && typeof value.lastVerifiedName !== 'string') bad('lastVerifiedName', 'a string');
  if (value.newestIssueTimeSeconds !== undefined && !isInt(value.newestIssueTimeSeconds)) bad('newestIssueTimeSeconds', 'an integer');
  if (!Array.isArray(value.knownSerials) || value.knownSerials.length > MAX_KNOWN_SERIALS) bad('knownSerials', `an array of at most ${MAX_KNOWN_SERIALS}`);
  const knownSerials = value.knownSerials.map((k: unknown, i): KnownSerial => {
    if (
      !isObject(k) ||
      typeof k.issuer !== 'string' ||
      !isSerial(k.serial) ||
      typeof k.verifiedName !== 'string' ||
      !isInt(k.issueTimeSeconds) ||
      (k.revoked !== undefined && typeof k.revoked !== 'boolean')
    ) {
      bad(`knownSerials[${i}]`, '{ issuer, serial, verifiedName, issueTimeSeconds, revoked? }');
    }
    const entry = { issuer: k.issuer, serial: k.serial, verifiedName: k.verifiedName, issueTimeSeconds: k.issueTimeSeconds };
    return k.revoked === true ? { ...entry, revoked: true } : entry;
  });
  if (!isInt(value.failedFetches) || value.failedFetches < 0) bad('failedFetches', 'a non-negative integer');
  if (value.nextFetchAtMs !== undefined && !isInt(value.nextFetchAtMs)) bad('nextFetchAtMs', 'an integer');
  const certificate = value.certificate === undefined ? undefined : parseCertificate(value.certificate);
  if (value.status === 'verified' && certificate === undefined) bad('certificate', 'an accepted certificate when status is verified');
  return {
    formatVersion: 1,
    status: value.status as BadgeStatus,
    ...(value.identityKey === undefined ? {} : { identityKey: value.identityKey as string }),
    ...(value.level === undefined ? {} : { level: value.level as VerificationLevel }),
    ...(certificate === undefined ? {} : { certificate }),
    ...(value.lastVerifiedName === undefined ? {} : { lastVerifiedName: value.lastVerifiedName as string }),
    ...(value.newestIssueTimeSeconds === undefined ? {} : { newestIssueTimeSeconds: value.newestIssueTimeSeconds as number }),
    knownSerials,
    failedFetches: value.failedFetches,
    ...(value.nextFetchAtMs === undefined ? {} : { nextFetchAtMs: value.nextFetchAtMs as number }),
  };
}
