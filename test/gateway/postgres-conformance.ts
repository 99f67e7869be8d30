// A conformance suite for any GatewayStore: `describeGatewayStore(name, makeStore)` registers the
// tests; `makeStore` must return a fresh, empty store each call. Run against PGlite in
// postgres-pglite.test.ts and against a real server in postgres-server.test.ts; the in-memory
// store can run it too. It checks only what the GatewayStore interface promises (plus the
// default tier of 250 from BUSINESS.md §4.7), so row order of `statistics` and the presence of
// all-zero statistics rows are not checked.
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import type { GatewayStore } from '../../src/gateway/gateway-store.js';
import { mergeStatus, utcDay, type StatisticsDelta } from '../../src/gateway/status-merge.js';
import type { MessageRecord, MessageStatus, MessagingTier, StatisticsRow, StatusEvent } from '../../src/gateway/types.js';

export type MakeGatewayStore = () => Promise<GatewayStore> | GatewayStore;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2026-03-01T00:00:00Z */
const T0 = Date.UTC(2026, 2, 1);

/** Small deterministic PRNG (mulberry32), so failures reproduce. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The oracle: records and statistics from folding `events` with mergeStatus (any order gives the same). */
export function expectedFromEvents(events: readonly StatusEvent[]): { records: Map<string, MessageRecord>; statistics: StatisticsRow[] } {
  const records = new Map<string, MessageRecord>();
  const cells = new Map<string, StatisticsRow>();
  for (const event of events) {
    const { record, delta } = mergeStatus(records.get(event.messageId), event);
    records.set(event.messageId, record);
    const key = JSON.stringify([record.business, record.day, record.category, record.templateName ?? '']);
    const cell = cells.get(key) ?? {
      business: record.business,
      day: record.day,
      category: record.category,
      templateName: record.templateName ?? '',
      sent: 0,
      delivered: 0,
      read: 0,
      failed: 0,
    };
    cells.set(key, add(cell, delta));
  }
  return { records, statistics: normalizeStatistics([...cells.values()]) };
}

function add(row: StatisticsRow, delta: StatisticsDelta): StatisticsRow {
  return { ...row, sent: row.sent + delta.sent, delivered: row.delivered + delta.delivered, read: row.read + delta.read, failed: row.failed + delta.failed };
}

/** Statistics rows without all-zero rows, in a fixed order, as plain objects. */
export function normalizeStatistics(rows: readonly StatisticsRow[]): StatisticsRow[] {
  return rows
    .filter((r) => r.sent + r.delivered + r.read + r.failed > 0)
    .map((r) => ({ business: r.business, day: r.day, category: r.category, templateName: r.templateName, sent: r.sent, delivered: r.delivered, read: r.read, failed: r.failed }))
    .sort((a, b) => (a.day + a.category + a.templateName < b.day + b.category + b.templateName ? -1 : 1));
}

