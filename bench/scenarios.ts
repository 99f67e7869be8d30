// The scenarios, run identically for every implementation through its adapter.
//
// Timing: mitata's `measure` runs each scenario for exactly `n` operations (min = max samples,
// no CPU-time floor), one sample per operation (batching off: batch_threshold 0, so p50/p99 are
// per-operation percentiles and not averages of 4,096-op batches), and with no samples trimmed
// (samples_threshold off, so `max` is the real worst operation and `mean` includes every GC
// pause). A full GC runs before each measurement. Per-operation inputs (fresh identities for
// setup, pre-encrypted messages for decrypt) come from mitata's computed parameters, which are
// produced before the timer starts. Every result goes through do_not_optimize and the last one is
// checked after the measurement. The 10,000-encrypt tail loop and the record-size run are separate
// loops (process.hrtime.bigint per operation).
//
// Each scenario is split into rounds (bench/index.ts); every round measures every implementation
// once, in a rotated order, with fresh state, and the rounds' samples are merged. A burst of
// outside load then lands on all implementations rather than on whichever one ran at that moment.
import { randomBytes } from 'node:crypto';
import { do_not_optimize, measure } from 'mitata';
import { type Adapter, assertBytes, type CheckedOp, type Conversation, type ImplId } from './adapters/adapter.js';

export const SCENARIOS = [
  'setup',
  'burst100-encrypt',
  'burst100-decrypt',
  'burst1k-encrypt',
  'burst1k-decrypt',
  'pingpong',
  'media1m-encrypt',
  'media1m-decrypt',
  'group-encrypt',
  'group-decrypt',
  'content-template',
  'cert-verify',
  'gateway-decision',
] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

export const SCENARIO_NOTES: Readonly<Record<ScenarioId, string>> = {
  setup: 'fresh identities; prekey bundle → session built → first message encrypted → decrypted by the responder',
  'burst100-encrypt': '100 B messages, one-way, on an established session',
  'burst100-decrypt': '100 B messages, receiver side, pre-encrypted outside the timed region',
  'burst1k-encrypt': '1 KiB messages, one-way',
  'burst1k-decrypt': '1 KiB messages, receiver side',
  pingpong: '100 B, direction alternates: encrypt + decrypt per message, a DH ratchet step on every reply',
  'media1m-encrypt': "1 MiB: parley encryptMedia (AES-CBC + HMAC + 2× SHA-256); peers: 1 MiB session message",
  'media1m-decrypt': '1 MiB: parley decryptMedia (hash, MAC, decrypt, hash); peers: 1 MiB session message',
  'group-encrypt': 'sender-key encrypt of 100 B, once for the whole group (parley: WhatsApp format)',
  'group-decrypt': 'sender-key decrypt of 100 B, per recipient',
  'content-template': 'parley only: HSM template with localizable params: encode + pad + encrypt + decrypt + validate + render',
  'cert-verify': 'parley only: verifyBusinessCertificate (2 XEdDSA verifications, decode, name rules)',
  'gateway-decision': 'parley only: Gateway.decideOutbound with the in-memory gateway store',
};

/** Operations per scenario and implementation (divisible by the number of rounds: 2 quick, 3 full). */
export interface Sizes {
  readonly setup: number;
  readonly burst: number;
  readonly pingpong: number;
  readonly media: number;
  readonly group: number;
  readonly content: number;
  readonly cert: number;
  readonly gateway: number;
  /** Encrypts in the tail-latency burst. */
  readonly tails: number;
  /** Ping-pong messages before the record is serialized. */
  readonly records: number;
}

export const QUICK: Sizes = { setup: 100, burst: 4_000, pingpong: 500, media: 20, group: 2_000, content: 1_000, cert: 400, gateway: 10_000, tails: 10_000, records: 1_000 };
export const FULL: Sizes = { setup: 300, burst: 15_000, pingpong: 2_100, media: 45, group: 6_000, content: 3_000, cert: 1_500, gateway: 60_000, tails: 10_000, records: 1_000 };

export interface Result {
  readonly scenario: ScenarioId;
  readonly impl: ImplId;
  readonly mean_us: number | null;
  readonly p50_us: number | null;
  readonly p99_us: number | null;
  readonly max_us: number | null;
  /** Timed operations (0 when absent). */
  readonly ops: number;
  /** Why the scenario is absent for this implementation (not written to the JSON). */
  readonly absent?: string;
}

export interface RecordSize {
  readonly impl: ImplId;
  /** The larger of the two sides' serialized records. */
  readonly bytes: number;
  readonly initiator: number;
  readonly responder: number;
}

export interface Tail {
  readonly impl: ImplId;
  readonly p50_us: number;
  readonly p99_us: number;
  readonly max_us: number;
  readonly over10ms: number;
  /** Wall time of the whole burst. */
  readonly total_ms: number;
}

const payload100 = new Uint8Array(randomBytes(100));
const payload1k = new Uint8Array(randomBytes(1024));
let payload1m: Uint8Array | undefined;
const mebibyte = (): Uint8Array => (payload1m ??= new Uint8Array(randomBytes(1024 * 1024)));

