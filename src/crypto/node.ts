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
import type { CryptoBackend } from './backend.js';
import {
  convertVerifyKey,
  edwardsBaseMultiply,
  exportOkpPublic,
  FIELD_P,
  importEd25519Private,
  importOkpPublic,
  importX25519Private,
  L,
  nc,
  nobleBaseMultiply,
  type NodeKeyObject,
  NONCE_PREFIX,
  PRIME_ORDER_SCALAR,
  SMALL_ORDER_U,
  SQRT_M486664,
  U_B_PRIME,
  V_B,
  type VerifyKey,
} from './node-keys.js';
import { hkdfSha256 as shortHkdf, hmacSha256 as shortHmac, hmacSha256Many as shortHmacMany, hmacSha256Parts as shortHmacParts, sha256 as shortSha256 } from './sha256.js';
import { bigIntToLe32, clampScalar, leToBigInt, xeddsaSign as pureXeddsaSign, xeddsaVerify as pureXeddsaVerify } from './xeddsa.js';
import { Lru, own, publicKeyId } from './node-util.js';

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
