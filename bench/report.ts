// Writes a run's markdown report (tables, ratios against each peer, target check) and a
// dependency-free SVG bar chart (one group per scenario, one bar per implementation, log scale).
import { IMPLS, type ImplId } from './adapters/adapter.js';
import { floors, PRIMITIVE_NOTES, type PrimitiveCost } from './floors.js';
import { type RecordSize, type Result, SCENARIO_NOTES, SCENARIOS, type ScenarioId, type Tail } from './scenarios.js';

export interface RunReport {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly mode: 'quick' | 'full';
  readonly date: string;
  readonly durationSeconds: number;
  /** os.loadavg() (1, 5, 15 minutes) when the run started and when it ended. */
  readonly load: { readonly start: readonly number[]; readonly end: readonly number[] };
  /** Library and version of every implementation that ran. */
  readonly libraries: Partial<Record<ImplId, string>>;
  /** Implementations that could not run at all, with the reason. */
  readonly missing: Partial<Record<ImplId, string>>;
  readonly results: readonly Result[];
  readonly records: readonly RecordSize[];
  readonly tails: readonly Tail[];
  /** parley-node's native primitives timed on their own (empty without parley-node or extras). */
  readonly primitives: readonly PrimitiveCost[];
}

/** The JSON document of `--json FILE`. */
export function toJson(run: RunReport): object {
  return {
    node: run.node,
    cpu: run.cpu,
    results: run.results.map((r) => ({
      scenario: r.scenario,
      impl: r.impl,
      mean_us: r.mean_us,
      p50_us: r.p50_us,
      p99_us: r.p99_us,
      max_us: r.max_us,
      ops: r.ops,
    })),
    records: run.records.map((r) => ({ impl: r.impl, bytes: r.bytes })),
    tails: run.tails.map((t) => ({ impl: t.impl, p50_us: t.p50_us, p99_us: t.p99_us, max_us: t.max_us, over10ms: t.over10ms })),
    // Beyond the issue's format: the floor table's inputs (empty when they were not measured).
    primitives: run.primitives.map((p) => ({ id: p.id, min_us: p.min_us })),
  };
}

const PEERS = ['libsignal-node', 'libsignal-client'] as const;
const SHORT: Record<ImplId, string> = { 'parley-node': 'node', 'parley-noble': 'noble', 'libsignal-node': 'lsn', 'libsignal-client': 'lsc' };

function mean(run: RunReport, scenario: ScenarioId, impl: ImplId): number | null {
  return run.results.find((r) => r.scenario === scenario && r.impl === impl)?.mean_us ?? null;
}

function p50(run: RunReport, scenario: ScenarioId, impl: ImplId): number | null {
  return run.results.find((r) => r.scenario === scenario && r.impl === impl)?.p50_us ?? null;
}

function ratio(run: RunReport, scenario: ScenarioId, impl: ImplId, peer: ImplId, of = mean): number | null {
  const a = of(run, scenario, impl);
  const b = of(run, scenario, peer);
  return a === null || b === null || b === 0 ? null : a / b;
}

