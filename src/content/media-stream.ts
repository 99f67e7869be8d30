/**
 * WhatsApp media encryption (BUSINESS.md §2.3), streaming form with bounded memory.
 *
 * Primary form: async iterables of Uint8Array chunks. Every function accepts a
 * {@link MediaByteSource}: a WHATWG `ReadableStream<Uint8Array>` (anything with `getReader()`),
 * an async iterable (async generators, Node `Readable` streams), a sync iterable of chunks, or a
 * single Uint8Array. Outputs are async iterables; {@link toReadableStream} wraps one in a
 * `ReadableStream` on hosts that have the global (Node ≥ 18, browsers, Deno, Bun). No `node:`
 * module is used, and no DOM typings are needed: the stream types below are structural.
 *
 * The {@link CryptoBackend} interface is one-shot only, so this file uses @noble/ciphers' `cbc` and
 * @noble/hashes' incremental `sha256.create()` / `hmac.create()` directly for the bulk work
 * (chained CBC: each call encrypts whole blocks with the previous ciphertext block as IV, PKCS#7
 * only on the final block). Key derivation still goes through the configured backend.
 *
 * Encryption ({@link encryptMediaStream}) streams plaintext in and the blob (ciphertext ‖ mac10)
 * out, hashing the plaintext, MACing iv ‖ ciphertext and hashing ciphertext ‖ mac10 as it goes;
 * the metadata ({@link EncryptedMediaInfo}) resolves once the blob has been read to the end. Its
 * output is byte-for-byte the one-shot `encryptMedia` output for the same mediaKey.
 *
 * Decryption is two-pass, because the MAC and both hashes cover the whole file:
 *  - Pass 1 ({@link verifyMediaStream}) reads the blob once and runs every check of the one-shot
 *    `decryptMedia`, in the same order and with the same errors: SHA-256(blob) = fileEncSha256,
 *    blob structure, MAC, PKCS#7 padding, SHA-256(plaintext) = fileSha256, fileLength. It decrypts
 *    internally to hash the plaintext but releases nothing. Along the way it records SHA-256 digests
 *    of plaintext *prefixes* at every `segmentBytes` boundary (at most 1,024 of them: when the table
 *    fills, every other entry is dropped and the segment size doubles).
 *  - Pass 2 ({@link VerifiedMedia.decrypt}) reads the blob again (the caller re-opens the file or
 *    re-downloads), decrypts chunk by chunk and holds the plaintext of the current segment back
 *    until the SHA-256 of the plaintext prefix up to the segment's end equals the digest pass 1
 *    recorded there. The last segment is released only after the whole plaintext is again found
 *    to have the verified length and SHA-256 (= fileSha256).
 * {@link decryptMediaStream} runs both passes on a source-opening function.
 *
 * Guarantee: every chunk yielded is a prefix-extension of the plaintext that passed all six checks
 * in pass 1 (up to SHA-256 collisions). Any failure of those checks throws before the first chunk
 * is yielded. If the second read differs from the first (a file changed on disk, a CDN served other
 * bytes), iteration throws BadMac with details.field 'segment' before yielding anything from the
 * first segment that differs; chunks yielded before that error are genuine, verified plaintext.
 *
 * Memory: the prefix-digest table (32 KiB), one segment of held plaintext (1 MiB by default, more
 * only above 1 GiB of plaintext, where segments double: 2 MiB at 2 GiB), and a few copies of the
 * largest input chunk. It does not grow with the file size below 1 GiB, and only as size/512 above.
 *
 * Errors thrown by the source itself (or by the `open` function) propagate unchanged; a chunk that
 * is not a Uint8Array throws InvalidArgument; bytes beyond `maxMediaBytes` throw MessageTooLarge as
 * soon as they arrive.
 */
import { cbc } from '@noble/ciphers/aes.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, constantTimeEqual } from '../bytes.js';
import { resolveOptions } from '../config.js';
import { ProtocolError } from '../errors.js';
import {
  assertBlobStructure,
  assertBlobWithin,
  assertDecryptParams,
  assertPlaintextWithin,
  deriveMediaKeys,
  drawMediaKey,
  type EncryptedMedia,
  encHashMismatch,
  fileLengthMismatch,
  MEDIA_MAC_BYTES,
  type MediaDecryptParams,
  mediaHkdfInfo,
  type MediaOptions,
  type MediaType,
  macMismatch,
  paddedLength,
  paddingError,
  plaintextHashMismatch,
  resolveMaxMediaBytes,
  wipeKeys,
} from './media.js';

