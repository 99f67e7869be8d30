// Media encryption against Baileys 6.17.16 (lib/Utils/messages-media.js), both directions:
// - key derivation: parley's deriveMediaKeys equals Baileys' getMediaKeys for every type both know;
// - Baileys → parley: blobs from Baileys' encryptedStream (Buffer and stream inputs) verify and
//   decrypt in parley, one-shot and streaming, with Baileys' mediaKey, fileSha256, fileEncSha256
//   and fileLength; with Baileys' mediaKey injected, parley produces Baileys' exact bytes;
// - parley → Baileys: parley's blobs (one-shot and streamed) decrypt with Baileys'
//   downloadContentFromMessage / downloadEncryptedContent to the same plaintext.
// Everything stays in this process: Baileys' downloader fetches with axios, which we hand a
// `data:` URL holding the blob (axios decodes data: URLs itself, without any network access), and
// encryptedStream with a Buffer or stream input writes no temporary file.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  decryptMedia,
  decryptMediaStream,
  deriveMediaKeys,
  encryptMedia,
  encryptMediaStream,
  MEDIA_HKDF_INFO,
  MEDIA_TYPES,
  type MediaDecryptParams,
  type MediaType,
} from '../../src/content/index-media.js';
import type { Context } from '../../src/context.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { ProtocolError } from '../../src/errors.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports
const baileys: any = require('baileys');