/** Untimed operations run before each measurement (JIT warm-up), plus mitata's own warm-up. */
const warmupFor = (n: number): number => Math.max(2, Math.min(200, Math.ceil(n / 10)));
/** mitata itself runs up to 3 operations before the timed loop. */
const MITATA_WARMUP = 3;

export interface Runner {
  readonly gc: () => void;
  readonly sizes: Sizes;
}

type Stats = Awaited<ReturnType<typeof measure>>;

function options(n: number, gc: () => void) {
  return {
    min_samples: n,
    max_samples: n,
    min_cpu_time: 0,
    batch_threshold: 0,
    samples_threshold: Number.MAX_SAFE_INTEGER,
    gc,
  };
}

/**
 * Merges the samples of several rounds and summarizes them with mitata's own formulas (avg of all
 * samples; pN = sorted[(N/100 · (len − 1)) | 0]; max = the largest sample).
 */
export function summarize(scenario: ScenarioId, impl: ImplId, rounds: readonly (readonly number[])[]): Result {
  const all = Float64Array.from(rounds.flat()).sort();
  if (all.length === 0) return absent(scenario, impl, 'no samples');
  const us = (ns: number): number => Math.round(ns / 10) / 100;
  const at = (q: number) => all[(q * (all.length - 1)) | 0]!;
  const sum = all.reduce((a, v) => a + v, 0);
  return { scenario, impl, mean_us: us(sum / all.length), p50_us: us(at(0.5)), p99_us: us(at(0.99)), max_us: us(all[all.length - 1]!), ops: all.length };
}

/** Sizes for one of `rounds` rounds (the tail and record runs are not split). */
export function perRound(sizes: Sizes, rounds: number): Sizes {
  const part = (n: number) => Math.max(1, Math.ceil(n / rounds));
  return {
    setup: part(sizes.setup),
    burst: part(sizes.burst),
    pingpong: part(sizes.pingpong),
    media: part(sizes.media),
    group: part(sizes.group),
    content: part(sizes.content),
    cert: part(sizes.cert),
    gateway: part(sizes.gateway),
    tails: sizes.tails,
    records: sizes.records,
  };
}

export function absent(scenario: ScenarioId, impl: ImplId, reason: string): Result {
  return { scenario, impl, mean_us: null, p50_us: null, p99_us: null, max_us: null, ops: 0, absent: reason };
}

/** Times `n` calls of `op`; `check` then sees the last result. */
async function timeOp(runner: Runner, n: number, op: () => Promise<unknown> | unknown, check: (last: unknown) => void): Promise<Stats> {
  let last: unknown;
  for (let i = warmupFor(n); i > 0; i--) last = await op();
  check(last);
  const stats = await measure(async () => {
    last = await op();
    do_not_optimize(last);
  }, options(n, runner.gc));
  check(last);
  return stats;
}

/**
 * Times `n` calls of `op(input)`, each input produced (untimed) by `next` as a mitata computed
 * parameter; `next` is also called for the warm-up operations.
 */
async function timeWithInput<T>(runner: Runner, n: number, next: () => Promise<T> | T, op: (input: T) => Promise<unknown> | unknown, check: (last: unknown) => void): Promise<Stats> {
  let last: unknown;
  for (let i = warmupFor(n); i > 0; i--) last = await op(await next());
  check(last);
  const generator = function* () {
    yield {
      [0]: next,
      async bench(input: T) {
        last = await op(input);
        do_not_optimize(last);
      },
    };
  };
  // mitata's typings describe generators yielding a bare function; the computed-parameter form
  // ({ [0]: producer, bench(input) }) is the documented one for per-iteration inputs.
  const stats = await measure(generator as unknown as () => Generator<() => unknown, void, undefined>, options(n, runner.gc));
  check(last);
  return stats;
}

/** Messages pre-encrypted by `produce` for every operation `timeWithInput` will run, then handed out in order. */
async function pool(n: number, produce: () => Promise<unknown> | unknown): Promise<() => unknown> {
  const items: unknown[] = [];
  for (let i = warmupFor(n) + MITATA_WARMUP + n; i > 0; i--) items.push(await produce());
  let index = 0;
  return () => {
    if (index >= items.length) throw new Error('message pool exhausted');
    const item = items[index];
    items[index++] = undefined;
    return item;
  };
}

const isPresent = (label: string) => (last: unknown) => {
  if (last === undefined || last === null) throw new Error(`${label}: no result`);
};

