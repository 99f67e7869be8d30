import type { CryptoBackend } from '../../src/index.js';
import { nobleCrypto } from '../../src/index.js';

/**
 * A backend that counts the expensive primitive calls, so tests can bound the work an input
 * causes (a deterministic stand-in for timing, which tests never assert).
 */
export function countingCrypto(base: CryptoBackend = nobleCrypto): { backend: CryptoBackend; counts: { hmac: number; x25519: number } } {
  const counts = { hmac: 0, x25519: 0 };
  const backend: CryptoBackend = {
    ...base,
    name: `${base.name}+counting`,
    hmacSha256(key, data) {
      counts.hmac++;
      return base.hmacSha256(key, data);
    },
    // The optional batched forms count as one HMAC per output, so bounds hold on every backend.
    ...(base.hmacSha256Parts === undefined
      ? {}
      : {
          hmacSha256Parts(key: Uint8Array, parts: readonly Uint8Array[]) {
            counts.hmac++;
            return base.hmacSha256Parts!(key, parts);
          },
        }),
    ...(base.hmacSha256Many === undefined
      ? {}
      : {
          hmacSha256Many(key: Uint8Array, messages: readonly Uint8Array[]) {
            counts.hmac += messages.length;
            return base.hmacSha256Many!(key, messages);
          },
        }),
    x25519(privateKey, publicKey) {
      counts.x25519++;
      return base.x25519(privateKey, publicKey);
    },
  };
  return { backend, counts };
}