interface BaileysEncrypted {
  mediaKey: Buffer;
  encWriteStream: Readable;
  mac: Buffer;
  fileEncSha256: Buffer;
  fileSha256: Buffer;
  fileLength: number;
  didSaveToTmpPath: boolean;
  bodyPath: string | undefined;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function patterned(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function fixedKeyContext(mediaKey: Uint8Array): Context {
  return { now: () => 0, randomBytes: () => Uint8Array.from(mediaKey) };
}

async function collect(iterable: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of iterable) parts.push(Uint8Array.from(part));
  return new Uint8Array(Buffer.concat(parts));
}

function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Baileys' encryptedStream on a Buffer (or a stream of it), with its blob collected. */
async function baileysEncrypt(plaintext: Uint8Array, type: MediaType, asStream = false): Promise<BaileysEncrypted & { blob: Uint8Array }> {
  const media = asStream ? { stream: Readable.from(chunked(plaintext, 7_777), { objectMode: false }) } : Buffer.from(plaintext);
  const enc = (await baileys.encryptedStream(media, type)) as BaileysEncrypted;
  expect(enc.didSaveToTmpPath).toBe(false);
  expect(enc.bodyPath).toBeUndefined();
  const blob = new Uint8Array(await baileys.toBuffer(enc.encWriteStream));
  return { ...enc, blob };
}

function paramsFromBaileys(enc: BaileysEncrypted, type: MediaType): MediaDecryptParams {
  return {
    mediaKey: new Uint8Array(enc.mediaKey),
    type,
    fileSha256: new Uint8Array(enc.fileSha256),
    fileEncSha256: new Uint8Array(enc.fileEncSha256),
    fileLength: enc.fileLength,
  };
}

const dataUrl = (blob: Uint8Array): string => `data:application/octet-stream;base64,${Buffer.from(blob).toString('base64')}`;

/** Baileys' own downloader (message form: it derives the keys from mediaKey itself). */
async function baileysDownload(blob: Uint8Array, mediaKey: Uint8Array, type: MediaType): Promise<Uint8Array> {
  const stream = await baileys.downloadContentFromMessage({ mediaKey, url: dataUrl(blob) }, type);
  return new Uint8Array(await baileys.toBuffer(stream));
}

/** Types whose Baileys mapping has a real word (ppic and product-catalog-image map to ""). */
const baileysTypes = Object.entries(baileys.MEDIA_HKDF_KEY_MAPPING as Record<string, string>)
  .filter(([, word]) => word !== '')
  .map(([type]) => type);
const sharedTypes = MEDIA_TYPES.filter((type) => baileysTypes.includes(type));
const SIZES = [0, 1, 15, 16, 17, 1000, 70_001];

describe('key derivation against Baileys getMediaKeys', () => {
  it('parley knows every Baileys media type that has an info string', () => {
    expect(baileysTypes.filter((type) => !(MEDIA_TYPES as readonly string[]).includes(type))).toEqual([]);
    // The two parley has beyond Baileys 6.17.16: from BUSINESS.md (newer Baileys, whatsmeow).
    expect(MEDIA_TYPES.filter((type) => !baileysTypes.includes(type))).toEqual(['biz-cover-photo', 'sticker-pack']);
  });

  it.each(sharedTypes)('%s: same info string, iv, cipherKey and macKey', async (type) => {
    expect(baileys.hkdfInfoKey(type)).toBe(MEDIA_HKDF_INFO[type]);
    for (const seed of [1, 2, 3]) {
      const mediaKey = patterned(32, seed * 31 + type.length);
      const theirs = await baileys.getMediaKeys(Buffer.from(mediaKey), type);
      const ours = deriveMediaKeys(nobleCrypto, mediaKey, type);
      expect(hex(ours.iv)).toBe(hex(theirs.iv));
      expect(hex(ours.cipherKey)).toBe(hex(theirs.cipherKey));
      expect(hex(ours.macKey)).toBe(hex(theirs.macKey));
    }
  });
});

describe('Baileys encrypts, parley verifies and decrypts', () => {
  it.each(sharedTypes)('%s: one-shot, at several sizes', async (type) => {
    for (const size of SIZES) {
      const plaintext = patterned(size, size + 1);
      const enc = await baileysEncrypt(plaintext, type);
      expect(enc.fileLength).toBe(size);
      const params = paramsFromBaileys(enc, type);
      expect(hex(decryptMedia(enc.blob, params))).toBe(hex(plaintext));
      // Baileys' reported MAC is the blob's last 10 bytes.
      expect(hex(enc.blob.subarray(enc.blob.length - 10))).toBe(hex(enc.mac));
    }
  });

  it('with Baileys’ mediaKey, parley produces Baileys’ exact blob, fileSha256 and fileEncSha256 (one-shot and streaming)', async () => {
    for (const type of ['image', 'video', 'audio', 'document', 'thumbnail-link'] as const) {
      for (const size of SIZES) {
        const plaintext = patterned(size, size + 2);
        const theirs = await baileysEncrypt(plaintext, type);
        const context = fixedKeyContext(theirs.mediaKey);
        const ours = encryptMedia(plaintext, type, { context });
        expect(hex(ours.blob)).toBe(hex(theirs.blob));
        expect(hex(ours.fileSha256)).toBe(hex(theirs.fileSha256));
        expect(hex(ours.fileEncSha256)).toBe(hex(theirs.fileEncSha256));
        expect(ours.fileLength).toBe(theirs.fileLength);

        const streamed = encryptMediaStream(chunked(plaintext, 4_097), type, { context });
        expect(hex(await collect(streamed))).toBe(hex(theirs.blob));
        const info = await streamed.result;
        expect(hex(info.fileEncSha256)).toBe(hex(theirs.fileEncSha256));
      }
    }
  });

  it('a Baileys blob from a stream input decrypts with parley’s two-pass streaming decryptor', async () => {
    const plaintext = patterned(1_500_000, 77);
    const enc = await baileysEncrypt(plaintext, 'video', true);
    const params = paramsFromBaileys(enc, 'video');
    // Re-open the same bytes twice, as Node streams of 64 KiB chunks.
    const open = () => Readable.from(chunked(enc.blob, 65_536));
    const out = await collect(decryptMediaStream(open, params, { segmentBytes: 100_000 }));
    expect(sha256(out)).toBe(sha256(plaintext));
  });

  it('parley rejects a Baileys blob with one byte changed, even with a matching fileEncSha256', async () => {
    const plaintext = patterned(5_000, 5);
    const enc = await baileysEncrypt(plaintext, 'document');
    const blob = enc.blob.slice();
    blob[100]! ^= 0x04;
    const params = paramsFromBaileys(enc, 'document');
    const hashOf = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest());
    expect(() => decryptMedia(blob, params)).toThrow(expect.objectContaining({ code: 'BadMac', details: expect.objectContaining({ field: 'fileEncSha256' }) }));
    let error: unknown;
    try {
      decryptMedia(blob, { ...params, fileEncSha256: hashOf(blob) });
    } catch (e) {
      error = e;
    }
    expect(ProtocolError.is(error, 'BadMac')).toBe(true);
    expect((error as ProtocolError).details.field).toBe('mac');
  });
});

describe('parley encrypts, Baileys decrypts', () => {
  it.each(sharedTypes)('%s: Baileys’ downloadContentFromMessage recovers parley’s plaintext', async (type) => {
    for (const size of SIZES) {
      const plaintext = patterned(size, size + 3);
      const enc = encryptMedia(plaintext, type);
      expect(hex(await baileysDownload(enc.blob, enc.mediaKey, type))).toBe(hex(plaintext));
    }
  });

  it('a streamed parley blob decrypts with Baileys’ downloadEncryptedContent and getMediaKeys', async () => {
    const plaintext = patterned(2_000_003, 9);
    const streamed = encryptMediaStream(chunked(plaintext, 65_536), 'document');
    const blob = await collect(streamed);
    const info = await streamed.result;
    expect(info.fileLength).toBe(plaintext.length);
    expect(hex(info.fileSha256)).toBe(sha256(plaintext));
    expect(hex(info.fileEncSha256)).toBe(sha256(blob));
    const keys = await baileys.getMediaKeys(Buffer.from(info.mediaKey), 'document');
    const stream = await baileys.downloadEncryptedContent(dataUrl(blob), keys);
    const out = new Uint8Array(await baileys.toBuffer(stream));
    expect(sha256(out)).toBe(sha256(plaintext));
  });
});
