// The bench report's floor section: sums of measured primitives against each scenario's strictest
// target (bench/floors.ts, bench/report.ts). Costs here are made up; nothing is timed.
import { describe, expect, it } from 'vitest';
import { floors, measurePrimitives, PRIMITIVES, type PrimitiveCost } from '../../bench/floors.js';
import { markdown, type RunReport, toJson } from '../../bench/report.js';
import type { Result, ScenarioId } from '../../bench/scenarios.js';
import type { ImplId } from '../../bench/adapters/adapter.js';

const cost = (values: Partial<Record<(typeof PRIMITIVES)[number], number>>): PrimitiveCost[] =>
  PRIMITIVES.map((id) => ({ id, min_us: values[id] ?? 1 }));

const result = (scenario: ScenarioId, impl: ImplId, mean_us: number): Result => ({
  scenario,
  impl,
  mean_us,
  p50_us: mean_us,
  p99_us: mean_us,
  max_us: mean_us,
  ops: 1,
});

function run(primitives: PrimitiveCost[], results: Result[]): RunReport {
  return {
    node: 'v20',
    cpu: 'test cpu',
    cores: 2,
    mode: 'quick',
    date: '2026-11-25',
    durationSeconds: 1,
    load: { start: [0, 0, 0], end: [0, 0, 0] },
    libraries: {},
    missing: {},
    results,
    records: [],
    tails: [],
    primitives,
  };
}

describe('bench floors', () => {
  it('sums the primitives each scenario cannot avoid', () => {
    const list = floors(
      cost({
        'x25519-agree': 20,
        'x25519-agree-new-public': 30,
        'x25519-new-key-pair': 25,
        'ed25519-sign': 22,
        'aes256-cbc-encrypt-1m': 1000,
        'aes256-cbc-decrypt-1m': 300,
        'hmac-sha256-1m': 500,
        'sha256-1m': 510,
      }),
    );
    const floorOf = (s: ScenarioId) => list.find((f) => f.scenario === s)?.floor_us;
    expect(floorOf('pingpong')).toBe(75);
    expect(floorOf('group-encrypt')).toBe(22);
    expect(floorOf('group-decrypt')).toBe(1);
    expect(floorOf('media1m-encrypt')).toBe(2520);
    expect(floorOf('media1m-decrypt')).toBe(1820);
  });

  it('reports the budget left under the strictest target, negative when the primitives exceed it', () => {
    const md = markdown(
      run(cost({ 'x25519-agree': 20, 'x25519-agree-new-public': 30, 'x25519-new-key-pair': 25, 'hmac-sha256-1m': 500, 'sha256-1m': 500, 'aes256-cbc-decrypt-1m': 300 }), [
        // pingpong target: 0.6 × 200 = 120 µs → 45 µs left after 75 µs of primitives.
        result('pingpong', 'parley-node', 150),
        result('pingpong', 'libsignal-client', 200),
        // media1m-decrypt target: 1.0 × 900 = 900 µs against 1,800 µs of primitives.
        result('media1m-decrypt', 'parley-node', 1900),
        result('media1m-decrypt', 'libsignal-node', 900),
      ]),
    );
    expect(md).toContain('| pingpong | 75.0 | the DH ratchet step: agree + agree with the new public key + new key pair | 120 | 45.0 | 150 |');
    expect(md).toContain('| media1m-decrypt | 1,800 | AES-CBC decrypt + HMAC + SHA-256 of blob and plaintext | 900 | **−900** | 1,900 |');
  });

  it('writes the primitives to the JSON document', () => {
    const json = toJson(run(cost({ 'ed25519-sign': 22 }), [])) as { primitives: { id: string; min_us: number }[] };
    expect(json.primitives).toHaveLength(PRIMITIVES.length);
    expect(json.primitives.find((p) => p.id === 'ed25519-sign')?.min_us).toBe(22);
  });

  it('leaves the section out when no primitives were measured', () => {
    expect(markdown(run([], []))).not.toContain('## Floors');
  });

  it('measures every primitive with the node backend', () => {
    const measured = measurePrimitives(0.01);
    expect(measured.map((p) => p.id)).toEqual([...PRIMITIVES]);
    for (const p of measured) expect(p.min_us).toBeGreaterThan(0);
  });
});
