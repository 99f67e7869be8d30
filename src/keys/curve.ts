import { ed25519 } from '@noble/curves/ed25519.js';
import { assertBytes, concatBytes, isAllZero } from '../bytes.js';
import type { Context } from '../context.js';
import type { CryptoBackend } from '../crypto/backend.js';
import { clampScalar, montgomeryToEdwardsY } from '../crypto/xeddsa.js';
import { ProtocolError } from '../errors.js';

/** The only elliptic-curve key type on the wire: Curve25519 ("Djb"). */
export const DJB_TYPE = 0x05;
export const PUBLIC_KEY_LENGTH = 33;
export const PRIVATE_KEY_LENGTH = 32;

/** A Curve25519 key pair: public key serialized as 0x05 ‖ u, private key stored clamped. */
export interface KeyPair {
  readonly publicKey: Uint8Array;
  readonly privateKey: Uint8Array;
}

/**
 * Checks a serialized public key off the wire or from a caller: exactly 33 bytes, type byte 0x05,
 * u < 2^255 − 19. Returns the 32-byte u-coordinate view.
 */
export function parsePublicKey(serialized: Uint8Array, field = 'publicKey'): Uint8Array {
  if (!(serialized instanceof Uint8Array)) {
    throw new ProtocolError('InvalidKey', `"${field}" expected Uint8Array`, { field });
  }
  if (serialized.length !== PUBLIC_KEY_LENGTH) {
    throw new ProtocolError('InvalidKey', `"${field}" expected ${PUBLIC_KEY_LENGTH} bytes, got ${serialized.length}`, {
      field,
      expected: PUBLIC_KEY_LENGTH,
      got: serialized.length,
    });
  }
  if (serialized[0] !== DJB_TYPE) {
    throw new ProtocolError('InvalidKey', `"${field}" expected key type 0x05, got 0x${serialized[0]!.toString(16).padStart(2, '0')}`, {
      field,
      expected: DJB_TYPE,
      got: serialized[0]!,
    });
  }
  const u = serialized.subarray(1);
  if (!isCanonicalU(u)) {
    throw new ProtocolError('InvalidKey', `"${field}" expected a canonical u-coordinate (u < 2^255 - 19)`, { field });
  }
  return u;
}

/** u < p, with p = 2^255 − 19, reading all 256 bits (a set top bit is non-canonical). */
function isCanonicalU(u: Uint8Array): boolean {
  if (u[31]! > 0x7f) return false;
  if (u[31]! < 0x7f) return true;
  for (let i = 30; i >= 1; i--) if (u[i] !== 0xff) return true;
  return u[0]! < 0xed;
}

export function serializePublicKey(u: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(DJB_TYPE), u);
}

/** Accepts a caller's 32-byte private key and returns it clamped (as libsignal stores it). */
export function importPrivateKey(privateKey: Uint8Array): Uint8Array {
  assertBytes(privateKey, 'privateKey', PRIVATE_KEY_LENGTH);
  return clampScalar(privateKey);
}

export function generateKeyPair(crypto: CryptoBackend, context: Context): KeyPair {
  const privateKey = clampScalar(context.randomBytes(PRIVATE_KEY_LENGTH));
  return { privateKey, publicKey: serializePublicKey(crypto.x25519PublicKey(privateKey)) };
}

export function keyPairFromPrivate(crypto: CryptoBackend, privateKey: Uint8Array): KeyPair {
  const clamped = importPrivateKey(privateKey);
  return { privateKey: clamped, publicKey: serializePublicKey(crypto.x25519PublicKey(clamped)) };
}

/**
 * X25519 agreement with a serialized (0x05-prefixed) public key. Rejects non-canonical keys and
 * any small-order input, which shows up as an all-zero shared secret (checked without early exit).
 */
