// The node:crypto side of the native backend's keys: the typed subset of node:crypto it uses, key
// import and export, the native Edwards base-point multiplication used by XEdDSA signing, and the
// conversion of XEdDSA verification keys. Only ./node.ts imports this module.
//
// The core compiles with `types: []` so that no Node API (Buffer, process, …) can leak into it
// (STYLE.md). A `/// <reference types="node" />` here would add Node's globals to the whole core,
// so this file instead types the few node:crypto functions the backend uses (NodeCryptoApi below).
// @ts-ignore -- 'node:crypto' has no types in the core's compilation, by design.
import * as nodeCryptoModule from 'node:crypto';
// @ts-ignore -- as above: Node's KeyObject where Node's types exist, otherwise opaque.
import type { KeyObject as NodeKeyObject } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { bigIntToLe32, leToBigInt, montgomeryToEdwardsY } from './xeddsa.js';
import { fromBase64url32, publicKeyId, toBase64url } from './node-util.js';

export type { NodeKeyObject };

// ---------------------------------------------------------------------------------------------
// The subset of node:crypto used here. With Node's types present (test/tsconfig.json) the module
// is checked against this interface and NodeKeyObject is Node's KeyObject; in the core's own
// compilation NodeKeyObject is opaque (any), and only passed back to node:crypto.

// A type alias, not an interface, so that it is assignable to Node's index-signed JsonWebKey.
type NodeJwk = { kty: string; crv: string; x: string; d?: string };
interface NodeHash {
  update(data: Uint8Array): NodeHash;
  digest(): Uint8Array;
  digest(encoding: 'base64'): string;
}
interface NodeCipher {
  update(data: Uint8Array): Uint8Array;
  final(): Uint8Array;
  setAutoPadding(autoPadding: boolean): NodeCipher;
}
interface NodeCryptoApi {
  createHash(algorithm: string): NodeHash;
  createHmac(algorithm: string, key: Uint8Array): NodeHash;
  hkdfSync(digest: string, ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, keylen: number): ArrayBuffer;
  createCipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array): NodeCipher;
  createDecipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array): NodeCipher;
  createPrivateKey(key: { key: NodeJwk; format: 'jwk' }): NodeKeyObject;
  createPublicKey(key: { key: NodeJwk; format: 'jwk' }): NodeKeyObject;
  diffieHellman(options: { privateKey: NodeKeyObject; publicKey: NodeKeyObject }): Uint8Array;
  verify(algorithm: null, data: Uint8Array, key: NodeKeyObject, signature: Uint8Array): boolean;
  sign(algorithm: null, data: Uint8Array, key: NodeKeyObject): Uint8Array;
}

export const nc: NodeCryptoApi = nodeCryptoModule;

// ---------------------------------------------------------------------------------------------
// Key import.

/**
 * Imports a raw 32-byte X25519 private key as a JWK (about 10× cheaper than a PKCS#8 DER import in
 * OpenSSL 3). Node requires `x` to be a string but derives the public half from `d` alone, so an
 * empty `x` is passed. Should a future Node insist on the real `x`, it is computed with noble
 * (slow, but only on a cache miss) and the import retried.
 */
export function importX25519Private(raw: Uint8Array): NodeKeyObject {
  const d = toBase64url(raw);
  try {
    return nc.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x: '', d }, format: 'jwk' });
  } catch {
    return nc.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x: toBase64url(x25519.getPublicKey(raw)), d }, format: 'jwk' });
  }
}

/** An Ed25519 private key from its RFC 8032 seed; like importX25519Private, retried with `x` if needed. */
export function importEd25519Private(seed: Uint8Array): NodeKeyObject {
  const d = toBase64url(seed);
  try {
    return nc.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: '', d }, format: 'jwk' });
  } catch {
    return nc.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: toBase64url(ed25519.getPublicKey(seed)), d }, format: 'jwk' });
  }
}

