import { concatBytes, copyBytes } from '../bytes.js';
import { ProtocolError } from '../errors.js';
import {
  bytesFieldSize,
  cbcCiphertext,
  checkSize,
  checkVersion,
  decodeProto,
  has,
  ProtoCursor,
  requireField,
  uint32FieldSize,
  wireKey,
  writeBytesField,
  writeUint32Field,
} from './codec-util.js';
import { parley } from './generated/wire.js';

const { SignalMessage: SignalMessageProto, PreKeySignalMessage: PreKeySignalMessageProto } = parley.wire.v1;

/** Message version of the v3 profile; written as 0x33 (high nibble message, low nibble current). */
export const MESSAGE_VERSION = 3;
export const VERSION_BYTE = (MESSAGE_VERSION << 4) | MESSAGE_VERSION;
export const MAC_LENGTH = 8;

/** A SignalMessage as received: decoded fields plus the exact bytes the MAC covers. */
export interface ParsedSignalMessage {
  readonly versionByte: number;
  readonly ratchetKey: Uint8Array;
  readonly counter: number;
  readonly previousCounter: number;
  readonly ciphertext: Uint8Array;
  /** version byte ‖ protobuf, exactly as received. */
  readonly macInput: Uint8Array;
  readonly mac: Uint8Array;
  readonly serialized: Uint8Array;
}

export interface ParsedPreKeySignalMessage {
  readonly versionByte: number;
  readonly registrationId: number;
  readonly preKeyId?: number;
  readonly signedPreKeyId: number;
  readonly baseKey: Uint8Array;
  readonly identityKey: Uint8Array;
  readonly message: ParsedSignalMessage;
  readonly serialized: Uint8Array;
}

/** version ‖ protobuf of a SignalMessage; the caller appends the 8-byte MAC. */
export function encodeSignalMessageBody(fields: {
  ratchetKey: Uint8Array;
  counter: number;
  previousCounter: number;
  ciphertext: Uint8Array;
}): Uint8Array {
  // counter and previousCounter are written even when 0, as both peers do.
  const body = SignalMessageProto.encode({
    ratchetKey: fields.ratchetKey,
    counter: fields.counter,
    previousCounter: fields.previousCounter,
    ciphertext: fields.ciphertext,
  }).finish();
  return concatBytes(Uint8Array.of(VERSION_BYTE), body);
}

/**
 * The message path's encoder: version ‖ SignalMessage ‖ 8 zero bytes for the MAC, written straight
 * into one buffer of the final size (no protobuf writer, no concatenation). Byte-identical to
 * {@link encodeSignalMessageBody} plus the MAC slot: fields in number order, both counters written
 * even when 0 (test/unit/signal-message-encoding.test.ts). `macInput` views all but the MAC slot.
 */
export function encodeSignalMessageWithMacSlot(fields: {
  ratchetKey: Uint8Array;
  counter: number;
  previousCounter: number;
  ciphertext: Uint8Array;
}): { message: Uint8Array; macInput: Uint8Array } {
  const { ratchetKey, counter, previousCounter, ciphertext } = fields;
  const bodyLength =
    1 + bytesFieldSize(ratchetKey.length) + uint32FieldSize(counter) + uint32FieldSize(previousCounter) + bytesFieldSize(ciphertext.length);
  const message = new Uint8Array(bodyLength + MAC_LENGTH);
  message[0] = VERSION_BYTE;
  let pos = writeBytesField(message, 1, 1, ratchetKey);
  pos = writeUint32Field(message, pos, 2, counter);
  pos = writeUint32Field(message, pos, 3, previousCounter);
  pos = writeBytesField(message, pos, 4, ciphertext);
  return { message, macInput: message.subarray(0, pos) };
}

/**
 * The fields of a SignalMessage protobuf, read without protobufjs (the message path decodes every
 * incoming message). Same results as the generated decoder for everything it accepts: fields in
 * any order, the last of a repeated field wins, unknown fields of wire type 0, 1, 2 or 5 are
 * skipped, uint32 fields keep the low 32 bits of a varint of up to 10 bytes. Stricter where that
 * decoder is lenient: a known field with the wrong wire type, a group, or a truncated value is
 * refused (InvalidProtobuf). Byte fields are views into `protobuf`.
 */
