/**
 * A {@link CryptoBackend} on Node's built-in `node:crypto` (OpenSSL): HMAC, HKDF, SHA-2 and
 * AES-256-CBC natively, X25519 with cached KeyObjects, and XEdDSA verification through native
 * Ed25519 after a one-off (cached) Montgomery → Edwards key conversion. XEdDSA signing computes its
 * two base-point multiplications with the native X25519 ladder and produces byte-for-byte the
 * signature of the pure implementation (./xeddsa.ts).
 *
 * This is the only module in src/ that imports a `node:` module. It is not re-exported from the
 * package root; import it from `parley/crypto/node` and pass it as `options.crypto`:
 *
 * ```ts
 * import { nodeCrypto } from 'parley/crypto/node';
 * const cipher = new SessionCipher(store, address, { crypto: nodeCrypto });
 * ```
 *
 * Results are identical to {@link nobleCrypto} for every input (test/crypto/*.test.ts), with one
 * documented freedom the interface allows: `x25519` throws (OpenSSL refuses) instead of returning
 * 32 zero bytes when the peer key has small order; parley's `agree` reports both the same way.
 *
 * Caches. Key objects are cached in bounded LRU maps keyed by key value, so repeated agreements
 * with the same identity, prekey or ratchet key skip the import. Private-key caches are keyed by
 * SHA-256 of the key, so no raw private key is held as a JS string; the cached KeyObjects do hold
 * the keys until evicted (cap {@link NodeCryptoOptions}) or {@link NodeCryptoBackend.clearCaches}.
 */
// The core compiles with `types: []` so that no Node API (Buffer, process, …) can leak into it
// (STYLE.md). A `/// <reference types="node" />` here would add Node's globals to the whole core,
// so this file instead types the few node:crypto functions it uses (NodeCryptoApi below).
// @ts-ignore -- 'node:crypto' has no types in the core's compilation, by design.
import * as nodeCryptoModule from 'node:crypto';
// @ts-ignore -- as above: Node's KeyObject where Node's types exist, otherwise opaque.
import type { KeyObject as NodeKeyObject } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import type { CryptoBackend } from './backend.js';
import {
  bigIntToLe32,
  clampScalar,
  leToBigInt,
  montgomeryToEdwardsY,
  xeddsaSign as pureXeddsaSign,
  xeddsaVerify as pureXeddsaVerify,
} from './xeddsa.js';
import { hkdfSha256 as shortHkdf, hmacSha256 as shortHmac, hmacSha256Many as shortHmacMany, hmacSha256Parts as shortHmacParts, sha256 as shortSha256 } from './sha256.js';
import { Lru, fromBase64url32, own, publicKeyId, toBase64url } from './node-util.js';

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

const nc: NodeCryptoApi = nodeCryptoModule;

// ---------------------------------------------------------------------------------------------
// Options and the backend type.

export interface NodeCryptoOptions {
  /** X25519 private KeyObjects (keyed by SHA-256 of the key); default 1,000. 0 disables the cache. */
  readonly privateKeyCacheSize?: number;
  /** X25519 public KeyObjects (keyed by u); default 1,000. */
  readonly publicKeyCacheSize?: number;
  /** Ed25519 verification KeyObjects converted from (u, sign bit); default 1,000. */
  readonly verifyKeyCacheSize?: number;
  /**
   * Signing keys: (a mod L, Edwards public key) pairs for XEdDSA and Ed25519 KeyObjects for
   * signWithSeed, each keyed by SHA-256 of the key or seed; default 100 of each.
   */
  readonly signingKeyCacheSize?: number;
  /**
   * Sign with the native X25519 ladder (default true). The signatures are byte-identical to the
   * pure implementation's; false delegates signing to it.
   */
  readonly nativeSigning?: boolean;
  /**
   * When OpenSSL rejects an XEdDSA signature, confirm with the pure verifier (default true), so
   * that acceptance is exactly the pure backend's. OpenSSL checks s·B − h·A = R exactly
   * (cofactorless), as libsignal does; noble checks it up to a small-order point (cofactored), so
   * it also accepts signatures made with a small-order component in R or in the key, which only
   * the key holder can produce and libsignal rejects. With false, a rejection costs only the
   * native check, and such signatures are rejected as libsignal rejects them. Either way, whatever
   * OpenSSL accepts, noble accepts too (small-order keys are refused before OpenSSL is asked).
   */
  readonly confirmRejections?: boolean;
}