/** Default `maxMediaBytes` for the streaming functions: 2 GiB of plaintext (WhatsApp's document cap). */
export const DEFAULT_MAX_STREAM_MEDIA_BYTES = 2 * 1024 * 1024 * 1024;
/** Default plaintext segment held back in pass 2 until its prefix digest is checked. */
export const DEFAULT_SEGMENT_BYTES = 1024 * 1024;
/** Prefix digests pass 1 keeps at most (32 bytes each). */
const MAX_SEGMENTS = 1024;
const BLOCK = 16;
const DIGEST = 32;
const EMPTY = new Uint8Array(0);

/** The part of a WHATWG ReadableStreamDefaultReader these functions use. */
export interface ReadableStreamReaderLike<T> {
  read(): Promise<{ done: boolean; value?: T | undefined }>;
  releaseLock(): void;
  cancel(reason?: unknown): Promise<void>;
}

/** The part of a WHATWG ReadableStream these functions use (a real ReadableStream fits). */
export interface ReadableStreamLike<T> {
  getReader(): ReadableStreamReaderLike<T>;
}

/** Anything that yields the bytes of a file or blob in order. */
export type MediaByteSource =
  | ReadableStreamLike<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>
  | Uint8Array;

/** Opens a fresh source over the same bytes; decryptMediaStream calls it twice. */
export type OpenMediaSource = () => MediaByteSource | Promise<MediaByteSource>;

export interface MediaStreamOptions extends MediaOptions {
  /**
   * Plaintext bytes released at a time by pass 2 of decryption, each after its prefix digest is
   * checked; also the initial spacing of pass 1's prefix digests. Defaults to
   * {@link DEFAULT_SEGMENT_BYTES}. Pass 1 doubles it as often as needed to keep at most 1,024
   * digests. Must be a positive safe integer. Ignored by encryption.
   */
  readonly segmentBytes?: number;
}

/** The metadata of a streamed encryption (everything {@link EncryptedMedia} has but the blob). */
export type EncryptedMediaInfo = Omit<EncryptedMedia, 'blob'>;

/** A blob being encrypted: iterate it once to get the blob's chunks, then read `result`. */
export interface MediaEncryptStream extends AsyncIterable<Uint8Array> {
  /** The fresh mediaKey, known before the first chunk. */
  readonly mediaKey: Uint8Array;
  /**
   * Resolves when the last blob chunk is handed out; rejects with the error that ended iteration,
   * or with InvalidState if iteration stopped early. Never settles if the blob is never iterated.
   */
  readonly result: Promise<EncryptedMediaInfo>;
}

/** The outcome of pass 1: a blob that passed every check, ready to be decrypted in pass 2. */
export interface VerifiedMedia {
  /** Verified plaintext length. */
  readonly fileLength: number;
  /** Plaintext bytes released at a time by {@link VerifiedMedia.decrypt}. */
  readonly segmentBytes: number;
  /**
   * Pass 2: decrypts a fresh read of the same blob, releasing plaintext one checked segment at a
   * time (see the module comment for the exact guarantee). May be called more than once.
   */
  decrypt(source: MediaByteSource): AsyncGenerator<Uint8Array, void, undefined>;
}

/**
 * Encrypts a stream of plaintext into a stream of blob chunks with a fresh mediaKey from the
 * options' context RNG. Plaintext beyond `maxMediaBytes` (default 2 GiB) throws MessageTooLarge.
 */
