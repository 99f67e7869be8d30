// Streaming media encryption (src/content/media-stream.ts): byte-for-byte equality with the one-shot
// form under any chunking, every source and output form, the six checks of pass 1 with nothing
// released, tampering anywhere, a second read that differs from the first (pass 2 withholds the
// differing segment), segment doubling, limits on endless sources, and a 200 MiB file encrypted and
// decrypted with bounded memory (a memory bound, never a timing assertion).
import { createHash, createHmac } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { open as openFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cbc } from '@noble/ciphers/aes.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_STREAM_MEDIA_BYTES,
  DEFAULT_SEGMENT_BYTES,
  decryptMedia,
  decryptMediaStream,
  deriveMediaKeys,
  type EncryptedMedia,
  encryptMedia,
  encryptMediaStream,
  type MediaByteSource,
  type MediaDecryptParams,
  type MediaType,
  toReadableStream,
  verifyMediaStream,
} from '../../src/content/index-media.js';
import type { Context } from '../../src/context.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { type ErrorCode, ProtocolError } from '../../src/errors.js';

// ---- helpers ----------------------------------------------------------------------------------

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const sha256 = (bytes: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(bytes).digest());

function fixedKeyContext(mediaKey: Uint8Array): Context {
  return { now: () => 0, randomBytes: () => Uint8Array.from(mediaKey) };
}

function keyOf(byte: number): Uint8Array {
  return new Uint8Array(32).map((_, i) => (byte * 13 + i) & 0xff);
}

/** xorshift32 bytes: deterministic, fast, and never held whole by the big test. */
function fillPrng(out: Uint8Array, state: { x: number }): void {
  const words = new Uint32Array(out.buffer, out.byteOffset, out.length >>> 2);
  let x = state.x;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  for (let i = words.length * 4; i < out.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  state.x = x;
}

function patterned(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  fillPrng(out, { x: seed >>> 0 || 1 });
  return out;
}

function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function* splitAt(bytes: Uint8Array, cuts: readonly number[]): Generator<Uint8Array> {
  let start = 0;
  for (const cut of [...cuts].map((c) => Math.min(c, bytes.length)).sort((a, b) => a - b)) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

async function collect(iterable: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of iterable) parts.push(Uint8Array.from(part));
  return new Uint8Array(Buffer.concat(parts));
}

async function drain(iterable: AsyncIterable<Uint8Array>): Promise<{ yielded: Uint8Array[]; error: unknown }> {
  const yielded: Uint8Array[] = [];
  try {
    for await (const part of iterable) yielded.push(part);
  } catch (error) {
    return { yielded, error };
  }
  return { yielded, error: undefined };
}

function expectProtocolError(error: unknown, code: ErrorCode, field: string): ProtocolError {
  expect(ProtocolError.is(error), `expected a ProtocolError, got ${String(error)}`).toBe(true);
  const e = error as ProtocolError;
  expect({ code: e.code, field: e.details.field }).toEqual({ code, field });
  return e;
}

async function expectRejects(promise: Promise<unknown>, code: ErrorCode, field: string): Promise<ProtocolError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  return expectProtocolError(error, code, field);
}

/** Runs both passes and asserts the failure came before a single plaintext byte was released. */
async function expectNothingReleased(blob: Uint8Array, params: MediaDecryptParams, code: ErrorCode, field: string, chunk = 1000): Promise<void> {
  const { yielded, error } = await drain(decryptMediaStream(() => chunked(blob, chunk), params));
  expect(yielded.length).toBe(0);
  expectProtocolError(error, code, field);
}

function paramsOf(enc: EncryptedMedia | Omit<EncryptedMedia, 'blob'>, type: MediaType): MediaDecryptParams {
  return { mediaKey: enc.mediaKey, type, fileSha256: enc.fileSha256, fileEncSha256: enc.fileEncSha256, fileLength: enc.fileLength };
}

const SIZES = [0, 1, 15, 16, 17, 31, 32, 33, 1000, 65_536, 65_541];
const CHUNKINGS = [1, 7, 16, 17, 4_097, 1 << 20];

// ---- equality with the one-shot form -----------------------------------------------------------

