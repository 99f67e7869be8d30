// PostgresGatewayStore on PGlite (real PostgreSQL compiled to WebAssembly, in this process): the
// GatewayStore conformance suite, plus migrations, value conversion, error wrapping and
// concurrency of two stores sharing one database. One PGlite per file; every store gets a fresh
// schema. The multi-process tests need a server: postgres-server.test.ts.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import {
  GATEWAY_MIGRATIONS,
  migrateGatewaySchema,
  pgliteExecutor,
  PostgresGatewayStore,
  type SqlExecutor,
} from '../../src/gateway/postgres/index.js';
import type { StatusEvent } from '../../src/gateway/types.js';
import { describeGatewayStore, expectedFromEvents, normalizeStatistics, prng, shuffled, statusEvent } from './postgres-conformance.js';

let pglite: Promise<PGlite> | undefined;
const database = (): Promise<PGlite> => (pglite ??= PGlite.create());
const executor = async (): Promise<SqlExecutor> => pgliteExecutor(await database());

let schemas = 0;
const freshSchema = (): string => `pglite_${++schemas}`;

afterAll(async () => {
  if (pglite !== undefined) await (await pglite).close();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describeGatewayStore('PostgresGatewayStore on PGlite', async () => PostgresGatewayStore.open(await executor(), { schema: freshSchema() }));

describe('PostgresGatewayStore on PGlite: schema and migrations', () => {
  it('applies every migration once, records it, and is idempotent', async () => {
    const db = await executor();
    const schema = freshSchema();
    const first = await migrateGatewaySchema(db, { schema });
    expect(first.applied).toEqual(GATEWAY_MIGRATIONS.map((m) => m.version));
    expect(first.version).toBe(Math.max(...GATEWAY_MIGRATIONS.map((m) => m.version)));
    expect(await migrateGatewaySchema(db, { schema })).toEqual({ applied: [], version: first.version });
    const { rows } = await db.query(`SELECT version, name FROM "${schema}".parley_gateway_schema_migrations ORDER BY version`);
    expect(rows.map((r) => Number(r['version']))).toEqual(GATEWAY_MIGRATIONS.map((m) => m.version));
    const store = new PostgresGatewayStore(db, { schema });
    expect(await store.migrate()).toEqual({ applied: [], version: first.version });
  });

  it('lets concurrent migrations of one schema apply each version exactly once', async () => {
    const db = await executor();
    const schema = freshSchema();
    const results = await Promise.all(Array.from({ length: 4 }, () => migrateGatewaySchema(db, { schema })));
    expect(results.flatMap((r) => r.applied)).toEqual(GATEWAY_MIGRATIONS.map((m) => m.version));
  });

  it('applies a later migration on top, and rolls a failing one back whole', async () => {
    const db = await executor();
    const schema = freshSchema();
    await migrateGatewaySchema(db, { schema });
    const extra = { version: 1000, name: 'test: extra table', statements: () => [`CREATE TABLE "${schema}".extra (x int)`] };
    const broken = { version: 1001, name: 'test: broken', statements: () => [`CREATE TABLE "${schema}".half (x int)`, 'SELECT no_such_function()'] };
    expect((await migrateGatewaySchema(db, { schema, migrations: [...GATEWAY_MIGRATIONS, extra] })).applied).toEqual([1000]);
    await expect(migrateGatewaySchema(db, { schema, migrations: [...GATEWAY_MIGRATIONS, extra, broken] })).rejects.toThrow();
    const tables = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name IN ('extra', 'half')`, [schema]);
    expect(tables.rows.map((r) => r['table_name'])).toEqual(['extra']);
    const versions = await db.query(`SELECT max(version) AS v FROM "${schema}".parley_gateway_schema_migrations`);
    expect(Number(versions.rows[0]?.['v'])).toBe(1000);
  });

  it('keeps stores in different schemas apart', async () => {
    const db = await executor();
    const a = await PostgresGatewayStore.open(db, { schema: freshSchema() });
    const b = await PostgresGatewayStore.open(db, { schema: freshSchema() });
    await a.recordCustomerActivity('biz', 'c1', 5, false);
    await a.setTier('biz', 'unlimited');
    expect(await b.getWindow('biz', 'c1')).toBeUndefined();
    expect(await b.getTier('biz')).toBe(250);
  });

  it('puts the tables on the search_path when no schema is given', async () => {
    const db = await executor();
    const store = await PostgresGatewayStore.open(db);
    await store.setTier('biz', 2_000);
    const { rows } = await db.query(`SELECT table_schema FROM information_schema.tables WHERE table_name = 'parley_gateway_tiers'`);
    expect(rows.map((r) => r['table_schema'])).toContain('public');
    expect(await new PostgresGatewayStore(db).getTier('biz')).toBe(2_000);
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => new PostgresGatewayStore(pgliteExecutor({} as never), { schema: 'x"; DROP TABLE y; --' })).toThrow(ProtocolError);
  });

  it('makes consent append-only in the database itself', async () => {
    const db = await executor();
    const schema = freshSchema();
    const store = await PostgresGatewayStore.open(db, { schema });
    await store.appendConsent({ business: 'biz', customer: 'c1', action: 'opt-out', category: 'all', source: 'keyword:STOP', at: 1 });
    await expect(db.query(`UPDATE "${schema}".parley_gateway_consent SET action = 'opt-in'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM "${schema}".parley_gateway_consent`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE "${schema}".parley_gateway_consent`)).rejects.toThrow(/append-only/);
    expect((await store.listConsent('biz', 'c1')).map((r) => r.action)).toEqual(['opt-out']);
  });
});