/** One measurement of `scenario`: mitata's per-operation samples (ns), or why it is absent. */
export async function runScenario(runner: Runner, adapter: Adapter, scenario: ScenarioId): Promise<readonly number[] | { readonly absent: string }> {
  const { sizes } = runner;
  const done = (stats: Stats): readonly number[] => stats.samples;
  const burst = async (bytes: Uint8Array, side: 'encrypt' | 'decrypt', n: number) => {
    const conversation = await adapter.connect();
    const plaintext = conversation.plaintext(bytes);
    if (side === 'encrypt') return done(await timeOp(runner, n, () => conversation.encrypt('a', plaintext), isPresent(scenario)));
    const next = await pool(n, () => conversation.encrypt('a', plaintext));
    return done(await timeWithInput(runner, n, next, (m) => conversation.decrypt('b', m), (last) => assertBytes(scenario, last, bytes)));
  };

  switch (scenario) {
    case 'setup':
      return done(
        await timeWithInput(runner, sizes.setup, () => adapter.prepareSetup(payload100), (run) => run(), (last) => assertBytes(scenario, last, payload100)),
      );
    case 'burst100-encrypt':
      return burst(payload100, 'encrypt', sizes.burst);
    case 'burst100-decrypt':
      return burst(payload100, 'decrypt', sizes.burst);
    case 'burst1k-encrypt':
      return burst(payload1k, 'encrypt', sizes.burst);
    case 'burst1k-decrypt':
      return burst(payload1k, 'decrypt', sizes.burst);
    case 'pingpong': {
      const conversation = await adapter.connect();
      const plaintext = conversation.plaintext(payload100);
      let turn = 0;
      const op = async () => {
        const [from, to] = turn++ % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
        return conversation.decrypt(to, await conversation.encrypt(from, plaintext));
      };
      return done(await timeOp(runner, sizes.pingpong, op, (last) => assertBytes(scenario, last, payload100)));
    }
    case 'media1m-encrypt':
    case 'media1m-decrypt': {
      const bytes = mebibyte();
      const media = adapter.media;
      if (media !== undefined) {
        if (scenario === 'media1m-encrypt') return done(await timeOp(runner, sizes.media, () => media.encrypt(bytes), isPresent(scenario)));
        const next = await pool(sizes.media, () => media.encrypt(bytes));
        return done(await timeWithInput(runner, sizes.media, next, (e) => media.decrypt(e), (last) => assertBytes(scenario, last, bytes)));
      }
      return burst(bytes, scenario === 'media1m-encrypt' ? 'encrypt' : 'decrypt', sizes.media);
    }
    case 'group-encrypt':
    case 'group-decrypt': {
      if (adapter.group === undefined) return { absent: 'no group (sender-key) API' };
      const group = await adapter.group();
      const plaintext = group.plaintext(payload100);
      if (scenario === 'group-encrypt') return done(await timeOp(runner, sizes.group, () => group.encrypt(plaintext), isPresent(scenario)));
      const next = await pool(sizes.group, () => group.encrypt(plaintext));
      return done(await timeWithInput(runner, sizes.group, next, (m) => group.decrypt(m), (last) => assertBytes(scenario, last, payload100)));
    }
    case 'content-template':
    case 'cert-verify':
    case 'gateway-decision': {
      const only = adapter.parleyOnly;
      if (only === undefined) return { absent: 'parley-only scenario' };
      let op: CheckedOp;
      let n: number;
      if (scenario === 'content-template') [op, n] = [await only.contentTemplate(), sizes.content];
      else if (scenario === 'cert-verify') [op, n] = [await only.certVerify(), sizes.cert];
      else [op, n] = [await only.gatewayDecision(), sizes.gateway];
      return done(await timeOp(runner, n, () => op.run(), (last) => op.check(last)));
    }
  }
}

/** 10,000 (sizes.tails) encrypts of 100 B on an established session, each timed on its own. */
export async function runTails(runner: Runner, adapter: Adapter): Promise<Tail> {
  const conversation: Conversation = await adapter.connect();
  const plaintext = conversation.plaintext(payload100);
  for (let i = 0; i < 200; i++) do_not_optimize(await conversation.encrypt('a', plaintext));
  const n = runner.sizes.tails;
  const times = new Float64Array(n);
  runner.gc();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const message = await conversation.encrypt('a', plaintext);
    const t1 = process.hrtime.bigint();
    do_not_optimize(message);
    times[i] = Number(t1 - t0) / 1_000;
  }
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  const over10ms = times.reduce((count, t) => (t > 10_000 ? count + 1 : count), 0);
  const sorted = Float64Array.from(times).sort();
  const at = (q: number) => Math.round(sorted[Math.floor(q * (n - 1))]! * 100) / 100;
  return { impl: adapter.impl, p50_us: at(0.5), p99_us: at(0.99), max_us: Math.round(sorted[n - 1]! * 100) / 100, over10ms, total_ms: Math.round(total * 10) / 10 };
}

/** Serialized session record after sizes.records ping-pong messages (every reply a DH step). */
export async function runRecordSize(runner: Runner, adapter: Adapter): Promise<RecordSize> {
  const conversation = await adapter.connect();
  const plaintext = conversation.plaintext(payload100);
  for (let i = 0; i < runner.sizes.records; i++) {
    const [from, to] = i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    assertBytes('record run', await conversation.decrypt(to, await conversation.encrypt(from, plaintext)), payload100);
  }
  const initiator = await conversation.recordBytes('a');
  const responder = await conversation.recordBytes('b');
  return { impl: adapter.impl, bytes: Math.max(initiator, responder), initiator, responder };
}
