import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import type { GatewayStore, StatusEvent } from '../../src/gateway/index.js';

const T = Date.UTC(2026, 2, 2, 12);
const DAY = 86_400_000;

/** A status event of message `id` (sent on T's day, utility template `order_update`). */
export function statusEvent(id: string, status: StatusEvent['status'], at = T, overrides: Partial<StatusEvent> = {}): StatusEvent {
  return { messageId: id, business: 'b', customer: 'c', status, at, category: 'utility', templateName: 'order_update', sentAt: T, ...overrides };
}

/**
 * The GatewayStore contract, for every implementation (in memory here; PostgreSQL in
 * postgres*.test.ts can call it with its own factory). `fresh` returns an empty store.
 */
export function describeGatewayStoreContract(name: string, fresh: () => Promise<GatewayStore> | GatewayStore): void {
  describe(`GatewayStore contract: ${name}`, () => {
    describe('window', () => {
      it('is undefined until the customer writes', async () => {
        const store = await fresh();
        expect(await store.getWindow('b', 'c')).toBeUndefined();
      });

      it('keeps the latest activity and referral entry, never moving back', async () => {
        const store = await fresh();
        expect(await store.recordCustomerActivity('b', 'c', T, false)).toEqual({ lastCustomerActivityAt: T });
        expect(await store.recordCustomerActivity('b', 'c', T - 10, true)).toEqual({ lastCustomerActivityAt: T, referralEntryAt: T - 10 });
        expect(await store.recordCustomerActivity('b', 'c', T + 5, true)).toEqual({ lastCustomerActivityAt: T + 5, referralEntryAt: T + 5 });
        expect(await store.recordCustomerActivity('b', 'c', T + 1, true)).toEqual({ lastCustomerActivityAt: T + 5, referralEntryAt: T + 5 });
        expect(await store.getWindow('b', 'c')).toEqual({ lastCustomerActivityAt: T + 5, referralEntryAt: T + 5 });
        expect(await store.getWindow('b', 'other')).toBeUndefined();
        expect(await store.getWindow('other', 'c')).toBeUndefined();
      });

      it('extends the referral window, never shortens it', async () => {
        const store = await fresh();
        await store.recordCustomerActivity('b', 'c', T, true);
        expect(await store.openReferralWindow('b', 'c', T + 72)).toEqual({ lastCustomerActivityAt: T, referralEntryAt: T, referralWindowUntil: T + 72 });
        expect(await store.openReferralWindow('b', 'c', T + 10)).toMatchObject({ referralWindowUntil: T + 72 });
        expect(await store.openReferralWindow('b', 'c', T + 100)).toMatchObject({ referralWindowUntil: T + 100 });
      });

      it('concurrent activities keep the latest', async () => {
        const store = await fresh();
        const times = Array.from({ length: 50 }, (_, i) => T + ((i * 37) % 50));
        await Promise.all(times.map((t) => store.recordCustomerActivity('b', 'c', t, false)));
        expect(await store.getWindow('b', 'c')).toEqual({ lastCustomerActivityAt: T + 49 });
      });
    });

    describe('consent', () => {
      it('appends with strictly increasing sequence numbers and lists a pair in order', async () => {
        const store = await fresh();
        const a = await store.appendConsent({ business: 'b', customer: 'c', action: 'opt-in', category: 'all', source: 'website', at: T });
        const b = await store.appendConsent({ business: 'b', customer: 'c', action: 'report-spam', source: 'api', at: T + 1, messageIds: ['m1'] });
        await store.appendConsent({ business: 'b', customer: 'other', action: 'block', source: 'api', at: T });
        expect(b.sequence).toBeGreaterThan(a.sequence);
        expect(a).toEqual({ business: 'b', customer: 'c', action: 'opt-in', category: 'all', source: 'website', at: T, sequence: a.sequence });
        expect(await store.listConsent('b', 'c')).toEqual([a, b]);
        expect(await store.listConsent('x', 'c')).toEqual([]);
      });

      it('concurrent appends get distinct sequence numbers and are all kept', async () => {
        const store = await fresh();
        const stored = await Promise.all(
          Array.from({ length: 100 }, (_, i) => store.appendConsent({ business: 'b', customer: 'c', action: i % 2 ? 'opt-in' : 'opt-out', category: 'marketing', source: `s${i}`, at: T + i })),
        );
        expect(new Set(stored.map((r) => r.sequence)).size).toBe(100);
        const listed = await store.listConsent('b', 'c');
        expect(listed).toHaveLength(100);
        expect(listed.map((r) => r.sequence)).toEqual([...stored.map((r) => r.sequence)].sort((x, y) => x - y));
      });
    });

    describe('messaging limit', () => {
      it('defaults to tier 250 and keeps the tier set', async () => {
        const store = await fresh();
        expect(await store.getTier('b')).toBe(250);
        await store.setTier('b', 10_000);
        expect(await store.getTier('b')).toBe(10_000);
        await store.setTier('b', 'unlimited');
        expect(await store.getTier('b')).toBe('unlimited');
      });

      it('admits distinct customers up to the limit, and reached customers again', async () => {
        const store = await fresh();
        expect(await store.reserveBusinessInitiated('b', 'c1', T, T - DAY, 2)).toBe(true);
        expect(await store.reserveBusinessInitiated('b', 'c2', T, T - DAY, 2)).toBe(true);
        expect(await store.reserveBusinessInitiated('b', 'c3', T, T - DAY, 2)).toBe(false);
        expect(await store.reserveBusinessInitiated('b', 'c1', T + 1, T + 1 - DAY, 2)).toBe(true);
        expect(await store.countCustomersReached('b', T - DAY)).toBe(2);
        expect(await store.reserveBusinessInitiated('b', 'c3', T, T - DAY, undefined)).toBe(true);
        expect(await store.countCustomersReached('b', T - DAY)).toBe(3);
        expect(await store.countCustomersReached('other', T - DAY)).toBe(0);
        expect(await store.reserveBusinessInitiated('b', 'c4', T, T - DAY, 0)).toBe(false);
      });

      it('a refused reservation records nothing', async () => {
        const store = await fresh();
        await store.reserveBusinessInitiated('b', 'c1', T, T - DAY, 1);
        expect(await store.reserveBusinessInitiated('b', 'c2', T, T - DAY, 1)).toBe(false);
        expect(await store.reserveBusinessInitiated('b', 'c2', T + DAY + 1, T + 1, 1)).toBe(true);
        expect(await store.countCustomersReached('b', T + 1)).toBe(1);
      });

      it('a re-admission moves the customer to the later time', async () => {
        const store = await fresh();
        await store.reserveBusinessInitiated('b', 'c1', T, T - DAY, 1);
        await store.reserveBusinessInitiated('b', 'c1', T + 100, T + 100 - DAY, 1);
        expect(await store.countCustomersReached('b', T + 50)).toBe(1);
        expect(await store.countCustomersReached('b', T + 101)).toBe(0);
      });

      it('concurrent reservations never exceed the limit', async () => {
        const store = await fresh();
        const results = await Promise.all(Array.from({ length: 500 }, (_, i) => store.reserveBusinessInitiated('b', `c${i % 400}`, T, T - DAY, 250)));
        expect(await store.countCustomersReached('b', T - DAY)).toBe(250);
        // admitted: the 250 distinct customers, plus repeats of customers admitted before them
        const admitted = new Set(results.flatMap((ok, i) => (ok ? [`c${i % 400}`] : [])));
        expect(admitted.size).toBe(250);
      });
    });

    describe('status', () => {
      it('merges events monotonically and counts each message once per threshold', async () => {
        const store = await fresh();
        expect(await store.applyStatus(statusEvent('m1', 'read'))).toMatchObject({ progress: 3, status: 'read', day: '2026-03-02' });
        expect(await store.applyStatus(statusEvent('m1', 'delivered'))).toMatchObject({ progress: 3, status: 'read' });
        expect(await store.applyStatus(statusEvent('m1', 'sent'))).toMatchObject({ progress: 3, status: 'read' });
        await store.applyStatus(statusEvent('m2', 'failed'));
        await store.applyStatus(statusEvent('m2', 'failed'));
        expect(await store.getMessage('m2')).toMatchObject({ failed: true, status: 'failed', progress: 0 });
        expect(await store.getMessage('nope')).toBeUndefined();
        expect(await store.statistics('b', '2026-03-02', '2026-03-02')).toEqual([
          { business: 'b', day: '2026-03-02', category: 'utility', templateName: 'order_update', sent: 1, delivered: 1, read: 1, failed: 1 },
        ]);
      });

      it('refuses an event that disagrees with the message and changes nothing', async () => {
        const store = await fresh();
        await store.applyStatus(statusEvent('m1', 'sent'));
        const error = await store.applyStatus(statusEvent('m1', 'read', T, { category: 'marketing' })).catch((e: unknown) => e);
        expect(ProtocolError.is(error, 'InvalidMessage')).toBe(true);
        expect(await store.getMessage('m1')).toMatchObject({ progress: 1 });
        expect(await store.statistics('b', '2026-03-02', '2026-03-02')).toMatchObject([{ sent: 1, delivered: 0, read: 0 }]);
      });

      it('keeps statistics per day, category and template, filtered by an inclusive day range', async () => {
        const store = await fresh();
        await store.applyStatus(statusEvent('a', 'delivered'));
        await store.applyStatus(statusEvent('b', 'sent', T, { sentAt: T + DAY }));
        await store.applyStatus(statusEvent('c', 'read', T, { category: 'service', sentAt: T + 2 * DAY, templateName: undefined as unknown as string }));
        await store.applyStatus(statusEvent('d', 'sent', T, { business: 'other' }));
        const rows = await store.statistics('b', '2026-03-02', '2026-03-03');
        expect(rows).toHaveLength(2);
        expect(rows).toEqual(
          expect.arrayContaining([
            { business: 'b', day: '2026-03-02', category: 'utility', templateName: 'order_update', sent: 1, delivered: 1, read: 0, failed: 0 },
            { business: 'b', day: '2026-03-03', category: 'utility', templateName: 'order_update', sent: 1, delivered: 0, read: 0, failed: 0 },
          ]),
        );
        expect(await store.statistics('b', '2026-03-04', '2026-03-04')).toEqual([
          { business: 'b', day: '2026-03-04', category: 'service', templateName: '', sent: 1, delivered: 1, read: 1, failed: 0 },
        ]);
      });

      it('concurrent events lose nothing', async () => {
        const store = await fresh();
        const events = Array.from({ length: 200 }, (_, i) => statusEvent(`m${i % 100}`, (['sent', 'delivered', 'read', 'failed'] as const)[i % 4] ?? 'sent'));
        await Promise.all(events.map((e) => store.applyStatus(e)));
        // m(i) gets statuses i%4 and (i+100)%4 = i%4: sent, delivered, read, failed for i%4 = 0..3
        expect(await store.statistics('b', '2026-03-02', '2026-03-02')).toEqual([
          { business: 'b', day: '2026-03-02', category: 'utility', templateName: 'order_update', sent: 75, delivered: 50, read: 25, failed: 25 },
        ]);
      });
    });
  });
}
