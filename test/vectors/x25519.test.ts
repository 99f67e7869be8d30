import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CryptoBackend } from '../../src/crypto/backend.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { ProtocolError } from '../../src/errors.js';
import { agree } from '../../src/keys/curve.js';

/*
 * X25519 known answers: RFC 7748 §5.2 and §6.1, libsignal's test_agreement, and every case of
 * Wycheproof x25519_test.json. Provenance of each data file: test/vectors/README.md.
 *
 * Mapping of Wycheproof results onto parley:
 * - "valid": the backend returns exactly `shared`.
 * - flags include ZeroSharedSecret or LowOrderPublic: the peer key is non-contributory. The raw
 *   backend contract (backend.ts) lets x25519 either throw or return the all-zero output for the
 *   caller to reject, so at backend level we require "throws, or returns all zeros" (never some
 *   other value); at parley level, `agree` (src/keys/curve.ts) MUST throw ProtocolError with code
 *   NonContributoryKey (or InvalidKey when the key is also non-canonical, u >= 2^255 - 19).
 * - any other "acceptable" case (twist points, non-canonical u, edge cases): when the backend does
 *   not throw, its output must equal `shared`; `agree` either returns `shared` or, for a
 *   non-canonical u, rejects with InvalidKey (parley only accepts canonical keys on the wire).
 */

const backends: CryptoBackend[] = [nobleCrypto];

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
const isAllZero = (b: Uint8Array): boolean => b.every((x) => x === 0);
const serialize = (u: Uint8Array): Uint8Array => Uint8Array.of(0x05, ...u);

interface Rfc7748 {
  scalarMultiplication: { name: string; scalar: string; u: string; output: string }[];
  iterated: { start: string; after1: string; after1000: string };
  diffieHellman: { alicePrivate: string; alicePublic: string; bobPrivate: string; bobPublic: string; shared: string };
}
interface LibsignalCurve {
  testAgreement: { alicePrivate: string; alicePublic: string; bobPrivate: string; bobPublic: string; shared: string };
}
interface XdhTest {
  tcId: number;
  comment: string;
  flags: string[];
  public: string;
  private: string;
  shared: string;
  result: 'valid' | 'acceptable' | 'invalid';
}
interface XdhFile {
  numberOfTests: number;
  testGroups: { curve: string; tests: XdhTest[] }[];
}

const rfc = load<Rfc7748>('rfc7748_x25519.json');
const libsignal = load<LibsignalCurve>('libsignal_curve25519.json');
const wycheproof = load<XdhFile>('wycheproof_x25519.json');
const cases = wycheproof.testGroups.flatMap((g) => g.tests);
const isLowOrder = (t: XdhTest): boolean => t.flags.includes('ZeroSharedSecret') || t.flags.includes('LowOrderPublic');

/** u < p = 2^255 - 19 over all 256 bits, as parley's key parser requires. */
function isCanonical(u: Uint8Array): boolean {
  let n = 0n;
  for (let i = 31; i >= 0; i--) n = (n << 8n) | BigInt(u[i]!);
  return n < 2n ** 255n - 19n;
}

type Outcome = { threw: true; error: unknown } | { threw: false; value: Uint8Array };
function attempt(f: () => Uint8Array): Outcome {
  try {
    return { threw: false, value: f() };
  } catch (error) {
    return { threw: true, error };
  }
}

