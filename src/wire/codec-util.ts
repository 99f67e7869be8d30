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
function varintSize(value: number): number {
  let size = 1;
  for (let v = value >>> 7; v !== 0; v >>>= 7) size++;
  return size;
}

/** Writes a uint32 as a protobuf varint at `pos`; returns the position after it. */
function writeVarint(out: Uint8Array, pos: number, value: number): number {
  let v = value >>> 0;
  while (v > 0x7f) {
    out[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[pos++] = v;
  return pos;
}

// Field writers for the hand-written encoders (field numbers below 16: a one-byte tag).

/** Encoded size of a uint32 field. */
export function uint32FieldSize(value: number): number {
  return 1 + varintSize(value);
}

/** Encoded size of a length-delimited field of `length` bytes. */
export function bytesFieldSize(length: number): number {
  return 1 + varintSize(length) + length;
}

/** Writes field `field` (wire type 0) at `pos`; returns the position after it. */
export function writeUint32Field(out: Uint8Array, pos: number, field: number, value: number): number {
  out[pos] = field << 3;
  return writeVarint(out, pos + 1, value);
}

/** Writes field `field` (wire type 2) at `pos`; returns the position after it. */
export function writeBytesField(out: Uint8Array, pos: number, field: number, bytes: Uint8Array): number {
  out[pos] = (field << 3) | 2;
  const start = writeVarint(out, pos + 1, bytes.length);
  out.set(bytes, start);
  return start + bytes.length;
}

/**
 * A protobuf reader for the hand-written decoders on the message path, reading varints as
 * protobufjs does: a uint32 keeps the low 32 bits of up to 10 bytes; a tag or a length has at most
 * 5 bytes and must fit 32 bits (a length also below 2^31). Every failure is InvalidProtobuf.
 */
export class ProtoCursor {
  pos = 0;
  readonly #bytes: Uint8Array;
  readonly #what: string;

  constructor(bytes: Uint8Array, what: string) {
    this.#bytes = bytes;
    this.#what = what;
  }

  get done(): boolean {
    return this.pos >= this.#bytes.length;
  }

  invalid(reason: string): never {
    throw new ProtocolError('InvalidProtobuf', `${this.#what} is not a valid protobuf: ${reason}`);
  }

  #varint(maxBytes: number, lastByteMax: number, name: string): number {
    const bytes = this.#bytes;
    let value = 0;
    for (let i = 0; i < maxBytes; i++) {
      if (this.pos >= bytes.length) this.invalid(`truncated ${name}`);
      const byte = bytes[this.pos++]!;
      if (i === 4 && maxBytes === 5 && byte > lastByteMax) this.invalid(`${name} does not fit 32 bits`);
      if (i < 5) value = (value | ((byte & 0x7f) << (7 * i))) >>> 0;
      if (byte < 0x80) return value;
    }
    return this.invalid(`${name} longer than ${maxBytes} bytes`);
  }

  tag(): number {
    return this.#varint(5, 0x0f, 'tag');
  }

  uint32(): number {
    return this.#varint(10, 0xff, 'varint');
  }

  /** A view of the next length-delimited value. */
  lengthDelimited(): Uint8Array {
    const length = this.#varint(5, 0x07, 'length');
    if (length > this.#bytes.length - this.pos) this.invalid('truncated length-delimited field');
    const value = this.#bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return value;
  }

  /** Skips an unknown field of wire type 0, 1, 2 or 5; groups (3, 4) and 6, 7 are refused. */
  skip(wireType: number): void {
    if (wireType === 0) this.uint32();
    else if (wireType === 2) this.lengthDelimited();
    else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4;
      if (size > this.#bytes.length - this.pos) this.invalid('truncated fixed-size field');
      this.pos += size;
    } else this.invalid(`unsupported wire type ${wireType}`);
  }
}