export function importOkpPublic(crv: 'X25519' | 'Ed25519', raw: Uint8Array): NodeKeyObject {
  return nc.createPublicKey({ key: { kty: 'OKP', crv, x: toBase64url(raw) }, format: 'jwk' });
}

/** The raw public key of an OKP KeyObject (a private key's JWK carries its public `x` as well). */
export function exportOkpPublic(key: NodeKeyObject): Uint8Array {
  const x = key.export({ format: 'jwk' }).x;
  if (typeof x !== 'string') throw new Error('node crypto: key export without x');
  return fromBase64url32(x);
}

// ---------------------------------------------------------------------------------------------
// Curve constants and the native base-point multiplication used by signing.

const Point = ed25519.Point;
const Fp = Point.Fp;
export const L = Point.Fn.ORDER;
const TWO_251 = 1n << 251n;
const TWO_252 = 1n << 252n;
/** Curve25519 in Montgomery form: v² = u³ + A·u² + u. */
const MONT_A = 486662n;
/** The base point B: u = 9 and its v (RFC 7748 §4.1). */
const U_B = 9n;
export const V_B = 14781619447589544791020593568409986887264606134616475288964881837755586237401n;
/**
 * The u-coordinate of B' = (8⁻¹ mod L)·B. A clamped X25519 scalar 8t (2^251 ≤ t < 2^252) times
 * B' is t·B, so the native ladder computes any t·B in that range. Recomputed in the tests.
 */
export const U_B_PRIME = Uint8Array.of(
  0x42, 0xc2, 0x50, 0x3b, 0xde, 0x99, 0xbc, 0xe0, 0x78, 0x5b, 0x3b, 0xf8, 0xf7, 0xb7, 0x02, 0x60,
  0xc5, 0x55, 0x51, 0x36, 0x4b, 0x6d, 0xd3, 0x62, 0x54, 0xe0, 0xe1, 0x84, 0x86, 0x8b, 0x41, 0x7a,
);
/** √(−486664) with the sign of RFC 7748's map (x, y) = (√(−486664)·u/v, (u−1)/(u+1)). Recomputed in the tests. */
export const SQRT_M486664 = 0x70d9120b9f5ff9442d84f723fc03b0813a5e2c2eb482e57d3391fb5500ba81e7n;
/** 1 / (2·v_B), the constant denominator of the v-recovery below. */
let invTwoVB: bigint | undefined;
const IDENTITY_ENCODING = Point.ZERO.toBytes();

function montgomeryRhs(u: bigint): bigint {
  // u³ + A·u² + u = u·(u·(u + A) + 1)
  return Fp.mul(u, Fp.add(Fp.mul(u, Fp.add(u, MONT_A)), 1n));
}

/**
 * The compressed Edwards encoding of n·B for 0 < n < L, computed with two native X25519 ladders:
 * u(t·B) and u((t+1)·B) for t = n or t = L − n (whichever lies in [2^251, 2^252 − 1)), then the
 * Okeya–Sakurai y-recovery gives v(t·B), hence the Edwards x and its sign, with one inversion.
 * Returns undefined for the ~2^-125 fraction of scalars outside both ranges, or if any consistency
 * check fails; the caller then uses noble.
 */
