import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CryptoBackend } from '../../src/crypto/backend.js';
import { nobleCrypto } from '../../src/crypto/noble.js';

/*
 * HKDF-SHA256 known answers: RFC 5869 Appendix A.1-A.3 and every case of Wycheproof
 * hkdf_sha256_test.json. Provenance: test/vectors/README.md.
 *
 * The backend has no separate Extract, so the RFC's PRK is checked as HMAC-SHA256(salt, IKM)
 * (RFC 5869 §2.2); an empty salt is passed as an empty array, which the backend (and the RFC)
 * treat as HashLen zero bytes. Wycheproof "invalid" cases ask for more than 255 * 32 bytes and
 * must throw.
 */

const backends: CryptoBackend[] = [nobleCrypto];

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;

interface Rfc5869 {
  tests: { name: string; ikm: string; salt: string; info: string; length: number; prk: string; okm: string }[];
}
interface HkdfTest {
  tcId: number;
  comment: string;
  flags: string[];
  ikm: string;
  salt: string;
  info: string;
  size: number;
  okm: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface HkdfFile {
  numberOfTests: number;
  testGroups: { keySize: number; tests: HkdfTest[] }[];
}

const rfc = load<Rfc5869>('rfc5869_hkdf_sha256.json');
const wycheproof = load<HkdfFile>('wycheproof_hkdf_sha256.json');
const cases = wycheproof.testGroups.flatMap((g) => g.tests);

describe.each(backends)('HKDF-SHA256 known answers ($name backend)', (backend) => {
  describe('RFC 5869 Appendix A', () => {
    it.each(rfc.tests)('derives the OKM of $name', (v) => {
      expect(toHex(backend.hkdfSha256(hex(v.ikm), hex(v.salt), hex(v.info), v.length))).toBe(v.okm);
    });

    it.each(rfc.tests)('computes the PRK of $name as HMAC-SHA256(salt, IKM)', (v) => {
      const salt = v.salt === '' ? new Uint8Array(32) : hex(v.salt);
      expect(toHex(backend.hmacSha256(salt, hex(v.ikm)))).toBe(v.prk);
    });

    it('treats an empty salt exactly like 32 zero bytes (A.3)', () => {
      const v = rfc.tests[2]!;
      expect(toHex(backend.hkdfSha256(hex(v.ikm), new Uint8Array(32), hex(v.info), v.length))).toBe(v.okm);
    });
  });

  describe('Wycheproof hkdf_sha256_test.json', () => {
    it('holds every test case of the file', () => {
      expect(cases).toHaveLength(wycheproof.numberOfTests);
    });

    it('derives the expected output for every "valid" case, including empty salts and 8160-byte outputs', () => {
      const failures: string[] = [];
      for (const t of cases.filter((c) => c.result === 'valid')) {
        try {
          const okm = backend.hkdfSha256(hex(t.ikm), hex(t.salt), hex(t.info), t.size);
          if (toHex(okm) !== t.okm) failures.push(`tcId ${t.tcId} gave a different output`);
        } catch (e) {
          failures.push(`tcId ${t.tcId} threw ${String(e)}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('throws for every output size above 255 * 32 bytes (SizeTooLarge)', () => {
      const invalid = cases.filter((c) => c.result === 'invalid');
      expect(invalid.length).toBeGreaterThan(0);
      for (const t of invalid) {
        expect(t.flags).toContain('SizeTooLarge');
        expect(() => backend.hkdfSha256(hex(t.ikm), hex(t.salt), hex(t.info), t.size), `tcId ${t.tcId}`).toThrow();
      }
    });
  });
});
