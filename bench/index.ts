// The side-by-side bench suite: `npm run bench [-- --quick] [-- --json FILE]`.
// parley (native and @noble backends), libsignal-node and libsignal-client run the same scenarios
// (bench/scenarios.ts) through one adapter each (bench/adapters/). Writes bench/results/latest.md
// and latest.svg (or under --out DIR), and the JSON document with --json FILE. See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Adapter, IMPLS, type ImplId } from './adapters/adapter.js';
import { libsignalClientAdapter } from './adapters/libsignal-client.js';
import { libsignalNodeAdapter } from './adapters/libsignal-node.js';
import { parleyNobleAdapter } from './adapters/parley-noble.js';
import { parleyNodeAdapter } from './adapters/parley-node.js';
import { measurePrimitives, type PrimitiveCost } from './floors.js';
import { markdown, type RunReport, svg, toJson } from './report.js';
import {
  absent,
  FULL,
  perRound,
  QUICK,
  type RecordSize,
  type Result,
  runRecordSize,
  runScenario,
  runTails,
  SCENARIOS,
  type ScenarioId,
  summarize,
  type Tail,
} from './scenarios.js';

interface Cli {
  quick: boolean;
  json: string | undefined;
  out: string;
  scenarios: readonly ScenarioId[];
  impls: readonly ImplId[];
  extras: boolean;
  /** Seconds to wait for the 1-minute load average to drop below 0.3 before starting. */
  waitIdle: number;
}

const here = dirname(fileURLToPath(import.meta.url));

function usage(message: string): never {
  console.error(`${message}
usage: npm run bench -- [--quick] [--json FILE] [--out DIR] [--only SCENARIO,…] [--impl IMPL,…] [--no-extras] [--wait-idle SECONDS]
  scenarios: ${SCENARIOS.join(', ')}
  impls:     ${IMPLS.join(', ')}`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Cli {
  const cli: Cli = { quick: false, json: undefined, out: join(here, 'results'), scenarios: SCENARIOS, impls: IMPLS, extras: true, waitIdle: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    switch (flag) {
      case '--quick':
        cli.quick = true;
        break;
      case '--json':
        cli.json = resolve(value());
        break;
      case '--out':
        cli.out = resolve(value());
        break;
      case '--only': {
        const list = value().split(',');
        for (const s of list) if (!(SCENARIOS as readonly string[]).includes(s)) usage(`unknown scenario ${s}`);
        cli.scenarios = list as ScenarioId[];
        break;
      }
      case '--impl': {
        const list = value().split(',');
        for (const s of list) if (!(IMPLS as readonly string[]).includes(s)) usage(`unknown implementation ${s}`);
        cli.impls = list as ImplId[];
        break;
      }
      case '--wait-idle': {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds < 0) usage('--wait-idle needs a number of seconds');
        cli.waitIdle = seconds;
        break;
      }
      case '--no-extras':
        cli.extras = false;
        break;
      default:
        usage(`unknown argument ${arg}`);
    }
  }
  return cli;
}

/** A real full GC (mitata runs it before each measurement); exposed without a node flag. */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing !== undefined) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function describe(r: Result): string {
  if (r.mean_us === null) return `absent (${r.absent ?? ''})`;
  return `mean ${r.mean_us} µs  p50 ${r.p50_us}  p99 ${r.p99_us}  max ${r.max_us}  (${r.ops} ops)`;
}

