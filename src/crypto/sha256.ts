/**
 * SHA-256 (FIPS 180-4), HMAC-SHA256 (RFC 2104) and HKDF-SHA256 (RFC 5869) for short inputs, in
 * plain TypeScript with no allocation beyond the result. The message path hashes a few dozen
 * bytes at a time (chain steps, message-key derivation, MACs), where the cost of a call into
 * native code and the Buffer it returns exceed the hashing itself; the node backend uses these
 * below a size threshold and OpenSSL above it. Everything here runs synchronously to completion,
 * so one module-level scratch state is safe.
 */

/** FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);

/** FIPS 180-4 §5.3.3: the first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const IV = Int32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);

/** @internal The constants, for the test that recomputes them from the primes. */
export const SHA256_CONSTANTS: { readonly K: Int32Array; readonly IV: Int32Array } = { K, IV };

const W = new Int32Array(64);

/**
 * Runs the compression function over `blocks` 64-byte blocks of `data` starting at `offset`; with
 * `data` null, over the one block whose 16 words the caller has put in W[0..16].
 */
function compress(state: Int32Array, data: Uint8Array | null, offset: number, blocks: number): void {
  let h0 = state[0]!;
  let h1 = state[1]!;
  let h2 = state[2]!;
  let h3 = state[3]!;
  let h4 = state[4]!;
  let h5 = state[5]!;
  let h6 = state[6]!;
  let h7 = state[7]!;
  for (let block = 0; block < blocks; block++, offset += 64) {
    if (data !== null) {
      for (let i = 0, j = offset; i < 16; i++, j += 4) {
        W[i] = (data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!;
      }
    }
    for (let i = 16; i < 64; i++) {
      const w15 = W[i - 15]!;
      const w2 = W[i - 2]!;
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    // Eight rounds per iteration with the roles of a…h rotated instead of the values moved.
    let t: number;
    for (let i = 0; i < 64; i += 8) {
      t = (h + ((((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7)))) + (g ^ (e & (f ^ g))) + K[i + 0]! + W[i + 0]!) | 0;
      d = (d + t) | 0;
      h = (t + ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10)))) + ((a & b) | (c & (a | b)))) | 0;
      t = (g + ((((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7)))) + (f ^ (d & (e ^ f))) + K[i + 1]! + W[i + 1]!) | 0;
      c = (c + t) | 0;
      g = (t + ((((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10)))) + ((h & a) | (b & (h | a)))) | 0;
      t = (f + ((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7)))) + (e ^ (c & (d ^ e))) + K[i + 2]! + W[i + 2]!) | 0;
      b = (b + t) | 0;
      f = (t + ((((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10)))) + ((g & h) | (a & (g | h)))) | 0;
      t = (e + ((((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7)))) + (d ^ (b & (c ^ d))) + K[i + 3]! + W[i + 3]!) | 0;
      a = (a + t) | 0;
      e = (t + ((((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10)))) + ((f & g) | (h & (f | g)))) | 0;
      t = (d + ((((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7)))) + (c ^ (a & (b ^ c))) + K[i + 4]! + W[i + 4]!) | 0;
      h = (h + t) | 0;
      d = (t + ((((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10)))) + ((e & f) | (g & (e | f)))) | 0;
      t = (c + ((((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7)))) + (b ^ (h & (a ^ b))) + K[i + 5]! + W[i + 5]!) | 0;
      g = (g + t) | 0;
      c = (t + ((((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10)))) + ((d & e) | (f & (d | e)))) | 0;
      t = (b + ((((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7)))) + (a ^ (g & (h ^ a))) + K[i + 6]! + W[i + 6]!) | 0;
      f = (f + t) | 0;
      b = (t + ((((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10)))) + ((c & d) | (e & (c | d)))) | 0;
      t = (a + ((((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7)))) + (h ^ (f & (g ^ h))) + K[i + 7]! + W[i + 7]!) | 0;
      e = (e + t) | 0;
      a = (t + ((((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10)))) + ((b & c) | (d & (b | c)))) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
  state[5] = h5;
  state[6] = h6;
  state[7] = h7;
}

/** An incremental SHA-256 whose state can start from a precomputed prefix (an HMAC pad). */
class Sha256State {
  readonly state = new Int32Array(8);
  readonly #buffer = new Uint8Array(64);
  #buffered = 0;
  #length = 0;

  /** Starts from `from` after `prefixLength` bytes (a multiple of 64) were already compressed. */
  start(from: Int32Array, prefixLength: number): this {
    this.state.set(from);
    this.#buffered = 0;
    this.#length = prefixLength;
    return this;
  }