export interface NodeCryptoCacheSizes {
  readonly privateKeys: number;
  readonly publicKeys: number;
  readonly verifyKeys: number;
  readonly signingKeys: number;
  readonly seedSigningKeys: number;
}

export interface NodeCryptoBackend extends CryptoBackend {
  hmacSha256Parts(key: Uint8Array, parts: readonly Uint8Array[]): Uint8Array;
  hmacSha256Many(key: Uint8Array, messages: readonly Uint8Array[]): Uint8Array[];
  isPrimeOrderU(u: Uint8Array): boolean;
  signWithSeed(seed: Uint8Array, message: Uint8Array): Uint8Array;
  /** Current number of entries in each cache (never above its configured cap). */
  cacheSizes(): NodeCryptoCacheSizes;
  /** Drops every cached key object, e.g. after deleting an identity or in a test. */
  clearCaches(): void;
}

const DEFAULT_KEY_CACHE = 1000;
const DEFAULT_SIGNING_CACHE = 100;

// ---------------------------------------------------------------------------------------------
// Private-key cache ids.

/** Map key for private bytes: SHA-256, so the cache never holds the raw key as a string. */
function privateKeyId(bytes: Uint8Array): string {
  return publicKeyId(shortSha256(bytes));
}

// ---------------------------------------------------------------------------------------------
// Key import.

/**
 * Imports a raw 32-byte X25519 private key as a JWK (about 10× cheaper than a PKCS#8 DER import in
 * OpenSSL 3). Node requires `x` to be a string but derives the public half from `d` alone, so an
 * empty `x` is passed. Should a future Node insist on the real `x`, it is computed with noble
 * (slow, but only on a cache miss) and the import retried.
 */
function importX25519Private(raw: Uint8Array): NodeKeyObject {
  const d = toBase64url(raw);
  try {
    return nc.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x: '', d }, format: 'jwk' });
  } catch {
    return nc.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x: toBase64url(x25519.getPublicKey(raw)), d }, format: 'jwk' });
  }
}

/** An Ed25519 private key from its RFC 8032 seed; like importX25519Private, retried with `x` if needed. */
function importEd25519Private(seed: Uint8Array): NodeKeyObject {
  const d = toBase64url(seed);
  try {
    return nc.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: '', d }, format: 'jwk' });
  } catch {
    return nc.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: toBase64url(ed25519.getPublicKey(seed)), d }, format: 'jwk' });
  }
}

function importOkpPublic(crv: 'X25519' | 'Ed25519', raw: Uint8Array): NodeKeyObject {
  return nc.createPublicKey({ key: { kty: 'OKP', crv, x: toBase64url(raw) }, format: 'jwk' });
}

/** The raw public key of an OKP KeyObject (a private key's JWK carries its public `x` as well). */
function exportOkpPublic(key: NodeKeyObject): Uint8Array {
  const x = key.export({ format: 'jwk' }).x;
  if (typeof x !== 'string') throw new Error('node crypto: key export without x');
  return fromBase64url32(x);
}

// ---------------------------------------------------------------------------------------------
// Curve constants and the native base-point multiplication used by signing.

const Point = ed25519.Point;
const Fp = Point.Fp;
const L = Point.Fn.ORDER;
const TWO_251 = 1n << 251n;
const TWO_252 = 1n << 252n;
/** Curve25519 in Montgomery form: v² = u³ + A·u² + u. */
const MONT_A = 486662n;
/** The base point B: u = 9 and its v (RFC 7748 §4.1). */
const U_B = 9n;
const V_B = 14781619447589544791020593568409986887264606134616475288964881837755586237401n;
/**
 * The u-coordinate of B' = (8⁻¹ mod L)·B. A clamped X25519 scalar 8t (2^251 ≤ t < 2^252) times
 * B' is t·B, so the native ladder computes any t·B in that range. Recomputed in the tests.
 */