export function encryptMediaStream(source: MediaByteSource, type: MediaType, options: MediaStreamOptions = {}): MediaEncryptStream {
  const operation = 'encryptMediaStream';
  const resolved = resolveOptions(options);
  const max = resolveMaxMediaBytes(options.maxMediaBytes, DEFAULT_MAX_STREAM_MEDIA_BYTES);
  assertSource(source, 'source');
  mediaHkdfInfo(type);
  const mediaKey = drawMediaKey((length) => resolved.context.randomBytes(length));
  const keys = deriveMediaKeys(resolved.crypto, mediaKey, type);

  let resolveResult!: (info: EncryptedMediaInfo) => void;
  let rejectResult!: (error: unknown) => void;
  let settled = false;
  const result = new Promise<EncryptedMediaInfo>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  // Callers who only iterate must not see an unhandled rejection; awaiting `result` still throws.
  result.catch(() => undefined);

  async function* run(): AsyncGenerator<Uint8Array, void, undefined> {
    try {
      const plainHash = sha256.create();
      const encHash = sha256.create();
      const mac = hmac.create(sha256, keys.macKey).update(keys.iv);
      let previous = keys.iv.slice();
      let carry = EMPTY;
      let length = 0;
      const emit = (ciphertext: Uint8Array): Uint8Array => {
        mac.update(ciphertext);
        encHash.update(ciphertext);
        previous = ciphertext.slice(ciphertext.length - BLOCK);
        return ciphertext;
      };
      for await (const chunk of chunksOf(source)) {
        length += chunk.length;
        assertPlaintextWithin(length, max);
        plainHash.update(chunk);
        const data = carry.length === 0 ? chunk : concatBytes(carry, chunk);
        const whole = data.length - (data.length % BLOCK);
        carry = data.slice(whole);
        if (whole > 0) yield emit(cbc(keys.cipherKey, previous, { disablePadding: true }).encrypt(data.subarray(0, whole)));
      }
      const last = emit(cbc(keys.cipherKey, previous).encrypt(carry));
      const tag = mac.digest().subarray(0, MEDIA_MAC_BYTES);
      encHash.update(tag);
      settled = true;
      resolveResult({
        mediaKey: mediaKey.slice(),
        fileSha256: plainHash.digest(),
        fileEncSha256: encHash.digest(),
        fileLength: length,
      });
      yield concatBytes(last, tag);
    } catch (e) {
      if (!settled) {
        settled = true;
        rejectResult(e);
      }
      throw e;
    } finally {
      if (!settled) {
        settled = true;
        rejectResult(new ProtocolError('InvalidState', `${operation}: the blob stream was not read to the end, so there is no metadata`, { operation }));
      }
      wipeKeys(keys);
    }
  }

  const blob = run();
  let taken = false;
  return {
    mediaKey,
    result,
    [Symbol.asyncIterator]() {
      if (taken) throw new ProtocolError('InvalidState', `${operation}: the blob stream can be iterated only once`, { operation });
      taken = true;
      return blob;
    },
  };
}

/**
 * Pass 1: reads the whole blob once with constant memory and runs every check of `decryptMedia`,
 * in the same order with the same errors. Resolves to a {@link VerifiedMedia} for pass 2; releases
 * no plaintext. A blob longer than `maxMediaBytes` allows (default 2 GiB of plaintext) throws
 * MessageTooLarge as soon as the excess arrives.
 */
