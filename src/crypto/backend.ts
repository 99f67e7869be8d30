import { concatBytes } from '../bytes.js';

/**
 * Every cryptographic primitive the protocol code uses goes through this interface, so a faster
 * backend (e.g. one on node:crypto) can be swapped in without touching protocol code. All methods
 * are synchronous and take and return plain Uint8Arrays. Implementations never keep references to
 * their inputs after returning, except for caching derived key objects keyed by value.
 */
export interface CryptoBackend {
  readonly name: string;
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
  /**
   * Optional: HMAC-SHA256 of the concatenation of `parts`, without the caller concatenating them
   * (the message MAC covers both identity keys and the message). Without it parley concatenates.
   */
  hmacSha256Parts?(key: Uint8Array, parts: readonly Uint8Array[]): Uint8Array;
  /**
   * Optional: the HMAC-SHA256 of each message under one key, sharing the key setup (the chain
   * step's two HMACs). Without it parley calls hmacSha256 once per message.
   */
  hmacSha256Many?(key: Uint8Array, messages: readonly Uint8Array[]): Uint8Array[];
  /** RFC 5869 HKDF-SHA256. An empty salt means HashLen zero bytes, as the RFC says. */
  hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array;
  sha256(data: Uint8Array): Uint8Array;
  sha512(data: Uint8Array): Uint8Array;
  /** AES-256-CBC with PKCS#7 padding. */
  aes256CbcEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array): Uint8Array;
  /** AES-256-CBC with PKCS#7 padding; throws (any error) on a bad length or padding. */
  aes256CbcDecrypt(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array;
  /**
   * X25519 of a 32-byte private scalar (clamped by the function) and a 32-byte u-coordinate.
   * Returns the raw 32-byte output; callers reject all-zero results.
   */
  x25519(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
  /** The 32-byte u-coordinate of privateKey·9. */
  x25519PublicKey(privateKey: Uint8Array): Uint8Array;
  /**
   * libsignal-style XEdDSA signature (PROTOCOL.md §6.1) with the caller's 64 random bytes.
   * The Edwards sign bit of the key is stored in bit 7 of byte 63.
   */
  xeddsaSign(privateKey: Uint8Array, message: Uint8Array, random: Uint8Array): Uint8Array;
  /** Verifies both libsignal-style and spec XEdDSA signatures (PROTOCOL.md §6.2). Never throws. */
  xeddsaVerify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
  /**
   * Optional fast path for the handshake-key check: true exactly when the canonical u-coordinate
   * `u` (u < 2^255 − 19) is a point of prime order L on Curve25519: on the curve, not its twist,
   * with no small-order component. Without it parley runs its own pure check (keys/curve.ts).
   */
  isPrimeOrderU?(u: Uint8Array): boolean;
  /**
   * Optional: a deterministic RFC 8032 Ed25519 signature with the key of a 32-byte seed, packed
   * libsignal style (the sign bit of the Edwards public key in bit 7 of byte 63), so that
   * xeddsaVerify accepts it under the Montgomery key x25519PublicKey(clamp(SHA-512(seed)[0..32])).
   * Only for keys parley generates itself from a seed (sender-key signing keys), where it lets a
   * native Ed25519 signer stand in for XEdDSA signing; without it those keys sign with xeddsaSign.
   */
  signWithSeed?(seed: Uint8Array, message: Uint8Array): Uint8Array;
}

/** HMAC-SHA256 over the concatenation of `parts`, concatenating only if the backend cannot stream them. */
export function hmacOver(crypto: CryptoBackend, key: Uint8Array, parts: readonly Uint8Array[]): Uint8Array {
  return crypto.hmacSha256Parts !== undefined ? crypto.hmacSha256Parts(key, parts) : crypto.hmacSha256(key, concatBytes(...parts));
}