  update(data: Uint8Array): this {
    const n = data.length;
    this.#length += n;
    let pos = 0;
    const buffer = this.#buffer;
    if (this.#buffered > 0) {
      const take = Math.min(64 - this.#buffered, n);
      for (let i = 0; i < take; i++) buffer[this.#buffered + i] = data[i]!;
      this.#buffered += take;
      pos = take;
      if (this.#buffered < 64) return this;
      compress(this.state, buffer, 0, 1);
      this.#buffered = 0;
    }
    const blocks = (n - pos) >>> 6;
    if (blocks > 0) {
      compress(this.state, data, pos, blocks);
      pos += blocks * 64;
    }
    for (let i = pos; i < n; i++) buffer[this.#buffered++] = data[i]!;
    return this;
  }

  updateByte(byte: number): this {
    this.#length += 1;
    this.#buffer[this.#buffered++] = byte;
    if (this.#buffered === 64) {
      compress(this.state, this.#buffer, 0, 1);
      this.#buffered = 0;
    }
    return this;
  }

  /** Pads, compresses the last block(s) and writes the 32-byte digest to `out` at `offset`. */
  finish(out: Uint8Array, offset = 0): Uint8Array {
    writeWords(this.finishWords(), out, offset);
    // Nothing of the input or the digest stays behind here (the public functions clear W).
    this.state.fill(0);
    return out;
  }

  /** Pads and compresses the last block(s); the digest is left in `state` as words for the caller to wipe. */
  finishWords(): Int32Array {
    const buffer = this.#buffer;
    const bitLength = this.#length * 8;
    buffer[this.#buffered++] = 0x80;
    if (this.#buffered > 56) {
      buffer.fill(0, this.#buffered);
      compress(this.state, buffer, 0, 1);
      this.#buffered = 0;
    }
    buffer.fill(0, this.#buffered, 56);
    // The 64-bit big-endian bit length; inputs here stay far below 2^53 bits.
    const high = Math.floor(bitLength / 0x1_0000_0000);
    buffer[56] = high >>> 24;
    buffer[57] = high >>> 16;
    buffer[58] = high >>> 8;
    buffer[59] = high;
    buffer[60] = bitLength >>> 24;
    buffer[61] = bitLength >>> 16;
    buffer[62] = bitLength >>> 8;
    buffer[63] = bitLength;
    compress(this.state, buffer, 0, 1);
    this.#buffered = 0;
    buffer.fill(0);
    return this.state;
  }
}

/** The eight state words as a 32-byte big-endian digest at `offset`. */
function writeWords(words: Int32Array, out: Uint8Array, offset: number): void {
  for (let i = 0; i < 8; i++) {
    const word = words[i]!;
    out[offset + 4 * i] = word >>> 24;
    out[offset + 4 * i + 1] = word >>> 16;
    out[offset + 4 * i + 2] = word >>> 8;
    out[offset + 4 * i + 3] = word;
  }
}

const scratch = new Sha256State();
const outerState = new Int32Array(8);
/** The one padded block of HMAC's outer hash after the key block: digest, 0x80, zeros, bit length 768. */
const OUTER_BIT_LENGTH = (64 + 32) * 8;

/**
 * HMAC's outer hash, SHA-256(opad block ‖ inner digest), into `out` at `offset`, straight from the
 * inner digest's words: the 32-byte message always fills one padded block of known layout.
 */
function outerHash(outerPad: Int32Array, inner: Int32Array, out: Uint8Array, offset: number): void {
  for (let i = 0; i < 8; i++) W[i] = inner[i]!;
  W[8] = 0x80000000 | 0;
  for (let i = 9; i < 15; i++) W[i] = 0;
  W[15] = OUTER_BIT_LENGTH;
  outerState.set(outerPad);
  compress(outerState, null, 0, 1);
  writeWords(outerState, out, offset);
  outerState.fill(0);
}

export function sha256(data: Uint8Array): Uint8Array {
  const out = scratch.start(IV, 0).update(data).finish(new Uint8Array(32));
  W.fill(0);
  return out;
}

/** The states after compressing key ⊕ ipad and key ⊕ opad (RFC 2104), reusable for many messages. */
interface HmacPads {
  readonly inner: Int32Array;
  readonly outer: Int32Array;
}

const IPAD = 0x36363636;
/** ipad XOR opad: turns a word of key ⊕ ipad into key ⊕ opad. */
const IPAD_TO_OPAD = 0x36363636 ^ 0x5c5c5c5c;

/**
 * Pads for `key` into `target` (scratch pads for one-shot use, fresh ones for a constant). The key
 * block goes into W as words; compression leaves W[0..16] as it found them, so the outer block is
 * the inner one with each word XORed once more.
 */
function hmacPads(key: Uint8Array, target: HmacPads = { inner: new Int32Array(8), outer: new Int32Array(8) }): HmacPads {
  const k = key.length > 64 ? sha256(key) : key;
  for (let i = 0; i < 16; i++) W[i] = 0;
  putBytes(k, 0);
  for (let i = 0; i < 16; i++) W[i] = W[i]! ^ IPAD;
  target.inner.set(IV);
  compress(target.inner, null, 0, 1);
  for (let i = 0; i < 16; i++) W[i] = W[i]! ^ IPAD_TO_OPAD;
  target.outer.set(IV);
  compress(target.outer, null, 0, 1);
  if (k !== key) k.fill(0);
  return target;
}

/** Scratch pads: one for a one-shot HMAC or HKDF's salt, one for HKDF's pseudorandom key. */
const keyPads: HmacPads = { inner: new Int32Array(8), outer: new Int32Array(8) };
const prkPads: HmacPads = { inner: new Int32Array(8), outer: new Int32Array(8) };

function wipe(pads: HmacPads): void {
  pads.inner.fill(0);
  pads.outer.fill(0);
}

/** Largest message that fits, with its padding, in the one block after HMAC's key block. */
const ONE_BLOCK_MESSAGE = 55;
const innerState = new Int32Array(8);

/** @internal For the test that checks nothing secret is left behind between calls. */
export const sha256Internals: {
  readonly scratchState: Int32Array;
  readonly innerState: Int32Array;
  readonly outerState: Int32Array;
  readonly schedule: Int32Array;
} = { scratchState: scratch.state, innerState, outerState, schedule: W };

/** Writes `bytes` into the zeroed words W[0..16] from byte position `j`; returns the next position. */
function putBytes(bytes: Uint8Array, j: number): number {
  const n = bytes.length;
  let i = 0;
  for (; i < n && (j & 3) !== 0; i++, j++) W[j >> 2]! |= bytes[i]! << (24 - ((j & 3) << 3));
  for (; i + 4 <= n; i += 4, j += 4) W[j >> 2] = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;
  for (; i < n; i++, j++) W[j >> 2]! |= bytes[i]! << (24 - ((j & 3) << 3));
  return j;
}

/** HMAC with precomputed pads over the concatenation of up to three parts, into `out` at `offset`. */
function hmacWithPads(pads: HmacPads, out: Uint8Array, offset: number, a: Uint8Array, b?: Uint8Array, counter?: number): void {
  const n = a.length + (b === undefined ? 0 : b.length) + (counter === undefined ? 0 : 1);
  if (n <= ONE_BLOCK_MESSAGE) {
    // The whole message and its padding are one block: built as words, without the byte buffer.
    for (let i = 0; i < 16; i++) W[i] = 0;
    let j = putBytes(a, 0);
    if (b !== undefined) j = putBytes(b, j);
    if (counter !== undefined) W[j >> 2]! |= (counter & 0xff) << (24 - ((j++ & 3) << 3));
    W[j >> 2]! |= 0x80 << (24 - ((j & 3) << 3));
    W[15] = (64 + n) * 8;
    innerState.set(pads.inner);
    compress(innerState, null, 0, 1);
    outerHash(pads.outer, innerState, out, offset);
    innerState.fill(0);
    return;
  }
  scratch.start(pads.inner, 64).update(a);
  if (b !== undefined) scratch.update(b);
  if (counter !== undefined) scratch.updateByte(counter);
  outerHash(pads.outer, scratch.finishWords(), out, offset);
  scratch.state.fill(0);
}

export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  const pads = hmacPads(key, keyPads);
  const out = new Uint8Array(32);
  hmacWithPads(pads, out, 0, data);
  wipe(pads);
  W.fill(0);
  return out;
}

/** HMAC-SHA256 of the concatenation of `parts`. */
export function hmacSha256Parts(key: Uint8Array, parts: readonly Uint8Array[]): Uint8Array {
  const pads = hmacPads(key, keyPads);
  scratch.start(pads.inner, 64);
  for (const part of parts) scratch.update(part);
  const out = new Uint8Array(32);
  outerHash(pads.outer, scratch.finishWords(), out, 0);
  scratch.state.fill(0);
  wipe(pads);
  W.fill(0);
  return out;
}

/** HMAC-SHA256 of each message under one key, computing the key's pads once. */
export function hmacSha256Many(key: Uint8Array, messages: readonly Uint8Array[]): Uint8Array[] {
  const pads = hmacPads(key, keyPads);
  const out = messages.map((message) => {
    const mac = new Uint8Array(32);
    hmacWithPads(pads, mac, 0, message);
    return mac;
  });
  wipe(pads);
  W.fill(0);
  return out;
}

const ZERO_SALT_PADS = hmacPads(new Uint8Array(32));
const EMPTY = new Uint8Array(0);
const block = new Uint8Array(32);
const prk = new Uint8Array(32);

/**
 * RFC 5869 HKDF-SHA256; an empty salt means 32 zero bytes (whose pads are precomputed). The caller
 * checks `length` (0..8160).
 */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array {
  // Allocated first, so a bad length throws before any key material is in the scratch arrays.
  const out = new Uint8Array(length);
  const saltPads = salt.length === 0 ? ZERO_SALT_PADS : hmacPads(salt, keyPads);
  hmacWithPads(saltPads, prk, 0, ikm);
  if (saltPads !== ZERO_SALT_PADS) wipe(saltPads);
  hmacPads(prk, prkPads);
  prk.fill(0);
  let previous: Uint8Array = EMPTY;
  for (let pos = 0, i = 1; pos < length; i++, pos += 32) {
    hmacWithPads(prkPads, block, 0, previous, info, i);
    previous = block;
    const take = Math.min(32, length - pos);
    for (let j = 0; j < take; j++) out[pos + j] = block[j]!;
  }
  block.fill(0);
  wipe(prkPads);
  W.fill(0);
  return out;
}