export function statusEvent(messageId: string, status: MessageStatus, overrides: Partial<StatusEvent> = {}): StatusEvent {
  return {
    messageId,
    business: 'biz',
    customer: 'cust',
    status,
    at: T0 + 1_000,
    category: 'marketing',
    templateName: 'promo',
    sentAt: T0,
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

export function describeGatewayStore(name: string, makeStore: MakeGatewayStore): void {
  describe(`GatewayStore conformance: ${name}`, () => {
    describe('customer-service windows', () => {
      it('has no window for a pair that never wrote', async () => {
        const store = await makeStore();
        expect(await store.getWindow('biz', 'nobody')).toBeUndefined();
      });

      it('records activity and never moves it back', async () => {
        const store = await makeStore();
        expect(await store.recordCustomerActivity('biz', 'c1', T0 + 10, false)).toEqual({ lastCustomerActivityAt: T0 + 10 });
        expect(await store.recordCustomerActivity('biz', 'c1', T0 + 5, false)).toEqual({ lastCustomerActivityAt: T0 + 10 });
        expect(await store.recordCustomerActivity('biz', 'c1', T0 + 20, false)).toEqual({ lastCustomerActivityAt: T0 + 20 });
        expect(await store.getWindow('biz', 'c1')).toEqual({ lastCustomerActivityAt: T0 + 20 });
      });

      it('tracks referral entries monotonically and only when flagged', async () => {
        const store = await makeStore();
        expect(await store.recordCustomerActivity('biz', 'c1', T0 + 10, true)).toEqual({ lastCustomerActivityAt: T0 + 10, referralEntryAt: T0 + 10 });
        expect(await store.recordCustomerActivity('biz', 'c1', T0 + 30, false)).toEqual({ lastCustomerActivityAt: T0 + 30, referralEntryAt: T0 + 10 });
        expect(await store.recordCustomerActivity('biz', 'c1', T0 + 20, true)).toEqual({ lastCustomerActivityAt: T0 + 30, referralEntryAt: T0 + 20 });
        expect(await store.recordCustomerActivity('biz', 'c1', T0 + 15, true)).toEqual({ lastCustomerActivityAt: T0 + 30, referralEntryAt: T0 + 20 });
        expect(await store.getWindow('biz', 'c1')).toEqual({ lastCustomerActivityAt: T0 + 30, referralEntryAt: T0 + 20 });
      });

      it('extends the referral window and never shortens it', async () => {
        const store = await makeStore();
        await store.recordCustomerActivity('biz', 'c1', T0, true);
        expect(await store.openReferralWindow('biz', 'c1', T0 + 72 * HOUR)).toEqual({
          lastCustomerActivityAt: T0,
          referralEntryAt: T0,
          referralWindowUntil: T0 + 72 * HOUR,
        });
        expect((await store.openReferralWindow('biz', 'c1', T0 + HOUR)).referralWindowUntil).toBe(T0 + 72 * HOUR);
        expect((await store.openReferralWindow('biz', 'c1', T0 + 80 * HOUR)).referralWindowUntil).toBe(T0 + 80 * HOUR);
        expect(await store.getWindow('biz', 'c1')).toEqual({ lastCustomerActivityAt: T0, referralEntryAt: T0, referralWindowUntil: T0 + 80 * HOUR });
        // Later activity leaves the referral window alone.
        expect((await store.recordCustomerActivity('biz', 'c1', T0 + 2 * HOUR, false)).referralWindowUntil).toBe(T0 + 80 * HOUR);
      });

      it('keeps pairs apart', async () => {
        const store = await makeStore();
        await store.recordCustomerActivity('biz', 'c1', T0 + 1, true);
        await store.recordCustomerActivity('biz', 'c2', T0 + 2, false);
        await store.recordCustomerActivity('other', 'c1', T0 + 3, false);
        expect(await store.getWindow('biz', 'c1')).toEqual({ lastCustomerActivityAt: T0 + 1, referralEntryAt: T0 + 1 });
        expect(await store.getWindow('biz', 'c2')).toEqual({ lastCustomerActivityAt: T0 + 2 });
        expect(await store.getWindow('other', 'c1')).toEqual({ lastCustomerActivityAt: T0 + 3 });
        expect(await store.getWindow('other', 'c2')).toBeUndefined();
      });

      it('ends at the maximum of concurrent updates', async () => {
        const store = await makeStore();
        const random = prng(7);
        const times = Array.from({ length: 40 }, () => T0 + Math.floor(random() * DAY));
        const referrals = times.map((_, i) => i % 3 === 0);
        await Promise.all(times.map((at, i) => store.recordCustomerActivity('biz', 'c1', at, referrals[i] === true)));
        await Promise.all(times.map((at) => store.openReferralWindow('biz', 'c1', at + 72 * HOUR)));
        expect(await store.getWindow('biz', 'c1')).toEqual({
          lastCustomerActivityAt: Math.max(...times),
          referralEntryAt: Math.max(...times.filter((_, i) => referrals[i] === true)),
          referralWindowUntil: Math.max(...times) + 72 * HOUR,
        });
      });
    });

    describe('consent', () => {
      it('appends records with strictly increasing sequences and lists them in order', async () => {
        const store = await makeStore();
        const a = await store.appendConsent({ business: 'biz', customer: 'c1', action: 'opt-in', category: 'marketing', source: 'website', at: T0 });
        const b = await store.appendConsent({ business: 'biz', customer: 'c2', action: 'opt-in', category: 'all', source: 'api', at: T0 + 1 });
        const c = await store.appendConsent({ business: 'biz', customer: 'c1', action: 'opt-out', category: 'all', source: 'keyword:STOP', at: T0 - 5 });
        expect(b.sequence).toBeGreaterThan(a.sequence);
        expect(c.sequence).toBeGreaterThan(b.sequence);
        expect(a).toEqual({ business: 'biz', customer: 'c1', action: 'opt-in', category: 'marketing', source: 'website', at: T0, sequence: a.sequence });
        // Sequence order, not time order: the later append wins even with an earlier `at`.
        expect(await store.listConsent('biz', 'c1')).toEqual([a, c]);
        expect(await store.listConsent('biz', 'c2')).toEqual([b]);
        expect(await store.listConsent('other', 'c1')).toEqual([]);
      });

      it('round-trips every field, and omits absent optional ones', async () => {
        const store = await makeStore();
        const spam = await store.appendConsent({ business: 'biz', customer: 'c1', action: 'report-spam', source: 'in-app', at: T0, messageIds: ['m1', 'm2', 'émoji 🚫'] });
        const block = await store.appendConsent({ business: 'biz', customer: 'c1', action: 'block', source: 'in-app', at: T0 + 1 });
        const none = await store.appendConsent({ business: 'biz', customer: 'c1', action: 'report-spam', source: 'in-app', at: T0 + 2, messageIds: [] });
        const listed = await store.listConsent('biz', 'c1');
        expect(listed).toEqual([spam, block, none]);
        expect(listed[0]?.messageIds).toEqual(['m1', 'm2', 'émoji 🚫']);
        expect(listed[2]?.messageIds).toEqual([]);
        expect('category' in (listed[1] ?? {})).toBe(false);
        expect('messageIds' in (listed[1] ?? {})).toBe(false);
        for (const action of ['unblock', 'restrict', 'unrestrict'] as const) {
          await store.appendConsent({ business: 'biz', customer: 'c2', action, source: 'api', at: T0 });
        }
        expect((await store.listConsent('biz', 'c2')).map((r) => r.action)).toEqual(['unblock', 'restrict', 'unrestrict']);
      });

      it('keeps every concurrent append, each with its own sequence', async () => {
        const store = await makeStore();
        const stored = await Promise.all(
          Array.from({ length: 30 }, (_, i) => store.appendConsent({ business: 'biz', customer: `c${i % 3}`, action: i % 2 === 0 ? 'opt-in' : 'opt-out', source: `s${i}`, at: T0 + i })),
        );
        expect(new Set(stored.map((r) => r.sequence)).size).toBe(30);
        for (let c = 0; c < 3; c++) {
          const listed = await store.listConsent('biz', `c${c}`);
          expect(listed).toHaveLength(10);
          expect(listed).toEqual(stored.filter((r) => r.customer === `c${c}`).sort((x, y) => x.sequence - y.sequence));
        }
      });
    });

    describe('tiers', () => {
      it('starts a business at 250 and stores each tier', async () => {
        const store = await makeStore();
        expect(await store.getTier('biz')).toBe(250);
        for (const tier of [2_000, 10_000, 100_000, 'unlimited', 250] satisfies MessagingTier[]) {
          await store.setTier('biz', tier);
          expect(await store.getTier('biz')).toBe(tier);
        }
        await store.setTier('other', 'unlimited');
        expect(await store.getTier('biz')).toBe(250);
        expect(await store.getTier('other')).toBe('unlimited');
      });
    });

    describe('business-initiated reservations', () => {
      it('admits up to `limit` distinct customers, refuses the next and records nothing for it', async () => {
        const store = await makeStore();
        const since = T0 - DAY;
        expect(await store.reserveBusinessInitiated('biz', 'a', T0, since, 2)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'b', T0 + 1, since, 2)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'c', T0 + 2, since, 2)).toBe(false);
        expect(await store.countCustomersReached('biz', since)).toBe(2);
        // c was not recorded: it is not "already reached" under a limit of 3 either.
        expect(await store.reserveBusinessInitiated('biz', 'd', T0 + 3, since, 3)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'c', T0 + 4, since, 3)).toBe(false);
        expect(await store.countCustomersReached('biz', since)).toBe(3);
      });

      it('re-admits a customer already reached, even at or over the limit', async () => {
        const store = await makeStore();
        const since = T0 - DAY;
        expect(await store.reserveBusinessInitiated('biz', 'a', T0, since, 1)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'a', T0 + 1, since, 1)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'b', T0 + 2, since, 1)).toBe(false);
        expect(await store.reserveBusinessInitiated('biz', 'a', T0 + 3, since, 0)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'b', T0 + 4, since, 0)).toBe(false);
        expect(await store.countCustomersReached('biz', since)).toBe(1);
      });

      it('rolls over 24 hours: customers reached before `since` no longer count', async () => {
        const store = await makeStore();
        expect(await store.reserveBusinessInitiated('biz', 'a', T0, T0 - DAY, 2)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'b', T0 + HOUR, T0 + HOUR - DAY, 2)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'c', T0 + 2 * HOUR, T0 + 2 * HOUR - DAY, 2)).toBe(false);
        // One day and a millisecond later, a has left the window; b has not.
        const now = T0 + DAY + 1;
        expect(await store.countCustomersReached('biz', now - DAY)).toBe(1);
        expect(await store.reserveBusinessInitiated('biz', 'c', now, now - DAY, 2)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'a', now + 1, now + 1 - DAY, 2)).toBe(false);
        expect(await store.countCustomersReached('biz', now + 1 - DAY)).toBe(2);
        // A re-admission moves the customer's reach forward.
        expect(await store.reserveBusinessInitiated('biz', 'b', now + 2, now + 2 - DAY, 2)).toBe(true);
        expect(await store.countCustomersReached('biz', T0 + HOUR + 1)).toBe(2);
        expect(await store.countCustomersReached('biz', now + 3)).toBe(0);
      });

      it('counts a customer reached exactly at `since`, and never moves a reach back', async () => {
        const store = await makeStore();
        expect(await store.reserveBusinessInitiated('biz', 'a', T0 + 100, T0 - DAY, 5)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'a', T0 + 50, T0 - DAY, 5)).toBe(true);
        expect(await store.countCustomersReached('biz', T0 + 100)).toBe(1);
        expect(await store.countCustomersReached('biz', T0 + 101)).toBe(0);
        expect(await store.reserveBusinessInitiated('biz', 'b', T0 + 200, T0 - DAY, 5)).toBe(true);
        // At the limit, a (reached exactly at `since`) is re-admitted; c is not.
        expect(await store.reserveBusinessInitiated('biz', 'a', T0 + 300, T0 + 100, 2)).toBe(true);
        expect(await store.reserveBusinessInitiated('biz', 'c', T0 + 300, T0 + 100, 2)).toBe(false);
      });

      it('admits everyone and records them when the limit is undefined', async () => {
        const store = await makeStore();
        for (let i = 0; i < 12; i++) expect(await store.reserveBusinessInitiated('biz', `c${i}`, T0 + i, T0 - DAY, undefined)).toBe(true);
        expect(await store.countCustomersReached('biz', T0 - DAY)).toBe(12);
        expect(await store.reserveBusinessInitiated('biz', 'late', T0 + 20, T0 - DAY, 12)).toBe(false);
      });

      it('keeps businesses apart', async () => {
        const store = await makeStore();
        expect(await store.reserveBusinessInitiated('b1', 'a', T0, T0 - DAY, 1)).toBe(true);
        expect(await store.reserveBusinessInitiated('b2', 'b', T0, T0 - DAY, 1)).toBe(true);
        expect(await store.reserveBusinessInitiated('b1', 'b', T0, T0 - DAY, 1)).toBe(false);
        expect(await store.countCustomersReached('b1', T0 - DAY)).toBe(1);
        expect(await store.countCustomersReached('b2', T0 - DAY)).toBe(1);
        expect(await store.countCustomersReached('b3', T0 - DAY)).toBe(0);
      });

      it('never exceeds the limit under concurrent reservations', async () => {
        const store = await makeStore();
        const results = await Promise.all(Array.from({ length: 25 }, (_, i) => store.reserveBusinessInitiated('biz', `c${i % 15}`, T0 + i, T0 - DAY, 5)));
        const admitted = new Set(results.flatMap((ok, i) => (ok ? [`c${i % 15}`] : [])));
        expect(admitted.size).toBe(5);
        expect(await store.countCustomersReached('biz', T0 - DAY)).toBe(5);
      });
    });

    describe('message statuses and statistics', () => {
      it('has no record for an unknown message', async () => {
        const store = await makeStore();
        expect(await store.getMessage('nope')).toBeUndefined();
      });

      it('merges sent, delivered and read, counting each threshold once', async () => {
        const store = await makeStore();
        const sent = await store.applyStatus(statusEvent('m1', 'sent'));
        expect(sent).toEqual({
          messageId: 'm1',
          business: 'biz',
          customer: 'cust',
          category: 'marketing',
          templateName: 'promo',
          day: '2026-03-01',
          progress: 1,
          failed: false,
          deleted: false,
          status: 'sent',
        });
        expect(await store.getMessage('m1')).toEqual(sent);
        await store.applyStatus(statusEvent('m1', 'delivered'));
        const read = await store.applyStatus(statusEvent('m1', 'read'));
        expect(read).toMatchObject({ progress: 3, status: 'read' });
        expect(normalizeStatistics(await store.statistics('biz', '2026-03-01', '2026-03-01'))).toEqual([
          { business: 'biz', day: '2026-03-01', category: 'marketing', templateName: 'promo', sent: 1, delivered: 1, read: 1, failed: 0 },
        ]);
      });

      it('is idempotent: the same event again changes nothing', async () => {
        const store = await makeStore();
        const first = await store.applyStatus(statusEvent('m1', 'delivered'));
        const again = await store.applyStatus(statusEvent('m1', 'delivered'));
        expect(again).toEqual(first);
        expect(first).toMatchObject({ progress: 2, status: 'delivered' });
        expect(normalizeStatistics(await store.statistics('biz', '2026-03-01', '2026-03-01'))).toEqual([
          { business: 'biz', day: '2026-03-01', category: 'marketing', templateName: 'promo', sent: 1, delivered: 1, read: 0, failed: 0 },
        ]);
      });

      it('counts read alone as sent, delivered and read; a late sent changes nothing', async () => {
        const store = await makeStore();
        await store.applyStatus(statusEvent('m1', 'read'));
        expect(await store.applyStatus(statusEvent('m1', 'sent'))).toMatchObject({ progress: 3, status: 'read' });
        expect(normalizeStatistics(await store.statistics('biz', '2026-03-01', '2026-03-01'))).toEqual([
          { business: 'biz', day: '2026-03-01', category: 'marketing', templateName: 'promo', sent: 1, delivered: 1, read: 1, failed: 0 },
        ]);
      });

      it('shows deleted over failed over progress, and keeps the progress', async () => {
        const store = await makeStore();
        await store.applyStatus(statusEvent('m1', 'delivered'));
        expect(await store.applyStatus(statusEvent('m1', 'failed'))).toMatchObject({ progress: 2, failed: true, deleted: false, status: 'failed' });
        expect(await store.applyStatus(statusEvent('m1', 'failed'))).toMatchObject({ status: 'failed' });
        expect(await store.applyStatus(statusEvent('m1', 'deleted'))).toMatchObject({ progress: 2, failed: true, deleted: true, status: 'deleted' });
        expect(await store.applyStatus(statusEvent('m1', 'read'))).toMatchObject({ progress: 3, failed: true, deleted: true, status: 'deleted' });
        expect(normalizeStatistics(await store.statistics('biz', '2026-03-01', '2026-03-01'))).toEqual([
          { business: 'biz', day: '2026-03-01', category: 'marketing', templateName: 'promo', sent: 1, delivered: 1, read: 1, failed: 1 },
        ]);
      });

      it('gives the same records and statistics for any order and repetition of the same events', async () => {
        const statuses: MessageStatus[] = ['sent', 'delivered', 'read', 'failed', 'deleted'];
        const random = prng(42);
        const subsets = [['sent'], ['delivered', 'failed'], ['read', 'deleted'], ['sent', 'failed', 'deleted'], statuses] as MessageStatus[][];
        const storeA = await makeStore();
        const storeB = await makeStore();
        const events: StatusEvent[] = [];
        subsets.forEach((subset, s) => {
          for (let copy = 0; copy < 4; copy++) {
            for (const status of subset) events.push(statusEvent(`m${s}-${copy}`, status, { at: T0 + Math.floor(random() * HOUR) }));
          }
        });
        const orderA = shuffled([...events, ...events.slice(0, 10)], random);
        const orderB = shuffled([...events, ...events.slice(5, 25)], random);
        for (const event of orderA) await storeA.applyStatus(event);
        for (const event of orderB) await storeB.applyStatus(event);
        const expected = expectedFromEvents(events);
        for (const [id, record] of expected.records) {
          expect(await storeA.getMessage(id)).toEqual(record);
          expect(await storeB.getMessage(id)).toEqual(record);
        }
        expect(normalizeStatistics(await storeA.statistics('biz', '2026-01-01', '2026-12-31'))).toEqual(expected.statistics);
        expect(normalizeStatistics(await storeB.statistics('biz', '2026-01-01', '2026-12-31'))).toEqual(expected.statistics);
      });

      it('merges concurrent events without losing a counter', async () => {
        const store = await makeStore();
        const random = prng(99);
        const statuses: MessageStatus[] = ['sent', 'delivered', 'read', 'failed', 'deleted'];
        const events: StatusEvent[] = [];
        for (let m = 0; m < 12; m++) {
          for (const status of statuses.filter(() => random() < 0.6)) {
            events.push(statusEvent(`m${m}`, status, { category: m % 2 === 0 ? 'utility' : 'service', ...(m % 2 === 0 ? { templateName: 'otp' } : { templateName: '' }) }));
          }
        }
        await Promise.all(shuffled([...events, ...events], random).map((e) => store.applyStatus(e)));
        const expected = expectedFromEvents(events);
        expect(normalizeStatistics(await store.statistics('biz', '2026-03-01', '2026-03-01'))).toEqual(expected.statistics);
        for (const [id, record] of expected.records) expect(await store.getMessage(id)).toEqual(record);
      });

      it('treats an empty templateName as none, and keeps categories and templates in separate cells', async () => {
        const store = await makeStore();
        const service = await store.applyStatus(statusEvent('s1', 'sent', { category: 'service', templateName: '' }));
        expect('templateName' in service).toBe(false);
        await store.applyStatus(statusEvent('s2', 'read', { category: 'service', templateName: undefined as unknown as string }));
        await store.applyStatus(statusEvent('u1', 'delivered', { category: 'utility', templateName: 'otp' }));
        await store.applyStatus(statusEvent('u2', 'sent', { category: 'utility', templateName: 'receipt' }));
        expect(normalizeStatistics(await store.statistics('biz', '2026-03-01', '2026-03-01'))).toEqual(
          normalizeStatistics([
            { business: 'biz', day: '2026-03-01', category: 'service', templateName: '', sent: 2, delivered: 1, read: 1, failed: 0 },
            { business: 'biz', day: '2026-03-01', category: 'utility', templateName: 'otp', sent: 1, delivered: 1, read: 0, failed: 0 },
            { business: 'biz', day: '2026-03-01', category: 'utility', templateName: 'receipt', sent: 1, delivered: 0, read: 0, failed: 0 },
          ]),
        );
      });

      it('refuses an event whose descriptor disagrees with the record, changing nothing', async () => {
        const store = await makeStore();
        const record = await store.applyStatus(statusEvent('m1', 'sent'));
        for (const change of [{ business: 'b2' }, { customer: 'c2' }, { category: 'utility' as const }, { templateName: 'other' }, { sentAt: T0 + DAY }]) {
          const error = await rejection(store.applyStatus(statusEvent('m1', 'read', change)));
          expect(ProtocolError.is(error, 'InvalidMessage')).toBe(true);
        }
        expect(await store.getMessage('m1')).toEqual(record);
        expect(normalizeStatistics(await store.statistics('biz', '2026-01-01', '2026-12-31'))).toEqual([
          { business: 'biz', day: '2026-03-01', category: 'marketing', templateName: 'promo', sent: 1, delivered: 0, read: 0, failed: 0 },
        ]);
        expect(await store.statistics('b2', '2026-01-01', '2026-12-31')).toEqual([]);
      });

      it('files statistics under the UTC day of sentAt, and selects an inclusive day range of one business', async () => {
        const store = await makeStore();
        const lastMs = Date.UTC(2026, 2, 1) - 1; // 2026-02-28T23:59:59.999Z
        await store.applyStatus(statusEvent('a', 'sent', { sentAt: lastMs, at: lastMs + 5 * HOUR }));
        await store.applyStatus(statusEvent('b', 'sent', { sentAt: lastMs + 1 }));
        await store.applyStatus(statusEvent('c', 'read', { sentAt: Date.UTC(2026, 2, 3, 12) }));
        await store.applyStatus(statusEvent('d', 'failed', { sentAt: Date.UTC(2026, 2, 10) }));
        await store.applyStatus(statusEvent('e', 'sent', { business: 'other', sentAt: Date.UTC(2026, 2, 3) }));
        expect((await store.getMessage('a'))?.day).toBe('2026-02-28');
        expect((await store.getMessage('b'))?.day).toBe(utcDay(lastMs + 1));
        const days = async (from: string, to: string) => normalizeStatistics(await store.statistics('biz', from, to)).map((r) => r.day);
        expect(await days('2026-02-28', '2026-03-10')).toEqual(['2026-02-28', '2026-03-01', '2026-03-03', '2026-03-10']);
        expect(await days('2026-03-01', '2026-03-03')).toEqual(['2026-03-01', '2026-03-03']);
        expect(await days('2026-03-02', '2026-03-02')).toEqual([]);
        expect(await days('2026-03-10', '2026-03-01')).toEqual([]);
        expect(normalizeStatistics(await store.statistics('biz', '2026-03-10', '2026-03-10'))).toEqual([
          { business: 'biz', day: '2026-03-10', category: 'marketing', templateName: 'promo', sent: 0, delivered: 0, read: 0, failed: 1 },
        ]);
        expect(normalizeStatistics(await store.statistics('other', '2026-01-01', '2026-12-31'))).toEqual([
          { business: 'other', day: '2026-03-03', category: 'marketing', templateName: 'promo', sent: 1, delivered: 0, read: 0, failed: 0 },
        ]);
      });
    });
  });
}
