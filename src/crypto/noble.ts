import { cbc } from '@noble/ciphers/aes.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import type { CryptoBackend } from './backend.js';
import { xeddsaSign, xeddsaVerify } from './xeddsa.js';

const ZERO_SALT = new Uint8Array(32);

/** The default backend: pure JavaScript on the audited @noble libraries. */
export const nobleCrypto: CryptoBackend = Object.freeze({
  name: 'noble',
  hmacSha256: (key: Uint8Array, data: Uint8Array) => hmac(sha256, key, data),
  hmacSha256Parts(key: Uint8Array, parts: readonly Uint8Array[]) {
    const h = hmac.create(sha256, key);
    for (const part of parts) h.update(part);
    return h.digest();
  },
  hkdfSha256: (ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number) =>
    hkdf(sha256, ikm, salt.length === 0 ? ZERO_SALT : salt, info, length),
  sha256: (data: Uint8Array) => sha256(data),
  sha512: (data: Uint8Array) => sha512(data),
  aes256CbcEncrypt: (key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array) => cbc(key, iv).encrypt(plaintext),
  aes256CbcDecrypt: (key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array) => cbc(key, iv).decrypt(ciphertext),
  x25519: (privateKey: Uint8Array, publicKey: Uint8Array) => x25519.getSharedSecret(privateKey, publicKey),
  x25519PublicKey: (privateKey: Uint8Array) => x25519.getPublicKey(privateKey),
  xeddsaSign,
  xeddsaVerify,
});
