// PostgresGatewayStore on a real PostgreSQL server, at PARLEY_PG_URL (skipped when unset): the
// conformance suite through a `pg` Pool and through one `pg` Client, then several gateway
// processes on one database (no lost update), and a process killed with SIGKILL mid-stream (no
// acknowledged opt-out lost). To run it locally against a throwaway server on 127.0.0.1:
//   node --import tsx test/support/postgres-server.ts -- npx vitest run test/gateway/postgres-server.test.ts
// Every store uses a fresh schema, dropped at the end, so a shared server is fine.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { GATEWAY_MIGRATIONS, pgClientExecutor, pgPoolExecutor, PostgresGatewayStore } from '../../src/gateway/postgres/index.js';
import { describeGatewayStore, expectedFromEvents, normalizeStatistics } from './postgres-conformance.js';
import { MIXED, type WorkerConfig, type WorkerReport } from './postgres-worker-plan.js';

const url = process.env['PARLEY_PG_URL'];
const workerPath = fileURLToPath(new URL('./postgres-worker.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let pool: pg.Pool | undefined;
let client: pg.Client | undefined;
const created: string[] = [];
let counter = 0;

function freshSchema(): string {
  const name = `parley_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  created.push(name);
  return name;
}

function sharedPool(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: url, max: 8 });
  return pool;
}

async function sharedClient(): Promise<pg.Client> {
  if (client === undefined) {
    client = new pg.Client({ connectionString: url });
    await client.connect();
  }
  return client;
}

afterAll(async () => {
  if (url === undefined) return;
  const admin = sharedPool();
  for (const schema of created) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client?.end();
  await pool?.end();
});

/** A running worker process with its stdout as lines. */
interface Worker {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: string[];
  /** Resolves at the first line for which `match` is true. */
  waitFor(match: (line: string) => boolean): Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function startWorker(config: Omit<WorkerConfig, 'url'>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', workerPath, JSON.stringify({ ...config, url })], { cwd: repoRoot, stdio: 'pipe' });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  // Only complete lines: a line cut short by SIGKILL has no newline and is not an acknowledgement.
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.match(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return {
    child,
    lines,
    exited,
    waitFor: (match) => {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return Promise.race([
        new Promise<string>((resolve) => waiters.push({ match, resolve })),
        exited.then(({ code, signal, stderr: err }) => {
          throw new Error(`worker exited (code ${String(code)}, signal ${String(signal)}) before the expected line:\n${err}`);
        }),
      ]);
    },
  };
}

describe.skipIf(url === undefined)('PostgresGatewayStore on a PostgreSQL server (PARLEY_PG_URL)', () => {
  describeGatewayStore('PostgresGatewayStore on a server, pg Pool', () => PostgresGatewayStore.open(pgPoolExecutor(sharedPool()), { schema: freshSchema() }));

  describeGatewayStore('PostgresGatewayStore on a server, one pg Client', async () =>
    PostgresGatewayStore.open(pgClientExecutor(await sharedClient()), { schema: freshSchema() }),
  );

  it('runs in the database at PARLEY_PG_URL, a real server process', async () => {
    const { rows } = await sharedPool().query(`SELECT version() AS v, pg_backend_pid() AS pid`);
    expect(String(rows[0]?.v)).toMatch(/^PostgreSQL \d+/);
    expect(String(rows[0]?.v)).not.toMatch(/PGlite/);
  });

  it('runs store transactions at READ COMMITTED whatever the session default', async () => {
    const strict = new pg.Pool({ connectionString: url, max: 4, options: '-c default_transaction_isolation=serializable' });
    try {
      const executor = pgPoolExecutor(strict);
      expect((await strict.query('SHOW default_transaction_isolation')).rows[0]?.default_transaction_isolation).toBe('serializable');
      expect(await executor.transaction(async (tx) => (await tx.query('SHOW transaction_isolation')).rows[0]?.['transaction_isolation'])).toBe('read committed');
      const store = await PostgresGatewayStore.open(executor, { schema: freshSchema() });
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => store.reserveBusinessInitiated('biz', `c${i}`, 1_000 + i, 0, 4)));
      expect(results.filter(Boolean)).toHaveLength(4);
    } finally {
      await strict.end();
    }
  });

  it('two gateway processes updating the same windows, consent, reach and statuses lose no update', async () => {
    const schema = freshSchema();
    // The workers migrate the empty schema themselves, at the same time.
    const workers = [1, 2].map((id) => startWorker({ schema, mode: 'mixed', id, concurrency: 4, count: 200 }));
    await Promise.all(workers.map((w) => w.waitFor((line) => line === 'ready')));
    for (const w of workers) w.child.stdin.write('go\n');
    const reports = await Promise.all(
      workers.map(async (w) => {
        const done = await w.waitFor((line) => line.startsWith('done '));
        const exit = await w.exited;
        expect(exit.code, exit.stderr).toBe(0);
        return JSON.parse(done.slice('done '.length)) as WorkerReport;
      }),
    );
    const store = new PostgresGatewayStore(pgPoolExecutor(sharedPool()), { schema });
    const db = sharedPool();

    const versions = await db.query(`SELECT version FROM "${schema}".parley_gateway_schema_migrations ORDER BY version`);
    expect(versions.rows.map((r) => Number(r.version))).toEqual(GATEWAY_MIGRATIONS.map((m) => m.version));

    // Windows: every field is the maximum of what either process wrote.
    for (const customer of MIXED.customers) {
      const activity = reports.flatMap((r) => r.activity.filter((a) => a.customer === customer));
      const referrals = activity.filter((a) => a.referral).map((a) => a.at);
      const windows = reports.flatMap((r) => r.referralWindows.filter((w) => w.customer === customer)).map((w) => w.until);
      expect(await store.getWindow(MIXED.business, customer)).toEqual({
        ...(activity.length === 0 ? {} : { lastCustomerActivityAt: Math.max(...activity.map((a) => a.at)) }),
        ...(referrals.length === 0 ? {} : { referralEntryAt: Math.max(...referrals) }),
        ...(windows.length === 0 ? {} : { referralWindowUntil: Math.max(...windows) }),
      });
    }

    // Consent: every append of both processes, each with its own sequence, in sequence order.
    const appended = reports.flatMap((r) => r.consent);
    expect(appended).toHaveLength(2 * 200);
    expect(new Set(appended.map((a) => a.sequence)).size).toBe(appended.length);
    for (const customer of MIXED.customers) {
      const listed = await store.listConsent(MIXED.business, customer);
      const mine = appended.filter((a) => a.customer === customer).sort((a, b) => a.sequence - b.sequence);
      expect(listed.map((r) => [r.sequence, r.source])).toEqual(mine.map((a) => [a.sequence, a.source]));
    }

    // Reach: per business, exactly `limit` distinct customers admitted across both processes, and only those recorded.
    for (const business of MIXED.reachBusinesses) {
      const tried = reports.flatMap((r) => r.reservations.filter((x) => x.business === business));
      const admitted = new Set(tried.filter((x) => x.admitted).map((x) => x.customer));
      expect(admitted.size).toBe(Math.min(MIXED.limit, new Set(tried.map((x) => x.customer)).size));
      expect(await store.countCustomersReached(business, MIXED.since)).toBe(admitted.size);
      for (const customer of MIXED.reachCustomers) {
        expect(await store.reserveBusinessInitiated(business, customer, MIXED.since + 1, MIXED.since, 0)).toBe(admitted.has(customer));
      }
    }

    // Statuses: records and statistics are the merge of every event either process saw.
    const expected = expectedFromEvents(reports.flatMap((r) => r.events));
    for (const [id, record] of expected.records) expect(await store.getMessage(id)).toEqual(record);
    expect(normalizeStatistics(await store.statistics(MIXED.business, '2026-01-01', '2026-12-31'))).toEqual(expected.statistics);
  });

  it('a process killed with SIGKILL mid-stream loses no acknowledged opt-out', async () => {
    const schema = freshSchema();
    const store = await PostgresGatewayStore.open(pgPoolExecutor(sharedPool()), { schema });
    const worker = startWorker({ schema, mode: 'opt-outs', id: 9, concurrency: 4, count: 100_000 });
    await worker.waitFor((line) => line === 'ready');
    worker.child.stdin.write('go\n');
    const acks = () => worker.lines.filter((line) => line.startsWith('ack '));
    await worker.waitFor(() => acks().length >= 150);
    worker.child.kill('SIGKILL');
    const exit = await worker.exited;
    expect(exit.signal).toBe('SIGKILL');

    const acknowledged = acks().map((line) => {
      const [, sequence, customer] = line.split(' ');
      return { sequence: Number(sequence), customer: customer as string };
    });
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    for (const { sequence, customer } of acknowledged) {
      const records = await store.listConsent('sigkill-biz', customer);
      expect(records.map((r) => [r.sequence, r.action, r.category])).toEqual([[sequence, 'opt-out', 'all']]);
    }
    // It was killed mid-stream: it had not finished, and nothing it left half-done blocks others.
    expect(worker.lines).not.toContain('done');
    const db = sharedPool();
    await expect
      .poll(async () => Number((await db.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'parley-worker-opt-outs-9'`)).rows[0]?.n), { timeout: 10_000 })
      .toBe(0);
    const total = Number((await db.query(`SELECT count(*) AS n FROM "${schema}".parley_gateway_consent`)).rows[0]?.n);
    expect(total).toBeGreaterThanOrEqual(acknowledged.length);
    expect(total).toBeLessThanOrEqual(acknowledged.length + 4); // at most the in-flight ones committed unacknowledged
    const after = await store.appendConsent({ business: 'sigkill-biz', customer: 'k9-0', action: 'opt-in', category: 'all', source: 'api', at: Date.now() });
    expect(after.sequence).toBeGreaterThan(Math.max(...acknowledged.map((a) => a.sequence)));
  });
});
