import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CryptoBackend } from '../../src/crypto/backend.js';
import { nobleCrypto } from '../../src/crypto/noble.js';

/*
 * HMAC-SHA256 known answers: every case of Wycheproof hmac_sha256_test.json (provenance:
 * test/vectors/README.md). The backend always returns the full 32-byte tag; a group with
 * tagSize < 256 compares the first tagSize/8 bytes. "valid" means the computed tag prefix equals
 * `tag`; "invalid" (ModifiedTag) means it does not.
 *
 * Derived 8-byte-truncation checks (Signal's SignalMessage MAC is the first 8 bytes of an
 * HMAC-SHA256): for every valid case the first 8 computed bytes equal the first 8 expected bytes,
 * and every modification that changes a bit inside the first 64 bits of the tag is caught by an
 * 8-byte comparison.
 */

const backends: CryptoBackend[] = [nobleCrypto];

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;

interface MacTest {
  tcId: number;
  comment: string;
  flags: string[];
  key: string;
  msg: string;
  tag: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface MacGroup {
  keySize: number;
  tagSize: number;
  tests: MacTest[];
}
interface MacFile {
  numberOfTests: number;
  testGroups: MacGroup[];
}

const wycheproof = load<MacFile>('wycheproof_hmac_sha256.json');
const cases = wycheproof.testGroups.flatMap((g) => g.tests.map((t) => ({ ...t, tagSize: g.tagSize })));

/** True when the Wycheproof modification described by `comment` changes some bit of tag bytes 0..7. */
function modifiesFirst64Bits(comment: string): boolean {
  const flipped = /^Flipped bits? ([\d and]+) in tag$/.exec(comment);
  if (flipped) return flipped[1]!.split(' and ').some((b) => Number(b) < 64);
  return ['all bits of tag flipped', 'msbs changed in tag', 'lsbs changed in tag'].includes(comment);
}

describe.each(backends)('HMAC-SHA256 known answers ($name backend)', (backend) => {
  it('holds every test case of Wycheproof hmac_sha256_test.json', () => {
    expect(cases).toHaveLength(wycheproof.numberOfTests);
  });

  it('computes the expected tag (full or truncated to tagSize) for every valid case', () => {
    const failures: string[] = [];
    for (const t of cases.filter((c) => c.result === 'valid')) {
      const tag = toHex(backend.hmacSha256(hex(t.key), hex(t.msg)).subarray(0, t.tagSize / 8));
      if (tag !== t.tag) failures.push(`tcId ${t.tcId} gave ${tag}`);
    }
    expect(failures).toEqual([]);
  });

  it('never reproduces a modified tag (every invalid case compares unequal)', () => {
    const invalid = cases.filter((c) => c.result === 'invalid');
    expect(invalid.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const t of invalid) {
      const tag = toHex(backend.hmacSha256(hex(t.key), hex(t.msg)).subarray(0, t.tagSize / 8));
      if (tag === t.tag) failures.push(`tcId ${t.tcId} (${t.comment}) matched`);
    }
    expect(failures).toEqual([]);
  });

  it('agrees with every valid tag when both are truncated to 8 bytes', () => {
    const failures: string[] = [];
    for (const t of cases.filter((c) => c.result === 'valid')) {
      const tag8 = toHex(backend.hmacSha256(hex(t.key), hex(t.msg)).subarray(0, 8));
      if (tag8 !== t.tag.slice(0, 16)) failures.push(`tcId ${t.tcId} gave ${tag8}`);
    }
    expect(failures).toEqual([]);
  });

  it('rejects, at 8-byte truncation, every modified tag whose change touches the first 64 bits', () => {
    const touched = cases.filter((c) => c.result === 'invalid' && modifiesFirst64Bits(c.comment));
    expect(touched.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const t of touched) {
      const tag8 = toHex(backend.hmacSha256(hex(t.key), hex(t.msg)).subarray(0, 8));
      if (tag8 === t.tag.slice(0, 16)) failures.push(`tcId ${t.tcId} (${t.comment}) matched`);
    }
    expect(failures).toEqual([]);
  });
});
