import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import {
  InMemoryGatewayStore,
  MAX_SUMMARY_DAYS,
  type MessageStatus,
  type PricingCategory,
  type StatisticsRow,
  type StatusEvent,
  summarizeStatistics,
} from '../../src/gateway/index.js';
import { BIZ, DAY, setup, T0 } from './helpers.js';

const STATUSES: readonly MessageStatus[] = ['sent', 'delivered', 'read', 'failed', 'deleted'];

interface MessageSpec {
  readonly id: string;
  readonly business: string;
  readonly category: PricingCategory;
  readonly templateName?: string;
  readonly sentAt: number;
}

/** Several messages (different businesses, days, categories, templates), each with a set of events. */
const scenario = fc
  .array(
    fc.record({
      business: fc.constantFrom('b1', 'b2'),
      category: fc.constantFrom<PricingCategory>('service', 'marketing', 'utility', 'authentication', 'referral_conversion'),
      template: fc.constantFrom('', 'promo', 'receipt'),
      day: fc.integer({ min: 0, max: 2 }),
      statuses: fc.subarray([...STATUSES], { minLength: 1 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((specs) =>
    specs.flatMap((s, i): StatusEvent[] => {
      const message: MessageSpec = {
        id: `wamid.${i}`,
        business: s.business,
        category: s.category,
        ...(s.category === 'service' || s.template === '' ? {} : { templateName: s.template }),
        sentAt: T0 + s.day * DAY + i,
      };
      return s.statuses.map((status, k) => ({
        messageId: message.id,
        business: message.business,
        customer: `cust${i}`,
        status,
        at: message.sentAt + k * 1000,
        category: message.category,
        ...(message.templateName === undefined ? {} : { templateName: message.templateName }),
        sentAt: message.sentAt,
      }));
    }),
  );

/** Any order of the events, each delivered one to three times. */
function deliveries(events: readonly StatusEvent[]): fc.Arbitrary<StatusEvent[]> {
  return fc
    .tuple(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: events.length, maxLength: events.length }), fc.infiniteStream(fc.nat()))
    .map(([copies, randoms]) => {
      const all = events.flatMap((e, i) => Array.from({ length: copies[i] ?? 1 }, () => e));
      for (let i = all.length - 1; i > 0; i--) {
        const j = (randoms.next().value as number) % (i + 1);
        [all[i], all[j]] = [all[j] as StatusEvent, all[i] as StatusEvent];
      }
      return all;
    });
}

async function replay(events: readonly StatusEvent[], concurrent: boolean) {
  const { gateway, store } = setup();
  if (concurrent) await Promise.all(events.map((e) => gateway.recordStatus(e)));
  else for (const e of events) await gateway.recordStatus(e);
  const ids = [...new Set(events.map((e) => e.messageId))].sort();
  const records = await Promise.all(ids.map((id) => store.getMessage(id)));
  const from = '2026-01-05';
  const to = '2026-01-07';
  return {
    records,
    rows: [...(await store.statistics('b1', from, to)), ...(await store.statistics('b2', from, to))],
    summary: [await gateway.summary('b1', from, to), await gateway.summary('b2', from, to)],
  };
}

/** What the counters must be: each message counted once per threshold its events reach. */
function model(events: readonly StatusEvent[]): Map<string, { sent: number; delivered: number; read: number; failed: number }> {
  const perMessage = new Map<string, { key: string; statuses: Set<MessageStatus> }>();
  for (const e of events) {
    const key = `${e.business}|${new Date(e.sentAt).toISOString().slice(0, 10)}|${e.category}|${e.templateName ?? ''}`;
    const entry = perMessage.get(e.messageId) ?? { key, statuses: new Set<MessageStatus>() };
    entry.statuses.add(e.status);
    perMessage.set(e.messageId, entry);
  }
  const cells = new Map<string, { sent: number; delivered: number; read: number; failed: number }>();
  for (const { key, statuses } of perMessage.values()) {
    const cell = cells.get(key) ?? { sent: 0, delivered: 0, read: 0, failed: 0 };
    const progress = statuses.has('read') ? 3 : statuses.has('delivered') ? 2 : statuses.has('sent') ? 1 : 0;
    cell.sent += progress >= 1 ? 1 : 0;
    cell.delivered += progress >= 2 ? 1 : 0;
    cell.read += progress >= 3 ? 1 : 0;
    cell.failed += statuses.has('failed') ? 1 : 0;
    cells.set(key, cell);
  }
  return cells;
}

describe('receipts are order-independent and idempotent', () => {
  it('any order of the events, with duplicates, gives the same records and statistics (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenario.chain((events) => fc.tuple(fc.constant(events), deliveries(events), deliveries(events), fc.boolean())),
        async ([events, first, second, concurrent]) => {
          const a = await replay(first, false);
          const b = await replay(second, concurrent);
          const once = await replay(events, false);
          expect(b).toEqual(a);
          expect(once).toEqual(a);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the counters count messages per threshold, not events (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenario.chain((events) => fc.tuple(fc.constant(events), deliveries(events))),
        async ([events, delivered]) => {
          const { rows } = await replay(delivered, false);
          const byKey = new Map(rows.map((r) => [`${r.business}|${r.day}|${r.category}|${r.templateName}`, { sent: r.sent, delivered: r.delivered, read: r.read, failed: r.failed }]));
          expect(byKey).toEqual(model(events));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('read before delivered before sent ends as read, counted once each', async () => {
    const { gateway } = setup();
    const base = { messageId: 'wamid.1', business: BIZ, customer: 'c', category: 'marketing', templateName: 'spring_sale', sentAt: T0 } as const;
    expect(await gateway.recordStatus({ ...base, status: 'read', at: T0 + 3 })).toMatchObject({ status: 'read', progress: 3 });
    expect(await gateway.recordStatus({ ...base, status: 'delivered', at: T0 + 2 })).toMatchObject({ status: 'read' });
    expect(await gateway.recordStatus({ ...base, status: 'read', at: T0 + 3 })).toMatchObject({ status: 'read' });
    expect(await gateway.recordStatus({ ...base, status: 'deleted', at: T0 + 4 })).toMatchObject({ status: 'deleted', progress: 3 });
    const summary = await gateway.summary(BIZ, '2026-01-05', '2026-01-05');
    expect(summary.totals).toEqual({ sent: 1, delivered: 1, read: 1, failed: 0, readRate: 1 });
  });

  it('rejects malformed events', async () => {
    const { gateway } = setup();
    const good: StatusEvent = { messageId: 'm', business: BIZ, customer: 'c', status: 'sent', at: T0, category: 'service', sentAt: T0 };
    for (const bad of [
      { ...good, messageId: '' },
      { ...good, status: 'seen' as MessageStatus },
      { ...good, category: 'free' as PricingCategory },
      { ...good, sentAt: Number.NaN },
      { ...good, at: -5 },
    ]) {
      const error = await gateway.recordStatus(bad).catch((e: unknown) => e);
      expect(ProtocolError.is(error, 'InvalidArgument')).toBe(true);
    }
    const error = await gateway.recordStatus({ ...good, category: 'service' }).then(() => gateway.recordStatus({ ...good, customer: 'other' })).catch((e: unknown) => e);
    expect(ProtocolError.is(error, 'InvalidMessage')).toBe(true);
  });
});

describe('statistics summary', () => {
  const row = (day: string, category: PricingCategory, templateName: string, sent: number, delivered: number, read: number, failed: number): StatisticsRow => ({
    business: BIZ,
    day,
    category,
    templateName,
    sent,
    delivered,
    read,
    failed,
  });

  it('totals, per day (zero-filled), per category and per template, with read rate = read / delivered', () => {
    const rows = [
      row('2026-01-05', 'marketing', 'spring_sale', 10, 8, 2, 1),
      row('2026-01-05', 'service', '', 5, 5, 5, 0),
      row('2026-01-07', 'marketing', 'spring_sale', 4, 4, 4, 0),
      row('2026-01-07', 'utility', 'order_update', 3, 0, 0, 3),
      { ...row('2026-01-07', 'utility', 'order_update', 100, 100, 100, 0), business: 'other' },
      row('2026-01-09', 'utility', 'order_update', 100, 100, 100, 0),
    ];
    const summary = summarizeStatistics(BIZ, '2026-01-05', '2026-01-08', rows);
    expect(summary.totals).toEqual({ sent: 22, delivered: 17, read: 11, failed: 4, readRate: 11 / 17 });
    expect(summary.byDay).toEqual([
      { day: '2026-01-05', sent: 15, delivered: 13, read: 7, failed: 1, readRate: 7 / 13 },
      { day: '2026-01-06', sent: 0, delivered: 0, read: 0, failed: 0, readRate: 0 },
      { day: '2026-01-07', sent: 7, delivered: 4, read: 4, failed: 3, readRate: 1 },
      { day: '2026-01-08', sent: 0, delivered: 0, read: 0, failed: 0, readRate: 0 },
    ]);
    expect(summary.byCategory).toEqual([
      { category: 'service', sent: 5, delivered: 5, read: 5, failed: 0, readRate: 1 },
      { category: 'marketing', sent: 14, delivered: 12, read: 6, failed: 1, readRate: 0.5 },
      { category: 'utility', sent: 3, delivered: 0, read: 0, failed: 3, readRate: 0 },
      { category: 'authentication', sent: 0, delivered: 0, read: 0, failed: 0, readRate: 0 },
      { category: 'referral_conversion', sent: 0, delivered: 0, read: 0, failed: 0, readRate: 0 },
    ]);
    expect(summary.byTemplate).toEqual([
      { category: 'marketing', templateName: 'spring_sale', sent: 14, delivered: 12, read: 6, failed: 1, readRate: 0.5 },
      { category: 'utility', templateName: 'order_update', sent: 3, delivered: 0, read: 0, failed: 3, readRate: 0 },
    ]);
    expect(summary.rows).toHaveLength(4);
    expect(summary.rows[0]).toEqual({ ...row('2026-01-05', 'service', '', 5, 5, 5, 0), readRate: 1 });
    expect(summarizeStatistics(BIZ, '2026-01-05', '2026-01-08', [...rows].reverse())).toEqual(summary);
  });

  it('read rate is 0 when nothing was delivered', () => {
    expect(summarizeStatistics(BIZ, '2026-01-05', '2026-01-05', []).totals).toEqual({ sent: 0, delivered: 0, read: 0, failed: 0, readRate: 0 });
  });

  it.each([
    ['2026-1-5', '2026-01-06'],
    ['2026-02-30', '2026-03-01'],
    ['2026-01-06', '2026-01-05'],
    ['2026-01-01', '2027-01-02'],
  ])('rejects the range %s..%s', (from, to) => {
    expect(() => summarizeStatistics(BIZ, from, to, [])).toThrow(ProtocolError);
  });

  it(`covers up to ${MAX_SUMMARY_DAYS} days`, () => {
    expect(summarizeStatistics(BIZ, '2028-01-01', '2028-12-31', []).byDay).toHaveLength(366);
  });

  it('through the gateway and store', async () => {
    const store = new InMemoryGatewayStore();
    const { gateway } = setup({ store });
    const sent = (id: string, status: MessageStatus, day: number, category: PricingCategory, templateName?: string): StatusEvent => ({
      messageId: id,
      business: BIZ,
      customer: 'c',
      status,
      at: T0 + day * DAY + 5,
      category,
      ...(templateName === undefined ? {} : { templateName }),
      sentAt: T0 + day * DAY,
    });
    await gateway.recordStatus(sent('a', 'read', 0, 'marketing', 'spring_sale'));
    await gateway.recordStatus(sent('b', 'delivered', 0, 'marketing', 'spring_sale'));
    await gateway.recordStatus(sent('c', 'sent', 1, 'service'));
    const summary = await gateway.summary(BIZ, '2026-01-05', '2026-01-06');
    expect(summary.totals).toEqual({ sent: 3, delivered: 2, read: 1, failed: 0, readRate: 0.5 });
    expect(summary.byTemplate).toEqual([{ category: 'marketing', templateName: 'spring_sale', sent: 2, delivered: 2, read: 1, failed: 0, readRate: 0.5 }]);
    await expect(gateway.summary(BIZ, '2026-01-06', '2026-01-05')).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
