import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cbc } from '@noble/ciphers/aes.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import type { CryptoBackend } from '../../src/crypto/backend.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { createNodeCrypto, type NodeCryptoBackend, nodeCrypto, nodeCryptoInternals } from '../../src/crypto/node.js';
import { ProtocolError } from '../../src/errors.js';
import { agree, seededPrivateKey } from '../../src/keys/curve.js';
import { deriveMessageKeys, messageKeySeed, nextChainKey } from '../../src/ratchet/kdf.js';

/*
 * The node:crypto backend (src/crypto/node.ts) against the known answers of test/vectors/data
 * (provenance: test/vectors/README.md; the files in test/vectors run them for noble only), plus
 * the properties specific to this backend: bounded caches, plain-Uint8Array outputs that alias
 * nothing, value-keyed caches, decrypt failures, and the native base-point multiplication that
 * signing uses. Equality with noble on random inputs: backend-equivalence.test.ts.
 */

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../vectors/data/${name}`, import.meta.url), 'utf8')) as T;
const rand = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
const isAllZero = (b: Uint8Array): boolean => b.every((x) => x === 0);
const serialize = (u: Uint8Array): Uint8Array => Uint8Array.of(0x05, ...u);

function attempt<T>(f: () => T): { threw: true; error: unknown } | { threw: false; value: T } {
  try {
    return { threw: false, value: f() };
  } catch (error) {
    return { threw: true, error };
  }
}

/** The default instance, one with every cache disabled, and one with tiny caches (constant eviction). */
const variants: { label: string; backend: NodeCryptoBackend }[] = [
  { label: 'nodeCrypto', backend: nodeCrypto },
  {
    label: 'uncached',
    backend: createNodeCrypto({ privateKeyCacheSize: 0, publicKeyCacheSize: 0, verifyKeyCacheSize: 0, signingKeyCacheSize: 0 }),
  },
  {
    label: 'tiny caches',
    backend: createNodeCrypto({ privateKeyCacheSize: 2, publicKeyCacheSize: 2, verifyKeyCacheSize: 2, signingKeyCacheSize: 1 }),
  },
];

// ---------------------------------------------------------------------------------------------
// Vector files.

interface Rfc7748 {
  scalarMultiplication: { name: string; scalar: string; u: string; output: string }[];
  iterated: { start: string; after1: string; after1000: string };
  diffieHellman: { alicePrivate: string; alicePublic: string; bobPrivate: string; bobPublic: string; shared: string };
}
interface LibsignalCurve {
  testAgreement: { alicePrivate: string; alicePublic: string; bobPrivate: string; bobPublic: string; shared: string };
  testSignature: { identityPrivate: string; identityPublic: string; message: string; signature: string };
}
interface XdhTest {
  tcId: number;
  flags: string[];
  public: string;
  private: string;
  shared: string;
  result: 'valid' | 'acceptable' | 'invalid';
}
interface Rfc5869 {
  tests: { name: string; ikm: string; salt: string; info: string; length: number; prk: string; okm: string }[];
}
interface HkdfTest {
  tcId: number;
  ikm: string;
  salt: string;
  info: string;
  size: number;
  okm: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface MacTest {
  tcId: number;
  key: string;
  msg: string;
  tag: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface CbcTest {
  tcId: number;
  key: string;
  iv: string;
  msg: string;
  ct: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface LibsignalProtocolC {
  inputs: { privateKeyUnclamped: string; messageLength: number; messageByte: string; random: string };
  curvesigs: { signature: string };
  xeddsa: { signature: string };
}
interface ChainKeyVector {
  chainKey: string;
  messageKey: string;
  macKey: string;
  nextChainKey: string;
}
type Groups<T, G = object> = { numberOfTests: number; testGroups: (G & { tests: T[] })[] };

const rfc7748 = load<Rfc7748>('rfc7748_x25519.json');
const libsignal = load<LibsignalCurve>('libsignal_curve25519.json');
const xdh = load<Groups<XdhTest>>('wycheproof_x25519.json');
const xdhCases = xdh.testGroups.flatMap((g) => g.tests);
const isLowOrder = (t: XdhTest): boolean => t.flags.includes('ZeroSharedSecret') || t.flags.includes('LowOrderPublic');
const rfc5869 = load<Rfc5869>('rfc5869_hkdf_sha256.json');
const hkdfFile = load<Groups<HkdfTest>>('wycheproof_hkdf_sha256.json');
const hkdfCases = hkdfFile.testGroups.flatMap((g) => g.tests);
const hmacFile = load<Groups<MacTest, { tagSize: number }>>('wycheproof_hmac_sha256.json');
const hmacCases = hmacFile.testGroups.flatMap((g) => g.tests.map((t) => ({ ...t, tagSize: g.tagSize })));
const cbcFile = load<Groups<CbcTest>>('wycheproof_aes_cbc_pkcs5_256.json');
const cbcCases = cbcFile.testGroups.flatMap((g) => g.tests);
const protocolC = load<LibsignalProtocolC>('xeddsa_libsignal_protocol_c.json');
const chainKey = load<ChainKeyVector>('libsignal_chain_key.json');

function clamp(k: Uint8Array): Uint8Array {
  const out = Uint8Array.from(k);
  out[0]! &= 248;
  out[31]! &= 127;
  out[31]! |= 64;
  return out;
}

describe.each(variants)('node:crypto backend known answers ($label)', ({ backend }) => {
  it('is named "node"', () => {
    expect(backend.name).toBe('node');
  });

  describe('X25519', () => {
    it.each(rfc7748.scalarMultiplication)('RFC 7748 §5.2 "$name"', (v) => {
      expect(toHex(backend.x25519(hex(v.scalar), hex(v.u)))).toBe(v.output);
    });

    it('RFC 7748 §5.2 iterated, after 1 and 1,000 iterations', () => {
      let k = hex(rfc7748.iterated.start);
      let u = hex(rfc7748.iterated.start);
      for (let i = 1; i <= 1000; i++) {
        const next = backend.x25519(k, u);
        u = k;
        k = next;
        if (i === 1) expect(toHex(k)).toBe(rfc7748.iterated.after1);
      }
      expect(toHex(k)).toBe(rfc7748.iterated.after1000);
      // Bounded however many distinct keys went through.
      const sizes = backend.cacheSizes();
      expect(sizes.privateKeys).toBeLessThanOrEqual(1000);
      expect(sizes.publicKeys).toBeLessThanOrEqual(1000);
    });

    it('RFC 7748 §6.1 and libsignal test_agreement: public keys and shared secrets both ways', () => {
      for (const v of [rfc7748.diffieHellman, libsignal.testAgreement]) {
        expect(toHex(backend.x25519PublicKey(hex(v.alicePrivate)))).toBe(v.alicePublic);
        expect(toHex(backend.x25519PublicKey(hex(v.bobPrivate)))).toBe(v.bobPublic);
        expect(toHex(backend.x25519(hex(v.alicePrivate), hex(v.bobPublic)))).toBe(v.shared);
        expect(toHex(backend.x25519(hex(v.bobPrivate), hex(v.alicePublic)))).toBe(v.shared);
        expect(toHex(agree(backend, hex(v.alicePrivate), serialize(hex(v.bobPublic))))).toBe(v.shared);
      }
    });

    it('Wycheproof: every valid case, every acceptable case it does not reject, and never a usable low-order secret', () => {
      expect(xdhCases).toHaveLength(xdh.numberOfTests);
      const failures: string[] = [];
      let lowOrder = 0;
      for (const t of xdhCases) {
        const r = attempt(() => backend.x25519(hex(t.private), hex(t.public)));
        if (isLowOrder(t)) {
          lowOrder++;
          if (!r.threw && !isAllZero(r.value)) failures.push(`tcId ${t.tcId} (low order) gave ${toHex(r.value)}`);
          const viaAgree = attempt(() => agree(backend, hex(t.private), serialize(hex(t.public))));
          const ok =
            viaAgree.threw &&
            (ProtocolError.is(viaAgree.error, 'NonContributoryKey') || ProtocolError.is(viaAgree.error, 'InvalidKey'));
          if (!ok) failures.push(`tcId ${t.tcId}: agree did not reject`);
        } else if (t.result === 'valid') {
          if (r.threw) failures.push(`tcId ${t.tcId} threw ${String(r.error)}`);
          else if (toHex(r.value) !== t.shared) failures.push(`tcId ${t.tcId} gave ${toHex(r.value)}`);
        } else if (!r.threw && toHex(r.value) !== t.shared) {
          failures.push(`tcId ${t.tcId} (acceptable) gave ${toHex(r.value)}`);
        }
      }
      expect(lowOrder).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });

    it('rejects keys that are not 32 bytes', () => {
      expect(() => backend.x25519(rand(31), rand(32))).toThrow();
      expect(() => backend.x25519(rand(32), rand(33))).toThrow();
      expect(() => backend.x25519PublicKey(rand(33))).toThrow();
    });
  });

  describe('HKDF-SHA256', () => {
    it.each(rfc5869.tests)('RFC 5869 $name (OKM, and PRK as HMAC(salt, IKM))', (v) => {
      expect(toHex(backend.hkdfSha256(hex(v.ikm), hex(v.salt), hex(v.info), v.length))).toBe(v.okm);
      expect(toHex(backend.hmacSha256(hex(v.salt), hex(v.ikm)))).toBe(v.prk);
    });

    it('Wycheproof: every valid case (up to 8,160 bytes), and SizeTooLarge throws', () => {
      expect(hkdfCases).toHaveLength(hkdfFile.numberOfTests);
      const failures: string[] = [];
      for (const t of hkdfCases) {
        const r = attempt(() => backend.hkdfSha256(hex(t.ikm), hex(t.salt), hex(t.info), t.size));
        if (t.result === 'valid') {
          if (r.threw) failures.push(`tcId ${t.tcId} threw ${String(r.error)}`);
          else if (toHex(r.value) !== t.okm) failures.push(`tcId ${t.tcId} differs`);
        } else if (!r.threw) failures.push(`tcId ${t.tcId} (invalid) returned`);
      }
      expect(failures).toEqual([]);
    });

    it('an info longer than hkdfSync allows (1,024 bytes) still works, for short and long outputs', () => {
      const ikm = rand(32);
      const salt = rand(32);
      const info = rand(3000);
      for (const length of [32, 80, 97, 4000]) {
        expect(toHex(backend.hkdfSha256(ikm, salt, info, length))).toBe(toHex(nobleCrypto.hkdfSha256(ikm, salt, info, length)));
      }
    });

    it('an empty salt means 32 zero bytes', () => {
      const ikm = rand(40);
      const info = rand(10);
      for (const length of [32, 80, 200]) {
        expect(toHex(backend.hkdfSha256(ikm, new Uint8Array(0), info, length))).toBe(toHex(backend.hkdfSha256(ikm, new Uint8Array(32), info, length)));
      }
    });

    it('rejects lengths outside 0..8160', () => {
      for (const length of [-1, 8161, 1.5, Number.NaN]) expect(() => backend.hkdfSha256(rand(32), rand(32), rand(4), length)).toThrow();
      expect(backend.hkdfSha256(rand(32), rand(32), rand(4), 0)).toHaveLength(0);
    });
  });

  describe('HMAC-SHA256 and the chain-key step', () => {
    it('Wycheproof: every valid tag (full or truncated) matches, every modified tag does not', () => {
      expect(hmacCases).toHaveLength(hmacFile.numberOfTests);
      const failures: string[] = [];
      for (const t of hmacCases) {
        const tag = toHex(backend.hmacSha256(hex(t.key), hex(t.msg)).subarray(0, t.tagSize / 8));
        if ((tag === t.tag) !== (t.result === 'valid')) failures.push(`tcId ${t.tcId}`);
      }
      expect(failures).toEqual([]);
    });

    it("libsignal test_chain_key_derivation through parley's ratchet KDF", () => {
      const keys = deriveMessageKeys(backend, messageKeySeed(backend, hex(chainKey.chainKey)));
      expect(toHex(keys.cipherKey)).toBe(chainKey.messageKey);
      expect(toHex(keys.macKey)).toBe(chainKey.macKey);
      expect(toHex(nextChainKey(backend, hex(chainKey.chainKey)))).toBe(chainKey.nextChainKey);
    });
  });

  describe('SHA-2', () => {
    it('FIPS 180 "abc" and empty-message digests', () => {
      const abc = new TextEncoder().encode('abc');
      expect(toHex(backend.sha256(abc))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(toHex(backend.sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      expect(toHex(backend.sha512(abc))).toBe(
        'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
      );
    });
  });

  describe('AES-256-CBC/PKCS#7', () => {
    it('Wycheproof: encrypts and decrypts every valid case, and every invalid ciphertext throws', () => {
      expect(cbcCases).toHaveLength(cbcFile.numberOfTests);
      const failures: string[] = [];
      for (const t of cbcCases) {
        const dec = attempt(() => backend.aes256CbcDecrypt(hex(t.key), hex(t.iv), hex(t.ct)));
        if (t.result === 'valid') {
          const ct = toHex(backend.aes256CbcEncrypt(hex(t.key), hex(t.iv), hex(t.msg)));
          if (ct !== t.ct) failures.push(`tcId ${t.tcId} encrypt gave ${ct}`);
          if (dec.threw || toHex(dec.value) !== t.msg) failures.push(`tcId ${t.tcId} decrypt`);
        } else if (!dec.threw) failures.push(`tcId ${t.tcId} (invalid) decrypted`);
      }
      expect(failures).toEqual([]);
    });

    it('throws on bad lengths (0, 15, 17, 31 bytes) and on bad key or IV lengths', () => {
      const key = rand(32);
      const iv = rand(16);
      for (const n of [0, 15, 17, 31]) expect(() => backend.aes256CbcDecrypt(key, iv, rand(n)), `${n} bytes`).toThrow();
      expect(() => backend.aes256CbcEncrypt(rand(16), iv, rand(5))).toThrow();
      expect(() => backend.aes256CbcEncrypt(key, rand(12), rand(5))).toThrow();
      expect(() => backend.aes256CbcDecrypt(rand(31), iv, rand(16))).toThrow();
    });

    it('throws on every kind of bad PKCS#7 padding, as noble does', () => {
      const key = rand(32);
      const iv = rand(16);
      const body = rand(16);
      // Last blocks built by hand and encrypted without padding: each is an invalid PKCS#7 ending.
      const badEndings: number[][] = [
        [...Array(15).fill(7), 0], // pad byte 0
        [...Array(15).fill(7), 17], // pad byte > 16
        [...Array(15).fill(7), 0xff],
        [...Array(13).fill(9), 1, 4, 4], // 4 announced, only 2 match
        [...Array(14).fill(0), 0, 2].map((b, i) => (i === 14 ? 3 : b)), // 2 announced, byte before is 3
        Array(16).fill(0x20), // pad 32 > block size
      ];
      for (const ending of badEndings) {
        const padded = Uint8Array.from([...body, ...ending]);
        const ciphertext = cbc(key, iv, { disablePadding: true }).encrypt(padded);
        expect(() => nobleCrypto.aes256CbcDecrypt(key, iv, ciphertext), `noble ${ending.join(',')}`).toThrow();
        expect(() => backend.aes256CbcDecrypt(key, iv, ciphertext), `node ${ending.join(',')}`).toThrow();
      }
      // A full block of padding is valid.
      const full = cbc(key, iv, { disablePadding: true }).encrypt(Uint8Array.from([...body, ...Array(16).fill(16)]));
      expect(toHex(backend.aes256CbcDecrypt(key, iv, full))).toBe(toHex(body));
    });

    it('round-trips every length from 0 to 80 and a 1 MiB message', () => {
      const key = rand(32);
      const iv = rand(16);
      for (let n = 0; n <= 80; n++) {
        const pt = rand(n);
        const ct = backend.aes256CbcEncrypt(key, iv, pt);
        expect(ct.length).toBe((Math.floor(n / 16) + 1) * 16);
        expect(toHex(backend.aes256CbcDecrypt(key, iv, ct))).toBe(toHex(pt));
      }
      const big = rand(1 << 20);
      const ct = backend.aes256CbcEncrypt(key, iv, big);
      expect(toHex(ct.subarray(ct.length - 64))).toBe(toHex(nobleCrypto.aes256CbcEncrypt(key, iv, big).subarray(ct.length - 64)));
      expect(Buffer.compare(backend.aes256CbcDecrypt(key, iv, ct), big)).toBe(0);
    });
  });

  describe('XEdDSA', () => {
    const cPrivate = clamp(hex(protocolC.inputs.privateKeyUnclamped));
    const cMessage = new Uint8Array(protocolC.inputs.messageLength).fill(Number.parseInt(protocolC.inputs.messageByte, 16));
    const cRandom = hex(protocolC.inputs.random);
    const rs = libsignal.testSignature;

    it('libsignal-protocol-c curvesigs_fast_test: signs byte for byte (clamped or not) and verifies', () => {
      expect(toHex(backend.xeddsaSign(cPrivate, cMessage, cRandom))).toBe(protocolC.curvesigs.signature);
      expect(toHex(backend.xeddsaSign(hex(protocolC.inputs.privateKeyUnclamped), cMessage, cRandom))).toBe(protocolC.curvesigs.signature);
      expect(backend.xeddsaVerify(backend.x25519PublicKey(cPrivate), cMessage, hex(protocolC.curvesigs.signature))).toBe(true);
    });

    it('libsignal-protocol-c xeddsa_fast_test: accepts the spec-XEdDSA signature, rejects a flip and the key 32 x 0xFF', () => {
      const pub = backend.x25519PublicKey(cPrivate);
      const sig = hex(protocolC.xeddsa.signature);
      expect(backend.xeddsaVerify(pub, cMessage, sig)).toBe(true);
      const flipped = Uint8Array.from(sig);
      flipped[0]! ^= 1;
      expect(backend.xeddsaVerify(pub, cMessage, flipped)).toBe(false);
      expect(backend.xeddsaVerify(new Uint8Array(32).fill(0xff), cMessage, sig)).toBe(false);
    });

    it('libsignal test_signature: accepts; rejects bit 0 of each byte flipped, the sign bit flipped, and s >= 2^253', () => {
      expect(backend.xeddsaVerify(hex(rs.identityPublic), hex(rs.message), hex(rs.signature))).toBe(true);
      const accepted: number[] = [];
      for (let i = 0; i < 64; i++) {
        const sig = hex(rs.signature);
        sig[i]! ^= 1;
        if (backend.xeddsaVerify(hex(rs.identityPublic), hex(rs.message), sig)) accepted.push(i);
      }
      expect(accepted).toEqual([]);
      for (const bit of [0x80, 0x40, 0x20]) {
        const sig = hex(rs.signature);
        sig[63]! ^= bit;
        expect(backend.xeddsaVerify(hex(rs.identityPublic), hex(rs.message), sig), `bit 0x${bit.toString(16)}`).toBe(false);
      }
    });

    it('never throws, whatever the lengths', () => {
      expect(backend.xeddsaVerify(rand(31), rand(10), rand(64))).toBe(false);
      expect(backend.xeddsaVerify(rand(32), rand(10), rand(63))).toBe(false);
      expect(backend.xeddsaVerify(rand(32), new Uint8Array(0), new Uint8Array(64))).toBe(false);
    });

    it('signing rejects a bad key or random length like the pure signer', () => {
      expect(() => backend.xeddsaSign(rand(31), rand(5), rand(64))).toThrow('xeddsaSign: bad key or random length');
      expect(() => backend.xeddsaSign(rand(32), rand(5), rand(63))).toThrow('xeddsaSign: bad key or random length');
    });
  });
});

// ---------------------------------------------------------------------------------------------

const backendMethods = (b: CryptoBackend, key: Uint8Array, peer: Uint8Array): Record<string, () => Uint8Array> => ({
  hmacSha256: () => b.hmacSha256(rand(32), rand(10)),
  'hkdfSha256 (HMAC path)': () => b.hkdfSha256(rand(32), rand(32), rand(8), 80),
  'hkdfSha256 (hkdfSync path)': () => b.hkdfSha256(rand(32), rand(32), rand(8), 300),
  sha256: () => b.sha256(rand(10)),
  sha512: () => b.sha512(rand(10)),
  aes256CbcEncrypt: () => b.aes256CbcEncrypt(rand(32), rand(16), rand(20)),
  aes256CbcDecrypt: () => {
    const k = rand(32);
    const iv = rand(16);
    return b.aes256CbcDecrypt(k, iv, b.aes256CbcEncrypt(k, iv, rand(40)));
  },
  x25519: () => b.x25519(key, peer),
  x25519PublicKey: () => b.x25519PublicKey(key),
  xeddsaSign: () => b.xeddsaSign(key, rand(20), rand(64)),
});

describe('node:crypto backend outputs', () => {
  const key = clamp(rand(32));
  const peer = nobleCrypto.x25519PublicKey(rand(32));
  const methods = backendMethods(nodeCrypto, key, peer);

  it.each(Object.keys(methods))('%s returns a plain Uint8Array that owns its whole ArrayBuffer (no Buffer, no pool slab)', (name) => {
    const out = methods[name]!();
    expect(Object.getPrototypeOf(out)).toBe(Uint8Array.prototype);
    expect(Buffer.isBuffer(out)).toBe(false);
    expect(out.byteOffset).toBe(0);
    expect(out.buffer.byteLength).toBe(out.byteLength);
    expect(out.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it('outputs are fresh: mutating one does not change the next result (cached public key included)', () => {
    const first = nodeCrypto.x25519PublicKey(key);
    const expected = toHex(first);
    first.fill(0);
    expect(toHex(nodeCrypto.x25519PublicKey(key))).toBe(expected);
    const shared = nodeCrypto.x25519(key, peer);
    const sharedHex = toHex(shared);
    shared.fill(0);
    expect(toHex(nodeCrypto.x25519(key, peer))).toBe(sharedHex);
    // Two small results never share memory.
    const a = nodeCrypto.sha256(rand(3));
    const b = nodeCrypto.sha256(rand(3));
    expect(a.buffer).not.toBe(b.buffer);
  });

  it('caches are keyed by value: reusing and mutating the same input arrays gives the right answers', () => {
    const b = createNodeCrypto();
    const priv = clamp(rand(32));
    const pub = nobleCrypto.x25519PublicKey(rand(32));
    for (let i = 0; i < 20; i++) {
      expect(toHex(b.x25519PublicKey(priv))).toBe(toHex(nobleCrypto.x25519PublicKey(priv)));
      expect(toHex(b.x25519(priv, pub))).toBe(toHex(nobleCrypto.x25519(priv, pub)));
      const message = rand(12);
      const random = rand(64);
      const signature = b.xeddsaSign(priv, message, random);
      expect(toHex(signature)).toBe(toHex(nobleCrypto.xeddsaSign(priv, message, random)));
      expect(b.xeddsaVerify(nobleCrypto.x25519PublicKey(priv), message, signature)).toBe(true);
      // Mutate in place: the next round uses different keys in the same arrays.
      priv.set(clamp(rand(32)));
      pub.set(nobleCrypto.x25519PublicKey(rand(32)));
    }
  });

  it('inputs are left untouched', () => {
    const priv = rand(32); // unclamped
    const before = toHex(priv);
    const message = rand(33);
    const msgBefore = toHex(message);
    const signature = nodeCrypto.xeddsaSign(priv, message, rand(64));
    const sigBefore = toHex(signature);
    nodeCrypto.xeddsaVerify(nodeCrypto.x25519PublicKey(priv), message, signature);
    nodeCrypto.x25519(priv, nobleCrypto.x25519PublicKey(rand(32)));
    expect(toHex(priv)).toBe(before);
    expect(toHex(message)).toBe(msgBefore);
    expect(toHex(signature)).toBe(sigBefore);
  });

  it('accepts subarray views with offsets into larger buffers', () => {
    const pool = rand(256);
    const key32 = pool.subarray(7, 39);
    const iv = pool.subarray(40, 56);
    const data = pool.subarray(57, 157);
    expect(toHex(nodeCrypto.hmacSha256(key32, data))).toBe(toHex(nobleCrypto.hmacSha256(key32, data)));
    expect(toHex(nodeCrypto.hkdfSha256(data, key32, iv, 80))).toBe(toHex(nobleCrypto.hkdfSha256(data, key32, iv, 80)));
    expect(toHex(nodeCrypto.aes256CbcEncrypt(key32, iv, data))).toBe(toHex(nobleCrypto.aes256CbcEncrypt(key32, iv, data)));
    expect(toHex(nodeCrypto.x25519(key32, pool.subarray(100, 132)))).toBe(toHex(nobleCrypto.x25519(key32, pool.subarray(100, 132))));
    const random = pool.subarray(150, 214);
    expect(toHex(nodeCrypto.xeddsaSign(key32, data, random))).toBe(toHex(nobleCrypto.xeddsaSign(key32, data, random)));
  });
});

/** RFC 8032 Ed25519 (noble) with the public key's sign bit packed into bit 7 of byte 63. */
function packedEd25519(seed: Uint8Array, message: Uint8Array): Uint8Array {
  const signature = ed25519.sign(message, seed);
  signature[63]! |= ed25519.getPublicKey(seed)[31]! & 0x80;
  return signature;
}

describe.each(variants)('signWithSeed: native Ed25519 for seeded keys ($label)', ({ backend }) => {
  it('RFC 8032 §7.1 test 1 (empty message): the signature, with the sign bit of the public key packed', () => {
    const seed = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
    const publicKey = hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const expected = hex(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expected[63]! |= publicKey[31]! & 0x80;
    expect(toHex(backend.signWithSeed(seed, new Uint8Array(0)))).toBe(toHex(expected));
  });

  it('equals packed noble Ed25519 and verifies as XEdDSA under the seed’s Curve25519 key (both backends, both sign bits)', () => {
    const signBits = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const seed = rand(32);
      const message = rand(i * 7);
      const signature = backend.signWithSeed(seed, message);
      expect(toHex(signature)).toBe(toHex(packedEd25519(seed, message)));
      const curvePublic = nobleCrypto.x25519PublicKey(seededPrivateKey(nobleCrypto, seed));
      expect(backend.xeddsaVerify(curvePublic, message, signature)).toBe(true);
      expect(nobleCrypto.xeddsaVerify(curvePublic, message, signature)).toBe(true);
      const flipped = Uint8Array.from(signature);
      flipped[63]! ^= 0x80;
      expect(backend.xeddsaVerify(curvePublic, message, flipped)).toBe(false);
      signBits.add(signature[63]! & 0x80);
    }
    expect(signBits.size).toBe(2);
  });

  it('rejects a seed that is not 32 bytes', () => {
    for (const n of [0, 31, 33, 64]) expect(() => backend.signWithSeed(new Uint8Array(n), new Uint8Array(1))).toThrow();
  });
});

describe('node:crypto backend caches', () => {
  it('never hold more entries than their caps, and stay correct while evicting', () => {
    const caps = { privateKeyCacheSize: 5, publicKeyCacheSize: 7, verifyKeyCacheSize: 3, signingKeyCacheSize: 2 };
    const b = createNodeCrypto(caps);
    const check = () => {
      const s = b.cacheSizes();
      expect(s.privateKeys).toBeLessThanOrEqual(caps.privateKeyCacheSize);
      expect(s.publicKeys).toBeLessThanOrEqual(caps.publicKeyCacheSize);
      expect(s.verifyKeys).toBeLessThanOrEqual(caps.verifyKeyCacheSize);
      expect(s.signingKeys).toBeLessThanOrEqual(caps.signingKeyCacheSize);
    };
    const keys = Array.from({ length: 12 }, () => clamp(rand(32)));
    const pubs = keys.map((k) => nobleCrypto.x25519PublicKey(k));
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < keys.length; i++) {
        const j = (i * 5 + round) % keys.length;
        expect(toHex(b.x25519(keys[i]!, pubs[j]!))).toBe(toHex(nobleCrypto.x25519(keys[i]!, pubs[j]!)));
        check();
        const message = rand(16);
        const signature = b.xeddsaSign(keys[i]!, message, rand(64));
        check();
        expect(b.xeddsaVerify(pubs[i]!, message, signature)).toBe(true);
        check();
        const seeded = b.signWithSeed(keys[j]!, message);
        expect(toHex(seeded)).toBe(toHex(packedEd25519(keys[j]!, message)));
        expect(b.cacheSizes().seedSigningKeys).toBeLessThanOrEqual(caps.signingKeyCacheSize);
      }
    }
    expect(b.cacheSizes()).toEqual({ privateKeys: 5, publicKeys: 7, verifyKeys: 3, signingKeys: 2, seedSigningKeys: 2 });
    b.clearCaches();
    expect(b.cacheSizes()).toEqual({ privateKeys: 0, publicKeys: 0, verifyKeys: 0, signingKeys: 0, seedSigningKeys: 0 });
  });

  it('fills to the default cap of 1,000 and no further', () => {
    const b = createNodeCrypto({ verifyKeyCacheSize: 0, signingKeyCacheSize: 0 });
    const priv = clamp(rand(32));
    for (let i = 0; i < 1100; i++) b.x25519(priv, nobleCrypto.x25519PublicKey(rand(32)));
    expect(b.cacheSizes().publicKeys).toBe(1000);
    expect(b.cacheSizes().privateKeys).toBe(1);
  });

  it('size 0 disables a cache', () => {
    const b = createNodeCrypto({ privateKeyCacheSize: 0, publicKeyCacheSize: 0, verifyKeyCacheSize: 0, signingKeyCacheSize: 0 });
    const priv = clamp(rand(32));
    const pub = b.x25519PublicKey(priv);
    const message = rand(5);
    b.xeddsaVerify(pub, message, b.xeddsaSign(priv, message, rand(64)));
    b.x25519(priv, pub);
    b.signWithSeed(priv, message);
    expect(b.cacheSizes()).toEqual({ privateKeys: 0, publicKeys: 0, verifyKeys: 0, signingKeys: 0, seedSigningKeys: 0 });
  });

  it('rejects invalid cache sizes', () => {
    expect(() => createNodeCrypto({ privateKeyCacheSize: -1 })).toThrow(RangeError);
    expect(() => createNodeCrypto({ publicKeyCacheSize: 1.5 })).toThrow(RangeError);
  });

  it('the verification cache is keyed by (u, sign bit): both sign bits of one key get separate entries', () => {
    const b = createNodeCrypto();
    const rs = libsignal.testSignature;
    const sig = hex(rs.signature);
    expect(b.xeddsaVerify(hex(rs.identityPublic), hex(rs.message), sig)).toBe(true);
    sig[63]! ^= 0x80;
    expect(b.xeddsaVerify(hex(rs.identityPublic), hex(rs.message), sig)).toBe(false);
    expect(b.cacheSizes().verifyKeys).toBe(2);
  });
});

describe('native base-point multiplication used by signing', () => {
  const Point = ed25519.Point;
  const Fp = Point.Fp;
  const L = Point.Fn.ORDER;
  const randomScalar = (): bigint => BigInt(`0x${toHex(rand(40))}`) % L;

  it('its constants are what they claim: u(8⁻¹·B), v(B) and √(−486664) with the sign of the Edwards map', () => {
    const bPrime = Point.BASE.multiply(Point.Fn.inv(8n));
    const { y } = bPrime.toAffine();
    const u = Fp.mul(Fp.add(1n, y), Fp.inv(Fp.sub(1n, y)));
    const le = (n: bigint) => Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));
    expect(toHex(nodeCryptoInternals.U_B_PRIME)).toBe(toHex(le(u)));
    const { V_B, SQRT_M486664 } = nodeCryptoInternals;
    expect(Fp.sqr(V_B)).toBe(Fp.add(Fp.add(729n, Fp.mul(486662n, 81n)), 9n)); // 9³ + A·9² + 9
    expect(Fp.sqr(SQRT_M486664)).toBe(Fp.neg(486664n));
    // The map (u, v) -> (√(−486664)·u/v, (u−1)/(u+1)) sends (9, v_B) to the Edwards base point.
    expect(Fp.mul(SQRT_M486664, Fp.mul(9n, Fp.inv(V_B)))).toBe(Point.BASE.toAffine().x);
  });

  it('equals noble for 300 random scalars (both the t = n and the t = L − n branch)', () => {
    let negated = 0;
    for (let i = 0; i < 300; i++) {
      const n = randomScalar();
      if (!(n >= 1n << 251n && n < (1n << 252n) - 1n)) negated++;
      expect(toHex(nodeCryptoInternals.edwardsBaseMultiply(n)!), n.toString(16)).toBe(toHex(Point.BASE.multiply(n).toBytes()));
    }
    expect(negated).toBeGreaterThan(50);
  });

  it('equals noble at the edges of both ranges, and declines the few scalars outside them', () => {
    const T = 1n << 251n;
    const inRange = [T, T + 1n, (1n << 252n) - 2n, L - T, L - ((1n << 252n) - 2n), L - T - 1n, 2n ** 252n - 3n];
    for (const n of inRange) {
      expect(toHex(nodeCryptoInternals.edwardsBaseMultiply(n)!), n.toString(16)).toBe(toHex(Point.BASE.multiply(n).toBytes()));
    }
    // n ≤ L − 2^252 + 1 or n ≥ 2^252 − 1: neither n nor L − n lies in [2^251, 2^252 − 1).
    for (const n of [1n, 2n, L - (1n << 252n) + 1n, (1n << 252n) - 1n, 1n << 252n, L - 1n]) {
      expect(nodeCryptoInternals.edwardsBaseMultiply(n), n.toString(16)).toBeUndefined();
    }
  });
});
