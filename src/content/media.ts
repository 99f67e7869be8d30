/**
 * WhatsApp media encryption (BUSINESS.md §2.3), one-shot form.
 *
 * A fresh 32-byte `mediaKey` is expanded with HKDF-SHA256 (empty salt = 32 zero bytes, an info
 * string chosen by media type) to 112 bytes: iv ‖ cipherKey ‖ macKey ‖ refKey. The file is
 * encrypted with AES-256-CBC/PKCS#7 under cipherKey and iv; the uploaded blob is
 * ciphertext ‖ mac10 where mac10 is the first 10 bytes of HMAC-SHA256(macKey, iv ‖ ciphertext).
 * `fileSha256` is SHA-256(plaintext) and `fileEncSha256` is SHA-256(blob).
 *
 * Decryption checks, in this order (as whatsmeow and Meta's Flows documentation do):
 *   1. SHA-256(blob) equals `fileEncSha256`            → BadMac, details.field 'fileEncSha256'
 *   2. the blob is 16·k + 10 bytes with k ≥ 1          → InvalidMessage, details.field 'blob'
 *   3. mac10 matches, compared in constant time         → BadMac, details.field 'mac'
 *   4. AES-CBC decryption and PKCS#7 padding            → InvalidMessage, details.field 'padding'
 *   5. SHA-256(plaintext) equals `fileSha256`           → BadMac, details.field 'fileSha256'
 *   6. plaintext length equals `fileLength` (if given)  → InvalidMessage, details.field 'fileLength'
 * Bad arguments throw InvalidArgument, and inputs over `maxMediaBytes` throw MessageTooLarge before
 * any hashing. No plaintext is returned or kept reachable on any failure: a decrypted buffer that
 * fails check 5 or 6 is zeroed before the error is thrown.
 *
 * For files too large to hold in memory, see ./media-stream.ts.
 */
import { assertBytes, constantTimeEqual, utf8 } from '../bytes.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { type CryptoBackend, hmacOver } from '../crypto/backend.js';
import { ProtocolError } from '../errors.js';

/**
 * HKDF info strings by media type (MMS type names as Baileys and whatsmeow use them). Only types
 * with a real info string are listed: `ppic` and `product-catalog-image` map to an empty word in
 * Baileys and are not encrypted media.
 */
export const MEDIA_HKDF_INFO = Object.freeze({
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
} as const);

export type MediaType = keyof typeof MEDIA_HKDF_INFO;

/** Every supported media type, in table order. */
export const MEDIA_TYPES: readonly MediaType[] = Object.freeze(Object.keys(MEDIA_HKDF_INFO) as MediaType[]);

/** Default `maxMediaBytes` for the one-shot functions: 256 MiB of plaintext. */
export const DEFAULT_MAX_MEDIA_BYTES = 256 * 1024 * 1024;

export const MEDIA_KEY_BYTES = 32;
export const MEDIA_MAC_BYTES = 10;
const EXPANDED_BYTES = 112;
const BLOCK = 16;
const HASH_BYTES = 32;

export interface MediaOptions extends ProtocolOptions {
  /**
   * Largest plaintext, in bytes, that encryption accepts; decryption rejects a blob longer than
   * the blob such a plaintext produces (16·⌊max/16⌋ + 26 bytes) before hashing it. Defaults to
   * {@link DEFAULT_MAX_MEDIA_BYTES} for the one-shot functions (which hold the whole file, and a
   * few copies of it, in memory) and to DEFAULT_MAX_STREAM_MEDIA_BYTES (2 GiB) for the streaming
   * ones. Must be a positive safe integer.
   */
  readonly maxMediaBytes?: number;
}

export interface MediaKeys {
  /** HKDF output bytes 0..16. */
  readonly iv: Uint8Array;
  /** HKDF output bytes 16..48: the AES-256 key. */
  readonly cipherKey: Uint8Array;
  /** HKDF output bytes 48..80: the HMAC-SHA256 key. */
  readonly macKey: Uint8Array;
  /** HKDF output bytes 80..112: derived by every client, used by none for encryption. */
  readonly refKey: Uint8Array;
}