/** Waits (up to `seconds`) until the 1-minute load average is below 0.3; returns whether it is. */
async function waitForIdle(seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (loadavg()[0]! >= 0.3) {
    if (Date.now() >= deadline) return false;
    log(`  waiting for an idle machine: load average ${loadavg()[0]!.toFixed(2)}`);
    await new Promise((r) => setTimeout(r, 15_000));
  }
  return true;
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  if (cli.waitIdle > 0 && !(await waitForIdle(cli.waitIdle))) log(`  still busy after ${cli.waitIdle} s: running anyway`);
  const loadAtStart = loadavg();
  const gc = exposeGc();
  const sizes = cli.quick ? QUICK : FULL;
  const runner = { gc, sizes };
  const started = performance.now();

  // libsignal-node reports session events on console.info / console.warn.
  console.info = () => undefined;
  console.warn = () => undefined;

  const adapters = new Map<ImplId, Adapter>();
  const missing: Partial<Record<ImplId, string>> = {};
  const node = await parleyNodeAdapter();
  if ('absent' in node) missing['parley-node'] = node.absent;
  else adapters.set('parley-node', node);
  adapters.set('parley-noble', parleyNobleAdapter());
  adapters.set('libsignal-node', libsignalNodeAdapter());
  adapters.set('libsignal-client', libsignalClientAdapter());
  for (const impl of IMPLS) if (!cli.impls.includes(impl) && missing[impl] === undefined) missing[impl] = 'not selected (--impl)';
  const active = IMPLS.filter((impl) => adapters.has(impl) && missing[impl] === undefined);

  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  log(`parley bench: ${cli.quick ? 'quick' : 'full'} run, Node ${process.version}, ${cpu} × ${cpus().length}, load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);
  for (const [impl, reason] of Object.entries(missing)) log(`  ${impl}: not run (${reason})`);

  let failures = 0;
  const results: Result[] = [];
  const rounds = cli.quick ? 2 : 3;
  const roundRunner = { gc, sizes: perRound(sizes, rounds) };
  for (const scenario of cli.scenarios) {
    const samples = new Map<ImplId, number[][]>();
    const absentReason = new Map<ImplId, string>();
    for (let round = 0; round < rounds; round++) {
      // Rotate the order each round so no implementation always runs first (or right after another).
      const order = active.map((_, i) => active[(i + round) % active.length]!);
      for (const impl of order) {
        if (absentReason.has(impl)) continue;
        try {
          const measured = await runScenario(roundRunner, adapters.get(impl)!, scenario);
          if ('absent' in measured) absentReason.set(impl, measured.absent);
          else samples.set(impl, [...(samples.get(impl) ?? []), [...measured]]);
        } catch (e) {
          failures++;
          log(`  ${scenario} · ${impl}: FAILED ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          absentReason.set(impl, `failed: ${e instanceof Error ? e.message : String(e)}`);
          samples.delete(impl);
        }
      }
    }
    for (const impl of IMPLS) {
      const reason = missing[impl] ?? absentReason.get(impl);
      const result = reason !== undefined ? absent(scenario, impl, reason) : summarize(scenario, impl, samples.get(impl) ?? []);
      results.push(result);
      if (missing[impl] === undefined) log(`  ${scenario.padEnd(17)} ${impl.padEnd(17)} ${describe(result)}`);
    }
  }

  const records: RecordSize[] = [];
  const tails: Tail[] = [];
  if (cli.extras) {
    for (const impl of active) {
      const adapter = adapters.get(impl)!;
      try {
        const record = await runRecordSize(runner, adapter);
        records.push(record);
        log(`  record after ${sizes.records} ping-pong  ${impl.padEnd(17)} ${record.bytes} B (initiator ${record.initiator}, responder ${record.responder})`);
        const tail = await runTails(runner, adapter);
        tails.push(tail);
        log(`  tails ${sizes.tails} encrypts     ${impl.padEnd(17)} p50 ${tail.p50_us} µs  p99 ${tail.p99_us}  max ${tail.max_us}  over 10 ms: ${tail.over10ms}  (${tail.total_ms} ms)`);
      } catch (e) {
        failures++;
        log(`  records/tails · ${impl}: FAILED ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
  }

  let primitives: PrimitiveCost[] = [];
  if (cli.extras && active.includes('parley-node')) {
    try {
      primitives = measurePrimitives(cli.quick ? 0.3 : 1);
      for (const p of primitives) log(`  primitive ${p.id.padEnd(24)} ${p.min_us} µs`);
    } catch (e) {
      failures++;
      log(`  primitives: FAILED ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  const libraries: Partial<Record<ImplId, string>> = {};
  for (const impl of active) libraries[impl] = adapters.get(impl)!.library;
  const report: RunReport = {
    node: process.version,
    cpu,
    cores: cpus().length,
    mode: cli.quick ? 'quick' : 'full',
    date: new Date().toISOString().slice(0, 10),
    durationSeconds: (performance.now() - started) / 1000,
    load: { start: loadAtStart, end: loadavg() },
    libraries,
    missing,
    results,
    records,
    tails,
    primitives,
  };

  mkdirSync(cli.out, { recursive: true });
  const md = markdown(report);
  writeFileSync(join(cli.out, 'latest.md'), md);
  writeFileSync(join(cli.out, 'latest.svg'), svg(report));
  if (cli.json !== undefined) {
    mkdirSync(dirname(cli.json), { recursive: true });
    writeFileSync(cli.json, `${JSON.stringify(toJson(report), null, 2)}\n`);
  }
  process.stdout.write(md);
  log(`wrote ${join(cli.out, 'latest.md')}, ${join(cli.out, 'latest.svg')}${cli.json === undefined ? '' : `, ${cli.json}`} in ${report.durationSeconds.toFixed(0)} s`);
  if (failures > 0) {
    log(`${failures} measurement(s) failed`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