export async function verifyMediaStream(
  source: MediaByteSource,
  params: MediaDecryptParams,
  options: MediaStreamOptions = {},
): Promise<VerifiedMedia> {
  const operation = 'verifyMediaStream';
  const resolved = resolveOptions(options);
  const max = resolveMaxMediaBytes(options.maxMediaBytes, DEFAULT_MAX_STREAM_MEDIA_BYTES);
  const segmentBytes = resolveSegmentBytes(options.segmentBytes);
  assertSource(source, 'source');
  assertDecryptParams(params);
  const fileSha256 = params.fileSha256.slice();
  const keys = deriveMediaKeys(resolved.crypto, params.mediaKey, params.type);
  try {
    const encHash = sha256.create();
    const mac = hmac.create(sha256, keys.macKey).update(keys.iv);
    const prefixes = new PrefixDigests(segmentBytes);
    const splitter = new BlobSplitter();
    let previous = keys.iv.slice();
    let lastBlock: Uint8Array | undefined;
    let blobLength = 0;

    for await (const chunk of chunksOf(source)) {
      blobLength += chunk.length;
      assertBlobWithin(blobLength, max);
      encHash.update(chunk);
      const ciphertext = splitter.push(chunk);
      if (ciphertext.length === 0) continue;
      mac.update(ciphertext);
      // Decrypted only to hash it; nothing here leaves this function.
      const plain = cbc(keys.cipherKey, previous, { disablePadding: true }).decrypt(ciphertext);
      previous = ciphertext.slice(ciphertext.length - BLOCK);
      if (lastBlock !== undefined) prefixes.feed(lastBlock);
      prefixes.feed(plain.subarray(0, plain.length - BLOCK));
      lastBlock = plain.slice(plain.length - BLOCK);
      plain.fill(0);
    }

    // The checks, in the documented order.
    if (!constantTimeEqual(encHash.digest(), params.fileEncSha256)) throw encHashMismatch(operation);
    assertBlobStructure(blobLength, operation);
    const tag = splitter.rest();
    if (lastBlock === undefined || tag.length !== MEDIA_MAC_BYTES) {
      throw new ProtocolError('Internal', `${operation}: blob split inconsistent with its length`, { operation });
    }
    if (!constantTimeEqual(mac.digest().subarray(0, MEDIA_MAC_BYTES), tag)) throw macMismatch(operation);
    const padding = pkcs7PaddingLength(lastBlock);
    if (padding < 0) throw paddingError(operation);
    prefixes.feed(lastBlock.subarray(0, BLOCK - padding));
    lastBlock.fill(0);
    if (!constantTimeEqual(prefixes.finish(), fileSha256)) throw plaintextHashMismatch(operation);
    if (params.fileLength !== undefined && prefixes.length !== params.fileLength) {
      throw fileLengthMismatch(operation, params.fileLength, prefixes.length);
    }
    return verifiedMedia(keys.cipherKey.slice(), keys.iv.slice(), fileSha256, prefixes);
  } finally {
    wipeKeys(keys);
  }
}

/**
 * Both passes: opens the blob, verifies it (pass 1), opens it again and decrypts it (pass 2). Nothing
 * happens until iteration starts. Any failed check throws before the first chunk; see the module
 * comment for what a second read that differs from the first can and cannot cause.
 */
export function decryptMediaStream(
  open: OpenMediaSource,
  params: MediaDecryptParams,
  options: MediaStreamOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  if (typeof open !== 'function') {
    throw new ProtocolError('InvalidArgument', `"open" expected a function returning a fresh source, got ${typeof open}`, {
      field: 'open',
    });
  }
  resolveOptions(options);
  resolveMaxMediaBytes(options.maxMediaBytes, DEFAULT_MAX_STREAM_MEDIA_BYTES);
  resolveSegmentBytes(options.segmentBytes);
  assertDecryptParams(params);

  async function* run(): AsyncGenerator<Uint8Array, void, undefined> {
    const verified = await verifyMediaStream(await open(), params, options);
    yield* verified.decrypt(await open());
  }
  return run();
}

/**
 * Wraps an async iterable of chunks in a WHATWG ReadableStream (pull-based: one chunk is produced
 * per read). Throws Internal when the host has no global ReadableStream. In DOM- or Node-typed code,
 * the result can be used as a `ReadableStream<Uint8Array>` (it is one at runtime).
 */
export function toReadableStream(iterable: AsyncIterable<Uint8Array>): ReadableStreamLike<Uint8Array> {
  const Stream = (globalThis as { ReadableStream?: ReadableStreamConstructorLike }).ReadableStream;
  if (typeof Stream !== 'function') {
    throw new ProtocolError('Internal', 'toReadableStream expected a global ReadableStream, got none on this host');
  }
  let iterator: AsyncIterator<Uint8Array> | undefined;
  return new Stream({
    async pull(controller) {
      iterator ??= iterable[Symbol.asyncIterator]();
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel(reason) {
      await iterator?.return?.(reason);
    },
  });
}

// ---------------------------------------------------------------------------------------------

interface ReadableStreamConstructorLike {
  new (source: {
    pull(controller: { enqueue(chunk: Uint8Array): void; close(): void }): Promise<void>;
    cancel(reason?: unknown): Promise<void>;
  }): ReadableStreamLike<Uint8Array>;
}

function resolveSegmentBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_SEGMENT_BYTES;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new ProtocolError('InvalidArgument', `"segmentBytes" expected a positive safe integer, got ${String(value)}`, {
      field: 'segmentBytes',
    });
  }
  return value;
}