export function agree(crypto: CryptoBackend, privateKey: Uint8Array, publicKey: Uint8Array, field = 'publicKey'): Uint8Array {
  const u = parsePublicKey(publicKey, field);
  let shared: Uint8Array;
  try {
    shared = crypto.x25519(privateKey, u);
  } catch (e) {
    throw new ProtocolError('NonContributoryKey', `"${field}" gave a non-contributory X25519 agreement`, { field }, { cause: e });
  }
  if (isAllZero(shared)) {
    throw new ProtocolError('NonContributoryKey', `"${field}" gave an all-zero X25519 shared secret`, { field });
  }
  return shared;
}

export function sign(crypto: CryptoBackend, context: Context, privateKey: Uint8Array, message: Uint8Array): Uint8Array {
  return crypto.xeddsaSign(privateKey, message, context.randomBytes(64));
}

/** A signing key pair parley generates for itself, with the RFC 8032 seed it was expanded from. */
export interface SeededKeyPair extends KeyPair {
  readonly seed: Uint8Array;
}

/**
 * The Curve25519 private key of an Ed25519 seed: the clamped first half of SHA-512(seed) (RFC 8032
 * §5.1.5). Its X25519 public key is the Montgomery form of the seed's Ed25519 public key, so the
 * seed's Ed25519 signatures verify as XEdDSA under it (with the sign bit packed in byte 63).
 */
export function seededPrivateKey(crypto: Pick<CryptoBackend, 'sha512'>, seed: Uint8Array): Uint8Array {
  return clampScalar(crypto.sha512(seed).subarray(0, PRIVATE_KEY_LENGTH));
}

/** A fresh signing key pair from a random seed (used for parley's own sender-key signing keys). */
export function generateSeededKeyPair(crypto: CryptoBackend, context: Context): SeededKeyPair {
  const seed = context.randomBytes(32);
  const privateKey = seededPrivateKey(crypto, seed);
  return { seed, privateKey, publicKey: serializePublicKey(crypto.x25519PublicKey(privateKey)) };
}

/**
 * Signs with one of parley's own keys: natively as packed Ed25519 when the key has its seed and
 * the backend offers signWithSeed, otherwise XEdDSA. Verifiers cannot tell the two apart.
 */
export function signOwn(
  crypto: CryptoBackend,
  context: Context,
  key: { readonly privateKey: Uint8Array; readonly seed?: Uint8Array | undefined },
  message: Uint8Array,
): Uint8Array {
  if (key.seed !== undefined && crypto.signWithSeed !== undefined) return crypto.signWithSeed(key.seed, message);
  return sign(crypto, context, key.privateKey, message);
}

/** Verifies an XEdDSA signature by a serialized public key; malformed keys verify as false. */
export function verify(crypto: CryptoBackend, publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== PUBLIC_KEY_LENGTH || publicKey[0] !== DJB_TYPE) {
    return false;
  }
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
  return crypto.xeddsaVerify(publicKey.subarray(1), message, signature);
}

const edwardsPoint = ed25519.Point;

/**
 * True when the serialized key is canonical, maps to a point on edwards25519, and has no
 * small-order (torsion) component. Used on handshake keys (identity, signed prekey, one-time
 * prekey, base key), as libsignal does for incoming base keys; it costs one scalar multiplication,
 * done by the backend when it offers {@link CryptoBackend.isPrimeOrderU}.
 */
export function isTorsionFreePublicKey(publicKey: Uint8Array, crypto?: CryptoBackend): boolean {
  let u: Uint8Array;
  try {
    u = parsePublicKey(publicKey);
  } catch {
    return false;
  }
  if (crypto?.isPrimeOrderU !== undefined) return crypto.isPrimeOrderU(u);
  const encoded = montgomeryToEdwardsY(u);
  if (encoded === undefined) return false;
  try {
    const point = edwardsPoint.fromBytes(encoded);
    return !point.is0() && point.isTorsionFree();
  } catch {
    return false;
  }
}

/** Throws InvalidKey unless {@link isTorsionFreePublicKey}. */
export function assertHandshakeKey(crypto: CryptoBackend, publicKey: Uint8Array, field: string): void {
  parsePublicKey(publicKey, field);
  if (!isTorsionFreePublicKey(publicKey, crypto)) {
    throw new ProtocolError('InvalidKey', `"${field}" expected a prime-order Curve25519 point`, { field });
  }
}
