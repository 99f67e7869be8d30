import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CryptoBackend } from '../../src/crypto/backend.js';
import { nobleCrypto } from '../../src/crypto/noble.js';

/*
 * AES-256-CBC with PKCS#7 padding: every case of the 256-bit group of Wycheproof
 * aes_cbc_pkcs5_test.json (provenance: test/vectors/README.md). "valid": encrypt(msg) = ct and
 * decrypt(ct) = msg. "invalid" (empty ciphertext, and bad paddings: zero, 0xff, ISO 7816-4,
 * ANSI X.923, ISO 10126, over-long, no padding): decrypt must throw.
 */

const backends: CryptoBackend[] = [nobleCrypto];

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;

interface CbcTest {
  tcId: number;
  comment: string;
  flags: string[];
  key: string;
  iv: string;
  msg: string;
  ct: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface CbcFile {
  numberOfTests: number;
  testGroups: { keySize: number; ivSize: number; tests: CbcTest[] }[];
}

const wycheproof = load<CbcFile>('wycheproof_aes_cbc_pkcs5_256.json');
const cases = wycheproof.testGroups.flatMap((g) => g.tests);

describe.each(backends)('AES-256-CBC/PKCS#7 known answers ($name backend)', (backend) => {
  it('holds every test case of the 256-bit Wycheproof group', () => {
    expect(wycheproof.testGroups.every((g) => g.keySize === 256 && g.ivSize === 128)).toBe(true);
    expect(cases).toHaveLength(wycheproof.numberOfTests);
  });

  it('encrypts every valid message to the expected ciphertext', () => {
    const failures: string[] = [];
    for (const t of cases.filter((c) => c.result === 'valid')) {
      const ct = toHex(backend.aes256CbcEncrypt(hex(t.key), hex(t.iv), hex(t.msg)));
      if (ct !== t.ct) failures.push(`tcId ${t.tcId} gave ${ct}`);
    }
    expect(failures).toEqual([]);
  });

  it('decrypts every valid ciphertext to the expected message', () => {
    const failures: string[] = [];
    for (const t of cases.filter((c) => c.result === 'valid')) {
      try {
        const msg = toHex(backend.aes256CbcDecrypt(hex(t.key), hex(t.iv), hex(t.ct)));
        if (msg !== t.msg) failures.push(`tcId ${t.tcId} gave ${msg}`);
      } catch (e) {
        failures.push(`tcId ${t.tcId} threw ${String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses to decrypt every empty or badly padded ciphertext', () => {
    const invalid = cases.filter((c) => c.result === 'invalid');
    expect(invalid.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const t of invalid) {
      try {
        const msg = backend.aes256CbcDecrypt(hex(t.key), hex(t.iv), hex(t.ct));
        failures.push(`tcId ${t.tcId} (${t.comment}) decrypted to ${toHex(msg)}`);
      } catch {
        // expected
      }
    }
    expect(failures).toEqual([]);
  });
});
