import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { constantTimeEqual } from '../bytes.js';

/**
 * XEdDSA on edwards25519 as libsignal produces and checks it (PROTOCOL.md §6; the signature
 * scheme of https://signal.org/docs/specifications/xeddsa/ with libsignal's sign-bit packing).
 * Pure functions over noble's point arithmetic; used by the noble backend.
 */
const Point = ed25519.Point;
const Fp = Point.Fp;
const L = Point.Fn.ORDER;
const P = Fp.ORDER;

const NONCE_PREFIX = (() => {
  const prefix = new Uint8Array(32).fill(0xff);
  prefix[0] = 0xfe;
  return prefix;
})();

export function clampScalar(privateKey: Uint8Array): Uint8Array {
  const k = Uint8Array.from(privateKey);
  k[0]! &= 248;
  k[31]! &= 127;
  k[31]! |= 64;
  return k;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Little-endian bytes as an unsigned integer. */
export function leToBigInt(bytes: Uint8Array): bigint {
  let hex = '';
  for (let i = bytes.length - 1; i >= 0; i--) hex += HEX[bytes[i]!]!;
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

/** The low 256 bits of `n` as 32 little-endian bytes. */
export function bigIntToLe32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

/**
 * The Edwards y-coordinate encoding (sign bit 0) birationally equivalent to a Montgomery
 * u-coordinate, y = (u − 1)/(u + 1); undefined for u ≥ p (non-canonical) and u = −1 (no point).
 */
export function montgomeryToEdwardsY(u32: Uint8Array): Uint8Array | undefined {
  const u = leToBigInt(u32);
  if (u >= P) return undefined;
  const uPlusOne = Fp.add(u, 1n);
  if (uPlusOne === 0n) return undefined;
  return bigIntToLe32(Fp.mul(Fp.sub(u, 1n), Fp.inv(uPlusOne)));
}

function hashModL(...parts: Uint8Array[]): bigint {
  const h = sha512.create();
  for (const p of parts) h.update(p);
  return leToBigInt(h.digest()) % L;
}

/** Signs `message` with a Curve25519 private key, libsignal style, using 64 caller-given random bytes. */
export function xeddsaSign(privateKey: Uint8Array, message: Uint8Array, random: Uint8Array): Uint8Array {
  if (privateKey.length !== 32 || random.length !== 64) throw new Error('xeddsaSign: bad key or random length');
  const k = clampScalar(privateKey);
  const a = leToBigInt(k) % L;
  const publicEdwards = Point.BASE.multiply(a).toBytes();
  const signBit = publicEdwards[31]! & 0x80;
  const r = hashModL(NONCE_PREFIX, k, message, random);
  const R = (r === 0n ? Point.ZERO : Point.BASE.multiply(r)).toBytes();
  const h = hashModL(R, publicEdwards, message);
  const s = (h * a + r) % L;
  const signature = new Uint8Array(64);
  signature.set(R, 0);
  signature.set(bigIntToLe32(s), 32);
  signature[63]! |= signBit;
  return signature;
}

/**
 * Verifies an XEdDSA signature against a 32-byte Montgomery u-coordinate. Rejects u ≥ p, u = −1
 * (no Edwards point), s ≥ 2^253 and s ≥ L, non-canonical point encodings, and otherwise checks
 * libsignal's exact (cofactorless) equation, so it accepts precisely what libsignal accepts.
 */
export function xeddsaVerify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const edwardsKey = montgomeryToEdwardsY(publicKey);
  if (edwardsKey === undefined) return false;
  const signBit = signature[63]! & 0x80;
  edwardsKey[31]! |= signBit;
  const sig = Uint8Array.from(signature);
  sig[63]! &= 0x7f;
  if ((sig[63]! & 0xe0) !== 0) return false;
  const s = leToBigInt(sig.subarray(32));
  if (s >= L) return false;
  let publicPoint: InstanceType<typeof Point>;
  try {
    publicPoint = Point.fromBytes(edwardsKey, false);
  } catch {
    return false;
  }
  // A small-order key admits forgeries under the exact equation below; no honest key is one.
  if (publicPoint.isSmallOrder()) return false;
  // libsignal's exact, cofactorless equation: encode(s·B − h·A) must equal the received R bytes.
  const R = sig.subarray(0, 32);
  const h = hashModL(R, edwardsKey, message);
  const check = Point.BASE.multiplyUnsafe(s).subtract(publicPoint.multiplyUnsafe(h)).toBytes();
  return constantTimeEqual(check, R);
}