function isReadableStreamLike(source: unknown): source is ReadableStreamLike<Uint8Array> {
  return typeof source === 'object' && source !== null && typeof (source as { getReader?: unknown }).getReader === 'function';
}

function assertSource(source: unknown, name: string): asserts source is MediaByteSource {
  if (source instanceof Uint8Array || isReadableStreamLike(source)) return;
  if (typeof source === 'object' && source !== null) {
    const candidate = source as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
    if (typeof candidate[Symbol.asyncIterator] === 'function' || typeof candidate[Symbol.iterator] === 'function') return;
  }
  throw new ProtocolError(
    'InvalidArgument',
    `"${name}" expected a ReadableStream, an (async) iterable of Uint8Array chunks or a Uint8Array, got ${source === null ? 'null' : typeof source}`,
    { field: name },
  );
}

function checkChunk(chunk: unknown): Uint8Array {
  if (!(chunk instanceof Uint8Array)) {
    throw new ProtocolError('InvalidArgument', `source chunk expected Uint8Array, got ${chunk === null ? 'null' : typeof chunk}`, {
      field: 'chunk',
    });
  }
  return chunk;
}

/** The source's chunks in order; stopping early cancels a ReadableStream or returns an iterator. */
async function* chunksOf(source: MediaByteSource): AsyncGenerator<Uint8Array, void, undefined> {
  assertSource(source, 'source');
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (isReadableStreamLike(source)) {
    const reader = source.getReader();
    let finished = false;
    try {
      for (;;) {
        const next = await reader.read();
        if (next.done) {
          finished = true;
          return;
        }
        yield checkChunk(next.value);
      }
    } finally {
      if (!finished) {
        try {
          await reader.cancel();
        } catch {
          // An errored stream rejects cancel(); the error that stopped us is the one to report.
        }
      }
      reader.releaseLock();
    }
  }
  for await (const chunk of source as AsyncIterable<unknown> | Iterable<unknown>) yield checkChunk(chunk);
}

/**
 * Splits a blob arriving in arbitrary chunks into block-aligned ciphertext, always holding back at
 * least the last 10 bytes (the MAC candidate) and at most 25.
 */
class BlobSplitter {
  private carry: Uint8Array = EMPTY;

  /** Ciphertext that is certainly not part of the MAC, block-aligned (possibly empty). */
  push(chunk: Uint8Array): Uint8Array {
    const data = this.carry.length === 0 ? chunk : concatBytes(this.carry, chunk);
    const available = data.length - MEDIA_MAC_BYTES;
    const ready = available > 0 ? available - (available % BLOCK) : 0;
    this.carry = data.slice(ready);
    return data.subarray(0, ready);
  }

  /** The bytes held back at the end: the MAC when the blob had a valid length. */
  rest(): Uint8Array {
    return this.carry;
  }
}

/**
 * SHA-256 over the plaintext, remembering the digest of every prefix that ends at a multiple of
 * the segment size. At most MAX_SEGMENTS digests are kept: when the table fills, every other one is
 * dropped and the segment size doubles (prefix digests stay valid, so nothing is recomputed).
 */
class PrefixDigests {
  readonly digests = new Uint8Array(MAX_SEGMENTS * DIGEST);
  count = 0;
  length = 0;
  private readonly hash = sha256.create();
  private next: number;

  constructor(public segmentBytes: number) {
    this.next = segmentBytes;
  }

  feed(bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length) {
      const take = Math.min(this.next - this.length, bytes.length - offset);
      this.hash.update(bytes.subarray(offset, offset + take));
      this.length += take;
      offset += take;
      if (this.length === this.next) this.record();
    }
  }

  finish(): Uint8Array {
    return this.hash.digest();
  }

  private record(): void {
    this.digests.set(this.hash.clone().digest(), this.count * DIGEST);
    this.count++;
    if (this.count === MAX_SEGMENTS) {
      // Keep the digests at 2S, 4S, …: entry i moves from index 2i+1 to index i.
      for (let i = 0; i < MAX_SEGMENTS / 2; i++) {
        this.digests.copyWithin(i * DIGEST, (2 * i + 1) * DIGEST, (2 * i + 2) * DIGEST);
      }
      this.digests.fill(0, (MAX_SEGMENTS / 2) * DIGEST);
      this.count = MAX_SEGMENTS / 2;
      this.segmentBytes *= 2;
    }
    this.next = (this.count + 1) * this.segmentBytes;
  }
}

