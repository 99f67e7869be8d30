// Byte, encoding and cache helpers of the node:crypto backend (no node: import here).


/**
 * A plain Uint8Array with the bytes of a Node Buffer. A Buffer that owns its whole ArrayBuffer is
 * re-viewed without copying; one that shares a pool slab (or a larger buffer) is copied, so the
 * caller never aliases memory Node may hand out again.
 */
export function own(buf: Uint8Array): Uint8Array {
  if (buf.byteOffset === 0 && buf.buffer.byteLength === buf.byteLength && buf.buffer instanceof ArrayBuffer) {
    return new Uint8Array(buf.buffer);
  }
  return new Uint8Array(buf);
}


export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B64URL_INDEX = (() => {
  const index = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) index[B64URL.charCodeAt(i)] = i;
  return index;
})();

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]! + B64URL[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]!;
  }
  return out;
}

/** Decodes exactly 32 bytes of unpadded base64url (a JWK OKP coordinate); throws otherwise. */
export function fromBase64url32(s: string): Uint8Array {
  if (s.length !== 43) throw new Error('node crypto: unexpected JWK key length');
  const out = new Uint8Array(32);
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (let i = 0; i < 43; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64URL_INDEX[c]! : -1;
    if (v < 0) throw new Error('node crypto: bad base64url in JWK');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** A compact, non-secret map key for public bytes (one UTF-16 unit per byte). */
export function publicKeyId(bytes: Uint8Array): string {
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}


// ---------------------------------------------------------------------------------------------
// Bounded LRU.

export class Lru<V> {
  readonly #max: number;
  readonly #map = new Map<string, V>();
  constructor(max: number) {
    if (!Number.isSafeInteger(max) || max < 0) throw new RangeError(`cache size must be a non-negative integer, got ${String(max)}`);
    this.#max = max;
  }
  get(key: string): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    if (this.#max === 0) return;
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) {
      const oldest = this.#map.keys().next();
      if (!oldest.done) this.#map.delete(oldest.value);
    }
  }
  get size(): number {
    return this.#map.size;
  }
  clear(): void {
    this.#map.clear();
  }
}