export function readSignalMessageFields(protobuf: Uint8Array, what: string): {
  ratchetKey?: Uint8Array;
  counter?: number;
  previousCounter?: number;
  ciphertext?: Uint8Array;
} {
  const cursor = new ProtoCursor(protobuf, what);
  const fields: { ratchetKey?: Uint8Array; counter?: number; previousCounter?: number; ciphertext?: Uint8Array } = {};
  while (!cursor.done) {
    const tag = cursor.tag();
    const field = tag >>> 3;
    const wireType = tag & 7;
    if (field === 0) cursor.invalid('field number 0');
    const expected = field === 1 || field === 4 ? 2 : field === 2 || field === 3 ? 0 : -1;
    if (expected >= 0 && wireType !== expected) cursor.invalid(`field ${field} has wire type ${wireType}, expected ${expected}`);
    switch (field) {
      case 1:
        fields.ratchetKey = cursor.lengthDelimited();
        break;
      case 2:
        fields.counter = cursor.uint32();
        break;
      case 3:
        fields.previousCounter = cursor.uint32();
        break;
      case 4:
        fields.ciphertext = cursor.lengthDelimited();
        break;
      default:
        cursor.skip(wireType);
    }
  }
  return fields;
}

export function decodeSignalMessage(serialized: Uint8Array, maxBytes: number): ParsedSignalMessage {
  const what = 'SignalMessage';
  checkSize(serialized, 1 + MAC_LENGTH + 1, maxBytes, what);
  const bytes = copyBytes(serialized);
  checkVersion(bytes[0]!, MESSAGE_VERSION, what);
  const macInput = bytes.subarray(0, bytes.length - MAC_LENGTH);
  const mac = bytes.subarray(bytes.length - MAC_LENGTH);
  const decoded = readSignalMessageFields(macInput.subarray(1), what);
  if (decoded.ratchetKey === undefined) throw missingField(what, 'ratchetKey');
  if (decoded.counter === undefined) throw missingField(what, 'counter');
  if (decoded.ciphertext === undefined) throw missingField(what, 'ciphertext');
  return {
    versionByte: bytes[0]!,
    ratchetKey: wireKey(decoded.ratchetKey, 'ratchetKey'),
    counter: decoded.counter,
    previousCounter: decoded.previousCounter ?? 0,
    ciphertext: cbcCiphertext(decoded.ciphertext, what),
    macInput,
    mac,
    serialized: bytes,
  };
}

function missingField(what: string, field: string): ProtocolError {
  return new ProtocolError('InvalidMessage', `${what} is missing required field ${field}`, { field });
}

export function encodePreKeySignalMessage(fields: {
  registrationId: number;
  preKeyId?: number;
  signedPreKeyId: number;
  baseKey: Uint8Array;
  identityKey: Uint8Array;
  message: Uint8Array;
}): Uint8Array {
  const proto: parley.wire.v1.PreKeySignalMessage.$Properties = {
    baseKey: fields.baseKey,
    identityKey: fields.identityKey,
    message: fields.message,
    registrationId: fields.registrationId,
    signedPreKeyId: fields.signedPreKeyId,
  };
  if (fields.preKeyId !== undefined) proto.preKeyId = fields.preKeyId;
  const body = PreKeySignalMessageProto.encode(proto).finish();
  return concatBytes(Uint8Array.of(VERSION_BYTE), body);
}

export function decodePreKeySignalMessage(serialized: Uint8Array, maxBytes: number): ParsedPreKeySignalMessage {
  const what = 'PreKeySignalMessage';
  checkSize(serialized, 2, maxBytes, what);
  const bytes = copyBytes(serialized);
  checkVersion(bytes[0]!, MESSAGE_VERSION, what);
  const decoded = decodeProto(what, () => PreKeySignalMessageProto.decode(bytes.subarray(1)));
  for (const field of ['baseKey', 'identityKey', 'message', 'signedPreKeyId']) requireField(decoded, field, what);
  const message = decodeSignalMessage(decoded.message, maxBytes);
  if (message.versionByte >> 4 !== bytes[0]! >> 4) {
    throw new ProtocolError('InvalidMessage', `${what} inner message version ${message.versionByte >> 4} differs from outer ${bytes[0]! >> 4}`);
  }
  const parsed: ParsedPreKeySignalMessage = {
    versionByte: bytes[0]!,
    registrationId: decoded.registrationId,
    signedPreKeyId: decoded.signedPreKeyId,
    baseKey: wireKey(decoded.baseKey, 'baseKey'),
    identityKey: wireKey(decoded.identityKey, 'identityKey'),
    message,
    serialized: bytes,
    ...(has(decoded, 'preKeyId') ? { preKeyId: decoded.preKeyId } : {}),
  };
  return parsed;
}

