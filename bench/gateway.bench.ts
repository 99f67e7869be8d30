// Gateway decisions per second with the in-memory store (mitata, run via tsx:
// `npx tsx bench/gateway.bench.ts`). State is built before timing; the clock is fixed, so every
// iteration takes the same path. Each benchmark is one decision (or one inbound message).
import { bench, do_not_optimize, group, run, summary } from 'mitata';
import { foldConsent, Gateway, InMemoryGatewayStore, type MessageClass } from '../src/gateway/index.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5, 10);
const BIZ = 'biz:bench';
const CUSTOMERS = 10_000;

const SERVICE: MessageClass = { kind: 'service' };
const MARKETING: MessageClass = { kind: 'template', category: 'marketing', templateName: 'spring_sale', language: 'en' };
const UTILITY: MessageClass = { kind: 'template', category: 'utility', templateName: 'order_update', language: 'en' };

const clock = { time: T0, now: () => clock.time };
const store = new InMemoryGatewayStore();
const gateway = new Gateway({
  store,
  clock,
  automation: () => ({ greeting: { message: 'Welcome!' }, away: { message: 'Closed', schedule: { kind: 'outside-business-hours', hours: { timeZone: 'Europe/Berlin', days: { monday: [{ open: '09:00', close: '17:00' }] } } } } }),
});
await store.setTier(BIZ, 'unlimited');

// customers 0..4999 wrote an hour ago (window open); 5000..9999 wrote 2 days ago (closed)
for (let i = 0; i < CUSTOMERS; i++) {
  const customer = `c${i}`;
  clock.time = T0 - 2 * 24 * HOUR;
  await gateway.optIn(BIZ, customer, 'all', 'website');
  if (i % 10 === 0) await gateway.optOut(BIZ, customer, 'marketing', 'api');
  clock.time = i < CUSTOMERS / 2 ? T0 - HOUR : T0 - 48 * HOUR + HOUR;
  await gateway.onCustomerMessage({ business: BIZ, customer, referral: i % 100 === 1 });
}
await gateway.block(BIZ, 'c3');
clock.time = T0;

// customers whose decisions take the allowed path: not blocked, not opted out of marketing
const eligible = (from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, k) => from + k).filter((i) => i % 10 !== 0 && i !== 3).map((i) => `c${i}`);
const open = eligible(0, CUSTOMERS / 2);
const shut = eligible(CUSTOMERS / 2, CUSTOMERS);
let n = 0;
const inWindow = (): string => open[n++ % open.length] as string;
const closed = (): string => shut[n++ % shut.length] as string;
const records = await store.listConsent(BIZ, 'c10');

summary(() => {
  group('decideOutbound (in-memory store)', () => {
    bench('service reply inside the window', async () => {
      do_not_optimize(await gateway.decideOutbound(BIZ, inWindow(), SERVICE));
    });
    bench('marketing template inside the window', async () => {
      do_not_optimize(await gateway.decideOutbound(BIZ, inWindow(), MARKETING));
    });
    bench('business-initiated utility template (opt-in + messaging limit)', async () => {
      do_not_optimize(await gateway.decideOutbound(BIZ, closed(), UTILITY));
    });
    bench('refused: service outside the window', async () => {
      do_not_optimize(await gateway.decideOutbound(BIZ, closed(), SERVICE));
    });
    bench('refused: blocked', async () => {
      do_not_optimize(await gateway.decideOutbound(BIZ, 'c3', SERVICE));
    });
  });
});

group('other paths', () => {
  bench('onCustomerMessage (record activity, greeting/away, decide replies)', async () => {
    clock.time += 1;
    do_not_optimize(await gateway.onCustomerMessage({ business: BIZ, customer: inWindow(), text: 'hello' }));
  });
  bench('foldConsent (pure, 2 records)', () => {
    do_not_optimize(foldConsent(records));
  });
});

const results = await run();
console.log('\ndecisions per second (1e9 / average ns):');
for (const trial of results.benchmarks) {
  const stats = trial.runs[0]?.stats;
  if (stats !== undefined) console.log(`  ${trial.alias.padEnd(70)} ${Math.round(1e9 / stats.avg).toLocaleString('en-US').padStart(12)}/s`);
}
