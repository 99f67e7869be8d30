import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../../src/crypto/node.js';
import { hkdfSha256, hmacSha256, hmacSha256Many, hmacSha256Parts, sha256, SHA256_CONSTANTS, sha256Internals } from '../../src/crypto/sha256.js';

/*
 * The TypeScript SHA-256 / HMAC / HKDF that the node backend uses for short inputs, against
 * OpenSSL (node:crypto) at every length around the block and padding boundaries.
 */

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const rand = (n: number): Uint8Array => new Uint8Array(randomBytes(n));

/** ⌊r⌋ for r = the k-th root of n, by bisection on BigInt. */
function integerRoot(n: bigint, k: bigint): bigint {
  let low = 0n;
  let high = 1n;
  while (high ** k <= n) high <<= 1n;
  while (high - low > 1n) {
    const mid = (low + high) >> 1n;
    if (mid ** k <= n) low = mid;
    else high = mid;
  }
  return low;
}

const primes = (count: number): bigint[] => {
  const out: bigint[] = [];
  for (let n = 2n; out.length < count; n++) if (out.every((p) => n % p !== 0n)) out.push(n);
  return out;
};

describe('TypeScript SHA-256 (FIPS 180-4)', () => {
  it('its constants are the fractional bits of the cube roots of the first 64 primes and the square roots of the first 8', () => {
    const frac32 = (p: bigint, k: bigint) => Number(integerRoot(p << (32n * k), k) & 0xffff_ffffn) | 0;
    expect(Array.from(SHA256_CONSTANTS.K)).toEqual(primes(64).map((p) => frac32(p, 3n)));
    expect(Array.from(SHA256_CONSTANTS.IV)).toEqual(primes(8).map((p) => frac32(p, 2n)));
  });

  it('FIPS 180-2 "abc" and the two-block message', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals OpenSSL for every length from 0 to 300 bytes and for 1 MiB', () => {
    for (let n = 0; n <= 300; n++) {
      const data = rand(n);
      expect(hex(sha256(data)), `length ${n}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
    const big = rand(1 << 20);
    expect(hex(sha256(big))).toBe(createHash('sha256').update(big).digest('hex'));
  });
});

describe('TypeScript HMAC-SHA256 and HKDF-SHA256', () => {
  it('HMAC equals OpenSSL for keys of 0..130 bytes (hashed above 64) and data of 0..300 bytes', () => {
    for (let i = 0; i < 600; i++) {
      const key = rand(i % 131);
      const data = rand((i * 7) % 301);
      const expected = createHmac('sha256', key).update(data).digest('hex');
      expect(hex(hmacSha256(key, data))).toBe(expected);
      const cut1 = Math.floor(data.length / 3);
      const cut2 = Math.floor((2 * data.length) / 3);
      expect(hex(hmacSha256Parts(key, [data.subarray(0, cut1), data.subarray(cut1, cut2), data.subarray(cut2)]))).toBe(expected);
      expect(hex(hmacSha256Parts(key, [new Uint8Array(0), data]))).toBe(expected);
    }
  });

  it('HKDF equals OpenSSL for salts empty or 1..100 bytes, infos of 0..120 bytes and outputs of 0..400 bytes', () => {
    for (let i = 0; i < 400; i++) {
      const ikm = rand(i % 97);
      const salt = rand(i % 4 === 0 ? 0 : i % 101);
      const info = rand((i * 3) % 121);
      const length = (i * 13) % 401;
      const expected = Buffer.from(hkdfSync('sha256', ikm, salt.length === 0 ? new Uint8Array(32) : salt, info, length)).toString('hex');
      expect(hex(hkdfSha256(ikm, salt, info, length))).toBe(expected);
    }
  });

  it('HMAC of several messages under one key equals one HMAC per message (TypeScript and the node backend, short and long)', () => {
    for (let i = 0; i < 200; i++) {
      const key = rand(i % 100);
      const messages = [rand(i % 7), rand((i * 5) % 300), Uint8Array.of(1), Uint8Array.of(2)];
      const expected = messages.map((m) => createHmac('sha256', key).update(m).digest('hex'));
      expect(hmacSha256Many(key, messages).map(hex)).toEqual(expected);
      expect(nodeCrypto.hmacSha256Many(key, messages).map(hex)).toEqual(expected);
    }
    expect(hmacSha256Many(rand(32), [])).toEqual([]);
  });

  it('results are fresh arrays: later calls do not change earlier results', () => {
    const key = rand(32);
    const first = hmacSha256(key, Uint8Array.of(1));
    const copy = hex(first);
    hmacSha256(rand(32), Uint8Array.of(2));
    hkdfSha256(rand(32), new Uint8Array(0), rand(5), 80);
    expect(hex(first)).toBe(copy);
  });

  it('the node backend switches between TypeScript and OpenSSL at the threshold without a visible difference', () => {
    const key = rand(32);
    for (const n of [255, 256, 257, 1024]) {
      const data = rand(n);
      const expected = createHmac('sha256', key).update(data).digest('hex');
      expect(hex(nodeCrypto.hmacSha256(key, data))).toBe(expected);
      expect(hex(nodeCrypto.hmacSha256Parts(key, [data.subarray(0, 100), data.subarray(100)]))).toBe(expected);
      expect(hex(nodeCrypto.sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });
});

describe('TypeScript hashing leaves no secrets in module memory', () => {
  it('after SHA-256, HMAC (short and long keys), HMAC over parts and HKDF, the scratch, inner and outer hash states and the schedule are all zeros', () => {
    const allZero = () => [sha256Internals.scratchState, sha256Internals.innerState, sha256Internals.outerState, sha256Internals.schedule].every((words) => words.every((w) => w === 0));
    sha256(rand(100));
    expect(allZero()).toBe(true);
    hmacSha256(rand(32), rand(50));
    expect(allZero()).toBe(true);
    hmacSha256(rand(100), rand(50)); // a key longer than a block is hashed first
    expect(allZero()).toBe(true);
    hmacSha256Parts(rand(32), [rand(33), rand(33), rand(150)]);
    expect(allZero()).toBe(true);
    hmacSha256Many(rand(32), [Uint8Array.of(1), Uint8Array.of(2)]);
    expect(allZero()).toBe(true);
    hkdfSha256(rand(32), rand(80), rand(10), 80);
    expect(allZero()).toBe(true);
  });
});
