// A gateway process for the multi-process tests of postgres-server.test.ts. Run as
//   node --import tsx test/gateway/postgres-worker.ts '<json WorkerConfig>'
// It connects with a `pg` Pool, opens (and so migrates) the store, prints `ready`, waits for `go`
// on stdin, then works:
// - mode 'mixed': windows, referral windows, consent, reservations and status events on entities
//   shared with the other worker, `concurrency` operations at a time, in a random order; then
//   prints `done <json WorkerReport>` and exits 0.
// - mode 'opt-outs': appends opt-outs for fresh customers, `concurrency` at a time, and prints
//   `ack <sequence> <customer>` after each one commits; the parent kills it with SIGKILL.
import pg from 'pg';
import { createInterface } from 'node:readline';
import { pgPoolExecutor, PostgresGatewayStore } from '../../src/gateway/postgres/index.js';
import type { MessageStatus, PricingCategory, StatusEvent } from '../../src/gateway/types.js';
import { MIXED, type WorkerConfig, type WorkerReport } from './postgres-worker-plan.js';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The descriptor of shared message `m`: the same in every worker, as the interface requires. */
function sharedEvent(m: number, status: MessageStatus, at: number): StatusEvent {
  const categories: PricingCategory[] = ['marketing', 'utility', 'service'];
  const category = categories[m % 3] as PricingCategory;
  return {
    messageId: `shared-m${m}`,
    business: MIXED.business,
    customer: `c${m % 5}`,
    status,
    at,
    category,
    ...(category === 'service' ? {} : { templateName: `t${m % 2}` }),
    sentAt: Date.UTC(2026, 2, 1 + (m % 3), 23, 59, 59, 999),
  };
}

async function runPool(tasks: (() => Promise<void>)[], concurrency: number): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++] as () => Promise<void>;
      await task();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

/**
 * The work is cut into rounds, one per reach business and message, that both workers go through
 * in the same order, shuffled within a round: so the two processes hit the same business, message
 * and customers at about the same time, which is when a missing lock would lose an update.
 */
async function mixed(store: PostgresGatewayStore, config: WorkerConfig): Promise<WorkerReport> {
  const random = prng(1000 + config.id);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const T = Date.UTC(2026, 2, 1);
  const report: WorkerReport = { activity: [], referralWindows: [], consent: [], reservations: [], events: [] };
  const roundCount = Math.max(MIXED.reachBusinesses.length, MIXED.messages);
  const rounds: (() => Promise<void>)[][] = Array.from({ length: roundCount }, () => []);
  for (let i = 0; i < config.count; i++) {
    const round = rounds[i % roundCount] as (() => Promise<void>)[];
    const customer = pick(MIXED.customers);
    const at = T + Math.floor(random() * 86_400_000);
    const referral = random() < 0.3;
    round.push(async () => {
      await store.recordCustomerActivity(MIXED.business, customer, at, referral);
      report.activity.push({ customer, at, referral });
    });
    const windowCustomer = pick(MIXED.customers);
    const until = T + Math.floor(random() * 3 * 86_400_000);
    round.push(async () => {
      await store.openReferralWindow(MIXED.business, windowCustomer, until);
      report.referralWindows.push({ customer: windowCustomer, until });
    });
    const consentCustomer = pick(MIXED.customers);
    const source = `worker${config.id}:${i}`;
    const action = random() < 0.5 ? 'opt-in' : 'opt-out';
    round.push(async () => {
      const stored = await store.appendConsent({ business: MIXED.business, customer: consentCustomer, action, category: 'marketing', source, at: T + i });
      report.consent.push({ customer: consentCustomer, sequence: stored.sequence, source });
    });
  }
  MIXED.reachBusinesses.forEach((business, r) => {
    for (const customer of MIXED.reachCustomers) {
      (rounds[r] as (() => Promise<void>)[]).push(async () => {
        const admitted = await store.reserveBusinessInitiated(business, customer, T + r, MIXED.since, MIXED.limit);
        report.reservations.push({ business, customer, admitted });
      });
    }
  });
  const statuses: MessageStatus[] = ['sent', 'delivered', 'read', 'failed', 'deleted'];
  for (let m = 0; m < MIXED.messages; m++) {
    for (const status of statuses) {
      if (random() < 0.4) continue;
      const event = sharedEvent(m, status, T + Math.floor(random() * 86_400_000));
      report.events.push(event);
      const copies = random() < 0.3 ? 2 : 1;
      for (let c = 0; c < copies; c++) {
        (rounds[m] as (() => Promise<void>)[]).push(async () => {
          await store.applyStatus(event);
        });
      }
    }
  }
  await runPool(rounds.flatMap((round) => shuffle(round, random)), config.concurrency);
  return report;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

async function optOuts(store: PostgresGatewayStore, config: WorkerConfig): Promise<void> {
  let n = 0;
  const lane = async (): Promise<void> => {
    while (n < config.count) {
      const customer = `k${config.id}-${n++}`;
      const stored = await store.appendConsent({ business: 'sigkill-biz', customer, action: 'opt-out', category: 'all', source: 'keyword:STOP', at: Date.now() });
      // Written synchronously (stdout is a pipe on Linux): once this line is out, the parent has it.
      process.stdout.write(`ack ${stored.sequence} ${customer}\n`);
    }
  };
  await Promise.all(Array.from({ length: config.concurrency }, lane));
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
  const pool = new pg.Pool({ connectionString: config.url, max: config.concurrency, application_name: `parley-worker-${config.mode}-${config.id}` });
  try {
    const store = await PostgresGatewayStore.open(pgPoolExecutor(pool), { schema: config.schema });
    process.stdout.write('ready\n');
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) if (line.trim() === 'go') break;
    lines.close();
    if (config.mode === 'mixed') {
      const report = await mixed(store, config);
      process.stdout.write(`done ${JSON.stringify(report)}\n`);
    } else {
      await optOuts(store, config);
      process.stdout.write('done\n');
    }
  } finally {
    await pool.end();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`worker failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    if (e instanceof Error && e.cause !== undefined) process.stderr.write(`cause: ${String(e.cause)}\n`);
    process.exit(1);
  },
);
