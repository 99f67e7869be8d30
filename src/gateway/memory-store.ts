import { ProtocolError } from '../errors.js';
import { validateConsentRecord } from './consent.js';
import type { GatewayStore } from './gateway-store.js';
import { DEFAULT_MESSAGING_TIER, isMessagingTier } from './pricing.js';
import { validateStatusEvent } from './receipts.js';
import { mergeStatus } from './status-merge.js';
import type {
  ConsentRecord,
  MessageRecord,
  MessagingTier,
  PricingCategory,
  StatisticsRow,
  StatusEvent,
  StoredConsentRecord,
  WindowState,
} from './types.js';
import { assertId, assertTime } from './window.js';

/**
 * The reference GatewayStore, in memory: for tests, benches, demos, single-process gateways, and
 * as the model the PostgreSQL store is checked against.
 *
 * Atomicity: every method validates its input, then reads and writes its maps synchronously,
 * with no `await` in between, so no other caller's operation can interleave with it; concurrent
 * async callers see each method as one atomic step. Returned objects are frozen copies, so a
 * caller cannot change the stored state through them.
 *
 * Messaging limit: a customer counts as reached since `since` when their latest business-initiated
 * admission is at or after `since` (inclusive). The store keeps one time per (business, customer)
 * plus a sorted list of those times, so admission is O(log n) plus an array move.
 */
export class InMemoryGatewayStore implements GatewayStore {
  readonly #windows = new Map<string, WindowState>();
  readonly #consent = new Map<string, StoredConsentRecord[]>();
  #sequence = 0;
  readonly #tiers = new Map<string, MessagingTier>();
  readonly #reached = new Map<string, Reached>();
  readonly #messages = new Map<string, MessageRecord>();
  readonly #statistics = new Map<string, Map<string, MutableRow>>();

  async getWindow(business: string, customer: string): Promise<WindowState | undefined> {
    assertPair(business, customer);
    return this.#windows.get(pairKey(business, customer));
  }

  async recordCustomerActivity(business: string, customer: string, at: number, referral: boolean): Promise<WindowState> {
    assertPair(business, customer);
    assertTime(at, 'at');
    if (typeof referral !== 'boolean') throw new ProtocolError('InvalidArgument', 'referral must be a boolean', { field: 'referral' });
    const key = pairKey(business, customer);
    const before = this.#windows.get(key);
    const next = freezeWindow({
      ...before,
      lastCustomerActivityAt: Math.max(before?.lastCustomerActivityAt ?? at, at),
      ...(referral ? { referralEntryAt: Math.max(before?.referralEntryAt ?? at, at) } : {}),
    });
    this.#windows.set(key, next);
    return next;
  }

  async openReferralWindow(business: string, customer: string, until: number): Promise<WindowState> {
    assertPair(business, customer);
    assertTime(until, 'until');
    const key = pairKey(business, customer);
    const before = this.#windows.get(key);
    const next = freezeWindow({ ...before, referralWindowUntil: Math.max(before?.referralWindowUntil ?? until, until) });
    this.#windows.set(key, next);
    return next;
  }

  async appendConsent(record: ConsentRecord): Promise<StoredConsentRecord> {
    validateConsentRecord(record, false);
    this.#sequence += 1;
    const stored: StoredConsentRecord = Object.freeze({
      business: record.business,
      customer: record.customer,
      action: record.action,
      ...(record.category === undefined ? {} : { category: record.category }),
      source: record.source,
      at: record.at,
      ...(record.messageIds === undefined ? {} : { messageIds: Object.freeze([...record.messageIds]) }),
      sequence: this.#sequence,
    });
    const key = pairKey(record.business, record.customer);
    const list = this.#consent.get(key);
    if (list === undefined) this.#consent.set(key, [stored]);
    else list.push(stored);
    return stored;
  }

