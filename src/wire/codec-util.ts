import { copyBytes } from '../bytes.js';
import { ProtocolError } from '../errors.js';
import { parsePublicKey } from '../keys/curve.js';

/** Checks shared by every wire decoder: sizes first, then version, then protobuf, then fields. */

const AES_BLOCK = 16;

/** High nibble: the message version (must equal `expected`); low nibble: the sender's current version. */
export function checkVersion(versionByte: number, expected: number, what: string): void {
  const messageVersion = versionByte >> 4;
  const senderVersion = versionByte & 0x0f;
  if (messageVersion !== expected) {
    throw new ProtocolError('UnsupportedVersion', `${what} expected message version ${expected}, got ${messageVersion}`, {
      expected: expected,
      got: messageVersion,
    });
  }
  if (senderVersion < messageVersion) {
    throw new ProtocolError('UnsupportedVersion', `${what} expected sender version >= ${messageVersion}, got ${senderVersion}`, {
      expected: messageVersion,
      got: senderVersion,
    });
  }
}

export function checkSize(bytes: Uint8Array, min: number, max: number, what: string): void {
  if (!(bytes instanceof Uint8Array)) {
    throw new ProtocolError('InvalidArgument', `${what} expected Uint8Array`);
  }
  if (bytes.length > max) {
    throw new ProtocolError('MessageTooLarge', `${what} expected at most ${max} bytes, got ${bytes.length}`, {
      expected: max,
      got: bytes.length,
    });
  }
  if (bytes.length < min) {
    throw new ProtocolError('InvalidMessage', `${what} expected at least ${min} bytes, got ${bytes.length}`, {
      expected: min,
      got: bytes.length,
    });
  }
}

export function decodeProto<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    throw new ProtocolError('InvalidProtobuf', `${what} is not a valid protobuf`, {}, { cause: e });
  }
}

export function has(object: object, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, field);
}

export function requireField(object: object, field: string, what: string): void {
  if (!has(object, field)) {
    throw new ProtocolError('InvalidMessage', `${what} is missing required field ${field}`, { field });
  }
}

export function wireKey(bytes: Uint8Array, field: string): Uint8Array {
  const key = copyBytes(bytes);
  parsePublicKey(key, field);
  return key;
}

/**
 * An AES-CBC ciphertext: a non-zero multiple of the block size. Returned as given: callers pass a
 * view into their own private copy of the message, so a second copy would buy nothing.
 */
export function cbcCiphertext(bytes: Uint8Array, what: string): Uint8Array {
  if (bytes.length === 0 || bytes.length % AES_BLOCK !== 0) {
    throw new ProtocolError('InvalidMessage', `${what} ciphertext expected a non-zero multiple of ${AES_BLOCK} bytes, got ${bytes.length}`, {
      field: 'ciphertext',
      got: bytes.length,
    });
  }
  return bytes;
}

/** Bytes of a protobuf varint for a uint32 value. */
export function varintSize(value: number): number {
  let size = 1;
  for (let v = value >>> 7; v !== 0; v >>>= 7) size++;
  return size;
}

/** Writes a uint32 as a protobuf varint at `pos`; returns the position after it. */
export function writeVarint(out: Uint8Array, pos: number, value: number): number {
  let v = value >>> 0;
  while (v > 0x7f) {
    out[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[pos++] = v;
  return pos;
}
