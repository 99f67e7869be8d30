// WhatsApp media encryption, one-shot form (BUSINESS.md §2.3): key derivation, round trips for
// every media type, the blob layout, an independent node:crypto oracle, the order of the decryption
// checks and their typed errors, single-byte tampering (fast-check) and size limits.
import { createCipheriv, createHash, createHmac, hkdfSync } from 'node:crypto';
import { cbc } from '@noble/ciphers/aes.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { CryptoBackend } from '../../src/crypto/backend.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { type ErrorCode, ProtocolError } from '../../src/errors.js';
import {
  DEFAULT_MAX_MEDIA_BYTES,
  decryptMedia,
  deriveMediaKeys,
  type EncryptedMedia,
  encryptMedia,
  MEDIA_HKDF_INFO,
  MEDIA_TYPES,
  type MediaDecryptParams,
  type MediaType,
} from '../../src/content/index-media.js';

// ---- helpers ----------------------------------------------------------------------------------

const sha256 = (bytes: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(bytes).digest());
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

function fixedKeyContext(mediaKey: Uint8Array): Context {
  return {
    now: () => 0,
    randomBytes: (length: number) => {
      if (length !== mediaKey.length) throw new Error(`unexpected randomBytes(${length})`);
      return mediaKey.slice();
    },
  };
}