export interface EncryptedMedia {
  /** The fresh 32-byte key to put in the message's `mediaKey` field. */
  readonly mediaKey: Uint8Array;
  /** The bytes to upload: ciphertext ‖ mac10. */
  readonly blob: Uint8Array;
  /** SHA-256 of the plaintext. */
  readonly fileSha256: Uint8Array;
  /** SHA-256 of the blob (ciphertext ‖ mac10). */
  readonly fileEncSha256: Uint8Array;
  /** Plaintext length in bytes. */
  readonly fileLength: number;
}

/** What a receiver takes from the media message to download and check a blob. */
export interface MediaDecryptParams {
  readonly mediaKey: Uint8Array;
  readonly type: MediaType;
  readonly fileSha256: Uint8Array;
  readonly fileEncSha256: Uint8Array;
  /** Checked last, when given. */
  readonly fileLength?: number;
}

/** The HKDF info string for a media type; InvalidArgument for an unknown type. */
export function mediaHkdfInfo(type: MediaType): string {
  if (typeof type !== 'string' || !Object.hasOwn(MEDIA_HKDF_INFO, type)) {
    throw new ProtocolError(
      'InvalidArgument',
      `"type" expected one of ${MEDIA_TYPES.join(', ')}, got ${typeof type === 'string' ? JSON.stringify(type) : typeof type}`,
      { field: 'type' },
    );
  }
  return MEDIA_HKDF_INFO[type];
}

/** Expands a 32-byte mediaKey into {iv, cipherKey, macKey, refKey} with the type's info string. */
export function deriveMediaKeys(crypto: CryptoBackend, mediaKey: Uint8Array, type: MediaType): MediaKeys {
  assertBytes(mediaKey, 'mediaKey', MEDIA_KEY_BYTES);
  const info = utf8(mediaHkdfInfo(type));
  const expanded = crypto.hkdfSha256(mediaKey, new Uint8Array(0), info, EXPANDED_BYTES);
  if (expanded.length !== EXPANDED_BYTES) {
    throw new ProtocolError('Internal', `hkdfSha256 expected ${EXPANDED_BYTES} bytes of output, got ${expanded.length}`);
  }
  const keys: MediaKeys = {
    iv: expanded.slice(0, 16),
    cipherKey: expanded.slice(16, 48),
    macKey: expanded.slice(48, 80),
    refKey: expanded.slice(80, 112),
  };
  expanded.fill(0);
  return keys;
}

/** Encrypts a whole file in memory. The mediaKey comes from the options' context RNG. */
export function encryptMedia(plaintext: Uint8Array, type: MediaType, options: MediaOptions = {}): EncryptedMedia {
  const resolved = resolveOptions(options);
  const max = resolveMaxMediaBytes(options.maxMediaBytes, DEFAULT_MAX_MEDIA_BYTES);
  assertBytes(plaintext, 'plaintext');
  mediaHkdfInfo(type);
  assertPlaintextWithin(plaintext.length, max);

  const mediaKey = drawMediaKey((length) => resolved.context.randomBytes(length));
  const { crypto } = resolved;
  const keys = deriveMediaKeys(crypto, mediaKey, type);
  try {
    const ciphertext = crypto.aes256CbcEncrypt(keys.cipherKey, keys.iv, plaintext);
    if (ciphertext.length !== paddedLength(plaintext.length)) {
      throw new ProtocolError('Internal', `aes256CbcEncrypt expected ${paddedLength(plaintext.length)} bytes, got ${ciphertext.length}`);
    }
    const mac = macOf(crypto, keys, ciphertext);
    const blob = new Uint8Array(ciphertext.length + MEDIA_MAC_BYTES);
    blob.set(ciphertext);
    blob.set(mac, ciphertext.length);
    return {
      mediaKey,
      blob,
      fileSha256: crypto.sha256(plaintext),
      fileEncSha256: crypto.sha256(blob),
      fileLength: plaintext.length,
    };
  } finally {
    wipeKeys(keys);
  }
}