describe('encryptMediaStream equals encryptMedia byte for byte', () => {
  it('for block-boundary sizes under many chunkings', async () => {
    for (const size of SIZES) {
      const plaintext = patterned(size, size + 11);
      const mediaKey = keyOf(size & 0xff);
      const oneShot = encryptMedia(plaintext, 'video', { context: fixedKeyContext(mediaKey) });
      for (const chunk of CHUNKINGS) {
        if (chunk === 1 && size > 2000) continue;
        const stream = encryptMediaStream(chunked(plaintext, chunk), 'video', { context: fixedKeyContext(mediaKey) });
        expect(hex(stream.mediaKey)).toBe(hex(mediaKey));
        expect(hex(await collect(stream))).toBe(hex(oneShot.blob));
        const info = await stream.result;
        expect({ ...info, mediaKey: hex(info.mediaKey), fileSha256: hex(info.fileSha256), fileEncSha256: hex(info.fileEncSha256) }).toEqual({
          mediaKey: hex(oneShot.mediaKey),
          fileSha256: hex(oneShot.fileSha256),
          fileEncSha256: hex(oneShot.fileEncSha256),
          fileLength: oneShot.fileLength,
        });
      }
    }
  });

  it('round-trips through both passes under arbitrary splits and segment sizes (fast-check, 150 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.array(fc.nat({ max: 3100 }), { maxLength: 8 }),
        fc.array(fc.nat({ max: 3100 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom<MediaType>('image', 'audio', 'document', 'md-msg-hist'),
        async (plaintext, plainCuts, blobCuts, segmentBytes, type) => {
          const context = fixedKeyContext(keyOf(plaintext.length & 0xff));
          const oneShot = encryptMedia(plaintext, type, { context });
          const stream = encryptMediaStream(splitAt(plaintext, plainCuts), type, { context });
          const blob = await collect(stream);
          expect(hex(blob)).toBe(hex(oneShot.blob));
          const params = paramsOf(await stream.result, type);
          const segments = await drain(decryptMediaStream(() => splitAt(blob, blobCuts), params, { segmentBytes }));
          expect(segments.error).toBeUndefined();
          expect(hex(new Uint8Array(Buffer.concat(segments.yielded)))).toBe(hex(plaintext));
          // Released in whole segments: every chunk but the last has the same length, segmentBytes
          // doubled as often as needed to keep at most 1,024 prefix digests.
          const lengths = new Set(segments.yielded.slice(0, -1).map((part) => part.length));
          expect(lengths.size).toBeLessThanOrEqual(1);
          for (const length of lengths) {
            expect(length % segmentBytes).toBe(0);
            expect(Number.isInteger(Math.log2(length / segmentBytes))).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('decrypts a one-shot blob and yields fresh buffers (no view onto held-back bytes)', async () => {
    const plaintext = patterned(10_000, 3);
    const enc = encryptMedia(plaintext, 'document');
    const { yielded, error } = await drain(decryptMediaStream(() => chunked(enc.blob, 333), paramsOf(enc, 'document'), { segmentBytes: 1024 }));
    expect(error).toBeUndefined();
    expect(yielded.map((part) => part.length)).toEqual([...Array(9).fill(1024), 10_000 - 9 * 1024]);
    for (const part of yielded) {
      expect(part.byteOffset).toBe(0);
      expect(part.buffer.byteLength).toBe(part.length);
    }
    expect(hex(new Uint8Array(Buffer.concat(yielded)))).toBe(hex(plaintext));
  });
});

// ---- sources and outputs ----------------------------------------------------------------------

describe('sources and outputs', () => {
  const plaintext = patterned(50_000, 21);
  const context = fixedKeyContext(keyOf(9));
  const expected = encryptMedia(plaintext, 'audio', { context });
  const params = paramsOf(expected, 'audio');

  const webStream = (bytes: Uint8Array, size: number): ReadableStream<Uint8Array> => {
    const parts = [...chunked(bytes, size)];
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(next);
      },
    });
  };
  async function* asyncChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
    for (const part of chunked(bytes, size)) {
      await Promise.resolve();
      yield part;
    }
  }

  const sources: [string, (bytes: Uint8Array) => MediaByteSource][] = [
    ['a WHATWG ReadableStream', (bytes) => webStream(bytes, 999)],
    ['an async generator', (bytes) => asyncChunks(bytes, 1234)],
    ['a Node Readable', (bytes) => Readable.from(chunked(bytes, 4096), { objectMode: false })],
    ['an array of chunks', (bytes) => [...chunked(bytes, 5000)]],
    ['a single Uint8Array', (bytes) => bytes],
  ];

  it.each(sources)('accepts %s for encryption and for both decryption passes', async (_name, make) => {
    const stream = encryptMediaStream(make(plaintext), 'audio', { context });
    expect(hex(await collect(stream))).toBe(hex(expected.blob));
    expect(hex(await collect(decryptMediaStream(() => make(expected.blob), params)))).toBe(hex(plaintext));
    const verified = await verifyMediaStream(make(expected.blob), params);
    expect(verified.fileLength).toBe(plaintext.length);
    expect(hex(await collect(verified.decrypt(make(expected.blob))))).toBe(hex(plaintext));
    // A verified blob can be decrypted again.
    expect(hex(await collect(verified.decrypt(make(expected.blob))))).toBe(hex(plaintext));
  });

  it('toReadableStream gives a real ReadableStream that chains encryption into decryption', async () => {
    const stream = encryptMediaStream(webStream(plaintext, 3000), 'audio', { context });
    const blobStream = toReadableStream(stream);
    expect(blobStream).toBeInstanceOf(ReadableStream);
    const blob = await collect(blobStream as unknown as ReadableStream<Uint8Array>);
    expect(hex(blob)).toBe(hex(expected.blob));
    const plainStream = toReadableStream(decryptMediaStream(() => webStream(blob, 700), params));
    expect(hex(await collect(plainStream as unknown as ReadableStream<Uint8Array>))).toBe(hex(plaintext));
  });

  it('resolves result only after the blob is read, and iterates once', async () => {
    const stream = encryptMediaStream([plaintext], 'audio', { context });
    let settled = false;
    void stream.result.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await collect(stream);
    await stream.result;
    expect(settled).toBe(true);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(expect.objectContaining({ code: 'InvalidState' }));
  });

  it('an early stop cancels the source and rejects result with InvalidState', async () => {
    let cancelled = false;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(patterned(4096, 5));
      },
      cancel() {
        cancelled = true;
      },
    });
    const stream = encryptMediaStream(source, 'image');
    for await (const part of stream) {
      expect(part.length).toBeGreaterThan(0);
      break;
    }
    expect(cancelled).toBe(true);
    const error = await stream.result.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(ProtocolError.is(error, 'InvalidState')).toBe(true);
  });

  it('propagates a source error unchanged and rejects result with it', async () => {
    const boom = new Error('disk on fire');
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield patterned(100);
      throw boom;
    }
    const stream = encryptMediaStream(failing(), 'image');
    const { error } = await drain(stream);
    expect(error).toBe(boom);
    await expect(stream.result).rejects.toBe(boom);
    const { error: decryptError } = await drain(decryptMediaStream(() => failing(), paramsOf(expected, 'audio')));
    expect(decryptError).toBe(boom);
  });

  it('rejects sources and chunks that are not bytes', async () => {
    expect(() => encryptMediaStream(42 as unknown as MediaByteSource, 'image')).toThrow(expect.objectContaining({ code: 'InvalidArgument', details: { field: 'source' } }));
    expect(() => encryptMediaStream([plaintext], 'nope' as MediaType)).toThrow(expect.objectContaining({ code: 'InvalidArgument', details: { field: 'type' } }));
    expect(() => decryptMediaStream('file.bin' as unknown as () => MediaByteSource, params)).toThrow(expect.objectContaining({ code: 'InvalidArgument', details: { field: 'open' } }));
    expect(() => decryptMediaStream(() => [], { ...params, fileSha256: new Uint8Array(3) })).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    const { error } = await drain(encryptMediaStream(['text'] as unknown as Uint8Array[], 'image'));
    expectProtocolError(error, 'InvalidArgument', 'chunk');
    const opened = await drain(decryptMediaStream(() => 7 as unknown as MediaByteSource, params));
    expectProtocolError(opened.error, 'InvalidArgument', 'source');
    for (const segmentBytes of [0, -5, 2.5]) {
      await expectRejects(verifyMediaStream([expected.blob], params, { segmentBytes }), 'InvalidArgument', 'segmentBytes');
    }
  });
});

