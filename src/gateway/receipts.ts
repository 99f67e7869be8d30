import { ProtocolError } from '../errors.js';
import type { GatewayStore } from './gateway-store.js';
import type { MessageRecord, MessageStatus, PricingCategory, StatisticsRow, StatusEvent } from './types.js';
import { assertId, assertTime, DAY_MS } from './window.js';

/**
 * Receipts and statistics (BUSINESS.md §4.5, §6). Status events are merged by the store with
 * mergeStatus (status-merge.ts): per message, progress sent < delivered < read is a maximum,
 * failed and deleted are sticky flags, so events arriving out of order or more than once give the
 * same record and the same counters. Counters are per (business, UTC day of sentAt, pricing
 * category, template name) and count messages, not events: `sent` messages that reached at least
 * sent, `delivered` at least delivered, `read` read, `failed` failed.
 *
 * Read rate = read / delivered (messages read among those delivered), 0 when nothing was
 * delivered. Because read implies delivered, it is always in [0, 1]. Read receipts are optional
 * for customers, so it is a lower bound.
 */

export const MESSAGE_STATUSES: readonly MessageStatus[] = Object.freeze(['sent', 'delivered', 'read', 'failed', 'deleted'] as const);
export const PRICING_CATEGORIES: readonly PricingCategory[] = Object.freeze([
  'service',
  'marketing',
  'utility',
  'authentication',
  'referral_conversion',
] as const);
/** Longest day range one summary covers. */
export const MAX_SUMMARY_DAYS = 366;

/** Throws InvalidArgument unless `event` is a well-formed status event. */
export function validateStatusEvent(event: StatusEvent): void {
  if (typeof event !== 'object' || event === null) throw new ProtocolError('InvalidArgument', 'status event must be an object', { field: 'event' });
  assertId(event.messageId, 'messageId');
  assertId(event.business, 'business');
  assertId(event.customer, 'customer');
  if (!MESSAGE_STATUSES.includes(event.status)) {
    throw new ProtocolError('InvalidArgument', `unknown message status ${String(event.status)}`, { field: 'status' });
  }
  if (!PRICING_CATEGORIES.includes(event.category)) {
    throw new ProtocolError('InvalidArgument', `unknown pricing category ${String(event.category)}`, { field: 'category' });
  }
  if (event.templateName !== undefined && (typeof event.templateName !== 'string' || event.templateName.length > 512)) {
    throw new ProtocolError('InvalidArgument', 'template name must be a string of at most 512 characters', { field: 'templateName' });
  }
  assertTime(event.at, 'at');
  assertTime(event.sentAt, 'sentAt');
}

/** Validates and merges one status event through the store (idempotent, order-independent). */
export async function applyStatusEvent(store: GatewayStore, event: StatusEvent): Promise<MessageRecord> {
  validateStatusEvent(event);
  return store.applyStatus(event);
}

/** Counters with their read rate. */
export interface StatisticsCounts {
  readonly sent: number;
  readonly delivered: number;
  readonly read: number;
  readonly failed: number;
  /** read / delivered; 0 when nothing was delivered. */
  readonly readRate: number;
}

export interface StatisticsSummary {
  readonly business: string;
  readonly fromDay: string;
  readonly toDay: string;
  readonly totals: StatisticsCounts;
  /** Every day of the range in order, zero-filled. */
  readonly byDay: readonly ({ readonly day: string } & StatisticsCounts)[];
  /** Every pricing category, in the order of PRICING_CATEGORIES, zero-filled. */
  readonly byCategory: readonly ({ readonly category: PricingCategory } & StatisticsCounts)[];
  /** Templates that have rows in the range, by category then name. */
  readonly byTemplate: readonly ({ readonly category: PricingCategory; readonly templateName: string } & StatisticsCounts)[];
  /** The store's rows with their read rate, by day, category, template name. */
  readonly rows: readonly (StatisticsRow & { readonly readRate: number })[];
}

export function readRate(read: number, delivered: number): number {
  return delivered === 0 ? 0 : read / delivered;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of the UTC midnight of a `YYYY-MM-DD` day; throws InvalidArgument when it is not a real day. */
export function parseDay(day: string, field = 'day'): number {
  const at = typeof day === 'string' && DAY_PATTERN.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(at) || new Date(at).toISOString().slice(0, 10) !== day) {
    throw new ProtocolError('InvalidArgument', `${field} must be a day as YYYY-MM-DD`, { field, got: String(day) });
  }
  return at;
}