function patterned(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function keyOf(byte: number): Uint8Array {
  return new Uint8Array(32).map((_, i) => (byte + i * 7) & 0xff);
}

/** A backend that counts the calls decryption must not make after an early failure. */
function spyingCrypto(): { backend: CryptoBackend; calls: { sha256: number; hmac: number; decrypt: number } } {
  const calls = { sha256: 0, hmac: 0, decrypt: 0 };
  const backend: CryptoBackend = {
    ...nobleCrypto,
    name: 'noble+spy',
    sha256(data) {
      calls.sha256++;
      return nobleCrypto.sha256(data);
    },
    hmacSha256(key, data) {
      calls.hmac++;
      return nobleCrypto.hmacSha256(key, data);
    },
    aes256CbcDecrypt(key, iv, ciphertext) {
      calls.decrypt++;
      return nobleCrypto.aes256CbcDecrypt(key, iv, ciphertext);
    },
  };
  return { backend, calls };
}

function failure(run: () => unknown): ProtocolError {
  let result: unknown;
  try {
    result = run();
  } catch (e) {
    expect(ProtocolError.is(e), `expected a ProtocolError, got ${String(e)}`).toBe(true);
    return e as ProtocolError;
  }
  throw new Error(`expected a ProtocolError, but the call returned ${result instanceof Uint8Array ? `${result.length} bytes` : String(result)}`);
}

function expectFailure(run: () => unknown, code: ErrorCode, field: string): ProtocolError {
  const e = failure(run);
  expect({ code: e.code, field: e.details.field }).toEqual({ code, field });
  return e;
}

function paramsOf(enc: EncryptedMedia, type: MediaType): MediaDecryptParams {
  return { mediaKey: enc.mediaKey, type, fileSha256: enc.fileSha256, fileEncSha256: enc.fileEncSha256, fileLength: enc.fileLength };
}

/** The blob with byte `index` xor-ed with `mask`, and params whose fileEncSha256 matches it. */
function tampered(enc: EncryptedMedia, type: MediaType, index: number, mask = 0x01): { blob: Uint8Array; params: MediaDecryptParams } {
  const blob = enc.blob.slice();
  blob[index]! ^= mask;
  return { blob, params: { ...paramsOf(enc, type), fileEncSha256: sha256(blob) } };
}

/** Independent oracle: the scheme of BUSINESS.md §2.3 on node:crypto. */
function nodeEncrypt(plaintext: Uint8Array, mediaKey: Uint8Array, info: string): { blob: Uint8Array; keys: Uint8Array } {
  const keys = new Uint8Array(hkdfSync('sha256', mediaKey, new Uint8Array(0), info, 112));
  const iv = keys.subarray(0, 16);
  const cipher = createCipheriv('aes-256-cbc', keys.subarray(16, 48), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const mac = createHmac('sha256', keys.subarray(48, 80)).update(iv).update(ciphertext).digest().subarray(0, 10);
  return { blob: new Uint8Array(Buffer.concat([ciphertext, mac])), keys };
}

const SIZES = [0, 1, 15, 16, 17, 31, 32, 33, 255, 4096, 65_537];

// ---- key derivation ---------------------------------------------------------------------------

describe('media keys', () => {
  it('has exactly the HKDF info strings of BUSINESS.md §2.3', () => {
    expect(MEDIA_HKDF_INFO).toEqual({
      image: 'WhatsApp Image Keys',
      sticker: 'WhatsApp Image Keys',
      product: 'WhatsApp Image Keys',
      'biz-cover-photo': 'WhatsApp Image Keys',
      video: 'WhatsApp Video Keys',
      gif: 'WhatsApp Video Keys',
      ptv: 'WhatsApp Video Keys',
      audio: 'WhatsApp Audio Keys',
      ptt: 'WhatsApp Audio Keys',
      document: 'WhatsApp Document Keys',
      'md-msg-hist': 'WhatsApp History Keys',
      'md-app-state': 'WhatsApp App State Keys',
      'thumbnail-link': 'WhatsApp Link Thumbnail Keys',
      'thumbnail-image': 'WhatsApp Image Thumbnail Keys',
      'thumbnail-video': 'WhatsApp Video Thumbnail Keys',
      'thumbnail-document': 'WhatsApp Document Thumbnail Keys',
      'payment-bg-image': 'WhatsApp Payment Background Keys',
      'sticker-pack': 'WhatsApp Sticker Pack Keys',
    });
    expect(MEDIA_TYPES).toEqual(Object.keys(MEDIA_HKDF_INFO));
  });

  it.each(MEDIA_TYPES)('derives iv, cipherKey, macKey, refKey for %s as HKDF-SHA256(mediaKey, zero salt, info, 112)', (type) => {
    const mediaKey = keyOf(type.length);
    const expanded = new Uint8Array(hkdfSync('sha256', mediaKey, new Uint8Array(32), MEDIA_HKDF_INFO[type], 112));
    const keys = deriveMediaKeys(nobleCrypto, mediaKey, type);
    expect(hex(keys.iv)).toBe(hex(expanded.subarray(0, 16)));
    expect(hex(keys.cipherKey)).toBe(hex(expanded.subarray(16, 48)));
    expect(hex(keys.macKey)).toBe(hex(expanded.subarray(48, 80)));
    expect(hex(keys.refKey)).toBe(hex(expanded.subarray(80, 112)));
  });

  it('rejects a key that is not 32 bytes and an unknown type', () => {
    expectFailure(() => deriveMediaKeys(nobleCrypto, new Uint8Array(31), 'image'), 'InvalidArgument', 'mediaKey');
    expectFailure(() => deriveMediaKeys(nobleCrypto, 'key' as unknown as Uint8Array, 'image'), 'InvalidArgument', 'mediaKey');
    expectFailure(() => deriveMediaKeys(nobleCrypto, keyOf(1), 'ppic' as MediaType), 'InvalidArgument', 'type');
    expectFailure(() => deriveMediaKeys(nobleCrypto, keyOf(1), 'toString' as MediaType), 'InvalidArgument', 'type');
  });
});

// ---- round trips and layout -------------------------------------------------------------------

describe('encryptMedia / decryptMedia', () => {
  it.each(MEDIA_TYPES)('round-trips %s at block-boundary sizes with the documented blob layout', (type) => {
    for (const size of SIZES) {
      const plaintext = patterned(size, size + 7);
      const enc = encryptMedia(plaintext, type);
      expect(enc.mediaKey.length).toBe(32);
      expect(enc.blob.length).toBe(16 * Math.ceil((size + 1) / 16) + 10);
      expect(enc.fileLength).toBe(size);
      expect(hex(enc.fileSha256)).toBe(hex(sha256(plaintext)));
      expect(hex(enc.fileEncSha256)).toBe(hex(sha256(enc.blob)));
      expect(hex(decryptMedia(enc.blob, paramsOf(enc, type)))).toBe(hex(plaintext));
      // fileLength is optional.
      const { fileLength: _omit, ...withoutLength } = paramsOf(enc, type);
      expect(decryptMedia(enc.blob, withoutLength).length).toBe(size);
    }
  });

  it.each(MEDIA_TYPES)('matches an independent node:crypto implementation byte for byte (%s)', (type) => {
    for (const size of [0, 16, 1000]) {
      const mediaKey = keyOf(size & 0xff);
      const plaintext = patterned(size, 99);
      const enc = encryptMedia(plaintext, type, { context: fixedKeyContext(mediaKey) });
      const oracle = nodeEncrypt(plaintext, mediaKey, MEDIA_HKDF_INFO[type]);
      expect(hex(enc.mediaKey)).toBe(hex(mediaKey));
      expect(hex(enc.blob)).toBe(hex(oracle.blob));
      expect(hex(decryptMedia(oracle.blob, paramsOf(enc, type)))).toBe(hex(plaintext));
    }
  });

  it('draws a fresh mediaKey from the context for every file', () => {
    const plaintext = patterned(100);
    const a = encryptMedia(plaintext, 'image');
    const b = encryptMedia(plaintext, 'image');
    expect(hex(a.mediaKey)).not.toBe(hex(b.mediaKey));
    expect(hex(a.blob)).not.toBe(hex(b.blob));
    expect(hex(a.fileSha256)).toBe(hex(b.fileSha256));
  });

  it('uses the type: a blob does not decrypt as another type with a different info string', () => {
    const enc = encryptMedia(patterned(50), 'image');
    expectFailure(() => decryptMedia(enc.blob, { ...paramsOf(enc, 'image'), type: 'video' }), 'BadMac', 'mac');
    // Types that share an info string share keys.
    expect(hex(decryptMedia(enc.blob, { ...paramsOf(enc, 'image'), type: 'sticker' }))).toBe(hex(patterned(50)));
  });

  it('validates its arguments', () => {
    const enc = encryptMedia(patterned(20), 'document');
    const params = paramsOf(enc, 'document');
    expectFailure(() => encryptMedia('text' as unknown as Uint8Array, 'document'), 'InvalidArgument', 'plaintext');
    expectFailure(() => encryptMedia(patterned(1), 'pdf' as MediaType), 'InvalidArgument', 'type');
    expectFailure(() => decryptMedia([1, 2] as unknown as Uint8Array, params), 'InvalidArgument', 'blob');
    expectFailure(() => decryptMedia(enc.blob, { ...params, mediaKey: new Uint8Array(16) }), 'InvalidArgument', 'mediaKey');
    expectFailure(() => decryptMedia(enc.blob, { ...params, fileSha256: new Uint8Array(31) }), 'InvalidArgument', 'fileSha256');
    expectFailure(() => decryptMedia(enc.blob, { ...params, fileEncSha256: new Uint8Array(33) }), 'InvalidArgument', 'fileEncSha256');
    expectFailure(() => decryptMedia(enc.blob, { ...params, fileLength: -1 }), 'InvalidArgument', 'fileLength');
    expectFailure(() => decryptMedia(enc.blob, { ...params, fileLength: 1.5 }), 'InvalidArgument', 'fileLength');
    expectFailure(() => decryptMedia(enc.blob, { ...params, type: 'ppic' as MediaType }), 'InvalidArgument', 'type');
    expectFailure(() => decryptMedia(enc.blob, null as unknown as MediaDecryptParams), 'InvalidArgument', 'params');
  });
});

// ---- the checks, one by one and in order --------------------------------------------------------

describe('decryptMedia checks fileEncSha256 → structure → MAC → padding → fileSha256 → fileLength', () => {
  const type: MediaType = 'video';
  const plaintext = patterned(1000, 5);
  const enc = encryptMedia(plaintext, type, { context: fixedKeyContext(keyOf(3)) });
  const params = paramsOf(enc, type);
  const macStart = enc.blob.length - 10;

  /** A blob with a valid MAC and hash over a ciphertext whose last block has bad padding. */
  function badPaddingBlob(): { blob: Uint8Array; params: MediaDecryptParams } {
    const keys = deriveMediaKeys(nobleCrypto, enc.mediaKey, type);
    const body = patterned(64, 11);
    body[63] = 0; // a final byte of 0 is never valid PKCS#7
    const ciphertext = cbc(keys.cipherKey, keys.iv, { disablePadding: true }).encrypt(body);
    const mac = createHmac('sha256', keys.macKey).update(keys.iv).update(ciphertext).digest().subarray(0, 10);
    const blob = new Uint8Array(Buffer.concat([ciphertext, mac]));
    return { blob, params: { ...params, fileEncSha256: sha256(blob) } };
  }

  it('1. a blob whose SHA-256 is not fileEncSha256 fails first, before any HMAC or decryption', () => {
    const { backend, calls } = spyingCrypto();
    const blob = enc.blob.slice();
    blob[0]! ^= 0x80;
    expectFailure(() => decryptMedia(blob, params, { crypto: backend }), 'BadMac', 'fileEncSha256');
    expectFailure(() => decryptMedia(enc.blob, { ...params, fileEncSha256: sha256(plaintext) }, { crypto: backend }), 'BadMac', 'fileEncSha256');
    expect(calls.hmac).toBe(0);
    expect(calls.decrypt).toBe(0);
  });

  it('2. a blob that is not 16·k + 10 bytes (k ≥ 1) is InvalidMessage/blob', () => {
    for (const blob of [enc.blob.subarray(0, enc.blob.length - 1), enc.blob.subarray(0, 10), enc.blob.subarray(0, 25), new Uint8Array(0)]) {
      const e = expectFailure(() => decryptMedia(blob, { ...params, fileEncSha256: sha256(blob) }), 'InvalidMessage', 'blob');
      expect(e.details.got).toBe(blob.length);
    }
  });

  it('3. a changed MAC or ciphertext byte (with a matching fileEncSha256) fails the MAC, before decryption', () => {
    const { backend, calls } = spyingCrypto();
    for (const index of [0, 15, 16, macStart - 1, macStart, enc.blob.length - 1]) {
      const t = tampered(enc, type, index);
      expectFailure(() => decryptMedia(t.blob, t.params, { crypto: backend }), 'BadMac', 'mac');
    }
    expect(calls.decrypt).toBe(0);
    // A wrong key is a MAC failure too.
    expectFailure(() => decryptMedia(enc.blob, { ...params, mediaKey: keyOf(4) }), 'BadMac', 'mac');
  });

  it('4. an authenticated ciphertext with bad padding is InvalidMessage/padding', () => {
    const bad = badPaddingBlob();
    expectFailure(() => decryptMedia(bad.blob, bad.params), 'InvalidMessage', 'padding');
  });

  it('5. a wrong fileSha256 is BadMac/fileSha256, and 6. a wrong fileLength is InvalidMessage/fileLength', () => {
    expectFailure(() => decryptMedia(enc.blob, { ...params, fileSha256: sha256(enc.blob) }), 'BadMac', 'fileSha256');
    const e = expectFailure(() => decryptMedia(enc.blob, { ...params, fileLength: 999 }), 'InvalidMessage', 'fileLength');
    expect(e.details).toMatchObject({ expected: 999, got: 1000 });
  });

  it('reports the earliest failing check when several fail', () => {
    const wrongPlainHash = new Uint8Array(32).fill(9);
    const both = enc.blob.slice();
    both[5]! ^= 1;
    // fileEncSha256 before everything.
    expectFailure(() => decryptMedia(both, { ...params, fileSha256: wrongPlainHash, fileLength: 1 }), 'BadMac', 'fileEncSha256');
    // structure before MAC.
    const short = enc.blob.subarray(0, enc.blob.length - 3);
    expectFailure(() => decryptMedia(short, { ...params, fileEncSha256: sha256(short), fileSha256: wrongPlainHash }), 'InvalidMessage', 'blob');
    // MAC before padding and plaintext hash.
    const t = tampered(enc, type, 40);
    expectFailure(() => decryptMedia(t.blob, { ...t.params, fileSha256: wrongPlainHash, fileLength: 1 }), 'BadMac', 'mac');
    // padding before plaintext hash.
    const bad = badPaddingBlob();
    expectFailure(() => decryptMedia(bad.blob, { ...bad.params, fileSha256: wrongPlainHash }), 'InvalidMessage', 'padding');
    // plaintext hash before length.
    expectFailure(() => decryptMedia(enc.blob, { ...params, fileSha256: wrongPlainHash, fileLength: 1 }), 'BadMac', 'fileSha256');
  });

  it('errors carry no key, hash or plaintext bytes and no cause', () => {
    const errors = [
      failure(() => decryptMedia(enc.blob, { ...params, fileEncSha256: new Uint8Array(32) })),
      failure(() => decryptMedia(tampered(enc, type, 3).blob, tampered(enc, type, 3).params)),
      failure(() => decryptMedia(badPaddingBlob().blob, badPaddingBlob().params)),
      failure(() => decryptMedia(enc.blob, { ...params, fileSha256: new Uint8Array(32) })),
      failure(() => decryptMedia(enc.blob, { ...params, fileLength: 1 })),
    ];
    const keys = deriveMediaKeys(nobleCrypto, enc.mediaKey, type);
    const secrets = [enc.mediaKey, keys.cipherKey, keys.macKey, keys.iv, enc.fileSha256, enc.fileEncSha256, plaintext.subarray(0, 16)].map(hex);
    for (const e of errors) {
      const text = `${e.message} ${JSON.stringify(e.details)}`.toLowerCase();
      for (const secret of secrets) expect(text).not.toContain(secret.slice(0, 16));
      expect(e.cause).toBeUndefined();
      expect(e.family).toBe('input');
    }
  });
});

// ---- tampering property -----------------------------------------------------------------------

describe('any single-byte change to a blob is rejected and returns no plaintext', () => {
  const blobCase = fc.record({
    plaintext: fc.uint8Array({ minLength: 0, maxLength: 300 }),
    type: fc.constantFrom(...MEDIA_TYPES),
    position: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    mask: fc.integer({ min: 1, max: 255 }),
  });

  it('with the original fileEncSha256: fails the blob hash (300 runs)', () => {
    fc.assert(
      fc.property(blobCase, ({ plaintext, type, position, mask }) => {
        const enc = encryptMedia(plaintext, type);
        const index = Math.floor(position * enc.blob.length);
        const blob = enc.blob.slice();
        blob[index]! ^= mask;
        const { backend, calls } = spyingCrypto();
        expectFailure(() => decryptMedia(blob, paramsOf(enc, type), { crypto: backend }), 'BadMac', 'fileEncSha256');
        expect(calls.decrypt).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('even when the attacker also supplies a matching fileEncSha256: fails the MAC (300 runs)', () => {
    fc.assert(
      fc.property(blobCase, ({ plaintext, type, position, mask }) => {
        const enc = encryptMedia(plaintext, type);
        const index = Math.floor(position * enc.blob.length);
        const t = tampered(enc, type, index, mask);
        const { backend, calls } = spyingCrypto();
        expectFailure(() => decryptMedia(t.blob, t.params, { crypto: backend }), 'BadMac', 'mac');
        expect(calls.decrypt).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- limits -----------------------------------------------------------------------------------

describe('maxMediaBytes', () => {
  it('defaults to 256 MiB', () => {
    expect(DEFAULT_MAX_MEDIA_BYTES).toBe(256 * 1024 * 1024);
  });

  it('bounds the plaintext on encryption (inclusive)', () => {
    expect(encryptMedia(patterned(1000), 'image', { maxMediaBytes: 1000 }).fileLength).toBe(1000);
    const e = expectFailure(() => encryptMedia(patterned(1001), 'image', { maxMediaBytes: 1000 }), 'MessageTooLarge', 'plaintext');
    expect(e.details).toMatchObject({ max: 1000, got: 1001 });
  });

  it('bounds the blob on decryption before hashing it', () => {
    const enc = encryptMedia(patterned(1000), 'image');
    // A 1000-byte plaintext gives a 1018-byte blob. The bound is on the blob: the longest blob a
    // plaintext of at most max bytes can give, 16·⌊max/16⌋ + 26 (1018 for max 992…1007, 1002 for 991).
    expect(decryptMedia(enc.blob, paramsOf(enc, 'image'), { maxMediaBytes: 1000 }).length).toBe(1000);
    expect(decryptMedia(enc.blob, paramsOf(enc, 'image'), { maxMediaBytes: 992 }).length).toBe(1000);
    const { backend, calls } = spyingCrypto();
    const e = expectFailure(() => decryptMedia(enc.blob, paramsOf(enc, 'image'), { crypto: backend, maxMediaBytes: 991 }), 'MessageTooLarge', 'blob');
    expect(e.details).toMatchObject({ max: 1002, got: 1018 });
    expect(calls.sha256 + calls.hmac + calls.decrypt).toBe(0);
  });

  it('rejects a maxMediaBytes that is not a positive safe integer', () => {
    for (const maxMediaBytes of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expectFailure(() => encryptMedia(patterned(1), 'image', { maxMediaBytes }), 'InvalidArgument', 'maxMediaBytes');
    }
  });
});