function verifiedMedia(cipherKey: Uint8Array, iv: Uint8Array, fileSha256: Uint8Array, prefixes: PrefixDigests): VerifiedMedia {
  const fileLength = prefixes.length;
  const segmentBytes = prefixes.segmentBytes;
  const count = prefixes.count;
  const digests = prefixes.digests.slice(0, count * DIGEST);
  const blobLength = paddedLength(fileLength) + MEDIA_MAC_BYTES;
  const operation = 'decryptMediaStream';

  const changed = (offset: number): ProtocolError =>
    new ProtocolError(
      'BadMac',
      `media blob read for decryption expected to equal the verified blob, got different bytes (plaintext from offset ${offset} on was withheld)`,
      { field: 'segment', operation },
    );

  async function* decrypt(source: MediaByteSource): AsyncGenerator<Uint8Array, void, undefined> {
    assertSource(source, 'source');
    const hash = sha256.create();
    let position = 0; // plaintext bytes hashed so far
    let released = 0; // plaintext bytes handed out so far
    let index = 0; // next prefix digest to check
    let boundary = count > 0 ? segmentBytes : Number.POSITIVE_INFINITY;
    let held: Uint8Array[] = [];
    const splitter = new BlobSplitter();
    let previous = iv.slice();
    let lastBlock: Uint8Array | undefined;
    let readLength = 0;

    const take = (bytes: Uint8Array, out: Uint8Array[]): void => {
      if (position + bytes.length > fileLength) throw changed(released);
      let offset = 0;
      while (offset < bytes.length) {
        const n = Math.min(boundary - position, bytes.length - offset);
        const piece = bytes.subarray(offset, offset + n);
        hash.update(piece);
        held.push(piece);
        position += n;
        offset += n;
        if (position === boundary) {
          const expected = digests.subarray(index * DIGEST, (index + 1) * DIGEST);
          if (!constantTimeEqual(hash.clone().digest(), expected)) throw changed(released);
          out.push(concatBytes(...held)); // a fresh copy: no view onto not-yet-checked bytes escapes
          held = [];
          released = position;
          index++;
          boundary = index < count ? (index + 1) * segmentBytes : Number.POSITIVE_INFINITY;
        }
      }
    };

    for await (const chunk of chunksOf(source)) {
      readLength += chunk.length;
      if (readLength > blobLength) throw changed(released);
      const ciphertext = splitter.push(chunk);
      if (ciphertext.length === 0) continue;
      const plain = cbc(cipherKey, previous, { disablePadding: true }).decrypt(ciphertext);
      previous = ciphertext.slice(ciphertext.length - BLOCK);
      const out: Uint8Array[] = [];
      if (lastBlock !== undefined) take(lastBlock, out);
      take(plain.subarray(0, plain.length - BLOCK), out);
      lastBlock = plain.slice(plain.length - BLOCK);
      for (const segment of out) yield segment;
    }

    if (readLength !== blobLength || lastBlock === undefined) throw changed(released);
    const padding = pkcs7PaddingLength(lastBlock);
    if (padding < 0) throw changed(released);
    const out: Uint8Array[] = [];
    take(lastBlock.subarray(0, BLOCK - padding), out);
    if (position !== fileLength || !constantTimeEqual(hash.digest(), fileSha256)) throw changed(released);
    if (held.length > 0) out.push(concatBytes(...held));
    held = [];
    for (const segment of out) yield segment;
  }

  return Object.freeze({ fileLength, segmentBytes, decrypt });
}

/** PKCS#7 padding length of a final 16-byte block, or -1 when the padding is invalid. */
function pkcs7PaddingLength(block: Uint8Array): number {
  const pad = block[BLOCK - 1]!;
  let bad = pad === 0 || pad > BLOCK ? 1 : 0;
  for (let i = 0; i < BLOCK; i++) {
    // Compare every byte (no early exit); only the last `pad` bytes must equal pad.
    const inPad = i >= BLOCK - pad ? 1 : 0;
    bad |= inPad & (block[i]! !== pad ? 1 : 0);
  }
  return bad === 0 ? pad : -1;
}
