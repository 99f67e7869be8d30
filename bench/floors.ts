// Floors: what the native primitives alone cost in this run, through parley's node backend, and the
// least time each scenario whose target hinges on them could take. A scenario whose floor is above
// its target cannot meet it on this backend, however lean the code around the primitives gets. Each call is timed on its own and the fastest kept, outside the scenarios.
import { randomBytes } from 'node:crypto';
import { createNodeCrypto } from '../src/crypto/node.js';
import type { ScenarioId } from './scenarios.js';

export interface PrimitiveCost {
  readonly id: PrimitiveId;
  /** The fastest call, in µs. */
  readonly min_us: number;
}

export const PRIMITIVES = [
  'x25519-agree',
  'x25519-agree-new-public',
  'x25519-new-key-pair',
  'ed25519-sign',
  'xeddsa-verify',
  'aes256-cbc-encrypt-1m',
  'aes256-cbc-decrypt-1m',
  'hmac-sha256-1m',
  'sha256-1m',
] as const;
export type PrimitiveId = (typeof PRIMITIVES)[number];

export const PRIMITIVE_NOTES: Readonly<Record<PrimitiveId, string>> = {
  'x25519-agree': 'X25519 with both keys already imported (cached KeyObjects)',
  'x25519-agree-new-public': 'X25519 with a public key seen for the first time (JWK import + agreement)',
  'x25519-new-key-pair': 'a new X25519 key pair: 32 random bytes, private-key import (OpenSSL derives the public key), export',
  'ed25519-sign': 'signWithSeed of 100 B (OpenSSL Ed25519, key cached)',
  'xeddsa-verify': 'xeddsaVerify of 100 B (OpenSSL Ed25519 verification, converted key cached)',
  'aes256-cbc-encrypt-1m': 'AES-256-CBC encrypt of 1 MiB',
  'aes256-cbc-decrypt-1m': 'AES-256-CBC decrypt of 1 MiB',
  'hmac-sha256-1m': 'HMAC-SHA256 of 1 MiB',
  'sha256-1m': 'SHA-256 of 1 MiB',
};

/**
 * The fastest of `n` calls of `op(i)`, in µs, each timed on its own after `n / 10` untimed ones
 * (at least 10). A floor is a lower bound, so the minimum: the median of a 1 MiB call swings by 3×
 * with the allocator's state (fresh pages for each output) and GC pauses land on later calls.
 */
function timeFastest(n: number, op: (i: number) => unknown): number {
  const warm = Math.max(10, Math.ceil(n / 10));
  for (let i = 0; i < warm; i++) op(n + i);
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    op(i);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return Math.round(fastest * 1000 * 100) / 100;
}

/** Measures every primitive once; `scale` 1 for a full run, less for --quick. */
export function measurePrimitives(scale: number): PrimitiveCost[] {
  const crypto = createNodeCrypto();
  const small = Math.max(200, Math.round(5_000 * scale));
  const large = Math.max(30, Math.round(100 * scale));
  const ownPrivate = new Uint8Array(randomBytes(32));
  const peer = crypto.x25519PublicKey(new Uint8Array(randomBytes(32)));
  // Fresh public keys for every call (warm-up included), made before the timer starts.
  const fresh = Array.from({ length: small + Math.max(10, Math.ceil(small / 10)) }, () => crypto.x25519PublicKey(new Uint8Array(randomBytes(32))));
  crypto.clearCaches();
  const seed = new Uint8Array(randomBytes(32));
  const message = new Uint8Array(randomBytes(100));
  const signature = crypto.signWithSeed(seed, message);
  const signingPublic = crypto.x25519PublicKey(seededScalar(crypto, seed));
  const key = new Uint8Array(randomBytes(32));
  const iv = new Uint8Array(randomBytes(16));
  const mebibyte = new Uint8Array(randomBytes(1024 * 1024));
  const ciphertext = crypto.aes256CbcEncrypt(key, iv, mebibyte);
  if (!crypto.xeddsaVerify(signingPublic, message, signature)) throw new Error('floors: the seeded signature does not verify');

  const costs: Record<PrimitiveId, number> = {
    'x25519-agree': timeFastest(small, () => crypto.x25519(ownPrivate, peer)),
    'x25519-agree-new-public': timeFastest(small, (i) => crypto.x25519(ownPrivate, fresh[i]!)),
    'x25519-new-key-pair': timeFastest(small, () => crypto.x25519PublicKey(new Uint8Array(randomBytes(32)))),
    'ed25519-sign': timeFastest(small, () => crypto.signWithSeed(seed, message)),
    'xeddsa-verify': timeFastest(small, () => crypto.xeddsaVerify(signingPublic, message, signature)),
    'aes256-cbc-encrypt-1m': timeFastest(large, () => crypto.aes256CbcEncrypt(key, iv, mebibyte)),
    'aes256-cbc-decrypt-1m': timeFastest(large, () => crypto.aes256CbcDecrypt(key, iv, ciphertext)),
    'hmac-sha256-1m': timeFastest(large, () => crypto.hmacSha256(key, mebibyte)),
    'sha256-1m': timeFastest(large, () => crypto.sha256(mebibyte)),
  };
  return PRIMITIVES.map((id) => ({ id, min_us: costs[id] }));
}

/** clamp(SHA-512(seed)[0..32]): the X25519 private scalar of a seeded signing key. */
function seededScalar(crypto: ReturnType<typeof createNodeCrypto>, seed: Uint8Array): Uint8Array {
  return crypto.sha512(seed).slice(0, 32);
}

export interface Floor {
  readonly scenario: ScenarioId;
  /** µs per operation that the native primitives named in `made_of` take on their own. */
  readonly floor_us: number;
  readonly made_of: string;
}

/** Floors for the scenarios whose targets hinge on native primitives (each a sum of the primitives' fastest calls). */
export function floors(costs: readonly PrimitiveCost[]): Floor[] {
  const c = (id: PrimitiveId): number => costs.find((x) => x.id === id)?.min_us ?? Number.NaN;
  const list: Floor[] = [
    {
      scenario: 'pingpong',
      floor_us: c('x25519-agree') + c('x25519-agree-new-public') + c('x25519-new-key-pair'),
      made_of: 'the DH ratchet step: agree + agree with the new public key + new key pair',
    },
    { scenario: 'group-encrypt', floor_us: c('ed25519-sign'), made_of: 'one Ed25519 signature' },
    { scenario: 'group-decrypt', floor_us: c('xeddsa-verify'), made_of: 'one signature verification' },
    {
      scenario: 'media1m-encrypt',
      floor_us: c('aes256-cbc-encrypt-1m') + c('hmac-sha256-1m') + 2 * c('sha256-1m'),
      made_of: 'AES-CBC encrypt + HMAC + SHA-256 of plaintext and blob',
    },
    {
      scenario: 'media1m-decrypt',
      floor_us: c('aes256-cbc-decrypt-1m') + c('hmac-sha256-1m') + 2 * c('sha256-1m'),
      made_of: 'AES-CBC decrypt + HMAC + SHA-256 of blob and plaintext',
    },
  ];
  return list.filter((f) => Number.isFinite(f.floor_us)).map((f) => ({ ...f, floor_us: Math.round(f.floor_us * 10) / 10 }));
}