  async listConsent(business: string, customer: string): Promise<readonly StoredConsentRecord[]> {
    assertPair(business, customer);
    return Object.freeze([...(this.#consent.get(pairKey(business, customer)) ?? [])]);
  }

  async getTier(business: string): Promise<MessagingTier> {
    assertId(business, 'business');
    return this.#tiers.get(business) ?? DEFAULT_MESSAGING_TIER;
  }

  async setTier(business: string, tier: MessagingTier): Promise<void> {
    assertId(business, 'business');
    if (!isMessagingTier(tier)) throw new ProtocolError('InvalidArgument', `unknown messaging tier ${String(tier)}`, { field: 'tier' });
    this.#tiers.set(business, tier);
  }

  async reserveBusinessInitiated(business: string, customer: string, at: number, since: number, limit: number | undefined): Promise<boolean> {
    assertPair(business, customer);
    assertTime(at, 'at');
    assertBound(since);
    if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) {
      throw new ProtocolError('InvalidArgument', 'limit must be a non-negative integer or undefined', { field: 'limit' });
    }
    let reached = this.#reached.get(business);
    const previous = reached?.latest.get(customer);
    if (previous !== undefined && previous >= since) {
      if (at > previous && reached !== undefined) reached.move(customer, previous, at);
      return true;
    }
    if (limit !== undefined && (reached?.countSince(since) ?? 0) >= limit) return false;
    if (reached === undefined) {
      reached = new Reached();
      this.#reached.set(business, reached);
    }
    if (previous === undefined) reached.add(customer, at);
    else reached.move(customer, previous, Math.max(previous, at));
    return true;
  }

  async countCustomersReached(business: string, since: number): Promise<number> {
    assertId(business, 'business');
    assertBound(since);
    return this.#reached.get(business)?.countSince(since) ?? 0;
  }

  async applyStatus(event: StatusEvent): Promise<MessageRecord> {
    validateStatusEvent(event);
    const { record, delta } = mergeStatus(this.#messages.get(event.messageId), event);
    const frozen = Object.freeze(record);
    this.#messages.set(event.messageId, frozen);
    let cells = this.#statistics.get(frozen.business);
    if (cells === undefined) {
      cells = new Map();
      this.#statistics.set(frozen.business, cells);
    }
    const templateName = frozen.templateName ?? '';
    const key = `${frozen.day}\u0000${frozen.category}\u0000${templateName}`;
    let row = cells.get(key);
    if (row === undefined) {
      row = { business: frozen.business, day: frozen.day, category: frozen.category, templateName, sent: 0, delivered: 0, read: 0, failed: 0 };
      cells.set(key, row);
    }
    row.sent += delta.sent;
    row.delivered += delta.delivered;
    row.read += delta.read;
    row.failed += delta.failed;
    return frozen;
  }

  async getMessage(messageId: string): Promise<MessageRecord | undefined> {
    assertId(messageId, 'messageId');
    return this.#messages.get(messageId);
  }

  async statistics(business: string, fromDay: string, toDay: string): Promise<readonly StatisticsRow[]> {
    assertId(business, 'business');
    assertDay(fromDay, 'fromDay');
    assertDay(toDay, 'toDay');
    const rows: StatisticsRow[] = [];
    for (const row of this.#statistics.get(business)?.values() ?? []) {
      if (row.day >= fromDay && row.day <= toDay) rows.push(Object.freeze({ ...row }));
    }
    rows.sort((a, b) => compare(a.day, b.day) || compare(a.category, b.category) || compare(a.templateName, b.templateName));
    return Object.freeze(rows);
  }
}

interface MutableRow {
  readonly business: string;
  readonly day: string;
  readonly category: PricingCategory;
  readonly templateName: string;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
}

/** Customers reached by one business: latest admission per customer, and those times sorted. */
class Reached {
  readonly latest = new Map<string, number>();
  readonly #sorted: number[] = [];

  add(customer: string, at: number): void {
    this.latest.set(customer, at);
    this.#sorted.splice(lowerBound(this.#sorted, at), 0, at);
  }

  move(customer: string, from: number, to: number): void {
    if (from === to) return;
    this.#sorted.splice(lowerBound(this.#sorted, from), 1);
    this.add(customer, to);
  }

  /** Customers whose latest admission is at or after `since`. */
  countSince(since: number): number {
    return this.#sorted.length - lowerBound(this.#sorted, since);
  }
}

/** First index whose value is >= `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unambiguous key of a pair (ids may contain any character). */
function pairKey(business: string, customer: string): string {
  return `${business.length}:${business}${customer}`;
}

function assertPair(business: string, customer: string): void {
  assertId(business, 'business');
  assertId(customer, 'customer');
}

function assertBound(since: number): void {
  if (typeof since !== 'number' || !Number.isSafeInteger(since)) {
    throw new ProtocolError('InvalidArgument', 'since must be an integer time in milliseconds', { field: 'since' });
  }
}

function assertDay(day: string, field: string): void {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new ProtocolError('InvalidArgument', `${field} must be a day as YYYY-MM-DD`, { field });
  }
}

function freezeWindow(state: WindowState): WindowState {
  return Object.freeze({
    ...(state.lastCustomerActivityAt === undefined ? {} : { lastCustomerActivityAt: state.lastCustomerActivityAt }),
    ...(state.referralEntryAt === undefined ? {} : { referralEntryAt: state.referralEntryAt }),
    ...(state.referralWindowUntil === undefined ? {} : { referralWindowUntil: state.referralWindowUntil }),
  });
}