/**
 * Checks and decrypts a downloaded blob (see the module comment for the order of checks and the
 * error each one throws). Returns the plaintext only when every check passed.
 */
export function decryptMedia(blob: Uint8Array, params: MediaDecryptParams, options: MediaOptions = {}): Uint8Array {
  const { crypto } = resolveOptions(options);
  const max = resolveMaxMediaBytes(options.maxMediaBytes, DEFAULT_MAX_MEDIA_BYTES);
  assertBytes(blob, 'blob');
  assertDecryptParams(params);
  assertBlobWithin(blob.length, max);

  // 1. The downloaded bytes are the ones the sender uploaded.
  if (!constantTimeEqual(crypto.sha256(blob), params.fileEncSha256)) throw encHashMismatch('decryptMedia');
  // 2. Structure.
  assertBlobStructure(blob.length, 'decryptMedia');

  const keys = deriveMediaKeys(crypto, params.mediaKey, params.type);
  try {
    const ciphertext = blob.subarray(0, blob.length - MEDIA_MAC_BYTES);
    // 3. MAC over iv ‖ ciphertext, before anything is decrypted.
    if (!constantTimeEqual(macOf(crypto, keys, ciphertext), blob.subarray(blob.length - MEDIA_MAC_BYTES))) {
      throw macMismatch('decryptMedia');
    }
    // 4. Decrypt. The ciphertext is authenticated, so a padding error is the sender's, not an oracle.
    let plaintext: Uint8Array;
    try {
      plaintext = crypto.aes256CbcDecrypt(keys.cipherKey, keys.iv, ciphertext);
    } catch {
      throw paddingError('decryptMedia');
    }
    // 5 and 6. The plaintext is the one the sender described.
    if (!constantTimeEqual(crypto.sha256(plaintext), params.fileSha256)) {
      plaintext.fill(0);
      throw plaintextHashMismatch('decryptMedia');
    }
    if (params.fileLength !== undefined && plaintext.length !== params.fileLength) {
      const got = plaintext.length;
      plaintext.fill(0);
      throw fileLengthMismatch('decryptMedia', params.fileLength, got);
    }
    return plaintext;
  } finally {
    wipeKeys(keys);
  }
}

// ---- helpers shared with ./media-stream.ts (not part of the public barrel) ----

/** @internal AES-CBC/PKCS#7 ciphertext length for a plaintext of n bytes. */
export function paddedLength(n: number): number {
  return (Math.floor(n / BLOCK) + 1) * BLOCK;
}

/** @internal Longest blob a plaintext of at most `max` bytes can produce. */
export function maxBlobBytes(max: number): number {
  return paddedLength(max) + MEDIA_MAC_BYTES;
}

/** @internal */
export function resolveMaxMediaBytes(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new ProtocolError('InvalidArgument', `"maxMediaBytes" expected a positive safe integer, got ${String(value)}`, {
      field: 'maxMediaBytes',
    });
  }
  return value;
}

/** @internal */
export function drawMediaKey(randomBytes: (length: number) => Uint8Array): Uint8Array {
  const mediaKey = randomBytes(MEDIA_KEY_BYTES);
  if (!(mediaKey instanceof Uint8Array) || mediaKey.length !== MEDIA_KEY_BYTES) {
    throw new ProtocolError('Internal', `context.randomBytes expected to return ${MEDIA_KEY_BYTES} bytes`);
  }
  return mediaKey;
}

/** @internal */
export function assertPlaintextWithin(length: number, max: number): void {
  if (length > max) {
    throw new ProtocolError('MessageTooLarge', `media plaintext expected at most ${max} bytes, got ${length}`, {
      field: 'plaintext',
      max,
      got: length,
    });
  }
}

