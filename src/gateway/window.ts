import { ProtocolError } from '../errors.js';
import type { WindowState } from './types.js';

/**
 * The customer-service window and the referral (free entry point) window (BUSINESS.md §4.1).
 * Pure functions over a WindowState; the state itself lives in the GatewayStore.
 *
 * - The customer-service window opens with a customer's message or call and lasts 24 hours from
 *   the latest one: it is open at `now` when `now < lastCustomerActivityAt + 24 h` (so it is
 *   closed at exactly 24 h). Only customer activity moves it, and never backwards (the store
 *   keeps the later of the stored and the new time), so a late or clock-skewed older activity
 *   cannot shorten it. Business messages, templates included, never open or refresh it.
 * - A referral entry (click-to-WhatsApp ad, page button) at `referralEntryAt` makes the
 *   business's first allowed reply within 24 hours of it (`now < referralEntryAt + 24 h`) open a
 *   72-hour window from that reply, in which templates are free (`referral_conversion`). A reply
 *   made while such a window is open does not extend it; a later referral entry can open a new
 *   one once the previous one has ended.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Length of the customer-service window. */
export const CUSTOMER_SERVICE_WINDOW_MS = DAY_MS;
/** How long after a referral entry the business's reply still opens the referral window. */
export const REFERRAL_REPLY_MS = DAY_MS;
/** Length of the referral (free entry point) window, from the reply that opened it. */
export const REFERRAL_WINDOW_MS = 72 * HOUR_MS;
/** Largest time accepted anywhere in the gateway: 9999-12-31T23:59:59.999Z (so days stay `YYYY-MM-DD`). */
export const MAX_TIME_MS = 253_402_300_799_999;

/** End of the customer-service window (exclusive), or undefined when the customer never wrote. */
export function windowOpenUntil(state: WindowState | undefined): number | undefined {
  const last = state?.lastCustomerActivityAt;
  return last === undefined ? undefined : last + CUSTOMER_SERVICE_WINDOW_MS;
}

/** True when the customer-service window is open at `now`. */
export function isWindowOpen(state: WindowState | undefined, now: number): boolean {
  const until = windowOpenUntil(state);
  return until !== undefined && now < until;
}

/** True when a referral window is open at `now`. */
export function isReferralWindowOpen(state: WindowState | undefined, now: number): boolean {
  const until = state?.referralWindowUntil;
  return until !== undefined && now < until;
}

/**
 * When a business reply at `now` opens a referral window: the end of that window; otherwise
 * undefined (no referral entry, the entry is 24 hours old or more, or a referral window is
 * already open). A referral entry recorded slightly after `now` by a node with a skewed clock
 * counts as just happened.
 */
export function referralWindowToOpen(state: WindowState | undefined, now: number): number | undefined {
  const entry = state?.referralEntryAt;
  if (entry === undefined || now >= entry + REFERRAL_REPLY_MS) return undefined;
  if (isReferralWindowOpen(state, now)) return undefined;
  return now + REFERRAL_WINDOW_MS;
}

/** A view of a pair's windows at `now`, for dashboards and decisions. */
export interface WindowView {
  readonly open: boolean;
  /** End of the customer-service window (exclusive), when the customer ever wrote. */
  readonly openUntil?: number;
  readonly referralOpen: boolean;
  readonly referralWindowUntil?: number;
  readonly lastCustomerActivityAt?: number;
}

export function windowView(state: WindowState | undefined, now: number): WindowView {
  const openUntil = windowOpenUntil(state);
  return {
    open: isWindowOpen(state, now),
    ...(openUntil === undefined ? {} : { openUntil }),
    referralOpen: isReferralWindowOpen(state, now),
    ...(state?.referralWindowUntil === undefined ? {} : { referralWindowUntil: state.referralWindowUntil }),
    ...(state?.lastCustomerActivityAt === undefined ? {} : { lastCustomerActivityAt: state.lastCustomerActivityAt }),
  };
}

/** @internal Throws InvalidArgument unless `value` is a non-empty id of at most 256 characters. */
export function assertId(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 256) {
    throw new ProtocolError('InvalidArgument', `${field} must be a non-empty string of at most 256 characters`, { field });
  }
}

/** @internal Throws InvalidArgument unless `value` is an integer millisecond time in [0, MAX_TIME_MS]. */
export function assertTime(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_TIME_MS) {
    throw new ProtocolError('InvalidArgument', `${field} must be an integer time in milliseconds between 0 and ${MAX_TIME_MS}`, {
      field,
      got: typeof value === 'number' ? value : typeof value,
    });
  }
}