describe('PostgresGatewayStore on PGlite: values and errors', () => {
  it('stores times up to the largest safe integer exactly', async () => {
    const store = await PostgresGatewayStore.open(await executor(), { schema: freshSchema() });
    const big = 8.64e15;
    expect(await store.recordCustomerActivity('biz', 'c1', big, true)).toEqual({ lastCustomerActivityAt: big, referralEntryAt: big });
    expect(await store.recordCustomerActivity('biz', 'c2', -big, false)).toEqual({ lastCustomerActivityAt: -big });
    expect((await store.appendConsent({ business: 'biz', customer: 'c1', action: 'opt-in', source: 'api', at: big })).at).toBe(big);
    expect((await store.listConsent('biz', 'c1'))[0]?.at).toBe(big);
  });

  it('rejects a stored BIGINT outside the safe integer range as StoreFailure', async () => {
    const db = await executor();
    const schema = freshSchema();
    const store = await PostgresGatewayStore.open(db, { schema });
    await db.query(`INSERT INTO "${schema}".parley_gateway_windows (business, customer, last_customer_activity_at) VALUES ('biz', 'c1', 9007199254740993)`);
    const error = await rejection(store.getWindow('biz', 'c1'));
    expect(ProtocolError.is(error, 'StoreFailure')).toBe(true);
    expect((error as ProtocolError).details.field).toBe('last_customer_activity_at');
    await db.query(`INSERT INTO "${schema}".parley_gateway_statistics VALUES ('biz', '2026-01-01', 'service', '', 9007199254740992, 0, 0, 0)`);
    expect(ProtocolError.is(await rejection(store.statistics('biz', '2026-01-01', '2026-01-01')), 'StoreFailure')).toBe(true);
  });

  it('refuses malformed arguments with InvalidArgument before touching the database', async () => {
    const store = await PostgresGatewayStore.open(await executor(), { schema: freshSchema() });
    const cases: Promise<unknown>[] = [
      store.recordCustomerActivity('biz', 'c1', 1.5, false),
      store.recordCustomerActivity('biz', 'c1', Number.NaN, false),
      store.openReferralWindow('biz', 'c1', 2 ** 60),
      store.appendConsent({ business: 'biz', customer: 'c1', action: 'nope' as never, source: 'api', at: 1 }),
      store.appendConsent({ business: 'biz', customer: 'c1', action: 'opt-in', category: 'service' as never, source: 'api', at: 1 }),
      store.appendConsent({ business: 'biz', customer: 'c1', action: 'report-spam', source: 'api', at: 1, messageIds: [1 as never] }),
      store.setTier('biz', 500 as never),
      store.reserveBusinessInitiated('biz', 'c1', 1, 0, -1),
      store.reserveBusinessInitiated('biz', 'c1', 1, 0, 2.5),
      store.applyStatus(statusEvent('m1', 'seen' as never)),
      store.applyStatus(statusEvent('m1', 'sent', { category: 'premium' as never })),
      store.applyStatus(statusEvent('m1', 'sent', { sentAt: 1e300 })),
    ];
    for (const c of cases) expect(ProtocolError.is(await rejection(c), 'InvalidArgument')).toBe(true);
    expect(await store.getWindow('biz', 'c1')).toBeUndefined();
    expect(await store.listConsent('biz', 'c1')).toEqual([]);
    expect(await store.getMessage('m1')).toBeUndefined();
  });

  it('wraps driver errors as StoreFailure with the driver error as cause', async () => {
    const boom = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    const failing: SqlExecutor = {
      query: () => Promise.reject(boom),
      transaction: () => Promise.reject(boom),
    };
    const store = new PostgresGatewayStore(failing);
    const attempts: [string, Promise<unknown>][] = [
      ['getWindow', store.getWindow('b', 'c')],
      ['appendConsent', store.appendConsent({ business: 'b', customer: 'c', action: 'opt-out', source: 'api', at: 1 })],
      ['reserveBusinessInitiated', store.reserveBusinessInitiated('b', 'c', 1, 0, 5)],
      ['applyStatus', store.applyStatus(statusEvent('m', 'sent'))],
      ['migrate', store.migrate()],
    ];
    for (const [operation, attempt] of attempts) {
      const error = await rejection(attempt);
      expect(ProtocolError.is(error, 'StoreFailure')).toBe(true);
      expect((error as ProtocolError).details.operation).toBe(operation);
      expect((error as ProtocolError).cause).toBe(boom);
    }
  });

  it('reruns an operation the server rolled back as a serialization failure or deadlock, a bounded number of times', async () => {
    const db = await executor();
    const schema = freshSchema();
    await migrateGatewaySchema(db, { schema });
    let failures = 2;
    const flaky: SqlExecutor = {
      query: (text, params) => db.query(text, params),
      transaction: (fn) => {
        if (failures-- > 0) return Promise.reject(Object.assign(new Error('could not serialize access'), { code: failures === 1 ? '40001' : '40P01' }));
        return db.transaction(fn);
      },
    };
    const store = new PostgresGatewayStore(flaky, { schema });
    expect((await store.appendConsent({ business: 'b', customer: 'c', action: 'opt-out', source: 'api', at: 1 })).action).toBe('opt-out');
    failures = 5;
    const error = await rejection(store.appendConsent({ business: 'b', customer: 'c', action: 'opt-in', source: 'api', at: 2 }));
    expect(ProtocolError.is(error, 'StoreFailure')).toBe(true);
    expect(failures).toBe(2); // three attempts
    expect((await store.listConsent('b', 'c')).map((r) => r.action)).toEqual(['opt-out']);
  });

  it('rolls a transaction back when its function throws', async () => {
    const db = await executor();
    const schema = freshSchema();
    await migrateGatewaySchema(db, { schema });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO "${schema}".parley_gateway_tiers VALUES ('biz', 'unlimited')`);
        // Nesting joins the surrounding transaction.
        await tx.transaction((inner) => inner.query(`INSERT INTO "${schema}".parley_gateway_tiers VALUES ('biz2', 'unlimited')`));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await db.query(`SELECT count(*) AS n FROM "${schema}".parley_gateway_tiers`)).rows[0]?.['n']).toBe(0);
  });
});

describe('PostgresGatewayStore on PGlite: two gateways sharing one database', () => {
  it('loses no update when two stores interleave windows, consent, reservations and statuses', async () => {
    const db = await executor();
    const schema = freshSchema();
    const [one, two] = await Promise.all([PostgresGatewayStore.open(db, { schema }), PostgresGatewayStore.open(db, { schema })]);
    const stores = [one, two];
    const random = prng(2026);
    const T = Date.UTC(2026, 2, 1);
    const activity = Array.from({ length: 60 }, (_, i) => ({ customer: `c${i % 4}`, at: T + Math.floor(random() * 86_400_000), referral: random() < 0.3 }));
    const events: StatusEvent[] = [];
    for (let m = 0; m < 10; m++) for (const status of ['sent', 'delivered', 'read', 'failed', 'deleted'] as const) if (random() < 0.7) events.push(statusEvent(`m${m}`, status));
    const work: Promise<unknown>[] = [];
    activity.forEach((a, i) => work.push((stores[i % 2] as PostgresGatewayStore).recordCustomerActivity('biz', a.customer, a.at, a.referral)));
    for (let i = 0; i < 40; i++) {
      work.push((stores[i % 2] as PostgresGatewayStore).appendConsent({ business: 'biz', customer: `c${i % 4}`, action: 'opt-out', source: `gw${i % 2}:${i}`, at: T + i }));
    }
    const reservations = Array.from({ length: 30 }, (_, i) => (stores[i % 2] as PostgresGatewayStore).reserveBusinessInitiated('biz', `r${i % 12}`, T + i, T - 86_400_000, 7));
    // Each gateway applies every event, in its own order.
    for (const store of stores) for (const event of shuffled(events, random)) work.push(store.applyStatus(event));
    await Promise.all([...work, ...reservations]);

    for (let c = 0; c < 4; c++) {
      const mine = activity.filter((a) => a.customer === `c${c}`);
      const referrals = mine.filter((a) => a.referral).map((a) => a.at);
      expect(await one.getWindow('biz', `c${c}`)).toEqual({
        lastCustomerActivityAt: Math.max(...mine.map((a) => a.at)),
        ...(referrals.length === 0 ? {} : { referralEntryAt: Math.max(...referrals) }),
      });
      const consent = await two.listConsent('biz', `c${c}`);
      expect(consent).toHaveLength(10);
      expect(new Set(consent.map((r) => r.sequence)).size).toBe(10);
    }
    const admitted = new Set((await Promise.all(reservations)).flatMap((ok, i) => (ok ? [`r${i % 12}`] : [])));
    expect(admitted.size).toBe(7);
    expect(await one.countCustomersReached('biz', T - 86_400_000)).toBe(7);
    const expected = expectedFromEvents(events);
    expect(normalizeStatistics(await two.statistics('biz', '2026-03-01', '2026-03-01'))).toEqual(expected.statistics);
    for (const [id, record] of expected.records) expect(await one.getMessage(id)).toEqual(record);
  });
});
