import { utf8 } from '../bytes.js';
import type { CryptoBackend } from '../crypto/backend.js';

/** KDF labels and layouts of the v3 profile (PROTOCOL.md §3.2, §4.1, §4.2). */
const WHISPER_TEXT = utf8('WhisperText');
const WHISPER_RATCHET = utf8('WhisperRatchet');
const WHISPER_MESSAGE_KEYS = utf8('WhisperMessageKeys');
const MESSAGE_KEY_SEED = Uint8Array.of(0x01);
const CHAIN_KEY_SEED = Uint8Array.of(0x02);
const NO_SALT = new Uint8Array(0);

export interface RootAndChain {
  readonly rootKey: Uint8Array;
  readonly chainKey: Uint8Array;
}

export interface MessageKeys {
  readonly cipherKey: Uint8Array;
  readonly macKey: Uint8Array;
  readonly iv: Uint8Array;
}

/** X3DH: HKDF(zero salt, 0xFF×32 ‖ DH…, "WhisperText", 64) → root key ‖ chain key. */
export function deriveHandshakeKeys(crypto: CryptoBackend, masterSecret: Uint8Array): RootAndChain {
  const out = crypto.hkdfSha256(masterSecret, NO_SALT, WHISPER_TEXT, 64);
  return { rootKey: out.subarray(0, 32), chainKey: out.subarray(32, 64) };
}

/** Root step: HKDF(salt = root key, DH output, "WhisperRatchet", 64) → new root key ‖ chain key. */
export function deriveRootStep(crypto: CryptoBackend, rootKey: Uint8Array, dhOutput: Uint8Array): RootAndChain {
  const out = crypto.hkdfSha256(dhOutput, rootKey, WHISPER_RATCHET, 64);
  return { rootKey: out.subarray(0, 32), chainKey: out.subarray(32, 64) };
}

export function messageKeySeed(crypto: CryptoBackend, chainKey: Uint8Array): Uint8Array {
  return crypto.hmacSha256(chainKey, MESSAGE_KEY_SEED);
}

export function nextChainKey(crypto: CryptoBackend, chainKey: Uint8Array): Uint8Array {
  return crypto.hmacSha256(chainKey, CHAIN_KEY_SEED);
}

/**
 * One chain step: the message-key seed HMAC(ck, 0x01) and the next chain key HMAC(ck, 0x02),
 * sharing the key setup when the backend offers hmacSha256Many.
 */
export function chainStep(crypto: CryptoBackend, chainKey: Uint8Array): { readonly seed: Uint8Array; readonly next: Uint8Array } {
  if (crypto.hmacSha256Many === undefined) return { seed: messageKeySeed(crypto, chainKey), next: nextChainKey(crypto, chainKey) };
  const [seed, next] = crypto.hmacSha256Many(chainKey, [MESSAGE_KEY_SEED, CHAIN_KEY_SEED]);
  return { seed: seed!, next: next! };
}

/** HKDF(zero salt, seed, "WhisperMessageKeys", 80) → AES key ‖ MAC key ‖ IV. */
export function deriveMessageKeys(crypto: CryptoBackend, seed: Uint8Array): MessageKeys {
  const out = crypto.hkdfSha256(seed, NO_SALT, WHISPER_MESSAGE_KEYS, 80);
  return { cipherKey: out.subarray(0, 32), macKey: out.subarray(32, 64), iv: out.subarray(64, 80) };
}

const WHISPER_GROUP = utf8('WhisperGroup');

export interface SenderMessageKeys {
  readonly iv: Uint8Array;
  readonly cipherKey: Uint8Array;
}

/** Sender keys: HKDF(zero salt, seed, "WhisperGroup", 48) → IV (0..16) ‖ AES key (16..48), IV first. */
export function deriveSenderMessageKeys(crypto: CryptoBackend, seed: Uint8Array): SenderMessageKeys {
  const out = crypto.hkdfSha256(seed, NO_SALT, WHISPER_GROUP, 48);
  return { iv: out.subarray(0, 16), cipherKey: out.subarray(16, 48) };
}
