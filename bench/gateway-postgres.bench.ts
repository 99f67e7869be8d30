// Gateway store throughput (mitata, run via tsx):
//   npx tsx bench/gateway-postgres.bench.ts                       # in memory and PGlite
//   PARLEY_PG_URL=postgres://… npx tsx bench/gateway-postgres.bench.ts   # … and a real server
//   node --import tsx test/support/postgres-server.ts -- npx tsx bench/gateway-postgres.bench.ts
// Each store gets the same warm data set (1,000 customers with windows and consent; the writing
// benchmarks use other customers, so the decisions keep seeing that data set). A
// "decision" is what a gateway reads and reserves before a business-initiated send: window,
// consent and tier, then a reservation under the limit. Ends with a table of operations per second.
// On a server, data goes to a fresh schema that is dropped at the end.
import { PGlite } from '@electric-sql/pglite';
import { bench, do_not_optimize, group, run } from 'mitata';
import pg from 'pg';
import type { GatewayStore } from '../src/gateway/gateway-store.js';
import { InMemoryGatewayStore } from '../src/gateway/memory-store.js';
import { pgliteExecutor, pgPoolExecutor, PostgresGatewayStore } from '../src/gateway/postgres/index.js';
import type { StatusEvent } from '../src/gateway/types.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 12);
const BUSINESS = 'bench-biz';
const CUSTOMERS = 1_000;

interface Target {
  readonly name: string;
  readonly store: GatewayStore;
  /** Operations the target runs at once in the concurrent case (a pool's connections). */
  readonly parallel: number;
  close(): Promise<void>;
}

async function targets(): Promise<Target[]> {
  // Slowest first: the in-memory store's append-only state grows by millions of entries while it
  // is measured, and the garbage collection that brings would slow whatever runs after it.
  const out: Target[] = [];
  const url = process.env['PARLEY_PG_URL'];
  if (url !== undefined) {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    const schema = `parley_bench_${process.pid}`;
    out.push({
      name: 'PostgreSQL server (pg Pool, 8 connections)',
      store: await PostgresGatewayStore.open(pgPoolExecutor(pool), { schema }),
      parallel: 8,
      close: async () => {
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      },
    });
  }
  const lite = await PGlite.create();
  out.push({ name: 'PGlite (in-process WASM)', store: await PostgresGatewayStore.open(pgliteExecutor(lite), { schema: 'bench' }), parallel: 1, close: () => lite.close() });
  out.push({ name: 'in memory', store: new InMemoryGatewayStore(), parallel: 1, close: async () => undefined });
  return out;
}

async function seed(store: GatewayStore): Promise<void> {
  await store.setTier(BUSINESS, 10_000);
  for (let i = 0; i < CUSTOMERS; i++) {
    await store.recordCustomerActivity(BUSINESS, `c${i}`, NOW - (i % 48) * 3_600_000, i % 10 === 0);
    await store.appendConsent({ business: BUSINESS, customer: `c${i}`, action: 'opt-in', category: 'marketing', source: 'website', at: NOW - DAY });
  }
}

/** The store side of one send decision. */
async function decide(store: GatewayStore, i: number): Promise<boolean> {
  const customer = `c${i % CUSTOMERS}`;
  const [window, consent, tier] = await Promise.all([store.getWindow(BUSINESS, customer), store.listConsent(BUSINESS, customer), store.getTier(BUSINESS)]);
  const optedOut = consent.some((r) => r.action === 'opt-out');
  if (optedOut) return false;
  if (window?.lastCustomerActivityAt !== undefined && window.lastCustomerActivityAt > NOW - DAY) return true;
  return store.reserveBusinessInitiated(BUSINESS, customer, NOW + i, NOW + i - DAY, tier === 'unlimited' ? undefined : tier);
}

function event(messageId: string, status: StatusEvent['status']): StatusEvent {
  return { messageId, business: BUSINESS, customer: 'c1', status, at: NOW, category: 'marketing', templateName: 'promo', sentAt: NOW };
}

const all = await targets();
for (const target of all) await seed(target.store);

for (const { name, store, parallel } of all) {
  let i = 0;
  group(name, () => {
    bench('getWindow', async () => do_not_optimize(await store.getWindow(BUSINESS, `c${i++ % CUSTOMERS}`)));
    bench('recordCustomerActivity', async () => do_not_optimize(await store.recordCustomerActivity(BUSINESS, `active${i % CUSTOMERS}`, NOW + i++, false)));
    bench('appendConsent', async () =>
      do_not_optimize(await store.appendConsent({ business: BUSINESS, customer: `appended${i % CUSTOMERS}`, action: 'opt-in', category: 'utility', source: 'api', at: NOW + i++ })),
    );
    bench('listConsent', async () => do_not_optimize(await store.listConsent(BUSINESS, `c${i++ % CUSTOMERS}`)));
    bench('reserveBusinessInitiated (limit 10,000)', async () => do_not_optimize(await store.reserveBusinessInitiated(BUSINESS, `c${i % CUSTOMERS}`, NOW + i++, NOW - DAY, 10_000)));
    bench('applyStatus (new message, sent)', async () => do_not_optimize(await store.applyStatus(event(`m${i++}`, 'sent'))));
    bench('applyStatus (repeat, no change)', async () => do_not_optimize(await store.applyStatus(event('m-repeat', 'read'))));
    bench('decision (window + consent + tier + reservation)', async () => do_not_optimize(await decide(store, i++)));
    if (parallel > 1) {
      bench(`${parallel} concurrent decisions`, async () => do_not_optimize(await Promise.all(Array.from({ length: parallel }, () => decide(store, i++)))));
    }
  });
}

const { benchmarks } = await run();

// Operations per second, from mean time per iteration (a concurrent case counts each decision).
const rows: string[] = [];
for (const trial of benchmarks) {
  for (const r of trial.runs) {
    if (r.stats === undefined) continue;
    const perIteration = /^(\d+) concurrent/.exec(r.name)?.[1];
    const ops = (1e9 / r.stats.avg) * (perIteration === undefined ? 1 : Number(perIteration));
    rows.push(`${r.name.padEnd(52)} ${Math.round(ops).toLocaleString('en-US').padStart(12)} /s`);
  }
}
// mitata groups print in order; label the rows by target the same way.
let row = 0;
console.log('\noperations per second');
for (const { name, parallel } of all) {
  console.log(`  ${name}`);
  const count = 8 + (parallel > 1 ? 1 : 0);
  for (let k = 0; k < count && row < rows.length; k++) console.log(`    ${rows[row++]}`);
}

for (const target of all) await target.close();