describe.each(backends)('X25519 known answers ($name backend)', (backend) => {
  describe('RFC 7748', () => {
    it.each(rfc.scalarMultiplication)('computes the §5.2 scalar multiplication "$name"', (v) => {
      expect(toHex(backend.x25519(hex(v.scalar), hex(v.u)))).toBe(v.output);
    });

    it('reproduces the §5.2 iterated test after 1 and after 1,000 iterations', () => {
      let k = hex(rfc.iterated.start);
      let u = hex(rfc.iterated.start);
      for (let i = 1; i <= 1000; i++) {
        const next = backend.x25519(k, u);
        u = k;
        k = next;
        if (i === 1) expect(toHex(k)).toBe(rfc.iterated.after1);
      }
      expect(toHex(k)).toBe(rfc.iterated.after1000);
    });

    it('derives the §6.1 Alice and Bob public keys and both sides agree on the shared secret', () => {
      const dh = rfc.diffieHellman;
      expect(toHex(backend.x25519PublicKey(hex(dh.alicePrivate)))).toBe(dh.alicePublic);
      expect(toHex(backend.x25519PublicKey(hex(dh.bobPrivate)))).toBe(dh.bobPublic);
      expect(toHex(backend.x25519(hex(dh.alicePrivate), hex(dh.bobPublic)))).toBe(dh.shared);
      expect(toHex(backend.x25519(hex(dh.bobPrivate), hex(dh.alicePublic)))).toBe(dh.shared);
    });

    it('agree() gives the §6.1 shared secret for 0x05-serialized keys in both directions', () => {
      const dh = rfc.diffieHellman;
      expect(toHex(agree(backend, hex(dh.alicePrivate), serialize(hex(dh.bobPublic))))).toBe(dh.shared);
      expect(toHex(agree(backend, hex(dh.bobPrivate), serialize(hex(dh.alicePublic))))).toBe(dh.shared);
    });
  });

  it('matches libsignal test_agreement: both public keys and the shared secret', () => {
    const v = libsignal.testAgreement;
    expect(toHex(backend.x25519PublicKey(hex(v.alicePrivate)))).toBe(v.alicePublic);
    expect(toHex(backend.x25519PublicKey(hex(v.bobPrivate)))).toBe(v.bobPublic);
    expect(toHex(backend.x25519(hex(v.alicePrivate), hex(v.bobPublic)))).toBe(v.shared);
    expect(toHex(backend.x25519(hex(v.bobPrivate), hex(v.alicePublic)))).toBe(v.shared);
  });

  describe('Wycheproof x25519_test.json', () => {
    it('holds every test case of the file', () => {
      expect(cases).toHaveLength(wycheproof.numberOfTests);
      expect(cases.filter(isLowOrder).length).toBeGreaterThan(0);
    });

    it('computes the expected shared secret for every "valid" case', () => {
      const failures: string[] = [];
      for (const t of cases.filter((c) => c.result === 'valid')) {
        const r = attempt(() => backend.x25519(hex(t.private), hex(t.public)));
        if (r.threw) failures.push(`tcId ${t.tcId} threw`);
        else if (toHex(r.value) !== t.shared) failures.push(`tcId ${t.tcId} gave ${toHex(r.value)}`);
      }
      expect(failures).toEqual([]);
    });

    it('never yields a usable secret for a low-order or zero-shared-secret public key (throws or returns all zeros)', () => {
      const failures: string[] = [];
      for (const t of cases.filter(isLowOrder)) {
        expect(isAllZero(hex(t.shared))).toBe(true);
        const r = attempt(() => backend.x25519(hex(t.private), hex(t.public)));
        if (!r.threw && !isAllZero(r.value)) failures.push(`tcId ${t.tcId} gave ${toHex(r.value)}`);
      }
      expect(failures).toEqual([]);
    });

    it('returns the expected shared secret for every other "acceptable" case it does not reject', () => {
      const failures: string[] = [];
      for (const t of cases.filter((c) => c.result === 'acceptable' && !isLowOrder(c))) {
        const r = attempt(() => backend.x25519(hex(t.private), hex(t.public)));
        if (!r.threw && toHex(r.value) !== t.shared) failures.push(`tcId ${t.tcId} gave ${toHex(r.value)}`);
      }
      expect(failures).toEqual([]);
    });

    it('agree() rejects every Wycheproof low-order public key with NonContributoryKey or InvalidKey', () => {
      const failures: string[] = [];
      for (const t of cases.filter(isLowOrder)) {
        const r = attempt(() => agree(backend, hex(t.private), serialize(hex(t.public))));
        if (!r.threw) {
          failures.push(`tcId ${t.tcId} accepted`);
          continue;
        }
        const ok = ProtocolError.is(r.error, 'NonContributoryKey') || ProtocolError.is(r.error, 'InvalidKey');
        if (!ok) failures.push(`tcId ${t.tcId} threw ${String(r.error)}`);
        // A canonical key can only be refused for being non-contributory.
        if (isCanonical(hex(t.public)) && !ProtocolError.is(r.error, 'NonContributoryKey')) {
          failures.push(`tcId ${t.tcId} (canonical u) threw ${String(r.error)} instead of NonContributoryKey`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('agree() returns the expected shared secret for every "valid" case', () => {
      const failures: string[] = [];
      for (const t of cases.filter((c) => c.result === 'valid')) {
        const r = attempt(() => agree(backend, hex(t.private), serialize(hex(t.public))));
        if (r.threw) failures.push(`tcId ${t.tcId} threw ${String(r.error)}`);
        else if (toHex(r.value) !== t.shared) failures.push(`tcId ${t.tcId} gave ${toHex(r.value)}`);
      }
      expect(failures).toEqual([]);
    });

    it('agree() returns the expected secret for other acceptable cases, or InvalidKey for a non-canonical u', () => {
      const failures: string[] = [];
      for (const t of cases.filter((c) => c.result === 'acceptable' && !isLowOrder(c))) {
        const u = hex(t.public);
        const r = attempt(() => agree(backend, hex(t.private), serialize(u)));
        if (isCanonical(u)) {
          if (r.threw) failures.push(`tcId ${t.tcId} (canonical u) threw ${String(r.error)}`);
          else if (toHex(r.value) !== t.shared) failures.push(`tcId ${t.tcId} gave ${toHex(r.value)}`);
        } else if (!r.threw || !ProtocolError.is(r.error, 'InvalidKey')) {
          failures.push(`tcId ${t.tcId} (non-canonical u) was not rejected with InvalidKey`);
        }
      }
      expect(failures).toEqual([]);
    });
  });
});