/** @internal */
export function assertBlobWithin(length: number, max: number): void {
  const maxBlob = maxBlobBytes(max);
  if (length > maxBlob) {
    throw new ProtocolError('MessageTooLarge', `media blob expected at most ${maxBlob} bytes, got ${length}`, {
      field: 'blob',
      max: maxBlob,
      got: length,
    });
  }
}

/** @internal Validates the receiver-side parameters (keys, hashes, type, fileLength). */
export function assertDecryptParams(params: MediaDecryptParams): void {
  if (typeof params !== 'object' || params === null) {
    throw new ProtocolError('InvalidArgument', `"params" expected an object, got ${params === null ? 'null' : typeof params}`, {
      field: 'params',
    });
  }
  assertBytes(params.mediaKey, 'mediaKey', MEDIA_KEY_BYTES);
  mediaHkdfInfo(params.type);
  assertBytes(params.fileSha256, 'fileSha256', HASH_BYTES);
  assertBytes(params.fileEncSha256, 'fileEncSha256', HASH_BYTES);
  const { fileLength } = params;
  if (fileLength !== undefined && (typeof fileLength !== 'number' || !Number.isSafeInteger(fileLength) || fileLength < 0)) {
    throw new ProtocolError('InvalidArgument', `"fileLength" expected a non-negative safe integer, got ${String(fileLength)}`, {
      field: 'fileLength',
    });
  }
}

/** @internal Check 2: ciphertext ‖ mac10 with a non-empty, block-aligned ciphertext. */
export function assertBlobStructure(length: number, operation: string): void {
  if (length < BLOCK + MEDIA_MAC_BYTES || (length - MEDIA_MAC_BYTES) % BLOCK !== 0) {
    throw new ProtocolError(
      'InvalidMessage',
      `media blob expected 16·k + ${MEDIA_MAC_BYTES} bytes with k ≥ 1 (ciphertext ‖ mac), got ${length}`,
      { field: 'blob', got: length, operation },
    );
  }
}

/** @internal */
export function encHashMismatch(operation: string): ProtocolError {
  return new ProtocolError('BadMac', 'media blob SHA-256 expected to equal fileEncSha256, got a different hash', {
    field: 'fileEncSha256',
    operation,
  });
}

/** @internal */
export function macMismatch(operation: string): ProtocolError {
  return new ProtocolError('BadMac', 'media MAC expected to match HMAC-SHA256(macKey, iv ‖ ciphertext)[0..10], got a different MAC', {
    field: 'mac',
    operation,
  });
}

/** @internal */
export function paddingError(operation: string): ProtocolError {
  return new ProtocolError('InvalidMessage', 'media ciphertext expected valid PKCS#7 padding after decryption, got invalid padding', {
    field: 'padding',
    operation,
  });
}

/** @internal */
export function plaintextHashMismatch(operation: string): ProtocolError {
  return new ProtocolError('BadMac', 'media plaintext SHA-256 expected to equal fileSha256, got a different hash', {
    field: 'fileSha256',
    operation,
  });
}

/** @internal */
export function fileLengthMismatch(operation: string, expected: number, got: number): ProtocolError {
  return new ProtocolError('InvalidMessage', `media plaintext expected fileLength ${expected} bytes, got ${got}`, {
    field: 'fileLength',
    expected,
    got,
    operation,
  });
}

/** @internal */
export function wipeKeys(keys: MediaKeys): void {
  keys.iv.fill(0);
  keys.cipherKey.fill(0);
  keys.macKey.fill(0);
  keys.refKey.fill(0);
}

function macOf(crypto: CryptoBackend, keys: MediaKeys, ciphertext: Uint8Array): Uint8Array {
  return hmacOver(crypto, keys.macKey, [keys.iv, ciphertext]).subarray(0, MEDIA_MAC_BYTES);
}