interface MutableCounts {
  sent: number;
  delivered: number;
  read: number;
  failed: number;
}

const zero = (): MutableCounts => ({ sent: 0, delivered: 0, read: 0, failed: 0 });
const add = (into: MutableCounts, row: StatisticsRow): void => {
  into.sent += row.sent;
  into.delivered += row.delivered;
  into.read += row.read;
  into.failed += row.failed;
};
const withRate = (c: MutableCounts): StatisticsCounts => ({ sent: c.sent, delivered: c.delivered, read: c.read, failed: c.failed, readRate: readRate(c.read, c.delivered) });

/** Days of [fromDay, toDay] as `YYYY-MM-DD`, validated (fromDay ≤ toDay, at most MAX_SUMMARY_DAYS). */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const from = parseDay(fromDay, 'fromDay');
  const to = parseDay(toDay, 'toDay');
  if (to < from) throw new ProtocolError('InvalidArgument', 'toDay is before fromDay', { field: 'toDay' });
  const count = (to - from) / DAY_MS + 1;
  if (count > MAX_SUMMARY_DAYS) {
    throw new ProtocolError('InvalidArgument', `a summary covers at most ${MAX_SUMMARY_DAYS} days`, { field: 'toDay', max: MAX_SUMMARY_DAYS, got: count });
  }
  const days: string[] = [];
  for (let at = from; at <= to; at += DAY_MS) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/**
 * The dashboard summary of a business's statistics rows for [fromDay, toDay]: totals, per day,
 * per category and per template, each with its read rate. Rows outside the range or of another
 * business are ignored. Pure; the same rows in any order give the same summary.
 */
export function summarizeStatistics(business: string, fromDay: string, toDay: string, rows: readonly StatisticsRow[]): StatisticsSummary {
  const days = daysBetween(fromDay, toDay);
  const totals = zero();
  const byDay = new Map<string, MutableCounts>(days.map((d) => [d, zero()]));
  const byCategory = new Map<PricingCategory, MutableCounts>(PRICING_CATEGORIES.map((c) => [c, zero()]));
  const byTemplate = new Map<string, { category: PricingCategory; templateName: string; counts: MutableCounts }>();
  const kept: StatisticsRow[] = [];
  for (const row of rows) {
    const dayCounts = byDay.get(row.day);
    const categoryCounts = byCategory.get(row.category);
    if (row.business !== business || dayCounts === undefined || categoryCounts === undefined) continue;
    kept.push(row);
    add(totals, row);
    add(dayCounts, row);
    add(categoryCounts, row);
    if (row.templateName !== '') {
      const key = `${row.category}\u0000${row.templateName}`;
      let entry = byTemplate.get(key);
      if (entry === undefined) {
        entry = { category: row.category, templateName: row.templateName, counts: zero() };
        byTemplate.set(key, entry);
      }
      add(entry.counts, row);
    }
  }
  const categoryOrder = (c: PricingCategory): number => PRICING_CATEGORIES.indexOf(c);
  const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  kept.sort((a, b) => compareText(a.day, b.day) || categoryOrder(a.category) - categoryOrder(b.category) || compareText(a.templateName, b.templateName));
  return {
    business,
    fromDay,
    toDay,
    totals: withRate(totals),
    byDay: days.map((day) => ({ day, ...withRate(byDay.get(day) ?? zero()) })),
    byCategory: PRICING_CATEGORIES.map((category) => ({ category, ...withRate(byCategory.get(category) ?? zero()) })),
    byTemplate: [...byTemplate.values()]
      .sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || compareText(a.templateName, b.templateName))
      .map((t) => ({ category: t.category, templateName: t.templateName, ...withRate(t.counts) })),
    rows: kept.map((row) => ({ ...row, readRate: readRate(row.read, row.delivered) })),
  };
}

/** Reads a business's rows from the store and summarizes them. */
export async function statisticsSummary(store: GatewayStore, business: string, fromDay: string, toDay: string): Promise<StatisticsSummary> {
  assertId(business, 'business');
  daysBetween(fromDay, toDay);
  return summarizeStatistics(business, fromDay, toDay, await store.statistics(business, fromDay, toDay));
}