const U_B_PRIME = Uint8Array.of(
  0x42, 0xc2, 0x50, 0x3b, 0xde, 0x99, 0xbc, 0xe0, 0x78, 0x5b, 0x3b, 0xf8, 0xf7, 0xb7, 0x02, 0x60,
  0xc5, 0x55, 0x51, 0x36, 0x4b, 0x6d, 0xd3, 0x62, 0x54, 0xe0, 0xe1, 0x84, 0x86, 0x8b, 0x41, 0x7a,
);
/** √(−486664) with the sign of RFC 7748's map (x, y) = (√(−486664)·u/v, (u−1)/(u+1)). Recomputed in the tests. */
const SQRT_M486664 = 0x70d9120b9f5ff9442d84f723fc03b0813a5e2c2eb482e57d3391fb5500ba81e7n;
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
function edwardsBaseMultiply(n: bigint, ladderBase: NodeKeyObject): Uint8Array | undefined {
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

function nobleBaseMultiply(n: bigint): Uint8Array {
  return n === 0n ? IDENTITY_ENCODING.slice() : Point.BASE.multiply(n).toBytes();
}

/**
 * The X25519 scalar 5L − 1: a multiple of 8 in [2^254, 2^255), so clamping leaves it unchanged,
 * and ≡ −1 (mod L). For P = Q + T (Q of order L, T of order dividing 8) the ladder gives
 * u((5L − 1)·P) = u(−Q) = u(Q), which equals u(P) exactly when T = O. A twist point of order
 * 4·L' would need L' to divide 5L or 5L − 2, which it does not; small orders are refused first.
 */
const PRIME_ORDER_SCALAR = bigIntToLe32(5n * L - 1n);
const FIELD_P = (1n << 255n) - 19n;

const NONCE_PREFIX = (() => {
  const prefix = new Uint8Array(32).fill(0xff);
  prefix[0] = 0xfe;
  return prefix;
})();

// ---------------------------------------------------------------------------------------------
// Verification keys.

/** The canonical u-coordinates whose Edwards points have small order (noble rejects them as keys). */
const SMALL_ORDER_U = new Set<string>(
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
type VerifyKey = { readonly key: NodeKeyObject } | null;

function convertVerifyKey(u32: Uint8Array, signBit: number): VerifyKey {
  if (SMALL_ORDER_U.has(publicKeyId(u32))) return null; // the pure verifier rejects small-order A
  const encoding = montgomeryToEdwardsY(u32); // undefined for u ≥ p or u = −1
  if (encoding === undefined) return null;
  encoding[31]! |= signBit;
  // OpenSSL imports any 32 bytes and fails verification for a non-point, as noble does.
  return { key: importOkpPublic('Ed25519', encoding) };
}

// ---------------------------------------------------------------------------------------------
// The backend.

const ZERO_SALT = new Uint8Array(32);
const EMPTY = new Uint8Array(0);
/** node's hkdfSync refuses an info longer than this; longer infos take the HMAC path. */
const HKDF_SYNC_MAX_INFO = 1024;
/** Up to this many output bytes the explicit HMAC chain is cheaper than hkdfSync's key setup. */
const HKDF_HMAC_MAX_LENGTH = 96;

/**
 * Up to this many bytes of data, HMAC and SHA-256 run in TypeScript (./sha256.ts): below it a
 * native call with its Buffer costs more than the hashing (bench/README.md).
 */
const SHORT_HASH_INPUT = 256;

function hmac(key: Uint8Array, data: Uint8Array): Uint8Array {
  if (data.length <= SHORT_HASH_INPUT && key.length <= 64) return shortHmac(key, data);
  return own(nc.createHmac('sha256', key).update(data).digest());
}

function hmacMany(key: Uint8Array, messages: readonly Uint8Array[]): Uint8Array[] {
  if (key.length <= 64 && messages.every((m) => m.length <= SHORT_HASH_INPUT)) return shortHmacMany(key, messages);
  return messages.map((m) => hmac(key, m));
}

function hmacParts(key: Uint8Array, parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  if (total <= SHORT_HASH_INPUT && key.length <= 64) return shortHmacParts(key, parts);
  const h = nc.createHmac('sha256', key);
  for (const part of parts) h.update(part);
  return own(h.digest());
}

/** RFC 5869 on native HMAC (extract, then expand block by block). */
function hkdfWithHmac(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array {
  const prk = nc.createHmac('sha256', salt).update(ikm).digest();
  const out = new Uint8Array(length);
  let block: Uint8Array = EMPTY;
  const counter = new Uint8Array(1);
  for (let pos = 0, i = 1; pos < length; i++, pos += 32) {
    counter[0] = i;
    block = nc.createHmac('sha256', prk).update(block).update(info).update(counter).digest();
    out.set(length - pos >= 32 ? block : block.subarray(0, length - pos), pos);
  }
  return out;
}

function hkdf(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0 || length > 255 * 32) {
    throw new RangeError(`hkdfSha256: length must be an integer in 0..8160, got ${String(length)}`);
  }
  if (length <= HKDF_HMAC_MAX_LENGTH && ikm.length <= SHORT_HASH_INPUT && info.length <= SHORT_HASH_INPUT && salt.length <= 64) {
    return shortHkdf(ikm, salt, info, length);
  }
  const s = salt.length === 0 ? ZERO_SALT : salt;
  if (length <= HKDF_HMAC_MAX_LENGTH || info.length > HKDF_SYNC_MAX_INFO) return hkdfWithHmac(ikm, s, info, length);
  return new Uint8Array(nc.hkdfSync('sha256', ikm, s, info, length));
}

function aes256CbcEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array): Uint8Array {
  // PKCS#7 padding here and one update(): with OpenSSL padding the output comes in two pieces to
  // join, and at 1 MiB this is about a third faster (bench/README.md).
  const padded = new Uint8Array((plaintext.length & ~15) + 16);
  padded.set(plaintext);
  padded.fill(padded.length - plaintext.length, plaintext.length);
  const cipher = nc.createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  const ciphertext = own(cipher.update(padded));
  cipher.final();
  padded.fill(0);
  return ciphertext;
}

function aes256CbcDecrypt(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  // One update() without OpenSSL's padding (it would hold back the last block for final());
  // final() still refuses a length that is not a multiple of 16, and
  // the PKCS#7 check is below. Every caller authenticates the ciphertext first, so the check
  // need not hide which byte was wrong.
  if (ciphertext.length === 0) throw new Error('aes256CbcDecrypt: empty ciphertext');
  const decipher = nc.createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  const padded = own(decipher.update(ciphertext));
  decipher.final();
  const pad = padded[padded.length - 1]!;
  let bad = pad === 0 || pad > 16 || pad > padded.length ? 1 : 0;
  for (let i = padded.length - Math.min(pad, 16, padded.length); i < padded.length; i++) bad |= padded[i]! ^ pad;
  if (bad !== 0) {
    padded.fill(0);
    throw new Error('aes256CbcDecrypt: bad PKCS#7 padding');
  }
  // A copy that owns its whole buffer (the padding bytes stay behind, wiped).
  const plaintext = padded.slice(0, padded.length - pad);
  padded.fill(0);
  return plaintext;
}

function assertKey32(bytes: Uint8Array, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== 32) throw new Error(`x25519: ${what} must be 32 bytes`);
}

