import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CryptoBackend } from '../../src/crypto/backend.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { deriveMessageKeys, messageKeySeed, nextChainKey } from '../../src/ratchet/kdf.js';

/*
 * Symmetric-ratchet chain step, known answer from libsignal's test_chain_key_derivation
 * (provenance: test/vectors/README.md), built from backend primitives as PROTOCOL.md §4.1-4.2
 * describe it:
 *   message-key seed = HMAC-SHA256(chainKey, 0x01)
 *   next chain key   = HMAC-SHA256(chainKey, 0x02)
 *   HKDF-SHA256(salt = 32 zero bytes, ikm = seed, info = "WhisperMessageKeys", 80)
 *     -> cipher key = bytes 0..32, MAC key = bytes 32..64, IV = bytes 64..80
 * The vector fixes the cipher key, MAC key and next chain key (not the IV).
 */

const backends: CryptoBackend[] = [nobleCrypto];

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;

interface ChainKeyVector {
  chainKey: string;
  messageKey: string;
  macKey: string;
  nextChainKey: string;
}

const v = load<ChainKeyVector>('libsignal_chain_key.json');
const WHISPER_MESSAGE_KEYS = new TextEncoder().encode('WhisperMessageKeys');

describe.each(backends)('chain-key derivation known answer ($name backend)', (backend) => {
  it('derives the next chain key as HMAC-SHA256(chainKey, 0x02)', () => {
    expect(toHex(backend.hmacSha256(hex(v.chainKey), Uint8Array.of(0x02)))).toBe(v.nextChainKey);
  });

  it('derives the cipher and MAC keys from HKDF(zero salt, HMAC-SHA256(chainKey, 0x01), "WhisperMessageKeys", 80)', () => {
    const seed = backend.hmacSha256(hex(v.chainKey), Uint8Array.of(0x01));
    const okm = backend.hkdfSha256(seed, new Uint8Array(32), WHISPER_MESSAGE_KEYS, 80);
    expect(okm).toHaveLength(80);
    expect(toHex(okm.subarray(0, 32))).toBe(v.messageKey);
    expect(toHex(okm.subarray(32, 64))).toBe(v.macKey);
  });

  it('gives the same message keys with an empty salt as with 32 zero bytes', () => {
    const seed = backend.hmacSha256(hex(v.chainKey), Uint8Array.of(0x01));
    const a = backend.hkdfSha256(seed, new Uint8Array(0), WHISPER_MESSAGE_KEYS, 80);
    const b = backend.hkdfSha256(seed, new Uint8Array(32), WHISPER_MESSAGE_KEYS, 80);
    expect(toHex(a)).toBe(toHex(b));
  });

  it("parley's ratchet KDF (src/ratchet/kdf.ts) reproduces the same cipher key, MAC key and next chain key", () => {
    const keys = deriveMessageKeys(backend, messageKeySeed(backend, hex(v.chainKey)));
    expect(toHex(keys.cipherKey)).toBe(v.messageKey);
    expect(toHex(keys.macKey)).toBe(v.macKey);
    expect(keys.iv).toHaveLength(16);
    expect(toHex(nextChainKey(backend, hex(v.chainKey)))).toBe(v.nextChainKey);
  });
});