// ---- pass 1: the six checks, nothing released ----------------------------------------------------

describe('pass 1 runs every check in order and nothing is released on failure', () => {
  const type: MediaType = 'image';
  const plaintext = patterned(3 * DEFAULT_SEGMENT_BYTES + 12_345, 8);
  const enc = encryptMedia(plaintext, type, { context: fixedKeyContext(keyOf(1)) });
  const params = paramsOf(enc, type);
  const withHash = (blob: Uint8Array): MediaDecryptParams => ({ ...params, fileEncSha256: sha256(blob) });
  const flipped = (index: number, mask = 1): Uint8Array => {
    const blob = enc.blob.slice();
    blob[index]! ^= mask;
    return blob;
  };
  const badPadding = (() => {
    const keys = deriveMediaKeys(nobleCrypto, enc.mediaKey, type);
    const body = patterned(4096, 4);
    body[4095] = 17; // a final byte above 16 is never valid PKCS#7
    const ciphertext = cbc(keys.cipherKey, keys.iv, { disablePadding: true }).encrypt(body);
    const mac = createHmac('sha256', keys.macKey).update(keys.iv).update(ciphertext).digest().subarray(0, 10);
    return new Uint8Array(Buffer.concat([ciphertext, mac]));
  })();
  const wrong = new Uint8Array(32).fill(0xee);

  it('reports the same error as decryptMedia for each check', async () => {
    const cases: [string, Uint8Array, MediaDecryptParams, ErrorCode, string][] = [
      ['fileEncSha256', flipped(12), params, 'BadMac', 'fileEncSha256'],
      ['structure', enc.blob.subarray(0, enc.blob.length - 1), withHash(enc.blob.subarray(0, enc.blob.length - 1)), 'InvalidMessage', 'blob'],
      ['structure (too short)', enc.blob.subarray(0, 20), withHash(enc.blob.subarray(0, 20)), 'InvalidMessage', 'blob'],
      ['mac (ciphertext byte)', flipped(2_000_000), withHash(flipped(2_000_000)), 'BadMac', 'mac'],
      ['mac (mac byte)', flipped(enc.blob.length - 1), withHash(flipped(enc.blob.length - 1)), 'BadMac', 'mac'],
      ['padding', badPadding, withHash(badPadding), 'InvalidMessage', 'padding'],
      ['fileSha256', enc.blob, { ...params, fileSha256: wrong }, 'BadMac', 'fileSha256'],
      ['fileLength', enc.blob, { ...params, fileLength: plaintext.length + 1 }, 'InvalidMessage', 'fileLength'],
      // Order: the earliest failing check wins.
      ['fileEncSha256 before the rest', flipped(7), { ...params, fileSha256: wrong, fileLength: 3 }, 'BadMac', 'fileEncSha256'],
      ['mac before fileSha256', flipped(7), { ...withHash(flipped(7)), fileSha256: wrong, fileLength: 3 }, 'BadMac', 'mac'],
      ['padding before fileSha256', badPadding, { ...withHash(badPadding), fileSha256: wrong }, 'InvalidMessage', 'padding'],
      ['fileSha256 before fileLength', enc.blob, { ...params, fileSha256: wrong, fileLength: 3 }, 'BadMac', 'fileSha256'],
    ];
    for (const [name, blob, p, code, field] of cases) {
      let oneShot: unknown;
      try {
        decryptMedia(blob, p);
      } catch (e) {
        oneShot = e;
      }
      expectProtocolError(oneShot, code, field);
      await expectRejects(verifyMediaStream(chunked(blob, 65_536), p), code, field);
      await expectNothingReleased(blob, p, code, field, 65_536);
      expect(name).toBeTruthy();
    }
  });

  it('detects a single changed byte anywhere, before releasing anything (fast-check, 200 runs)', async () => {
    const small = patterned(5_000, 77);
    const smallEnc = encryptMedia(small, 'ptt');
    const smallParams = paramsOf(smallEnc, 'ptt');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: smallEnc.blob.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 2000 }),
        async (index, mask, attackerHash, chunk) => {
          const blob = smallEnc.blob.slice();
          blob[index]! ^= mask;
          const p = attackerHash ? { ...smallParams, fileEncSha256: sha256(blob) } : smallParams;
          const { yielded, error } = await drain(decryptMediaStream(() => chunked(blob, chunk), p, { segmentBytes: 64 }));
          expect(yielded.length).toBe(0);
          expectProtocolError(error, 'BadMac', attackerHash ? 'mac' : 'fileEncSha256');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('detects a changed byte at each segment of a multi-segment blob before releasing anything', async () => {
    for (const index of [0, DEFAULT_SEGMENT_BYTES - 1, DEFAULT_SEGMENT_BYTES, 2 * DEFAULT_SEGMENT_BYTES + 5, enc.blob.length - 27, enc.blob.length - 11, enc.blob.length - 10]) {
      await expectNothingReleased(flipped(index), params, 'BadMac', 'fileEncSha256', 65_536);
      await expectNothingReleased(flipped(index), withHash(flipped(index)), 'BadMac', 'mac', 65_536);
    }
  });
});

// ---- pass 2: a second read that differs ---------------------------------------------------------

describe('pass 2 releases only segments whose prefix matches the verified plaintext', () => {
  const type: MediaType = 'document';
  const segmentBytes = 4096;
  const plaintext = patterned(10 * segmentBytes + 100, 31);
  const enc = encryptMedia(plaintext, type);
  const params = paramsOf(enc, type);

  /** open() hands out the genuine blob first, then `second`. */
  function twoReads(second: Uint8Array): () => MediaByteSource {
    let reads = 0;
    return () => (reads++ === 0 ? chunked(enc.blob, 3000) : chunked(second, 3000));
  }

  it('withholds the segment holding a changed ciphertext byte and everything after it', async () => {
    for (const segment of [0, 1, 5, 9, 10]) {
      const blob = enc.blob.slice();
      const index = segment * segmentBytes + 100;
      blob[index]! ^= 0x10;
      const { yielded, error } = await drain(decryptMediaStream(twoReads(blob), params, { segmentBytes }));
      expectProtocolError(error, 'BadMac', 'segment');
      // A ciphertext change garbles its own block and flips bits in the next one: the first changed
      // plaintext byte is in block ⌊index/16⌋, so only the segments wholly before it come out.
      const released = new Uint8Array(Buffer.concat(yielded));
      expect(released.length).toBe(Math.floor(Math.floor(index / 16) * 16 / segmentBytes) * segmentBytes);
      expect(hex(released)).toBe(hex(plaintext.subarray(0, released.length)));
    }
  });

  it('catches a second read that is shorter, longer, or a different (validly MACed) file under the same key', async () => {
    const shorter = enc.blob.subarray(0, enc.blob.length - 16);
    const longer = new Uint8Array(Buffer.concat([enc.blob, new Uint8Array(16)]));
    const context = fixedKeyContext(enc.mediaKey);
    const other = plaintext.slice();
    other[7 * segmentBytes]! ^= 1;
    const sameKeyOtherFile = encryptMedia(other, type, { context }).blob;
    for (const [second, releasedSegments] of [
      [shorter, 10],
      [longer, 9], // the chunk that overruns the verified length is refused unread
      [sameKeyOtherFile, 7],
    ] as const) {
      const { yielded, error } = await drain(decryptMediaStream(twoReads(second), params, { segmentBytes }));
      expectProtocolError(error, 'BadMac', 'segment');
      expect(yielded.length).toBe(releasedSegments);
      expect(hex(new Uint8Array(Buffer.concat(yielded)))).toBe(hex(plaintext.subarray(0, releasedSegments * segmentBytes)));
    }
  });

  it('a changed last block is caught before the last segment; a changed MAC on re-read changes no plaintext', async () => {
    const lastBlock = enc.blob.slice();
    lastBlock[enc.blob.length - 11]! ^= 0x01;
    const { yielded, error } = await drain(decryptMediaStream(twoReads(lastBlock), params, { segmentBytes }));
    expectProtocolError(error, 'BadMac', 'segment');
    expect(yielded.length).toBe(10);
    // Pass 2 does not re-check the MAC bytes: the ciphertext, hence the plaintext, is the verified one.
    const macOnly = enc.blob.slice();
    macOnly[enc.blob.length - 1]! ^= 0x01;
    expect(hex(await collect(decryptMediaStream(twoReads(macOnly), params, { segmentBytes })))).toBe(hex(plaintext));
  });

  it('keeps at most 1,024 prefix digests by doubling the segment size', async () => {
    const bytes = patterned(40_000, 2);
    const e = encryptMedia(bytes, 'image');
    const p = paramsOf(e, 'image');
    const verified = await verifyMediaStream(chunked(e.blob, 1000), p, { segmentBytes: 16 });
    // 16-byte segments fill the table at 16 KiB (→ 32 bytes), again at 32 KiB (→ 64 bytes).
    expect(verified.segmentBytes).toBe(64);
    const out = await drain(verified.decrypt(chunked(e.blob, 1000)));
    expect(out.error).toBeUndefined();
    expect(out.yielded.length).toBe(Math.ceil(40_000 / 64));
    expect(hex(new Uint8Array(Buffer.concat(out.yielded)))).toBe(hex(bytes));
    // Tampering on the re-read is still caught at the right segment.
    const changed = e.blob.slice();
    changed[30_000]! ^= 2;
    const bad = await drain(verified.decrypt(chunked(changed, 1000)));
    expectProtocolError(bad.error, 'BadMac', 'segment');
    expect(Buffer.concat(bad.yielded).length).toBe(Math.floor(30_000 / 64) * 64);
  });
});

// ---- limits -----------------------------------------------------------------------------------

describe('limits', () => {
  async function* endless(counter: { chunks: number }): AsyncGenerator<Uint8Array> {
    for (;;) {
      counter.chunks++;
      yield new Uint8Array(1000);
    }
  }

  it('defaults to 2 GiB and cuts an endless plaintext off at maxMediaBytes', async () => {
    expect(DEFAULT_MAX_STREAM_MEDIA_BYTES).toBe(2 * 1024 ** 3);
    const counter = { chunks: 0 };
    const stream = encryptMediaStream(endless(counter), 'video', { maxMediaBytes: 10_000 });
    const { yielded, error } = await drain(stream);
    const e = expectProtocolError(error, 'MessageTooLarge', 'plaintext');
    expect(e.details).toMatchObject({ max: 10_000, got: 11_000 });
    expect(counter.chunks).toBe(11);
    expect(Buffer.concat(yielded).length).toBe(10_000 - (10_000 % 16));
    await expectRejects(stream.result, 'MessageTooLarge', 'plaintext');
    // Exactly at the limit is fine.
    expect((await collect(encryptMediaStream([new Uint8Array(10_000)], 'video', { maxMediaBytes: 10_000 }))).length).toBe(10_000 + 16 - (10_000 % 16) + 10);
  });

  it('cuts an endless blob off at the longest blob maxMediaBytes allows, in both passes', async () => {
    const enc = encryptMedia(new Uint8Array(10), 'video');
    const params = paramsOf(enc, 'video');
    const counter = { chunks: 0 };
    const e = await expectRejects(verifyMediaStream(endless(counter), params, { maxMediaBytes: 5_000 }), 'MessageTooLarge', 'blob');
    expect(e.details).toMatchObject({ max: 16 * 313 + 10, got: 6_000 });
    expect(counter.chunks).toBe(6);
    const { yielded, error } = await drain(decryptMediaStream(() => endless({ chunks: 0 }), params, { maxMediaBytes: 5_000 }));
    expect(yielded.length).toBe(0);
    expectProtocolError(error, 'MessageTooLarge', 'blob');
    // Pass 2 reads no more than the verified blob's length.
    const verified = await verifyMediaStream([enc.blob], params);
    const second = { chunks: 0 };
    const out = await drain(verified.decrypt(endless(second)));
    expectProtocolError(out.error, 'BadMac', 'segment');
    expect(out.yielded.length).toBe(0);
    expect(second.chunks).toBe(1);
  });

  it('rejects a maxMediaBytes that is not a positive safe integer', () => {
    for (const maxMediaBytes of [0, -1, 0.5, Number.NaN]) {
      expect(() => encryptMediaStream([], 'image', { maxMediaBytes })).toThrow(expect.objectContaining({ code: 'InvalidArgument', details: { field: 'maxMediaBytes' } }));
    }
  });
});

// ---- 200 MiB with bounded memory ----------------------------------------------------------------

describe('a 200 MiB file', () => {
  const CHUNK = 64 * 1024;
  const CHUNKS = 3_200; // 3,200 × 64 KiB = 200 MiB
  const SEED = 0x5eed_1234;
  const LIMIT = 64 * 1024 * 1024;

  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const live = (): number => {
    gc();
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };

  async function* plaintextChunks(hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
    const state = { x: SEED };
    for (let i = 0; i < CHUNKS; i++) {
      const chunk = new Uint8Array(CHUNK);
      fillPrng(chunk, state);
      hash.update(chunk);
      yield chunk;
    }
  }

  it('encrypts and decrypts in two passes with memory bounded well below the file size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-media-'));
    const path = join(dir, 'blob.bin');
    try {
      const mediaKey = keyOf(200);
      const baseline = live();
      let peak = 0;

      // Encrypt: plaintext from the PRNG, blob to disk, chunk by chunk.
      const plainHash = createHash('sha256');
      const stream = encryptMediaStream(plaintextChunks(plainHash), 'video', { context: fixedKeyContext(mediaKey) });
      const file = await openFile(path, 'w');
      let written = 0;
      let n = 0;
      try {
        for await (const chunk of stream) {
          await file.write(chunk);
          written += chunk.length;
          if (++n % 256 === 0) peak = Math.max(peak, live() - baseline);
        }
      } finally {
        await file.close();
      }
      const info = await stream.result;
      const size = CHUNK * CHUNKS;
      expect(info.fileLength).toBe(size);
      expect(written).toBe(size + 16 + 10);
      expect((await stat(path)).size).toBe(written);
      expect(hex(info.fileSha256)).toBe(plainHash.digest('hex'));
      const encHash = createHash('sha256');
      for await (const chunk of createReadStream(path)) encHash.update(chunk as Buffer);
      expect(hex(info.fileEncSha256)).toBe(encHash.digest('hex'));
      peak = Math.max(peak, live() - baseline);

      // Decrypt: pass 1 and pass 2 each re-read the file.
      let opens = 0;
      const open = () => {
        opens++;
        return createReadStream(path, { highWaterMark: CHUNK });
      };
      const outHash = createHash('sha256');
      const expectHash = createHash('sha256');
      const expected = { x: SEED };
      const scratch = new Uint8Array(DEFAULT_SEGMENT_BYTES);
      let out = 0;
      let segments = 0;
      for await (const part of decryptMediaStream(open, paramsOf(info, 'video'))) {
        // Compare against the PRNG, regenerated in step (segments are 1 MiB = 16 chunks).
        expect(part.length).toBe(DEFAULT_SEGMENT_BYTES);
        fillPrng(scratch, expected);
        expect(Buffer.compare(Buffer.from(part.buffer, part.byteOffset, part.length), Buffer.from(scratch))).toBe(0);
        outHash.update(part);
        expectHash.update(scratch);
        out += part.length;
        if (++segments % 16 === 0) peak = Math.max(peak, live() - baseline);
      }
      peak = Math.max(peak, live() - baseline);
      expect(opens).toBe(2);
      expect(out).toBe(size);
      expect(outHash.digest('hex')).toBe(hex(info.fileSha256));
      expect(expectHash.digest('hex')).toBe(hex(info.fileSha256));
      expect(peak).toBeLessThan(LIMIT);
      console.log(`200 MiB media: peak live-memory growth ${(peak / 1024 / 1024).toFixed(1)} MiB (bound ${LIMIT / 1024 / 1024} MiB)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