interface PrivateEntry {
  readonly key: NodeKeyObject;
  publicKey?: Uint8Array;
}

interface SeedSigningEntry {
  readonly key: NodeKeyObject;
  readonly signBit: number;
}

interface SigningEntry {
  readonly a: bigint;
  readonly publicEdwards: Uint8Array;
  readonly signBit: number;
}

/** Creates a node:crypto backend with its own caches. */
export function createNodeCrypto(options: NodeCryptoOptions = {}): NodeCryptoBackend {
  const privateKeys = new Lru<PrivateEntry>(options.privateKeyCacheSize ?? DEFAULT_KEY_CACHE);
  const publicKeys = new Lru<NodeKeyObject>(options.publicKeyCacheSize ?? DEFAULT_KEY_CACHE);
  const verifyKeys = new Lru<VerifyKey>(options.verifyKeyCacheSize ?? DEFAULT_KEY_CACHE);
  const signingKeys = new Lru<SigningEntry>(options.signingKeyCacheSize ?? DEFAULT_SIGNING_CACHE);
  const seedSigningKeys = new Lru<SeedSigningEntry>(options.signingKeyCacheSize ?? DEFAULT_SIGNING_CACHE);
  const nativeSigning = options.nativeSigning ?? true;
  const confirmRejections = options.confirmRejections ?? true;
  let ladderBase: NodeKeyObject | undefined;
  let primeOrderScalar: NodeKeyObject | undefined;

  function privateEntry(privateKey: Uint8Array): PrivateEntry {
    const id = privateKeyId(privateKey);
    let entry = privateKeys.get(id);
    if (entry === undefined) {
      entry = { key: importX25519Private(privateKey) };
      privateKeys.set(id, entry);
    }
    return entry;
  }

  function publicKeyObject(publicKey: Uint8Array): NodeKeyObject {
    const id = publicKeyId(publicKey);
    let key = publicKeys.get(id);
    if (key === undefined) {
      key = importOkpPublic('X25519', publicKey);
      publicKeys.set(id, key);
    }
    return key;
  }

  function verifyKey(u: Uint8Array, signBit: number): VerifyKey {
    const id = publicKeyId(u) + (signBit === 0 ? '+' : '-');
    let entry = verifyKeys.get(id);
    if (entry === undefined) {
      entry = convertVerifyKey(u, signBit);
      verifyKeys.set(id, entry);
    }
    return entry;
  }

  function baseMultiply(n: bigint): Uint8Array {
    if (n === 0n) return nobleBaseMultiply(n);
    ladderBase ??= importOkpPublic('X25519', U_B_PRIME);
    return edwardsBaseMultiply(n, ladderBase) ?? nobleBaseMultiply(n);
  }

  function signingEntry(clamped: Uint8Array): SigningEntry {
    const id = privateKeyId(clamped);
    let entry = signingKeys.get(id);
    if (entry === undefined) {
      const a = leToBigInt(clamped) % L;
      const publicEdwards = baseMultiply(a);
      entry = { a, publicEdwards, signBit: publicEdwards[31]! & 0x80 };
      signingKeys.set(id, entry);
    }
    return entry;
  }

  function hashModL(...parts: Uint8Array[]): bigint {
    const h = nc.createHash('sha512');
    for (const p of parts) h.update(p);
    return leToBigInt(h.digest()) % L;
  }

  /** PROTOCOL.md §6.1, step by step as ./xeddsa.ts, with native hashing and base multiplications. */
  function xeddsaSign(privateKey: Uint8Array, message: Uint8Array, random: Uint8Array): Uint8Array {
    if (!nativeSigning) return pureXeddsaSign(privateKey, message, random);
    if (privateKey.length !== 32 || random.length !== 64) throw new Error('xeddsaSign: bad key or random length');
    const k = clampScalar(privateKey);
    const signer = signingEntry(k);
    const r = hashModL(NONCE_PREFIX, k, message, random);
    k.fill(0);
    const R = baseMultiply(r);
    const h = hashModL(R, signer.publicEdwards, message);
    const s = (h * signer.a + r) % L;
    const signature = new Uint8Array(64);
    signature.set(R, 0);
    signature.set(bigIntToLe32(s), 32);
    signature[63]! |= signer.signBit;
    return signature;
  }

  function xeddsaVerify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
    try {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      // s ≥ 2^253 (bits 5 and 6 of byte 63; bit 7 is the sign bit): rejected before OpenSSL.
      if ((signature[63]! & 0x60) !== 0) return false;
      const key = verifyKey(publicKey, signature[63]! & 0x80);
      if (key === null) return false;
      const sig = Uint8Array.prototype.slice.call(signature);
      sig[63]! &= 0x7f;
      if (nc.verify(null, message, key.key, sig)) return true;
    } catch {
      // Fall through to the pure verifier, which never throws for byte inputs.
    }
    if (!confirmRejections) return false;
    try {
      return pureXeddsaVerify(publicKey, message, signature);
    } catch {
      return false;
    }
  }

  /** OpenSSL's Ed25519 with the seed's key; the public key's sign bit packed as libsignal does. */
  function signWithSeed(seed: Uint8Array, message: Uint8Array): Uint8Array {
    if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new Error('signWithSeed: seed must be 32 bytes');
    const id = privateKeyId(seed);
    let entry = seedSigningKeys.get(id);
    if (entry === undefined) {
      const key = importEd25519Private(seed);
      entry = { key, signBit: exportOkpPublic(key)[31]! & 0x80 };
      seedSigningKeys.set(id, entry);
    }
    const signature = own(nc.sign(null, message, entry.key));
    // s < L < 2^253, so bit 7 of byte 63 is free for the sign bit.
    signature[63]! |= entry.signBit;
    return signature;
  }

  /** One native ladder instead of the pure multiply-by-L (see PRIME_ORDER_SCALAR). */
  function isPrimeOrderU(u: Uint8Array): boolean {
    if (!(u instanceof Uint8Array) || u.length !== 32 || leToBigInt(u) >= FIELD_P) return false;
    if (SMALL_ORDER_U.has(publicKeyId(u))) return false;
    primeOrderScalar ??= importX25519Private(PRIME_ORDER_SCALAR);
    let out: Uint8Array;
    try {
      out = nc.diffieHellman({ privateKey: primeOrderScalar, publicKey: publicKeyObject(u) });
    } catch {
      return false; // OpenSSL refuses an all-zero result: a small-order point
    }
    let diff = 0;
    for (let i = 0; i < 32; i++) diff |= out[i]! ^ u[i]!;
    return diff === 0;
  }

  return Object.freeze({
    name: 'node',
    hmacSha256: hmac,
    hmacSha256Parts: hmacParts,
    hmacSha256Many: hmacMany,
    hkdfSha256: hkdf,
    sha256: (data: Uint8Array) => (data.length <= SHORT_HASH_INPUT ? shortSha256(data) : own(nc.createHash('sha256').update(data).digest())),
    sha512: (data: Uint8Array) => own(nc.createHash('sha512').update(data).digest()),
    aes256CbcEncrypt,
    aes256CbcDecrypt,
    x25519(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
      assertKey32(privateKey, 'private key');
      assertKey32(publicKey, 'public key');
      // OpenSSL throws for an all-zero result (a small-order peer key); see backend.ts.
      return own(nc.diffieHellman({ privateKey: privateEntry(privateKey).key, publicKey: publicKeyObject(publicKey) }));
    },
    x25519PublicKey(privateKey: Uint8Array): Uint8Array {
      assertKey32(privateKey, 'private key');
      const entry = privateEntry(privateKey);
      entry.publicKey ??= exportOkpPublic(entry.key);
      return entry.publicKey.slice();
    },
    xeddsaSign,
    xeddsaVerify,
    isPrimeOrderU,
    signWithSeed,
    cacheSizes: (): NodeCryptoCacheSizes => ({
      privateKeys: privateKeys.size,
      publicKeys: publicKeys.size,
      verifyKeys: verifyKeys.size,
      signingKeys: signingKeys.size,
      seedSigningKeys: seedSigningKeys.size,
    }),
    clearCaches(): void {
      privateKeys.clear();
      publicKeys.clear();
      verifyKeys.clear();
      signingKeys.clear();
      seedSigningKeys.clear();
    },
  });
}

/** The node:crypto backend with default cache sizes. */
export const nodeCrypto: NodeCryptoBackend = /* @__PURE__ */ createNodeCrypto();

/**
 * @internal For parley's tests only (not a stable API): the native base-point multiplication
 * used by signing and the constants it depends on.
 */
export const nodeCryptoInternals: {
  readonly edwardsBaseMultiply: (n: bigint) => Uint8Array | undefined;
  readonly U_B_PRIME: Uint8Array;
  readonly SQRT_M486664: bigint;
  readonly V_B: bigint;
} = Object.freeze({
  edwardsBaseMultiply(n: bigint): Uint8Array | undefined {
    return edwardsBaseMultiply(n, importOkpPublic('X25519', U_B_PRIME));
  },
  U_B_PRIME,
  SQRT_M486664,
  V_B,
});