function us(value: number | null): string {
  if (value === null) return 'absent';
  if (value < 0) return `−${us(-value)}`;
  if (value >= 1000) return Math.round(value).toLocaleString('en-US');
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

const times = (value: number | null): string => (value === null ? '–' : `${value.toFixed(2)}×`);

interface Target {
  readonly label: string;
  /** For ratio targets: parley-node's mean must be at most `limit` × `peer`'s mean in `scenario`. */
  readonly ratio?: { readonly scenario: ScenarioId; readonly impl: ImplId; readonly peer: ImplId; readonly limit: number };
  /** The measured value and whether it meets the target; null when it cannot be computed. */
  evaluate(run: RunReport): { value: string; met: boolean } | null;
}

function ratioTarget(scenario: ScenarioId, impl: ImplId, peer: ImplId, limit: number): Target {
  return {
    label: `${scenario}: ${impl} ≤ ${limit}× ${peer}`,
    ratio: { scenario, impl, peer, limit },
    evaluate(run) {
      const r = ratio(run, scenario, impl, peer);
      return r === null ? null : { value: `${r.toFixed(3)}×`, met: r <= limit };
    },
  };
}

const BURSTS: readonly ScenarioId[] = ['burst100-encrypt', 'burst100-decrypt', 'burst1k-encrypt', 'burst1k-decrypt'];

/** The targets from the "Benchmarks side by side" issue, as ratios of mean µs in the same run. */
export const TARGETS: readonly Target[] = [
  ...BURSTS.map((s) => ratioTarget(s, 'parley-node', 'libsignal-client', 0.33)),
  ...BURSTS.map((s) => ratioTarget(s, 'parley-node', 'libsignal-node', 0.67)),
  ratioTarget('pingpong', 'parley-node', 'libsignal-client', 0.6),
  ratioTarget('setup', 'parley-node', 'libsignal-node', 0.2),
  ratioTarget('group-encrypt', 'parley-node', 'libsignal-client', 0.7),
  ratioTarget('group-decrypt', 'parley-node', 'libsignal-client', 1.25),
  ratioTarget('media1m-encrypt', 'parley-node', 'libsignal-node', 1.0),
  ratioTarget('media1m-decrypt', 'parley-node', 'libsignal-node', 1.0),
  {
    label: 'session record after 1,000 ping-pong messages: parley-node ≤ 1,500 B',
    evaluate(run) {
      const r = run.records.find((x) => x.impl === 'parley-node');
      return r === undefined ? null : { value: `${r.bytes.toLocaleString('en-US')} B`, met: r.bytes <= 1500 };
    },
  },
  {
    label: '10,000-encrypt burst: parley-node has 0 operations over 10 ms',
    evaluate(run) {
      const t = run.tails.find((x) => x.impl === 'parley-node');
      return t === undefined ? null : { value: `${t.over10ms} (max ${us(t.max_us)} µs)`, met: t.over10ms === 0 };
    },
  },
  ...BURSTS.map((s) => ratioTarget(s, 'parley-noble', 'libsignal-client', 1.0)),
];

/** The strictest parley-node target in µs for `scenario` in this run, or null without one. */
function targetMicros(run: RunReport, scenario: ScenarioId): number | null {
  let best: number | null = null;
  for (const t of TARGETS) {
    if (t.ratio === undefined || t.ratio.scenario !== scenario || t.ratio.impl !== 'parley-node') continue;
    const peer = mean(run, scenario, t.ratio.peer);
    if (peer !== null && (best === null || t.ratio.limit * peer < best)) best = t.ratio.limit * peer;
  }
  return best;
}

function floorSection(run: RunReport): string[] {
  if (run.primitives.length === 0) return [];
  const out = ['', '## Floors: parley-node\'s native primitives on their own', ''];
  out.push('The fastest call in this run (each call timed on its own), through the node backend (node:crypto on OpenSSL): a lower bound, the call least disturbed by GC pauses and by page faults on fresh 1 MiB outputs.', '');
  out.push('| primitive | fastest µs | what |', '|---|---:|---|');
  for (const p of run.primitives) out.push(`| ${p.id} | ${us(p.min_us)} | ${PRIMITIVE_NOTES[p.id]} |`);
  out.push('');
  out.push('What the primitives a scenario cannot avoid take, against its strictest target: what is left of the target is the budget for everything else (hashing, AES on the message, encoding, state). A negative budget means no leaner code can meet the target on this backend.', '');
  out.push('| scenario | primitives µs | made of | target µs | left for the rest µs | parley-node mean µs |', '|---|---:|---|---:|---:|---:|');
  for (const f of floors(run.primitives)) {
    const target = targetMicros(run, f.scenario);
    const left = target === null ? null : target - f.floor_us;
    const leftCell = left === null ? 'n/a' : left < 0 ? `**${us(left)}**` : us(left);
    out.push(`| ${f.scenario} | ${us(f.floor_us)} | ${f.made_of} | ${target === null ? 'n/a' : us(target)} | ${leftCell} | ${us(mean(run, f.scenario, 'parley-node'))} |`);
  }
  return out;
}

export function markdown(run: RunReport): string {
  const impls = IMPLS;
  const out: string[] = [];
  out.push('# parley benchmarks: latest run', '');
  out.push(
    `Machine: ${run.cpu}, ${run.cores} cores; Node ${run.node}; ${run.mode === 'quick' ? '`--quick`' : 'full'} run on ${run.date} (${Math.round(run.durationSeconds)} s).`,
  );
  const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  out.push(`Load average (1 / 5 / 15 min) at start ${load(run.load.start)}, at end ${load(run.load.end)}: other processes on the machine inflate means and tails.`);
  out.push('');
  for (const impl of impls) {
    const lib = run.libraries[impl];
    const missing = run.missing[impl];
    out.push(`- **${impl}**: ${lib ?? `not run (${missing ?? 'unknown reason'})`}`);
  }
  out.push('');
  out.push('## Mean µs per operation (lower is better) and ratios of means');
  out.push('');
  out.push('Ratios are parley-node (node) and parley-noble (noble) divided by each peer (lsn = libsignal-node, lsc = libsignal-client); below 1.00× parley is faster.');
  out.push('');
  out.push(`| scenario | ${impls.join(' | ')} | node ÷ lsn | node ÷ lsc | noble ÷ lsn | noble ÷ lsc |`);
  out.push(`|---|${impls.map(() => '---:').join('|')}|---:|---:|---:|---:|`);
  for (const scenario of SCENARIOS) {
    const cells = impls.map((impl) => us(mean(run, scenario, impl)));
    const ratios = (['parley-node', 'parley-noble'] as const).flatMap((impl) => PEERS.map((peer) => times(ratio(run, scenario, impl, peer))));
    out.push(`| ${scenario} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
  }
  out.push('');
  const mb = (scenario: ScenarioId, impl: ImplId) => {
    const m = mean(run, scenario, impl);
    return m === null ? 'absent' : `${((1024 * 1024) / m).toFixed(0)} MB/s`;
  };
  out.push(`1 MiB throughput (1 MiB ÷ mean): encrypt ${impls.map((i) => `${SHORT[i]} ${mb('media1m-encrypt', i)}`).join(', ')}; decrypt ${impls.map((i) => `${SHORT[i]} ${mb('media1m-decrypt', i)}`).join(', ')}.`);
  out.push('');
  out.push('## Per-operation p50 / p99 / max (µs) and operations timed');
  out.push('');
  out.push(`| scenario | ${impls.join(' | ')} |`);
  out.push(`|---|${impls.map(() => '---:').join('|')}|`);
  for (const scenario of SCENARIOS) {
    const cells = impls.map((impl) => {
      const r = run.results.find((x) => x.scenario === scenario && x.impl === impl);
      if (r === undefined || r.mean_us === null) return 'absent';
      return `${us(r.p50_us)} / ${us(r.p99_us)} / ${us(r.max_us)} (${r.ops.toLocaleString('en-US')})`;
    });
    out.push(`| ${scenario} | ${cells.join(' | ')} |`);
  }
  out.push('');
  out.push('Ratios of per-operation p50 (the work itself, without GC pauses and outside load):');
  out.push('');
  out.push('| scenario | node ÷ lsn | node ÷ lsc | noble ÷ lsn | noble ÷ lsc |');
  out.push('|---|---:|---:|---:|---:|');
  for (const scenario of SCENARIOS) {
    if (PEERS.every((peer) => p50(run, scenario, peer) === null)) continue;
    const ratios = (['parley-node', 'parley-noble'] as const).flatMap((impl) => PEERS.map((peer) => times(ratio(run, scenario, impl, peer, p50))));
    out.push(`| ${scenario} | ${ratios.join(' | ')} |`);
  }
  out.push('');
  out.push('## Session record after 1,000 ping-pong messages (serialized bytes)');
  out.push('');
  out.push('| impl | bytes (larger side) | initiator | responder |');
  out.push('|---|---:|---:|---:|');
  for (const r of run.records) out.push(`| ${r.impl} | ${r.bytes.toLocaleString('en-US')} | ${r.initiator.toLocaleString('en-US')} | ${r.responder.toLocaleString('en-US')} |`);
  out.push('');
  out.push('parley: `SessionRecord.serialize()`; libsignal-node: `JSON.stringify(record.serialize())` in UTF-8; libsignal-client: `SessionRecord.serialize()` (includes SPQR state).');
  out.push('');
  out.push('## Tail latency: 10,000 encrypts of 100 B, each timed with process.hrtime.bigint()');
  out.push('');
  out.push('| impl | p50 µs | p99 µs | max µs | ops over 10 ms | burst total ms |');
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const t of run.tails) out.push(`| ${t.impl} | ${us(t.p50_us)} | ${us(t.p99_us)} | ${us(t.max_us)} | ${t.over10ms} | ${t.total_ms.toFixed(1)} |`);
  out.push('');
  out.push('## Targets (ratios of mean µs in this run)');
  out.push('');
  out.push('| target | measured | met |');
  out.push('|---|---:|:---:|');
  for (const target of TARGETS) {
    const e = target.evaluate(run);
    out.push(`| ${target.label} | ${e === null ? 'n/a' : e.value} | ${e === null ? 'n/a' : e.met ? 'yes' : '**no**'} |`);
  }
  out.push(...floorSection(run));
  out.push('');
  out.push('## Scenarios');
  out.push('');
  for (const scenario of SCENARIOS) out.push(`- \`${scenario}\`: ${SCENARIO_NOTES[scenario]}`);
  const absentNotes = new Map<string, string[]>();
  for (const r of run.results) {
    if (r.absent === undefined || run.missing[r.impl] !== undefined) continue;
    const key = `${r.impl}: ${r.absent}`;
    absentNotes.set(key, [...(absentNotes.get(key) ?? []), r.scenario]);
  }
  if (absentNotes.size > 0) {
    out.push('');
    out.push('Absent: ' + [...absentNotes].map(([why, list]) => `${why} (${list.join(', ')})`).join('; ') + '.');
  }
  out.push('');
  out.push('![mean µs per operation, log scale](latest.svg)');
  out.push('');
  return out.join('\n');
}

const COLORS: Record<ImplId, string> = {
  'parley-node': '#1f5fa8',
  'parley-noble': '#8fb8e6',
  'libsignal-node': '#e07b1a',
  'libsignal-client': '#3a9a48',
};

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function axisLabel(microseconds: number): string {
  if (microseconds >= 1e6) return `${microseconds / 1e6} s`;
  if (microseconds >= 1e3) return `${microseconds / 1e3} ms`;
  if (microseconds >= 1) return `${microseconds} µs`;
  return `${microseconds * 1e3} ns`;
}

/** A grouped bar chart of mean µs per operation on a log10 axis. */
export function svg(run: RunReport): string {
  const impls = IMPLS;
  const values = run.results.map((r) => r.mean_us).filter((v): v is number => v !== null && v > 0);
  const lo = Math.floor(Math.log10(Math.min(...values, 1)));
  const hi = Math.ceil(Math.log10(Math.max(...values, 10)));
  const bar = 13;
  const gap = 22;
  const groupWidth = impls.length * bar + gap;
  const left = 72;
  const top = 78;
  const plotHeight = 320;
  const plotWidth = SCENARIOS.length * groupWidth;
  const width = left + plotWidth + 100;
  const height = top + plotHeight + 130;
  const y = (v: number) => top + plotHeight * (1 - (Math.log10(v) - lo) / (hi - lo));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${left}" y="22" font-size="15" font-weight="bold">Mean time per operation (log scale, lower is better)</text>`);
  parts.push(`<text x="${left}" y="40" fill="#555">${escape(`${run.cpu}, ${run.cores} cores · Node ${run.node} · ${run.mode} run · ${run.date}`)}</text>`);
  let lx = left;
  for (const impl of impls) {
    parts.push(`<rect x="${lx}" y="52" width="12" height="12" fill="${COLORS[impl]}"/>`);
    const label = run.libraries[impl] === undefined ? `${impl} (not run)` : impl;
    parts.push(`<text x="${lx + 16}" y="62">${escape(label)}</text>`);
    lx += 16 + label.length * 6.5 + 18;
  }
  for (let d = lo; d <= hi; d++) {
    const v = 10 ** d;
    const gy = y(v);
    parts.push(`<line x1="${left}" y1="${gy.toFixed(1)}" x2="${left + plotWidth}" y2="${gy.toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${(gy + 4).toFixed(1)}" text-anchor="end" fill="#444">${escape(axisLabel(v))}</text>`);
  }
  parts.push(`<text transform="translate(16 ${top + plotHeight / 2}) rotate(-90)" text-anchor="middle" fill="#444">mean per operation (log10)</text>`);
  const base = top + plotHeight;
  SCENARIOS.forEach((scenario, g) => {
    const gx = left + g * groupWidth + gap / 2;
    impls.forEach((impl, i) => {
      const x = gx + i * bar;
      const m = mean(run, scenario, impl);
      if (m === null || m <= 0) {
        parts.push(`<text x="${x + bar / 2}" y="${base - 3}" text-anchor="middle" font-size="9" fill="#999">×</text>`);
        return;
      }
      const by = y(Math.max(m, 10 ** lo));
      parts.push(
        `<rect x="${x}" y="${by.toFixed(1)}" width="${bar - 2}" height="${(base - by).toFixed(1)}" fill="${COLORS[impl]}"><title>${escape(`${scenario} · ${impl}: ${us(m)} µs`)}</title></rect>`,
      );
    });
    const cx = gx + (impls.length * bar) / 2;
    parts.push(`<text transform="translate(${cx.toFixed(1)} ${base + 10}) rotate(40)" fill="#222">${escape(scenario)}</text>`);
  });
  parts.push(`<line x1="${left}" y1="${base}" x2="${left + plotWidth}" y2="${base}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${base}" stroke="#333"/>`);
  parts.push(`<text x="${left}" y="${height - 8}" fill="#777">× = absent (no such API, or parley-only scenario). Bars show the mean of every timed operation, GC pauses included.</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
