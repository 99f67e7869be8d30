import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { PrivateKey, PublicKey } from '@signalapp/libsignal-client';
import { ed25519 } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { createNodeCrypto, nodeCrypto } from '../../src/crypto/node.js';
import { bigIntToLe32 } from '../../src/crypto/xeddsa.js';
import { isTorsionFreePublicKey } from '../../src/keys/curve.js';

/*
 * The node:crypto backend gives the same answer as the pure noble backend for every method on
 * random inputs (fast-check), and XEdDSA verification accepts and rejects exactly the same
 * signatures: random valid ones, every single-bit flip of a few, the known-answer vectors, the
 * signatures of libsignal-client (Rust) and libsignal-node (curve25519-js), and hand-made edge
 * cases (special keys, non-canonical s, a small-order component in R).
 */

const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const rand = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../vectors/data/${name}`, import.meta.url), 'utf8')) as T;
const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });
const key32 = bytes(32, 32);

type Outcome = { ok: true; hex: string } | { ok: false };
function outcome(f: () => Uint8Array): Outcome {
  try {
    return { ok: true, hex: toHex(f()) };
  } catch {
    return { ok: false };
  }
}

/** The backend without the pure-verifier confirmation of rejections (cofactorless, like libsignal). */
const nativeOnly = createNodeCrypto({ confirmRejections: false });

describe('node and noble backends give identical results on random inputs', () => {
  it('hmacSha256 (keys 0..200 bytes, data 0..300 bytes)', () => {
    fc.assert(
      fc.property(bytes(0, 200), bytes(0, 300), (key, data) => toHex(nodeCrypto.hmacSha256(key, data)) === toHex(nobleCrypto.hmacSha256(key, data))),
      { numRuns: 300 },
    );
  });

  it('hkdfSha256 (salt empty or 1..80 bytes, info up to 1,100 bytes, length 0..300)', () => {
    fc.assert(
      fc.property(bytes(0, 80), bytes(0, 80), bytes(0, 1100), fc.integer({ min: 0, max: 300 }), (ikm, salt, info, length) => {
        expect(toHex(nodeCrypto.hkdfSha256(ikm, salt, info, length))).toBe(toHex(nobleCrypto.hkdfSha256(ikm, salt, info, length)));
      }),
      { numRuns: 300 },
    );
  });

  it('hkdfSha256 at and beyond the length limit (8,160 = 255 x 32 bytes), and odd lengths', () => {
    for (const length of [0, 1, 31, 32, 33, 96, 97, 8159, 8160, 8161, -1, 2.5]) {
      const ikm = rand(32);
      const salt = rand(16);
      const info = rand(20);
      const a = outcome(() => nodeCrypto.hkdfSha256(ikm, salt, info, length));
      const b = outcome(() => nobleCrypto.hkdfSha256(ikm, salt, info, length));
      expect(a, `length ${length}`).toEqual(b);
    }
  });

  it('sha256 and sha512 (0..1,000 bytes)', () => {
    fc.assert(
      fc.property(bytes(0, 1000), (data) => {
        expect(toHex(nodeCrypto.sha256(data))).toBe(toHex(nobleCrypto.sha256(data)));
        expect(toHex(nodeCrypto.sha512(data))).toBe(toHex(nobleCrypto.sha512(data)));
      }),
      { numRuns: 300 },
    );
  });

  it('aes256CbcEncrypt, and aes256CbcDecrypt of the result (0..200 bytes)', () => {
    fc.assert(
      fc.property(key32, bytes(16, 16), bytes(0, 200), (key, iv, plaintext) => {
        const ct = nodeCrypto.aes256CbcEncrypt(key, iv, plaintext);
        expect(toHex(ct)).toBe(toHex(nobleCrypto.aes256CbcEncrypt(key, iv, plaintext)));
        expect(toHex(nodeCrypto.aes256CbcDecrypt(key, iv, ct))).toBe(toHex(plaintext));
      }),
      { numRuns: 300 },
    );
  });

  it('aes256CbcDecrypt of arbitrary bytes: both throw, or both return the same plaintext', () => {
    let decrypted = 0;
    fc.assert(
      fc.property(key32, bytes(16, 16), bytes(0, 80), fc.boolean(), (key, iv, body, encryptFirst) => {
        // Half the inputs are real ciphertexts (valid padding), half arbitrary bytes of any length.
        const ct = encryptFirst ? nobleCrypto.aes256CbcEncrypt(key, iv, body) : body;
        const a = outcome(() => nodeCrypto.aes256CbcDecrypt(key, iv, ct));
        expect(a).toEqual(outcome(() => nobleCrypto.aes256CbcDecrypt(key, iv, ct)));
        if (a.ok) decrypted++;
      }),
      { numRuns: 400 },
    );
    expect(decrypted).toBeGreaterThan(0);
  });

  it('x25519 on arbitrary 32-byte scalars and u-coordinates (twist points and bit 255 included)', () => {
    fc.assert(
      fc.property(key32, key32, (priv, pub) => {
        expect(outcome(() => nodeCrypto.x25519(priv, pub))).toEqual(outcome(() => nobleCrypto.x25519(priv, pub)));
      }),
      { numRuns: 200 },
    );
  });

  it('isPrimeOrderU (one native ladder) agrees with the pure Edwards torsion check', () => {
    const pureCheck = (u: Uint8Array) => isTorsionFreePublicKey(Uint8Array.of(0x05, ...u));
    const Point = ed25519.Point;
    const L = Point.Fn.ORDER;
    // An order-8 point: the torsion part L·Q of a point Q whose 4·(L·Q) is not the identity.
    let eight: InstanceType<typeof Point> | undefined;
    for (let i = 1n; eight === undefined; i++) {
      try {
        const Q = Point.fromBytes(bigIntToLe32(i * 0x1234_5678_9abc_def1n));
        const T = Q.multiplyUnsafe(L - 1n).add(Q); // L·Q (noble refuses the scalar L itself)
        if (!T.double().double().is0()) eight = T;
      } catch {
        // not a point; try the next y
      }
    }
    const torsion = [Point.ZERO, eight, eight.double(), eight.double().double(), eight.multiply(3n)];
    // Arbitrary u (curve and twist, canonical or not), prime-order keys, and keys with each torsion part.
    fc.assert(
      fc.property(key32, fc.integer({ min: 1, max: 2 ** 48 }), fc.nat(torsion.length - 1), (u, scalar, t) => {
        expect(nodeCrypto.isPrimeOrderU(u)).toBe(pureCheck(u));
        const point = Point.BASE.multiply(BigInt(scalar)).add(torsion[t]!);
        const montgomery = ed25519.utils.toMontgomery(point.toBytes());
        expect(nodeCrypto.isPrimeOrderU(montgomery)).toBe(t === 0);
        expect(pureCheck(montgomery)).toBe(t === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('x25519 between two random key pairs, and x25519PublicKey', () => {
    fc.assert(
      fc.property(key32, key32, (a, b) => {
        const pubA = nodeCrypto.x25519PublicKey(a);
        const pubB = nodeCrypto.x25519PublicKey(b);
        expect(toHex(pubA)).toBe(toHex(nobleCrypto.x25519PublicKey(a)));
        expect(toHex(nodeCrypto.x25519(a, pubB))).toBe(toHex(nobleCrypto.x25519(b, pubA)));
      }),
      { numRuns: 100 },
    );
  });

  it('xeddsaSign is byte-for-byte the pure signature (keys clamped or not, messages 0..300 bytes)', () => {
    fc.assert(
      fc.property(key32, bytes(0, 300), bytes(64, 64), (priv, message, random) => {
        expect(toHex(nodeCrypto.xeddsaSign(priv, message, random))).toBe(toHex(nobleCrypto.xeddsaSign(priv, message, random)));
      }),
      { numRuns: 300 },
    );
  });

  it('xeddsaSign with nativeSigning: false delegates to the pure signer', () => {
    const b = createNodeCrypto({ nativeSigning: false });
    const priv = rand(32);
    const message = rand(9);
    const random = rand(64);
    expect(toHex(b.xeddsaSign(priv, message, random))).toBe(toHex(nobleCrypto.xeddsaSign(priv, message, random)));
  });

  it('xeddsaVerify on arbitrary keys, messages and signatures', () => {
    fc.assert(
      fc.property(key32, bytes(0, 64), bytes(64, 64), (pub, message, signature) => {
        expect(nodeCrypto.xeddsaVerify(pub, message, signature)).toBe(nobleCrypto.xeddsaVerify(pub, message, signature));
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

interface Sample {
  readonly label: string;
  readonly publicKey: Uint8Array; // 32-byte u
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

function flip(signature: Uint8Array, bit: number): Uint8Array {
  const out = Uint8Array.from(signature);
  out[bit >> 3]! ^= 1 << (bit & 7);
  return out;
}

/** Asserts both backends (and the native-only variant) give the same verdict; returns it. */
function agreedVerdict(s: Sample): boolean {
  const noble = nobleCrypto.xeddsaVerify(s.publicKey, s.message, s.signature);
  const node = nodeCrypto.xeddsaVerify(s.publicKey, s.message, s.signature);
  expect(node, `${s.label}: node vs noble`).toBe(noble);
  return noble;
}

function randomSample(label: string, signer: 'node' | 'noble'): Sample {
  const priv = rand(32);
  const message = rand(1 + (randomBytes(1)[0]! % 100));
  const backend = signer === 'node' ? nodeCrypto : nobleCrypto;
  return { label, publicKey: nobleCrypto.x25519PublicKey(priv), message, signature: backend.xeddsaSign(priv, message, rand(64)) };
}

describe('XEdDSA verification: node and noble accept and reject exactly the same signatures', () => {
  const protocolC = load<{
    inputs: { privateKeyUnclamped: string; messageLength: number; random: string };
    curvesigs: { signature: string };
    xeddsa: { signature: string };
  }>('xeddsa_libsignal_protocol_c.json');
  const rs = load<{ testSignature: { identityPublic: string; message: string; signature: string } }>('libsignal_curve25519.json').testSignature;
  const cPublic = nobleCrypto.x25519PublicKey(hex(protocolC.inputs.privateKeyUnclamped));
  const cMessage = new Uint8Array(protocolC.inputs.messageLength);
  const vectors: Sample[] = [
    { label: 'curvesigs_fast_test', publicKey: cPublic, message: cMessage, signature: hex(protocolC.curvesigs.signature) },
    { label: 'xeddsa_fast_test (spec XEdDSA)', publicKey: cPublic, message: cMessage, signature: hex(protocolC.xeddsa.signature) },
    { label: 'libsignal test_signature', publicKey: hex(rs.identityPublic), message: hex(rs.message), signature: hex(rs.signature) },
  ];

  it('200 random valid signatures (100 signed by each backend), both sign bits', () => {
    const signBits = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const s = randomSample(`random ${i}`, i % 2 === 0 ? 'node' : 'noble');
      expect(agreedVerdict(s)).toBe(true);
      expect(nativeOnly.xeddsaVerify(s.publicKey, s.message, s.signature)).toBe(true);
      signBits.add(s.signature[63]! & 0x80);
    }
    expect([...signBits].sort()).toEqual([0, 0x80]);
  });

  it('the known-answer vectors, and every single-bit flip of each (512 per signature)', () => {
    for (const v of vectors) {
      expect(agreedVerdict(v)).toBe(true);
      for (let bit = 0; bit < 512; bit++) {
        expect(agreedVerdict({ ...v, label: `${v.label} bit ${bit}`, signature: flip(v.signature, bit) })).toBe(false);
      }
    }
  });

  it('every single-bit flip of two random signatures, one per sign bit, and of their keys and messages', () => {
    const wanted = new Map<number, Sample>();
    while (wanted.size < 2) {
      const s = randomSample('random', 'node');
      wanted.set(s.signature[63]! & 0x80, s);
    }
    for (const s of wanted.values()) {
      for (let bit = 0; bit < 512; bit++) expect(agreedVerdict({ ...s, label: `sig bit ${bit}`, signature: flip(s.signature, bit) })).toBe(false);
      for (let bit = 0; bit < 256; bit++) agreedVerdict({ ...s, label: `key bit ${bit}`, publicKey: flip(s.publicKey, bit) });
      for (let bit = 0; bit < s.message.length * 8; bit++) {
        expect(agreedVerdict({ ...s, label: `message bit ${bit}`, message: flip(s.message, bit) })).toBe(false);
      }
    }
  });

  it('signatures made by @signalapp/libsignal-client (PrivateKey.sign): 100 keys, and every bit flip of one', () => {
    const signBits = new Set<number>();
    let first: Sample | undefined;
    for (let i = 0; i < 100; i++) {
      const privateKey = PrivateKey.generate();
      const message = new Uint8Array(rand(1 + i));
      const s: Sample = {
        label: `libsignal-client ${i}`,
        publicKey: privateKey.getPublicKey().serialize().subarray(1),
        message,
        signature: privateKey.sign(message),
      };
      expect(agreedVerdict(s)).toBe(true);
      signBits.add(s.signature[63]! & 0x80);
      first ??= s;
    }
    expect([...signBits].sort()).toEqual([0, 0x80]);
    for (let bit = 0; bit < 512; bit++) expect(agreedVerdict({ ...first!, signature: flip(first!.signature, bit) })).toBe(false);
  });

  it("libsignal-client verifies the node backend's signatures", () => {
    for (let i = 0; i < 100; i++) {
      const priv = rand(32);
      const message = new Uint8Array(rand(1 + i));
      const signature = new Uint8Array(nodeCrypto.xeddsaSign(priv, message, rand(64)));
      const publicKey = PublicKey.deserialize(new Uint8Array([5, ...nodeCrypto.x25519PublicKey(priv)]));
      expect(publicKey.verify(message, signature), `sample ${i}`).toBe(true);
      expect(publicKey.verify(message, new Uint8Array(flip(signature, i * 5)))).toBe(false);
    }
  });

  it('signatures made by libsignal-node (curve.calculateSignature, deterministic), and their verdict on ours', () => {
    const require = createRequire(import.meta.url);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const curve = require('libsignal').curve as {
      generateKeyPair(): { pubKey: Buffer; privKey: Buffer };
      calculateSignature(privKey: Buffer, message: Buffer): Buffer;
      verifySignature(pubKey: Buffer, message: Buffer, signature: Buffer): boolean;
    };
    for (let i = 0; i < 30; i++) {
      const pair = curve.generateKeyPair();
      const message = rand(1 + i * 3);
      const s: Sample = {
        label: `libsignal-node ${i}`,
        publicKey: new Uint8Array(pair.pubKey.subarray(1)),
        message,
        signature: new Uint8Array(curve.calculateSignature(pair.privKey, Buffer.from(message))),
      };
      expect(agreedVerdict(s)).toBe(true);
      if (i < 3) for (let bit = 0; bit < 512; bit += 7) expect(agreedVerdict({ ...s, signature: flip(s.signature, bit) })).toBe(false);
      if (i < 10) {
        const ours = nodeCrypto.xeddsaSign(new Uint8Array(pair.privKey), message, rand(64));
        expect(curve.verifySignature(pair.pubKey, Buffer.from(message), Buffer.from(ours))).toBe(true);
      }
    }
  });
});

describe('XEdDSA verification edge cases', () => {
  const Point = ed25519.Point;
  const Fp = Point.Fp;
  const L = Point.Fn.ORDER;
  const P = Fp.ORDER;
  const le = (n: bigint): Uint8Array => Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));
  const leNumber = (b: Uint8Array): bigint => BigInt(`0x${toHex(Uint8Array.from(b).reverse())}`);
  const modL = (b: Uint8Array): bigint => leNumber(b) % L;
  const sha512 = (...parts: Uint8Array[]): Uint8Array => {
    const h = createHash('sha512');
    for (const p of parts) h.update(p);
    return new Uint8Array(h.digest());
  };
  const montgomeryU = (point: InstanceType<typeof Point>): Uint8Array => {
    const { y } = point.toAffine();
    return le(Fp.mul(Fp.add(1n, y), Fp.inv(Fp.sub(1n, y))));
  };
  /** An order-8 point: from the order-8 u-coordinate 0xe0eb7a7c… (RELIABILITY.md §4.1). */
  const T8 = (() => {
    const u = hex('e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800');
    const y = Fp.mul(Fp.sub(leNumber(u), 1n), Fp.inv(Fp.add(leNumber(u), 1n)));
    return Point.fromBytes(le(y));
  })();

  /** A signature made by hand: key a·B + keyTorsion, nonce point r·B + nonceTorsion, s = r + h·a (+ sExtra). */
  function handMade(opts: { keyTorsion?: boolean; nonceTorsion?: boolean; sExtra?: bigint }): Sample {
    const a = modL(rand(40)) || 1n;
    const r = modL(rand(40)) || 1n;
    const A = opts.keyTorsion ? Point.BASE.multiply(a).add(T8) : Point.BASE.multiply(a);
    const R = opts.nonceTorsion ? Point.BASE.multiply(r).add(T8) : Point.BASE.multiply(r);
    const message = rand(24);
    const aBytes = A.toBytes();
    const rBytes = R.toBytes();
    const h = modL(sha512(rBytes, aBytes, message));
    const s = (r + h * a) % L + (opts.sExtra ?? 0n);
    const signature = new Uint8Array(64);
    signature.set(rBytes, 0);
    signature.set(le(s), 32);
    signature[63]! |= aBytes[31]! & 0x80;
    return { label: 'hand-made', publicKey: montgomeryU(A), message, signature };
  }

  it('the hand-made construction is a valid signature when nothing is added', () => {
    const s = handMade({});
    expect(agreedVerdict(s)).toBe(true);
    expect(PublicKey.deserialize(new Uint8Array([5, ...s.publicKey])).verify(new Uint8Array(s.message), new Uint8Array(s.signature))).toBe(true);
  });

  it('special public keys, with both sign bits: u = 0, 1, the order-8 u values, p − 1, p, p + 1, 2^255 − 1, 2^256 − 1', () => {
    const keys = [
      le(0n),
      le(1n),
      hex('e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800'),
      hex('5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157'),
      le(P - 1n),
      le(P),
      le(P + 1n),
      le((1n << 255n) - 1n),
      new Uint8Array(32).fill(0xff),
    ];
    for (const publicKey of keys) {
      for (let i = 0; i < 8; i++) {
        const signature = rand(64);
        signature[63]! &= 0x1f;
        if (i % 2 === 1) signature[63]! |= 0x80;
        expect(agreedVerdict({ label: `key ${toHex(publicKey)}`, publicKey, message: rand(8), signature })).toBe(false);
      }
    }
  });

  it('forgeries against small-order keys (accepted by a cofactorless check that skips the key check) are rejected by both', () => {
    // With A of order 2 (u = 0 → A = (0, −1)), s·B − h·A = R holds for R = s·B when h is even,
    // or R = s·B + A when h is odd; both backends must refuse the key itself.
    const A = Point.fromBytes(le(P - 1n)); // y = −1: u = 0
    let forged = 0;
    for (let i = 0; i < 16; i++) {
      const sValue = modL(rand(40));
      const message = rand(10);
      for (const R of [Point.BASE.multiply(sValue), Point.BASE.multiply(sValue).add(A)]) {
        const signature = new Uint8Array(64);
        signature.set(R.toBytes(), 0);
        signature.set(le(sValue), 32);
        const h = modL(sha512(R.toBytes(), A.toBytes(), message));
        if (Point.BASE.multiply(sValue).subtract(A.multiply(h || 1n)).equals(R)) forged++;
        expect(agreedVerdict({ label: 'u = 0 forgery', publicKey: le(0n), message, signature })).toBe(false);
        expect(nativeOnly.xeddsaVerify(le(0n), message, signature)).toBe(false);
      }
    }
    expect(forged).toBeGreaterThan(0);
  });

  it('non-canonical s (s + L, still < 2^253): rejected by both backends; libsignal-client reduces s and accepts it', () => {
    let checked = 0;
    while (checked < 10) {
      const s = handMade({ sExtra: L });
      if ((s.signature[63]! & 0x60) !== 0) continue; // s + L reached 2^253: rejected by the bit rule anyway
      checked++;
      expect(agreedVerdict(s)).toBe(false);
      expect(nativeOnly.xeddsaVerify(s.publicKey, s.message, s.signature)).toBe(false);
      expect(PublicKey.deserialize(new Uint8Array([5, ...s.publicKey])).verify(new Uint8Array(s.message), new Uint8Array(s.signature))).toBe(true);
    }
  });

  it('R with a small-order component (only the key holder can make one): rejected by both backends, OpenSSL alone and libsignal-client', () => {
    for (let i = 0; i < 10; i++) {
      const s = handMade({ nonceTorsion: true });
      // Both backends use libsignal's exact equation: s·B − h·A must encode to R byte for byte.
      expect(agreedVerdict(s)).toBe(false);
      expect(nativeOnly.xeddsaVerify(s.publicKey, s.message, s.signature)).toBe(false);
      expect(PublicKey.deserialize(new Uint8Array([5, ...s.publicKey])).verify(new Uint8Array(s.message), new Uint8Array(s.signature))).toBe(false);
    }
  });

  it('a key with a small-order component (mixed order): both backends give libsignal-client\'s verdict', () => {
    for (let i = 0; i < 10; i++) {
      const s = handMade({ keyTorsion: true });
      const libsignal = PublicKey.deserialize(new Uint8Array([5, ...s.publicKey])).verify(new Uint8Array(s.message), new Uint8Array(s.signature));
      expect(agreedVerdict(s)).toBe(libsignal);
    }
  });
});