export function edwardsBaseMultiply(n: bigint, ladderBase: NodeKeyObject): Uint8Array | undefined {
  let t = n;
  let negate = false;
  if (!(t >= TWO_251 && t < TWO_252 - 1n)) {
    t = L - n;
    negate = true;
    if (!(t >= TWO_251 && t < TWO_252 - 1n)) return undefined;
  }
  // 8t and 8(t+1) are already clamped: multiples of 8 in [2^254, 2^255).
  const u1 = leToBigInt(nc.diffieHellman({ privateKey: importX25519Private(bigIntToLe32(t << 3n)), publicKey: ladderBase }));
  const u3 = leToBigInt(nc.diffieHellman({ privateKey: importX25519Private(bigIntToLe32((t + 1n) << 3n)), publicKey: ladderBase }));
  // For Q = B and P + Q = (t+1)·B: 2·v_P·v_Q = f(u_P) + f(u_Q) − (u_{P+Q} + A + u_P + u_Q)·(u_P − u_Q)².
  invTwoVB ??= Fp.inv(Fp.mul(2n, V_B));
  const diff = Fp.sub(u1, U_B);
  const numerator = Fp.sub(Fp.add(montgomeryRhs(u1), montgomeryRhs(U_B)), Fp.mul(Fp.add(Fp.add(u3, MONT_A), Fp.add(u1, U_B)), Fp.sqr(diff)));
  const v1 = Fp.mul(numerator, invTwoVB);
  // Consistency: (u1, v1) must be on the curve (catches any wrong ladder output).
  if (v1 === 0n || Fp.sqr(v1) !== montgomeryRhs(u1)) return undefined;
  const uPlusOne = Fp.add(u1, 1n);
  if (uPlusOne === 0n) return undefined;
  const inverse = Fp.inv(Fp.mul(uPlusOne, v1));
  const y = Fp.mul(Fp.mul(Fp.sub(u1, 1n), v1), inverse);
  const x = Fp.mul(Fp.mul(SQRT_M486664, u1), Fp.mul(uPlusOne, inverse));
  const encoding = bigIntToLe32(y);
  // −P has the same y and the opposite x; x ≠ 0 for points of order L.
  const xOdd = (x & 1n) === 1n;
  if (xOdd !== negate) encoding[31]! |= 0x80;
  return encoding;
}

export function nobleBaseMultiply(n: bigint): Uint8Array {
  return n === 0n ? IDENTITY_ENCODING.slice() : Point.BASE.multiply(n).toBytes();
}

/**
 * The X25519 scalar 5L − 1: a multiple of 8 in [2^254, 2^255), so clamping leaves it unchanged,
 * and ≡ −1 (mod L). For P = Q + T (Q of order L, T of order dividing 8) the ladder gives
 * u((5L − 1)·P) = u(−Q) = u(Q), which equals u(P) exactly when T = O. A twist point of order
 * 4·L' would need L' to divide 5L or 5L − 2, which it does not; small orders are refused first.
 */
export const PRIME_ORDER_SCALAR = bigIntToLe32(5n * L - 1n);
export const FIELD_P = (1n << 255n) - 19n;

export const NONCE_PREFIX = (() => {
  const prefix = new Uint8Array(32).fill(0xff);
  prefix[0] = 0xfe;
  return prefix;
})();

// ---------------------------------------------------------------------------------------------
// Verification keys.

/** The canonical u-coordinates whose Edwards points have small order (noble rejects them as keys). */
export const SMALL_ORDER_U = new Set<string>(
  [
    new Uint8Array(32), // u = 0 → (0, −1), order 2
    Uint8Array.of(1, ...new Uint8Array(31)), // u = 1 → order 4
    // The two order-8 u-coordinates (RELIABILITY.md §4.1, libsodium's blocklist).
    Uint8Array.of(
      0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4, 0x6a,
      0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00,
    ),
    Uint8Array.of(
      0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1, 0x55, 0x9c, 0x83, 0xef, 0x5b,
      0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c, 0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f, 0x11, 0x57,
    ),
  ].map(publicKeyId),
);

/** A converted verification key, or null when the pure verifier rejects every signature for it. */
export type VerifyKey = { readonly key: NodeKeyObject } | null;

export function convertVerifyKey(u32: Uint8Array, signBit: number): VerifyKey {
  if (SMALL_ORDER_U.has(publicKeyId(u32))) return null; // the pure verifier rejects small-order A
  const encoding = montgomeryToEdwardsY(u32); // undefined for u ≥ p or u = −1
  if (encoding === undefined) return null;
  encoding[31]! |= signBit;
  // OpenSSL imports any 32 bytes and fails verification for a non-point, as noble does.
  return { key: importOkpPublic('Ed25519', encoding) };
}
