import { concatBytes, copyBytes } from '../bytes.js';
import { ProtocolError } from '../errors.js';
import {
  bytesFieldSize,
  cbcCiphertext,
  checkSize,
  checkVersion,
  decodeProto,
  requireField,
  uint32FieldSize,
  wireKey,
  writeBytesField,
  writeUint32Field,
} from './codec-util.js';
import { parley } from './generated/wire.js';

const wire = parley.wire.v1;

/**
 * Sender-key wire formats (PROTOCOL.md §5). The caller picks the format explicitly: the two
 * layouts cannot parse each other, and guessing would let one be misread as the other.
 * - 'whatsapp': {id, iteration, ciphertext} / {id, iteration, chainKey, signingKey};
 * - 'signal': {distribution uuid, chain id, iteration, ciphertext} / {uuid, chain id, iteration, chain key, signing key}.
 */
export type SenderKeyFormat = 'whatsapp' | 'signal';

export const SENDER_KEY_VERSION = 3;
export const SENDER_KEY_VERSION_BYTE = (SENDER_KEY_VERSION << 4) | SENDER_KEY_VERSION;
export const SIGNATURE_LENGTH = 64;
const UUID_LENGTH = 16;
const CHAIN_KEY_LENGTH = 32;

export interface SenderKeyMessageFields {
  readonly format: SenderKeyFormat;
  /** Signal format only: the 16-byte distribution UUID. */
  readonly distributionId?: Uint8Array;
  readonly chainId: number;
  readonly iteration: number;
  readonly ciphertext: Uint8Array;
}

export interface ParsedSenderKeyMessage extends SenderKeyMessageFields {
  /** version byte ‖ protobuf, exactly as received: what the signature covers. */
  readonly signedPart: Uint8Array;
  readonly signature: Uint8Array;
}

export interface SenderKeyDistributionFields {
  readonly format: SenderKeyFormat;
  readonly distributionId?: Uint8Array;
  readonly chainId: number;
  readonly iteration: number;
  readonly chainKey: Uint8Array;
  /** 33 bytes, 0x05-prefixed. */
  readonly signingKey: Uint8Array;
}

function assertFormat(format: unknown): asserts format is SenderKeyFormat {
  if (format !== 'whatsapp' && format !== 'signal') {
    throw new ProtocolError('InvalidArgument', `sender-key format expected 'whatsapp' or 'signal', got ${String(format)}`, { field: 'format' });
  }
}

function distributionIdOf(format: SenderKeyFormat, value: Uint8Array | undefined, what: string): Uint8Array | undefined {
  if (format === 'whatsapp') return undefined;
  if (value === undefined || value.length !== UUID_LENGTH) {
    throw new ProtocolError('InvalidMessage', `${what} distribution id expected ${UUID_LENGTH} bytes, got ${value?.length ?? 'none'}`, {
      field: 'distributionId',
      expected: UUID_LENGTH,
      got: value?.length ?? 0,
    });
  }
  return copyBytes(value);
}

/** version ‖ protobuf of a SenderKeyMessage; the caller appends the 64-byte signature. */
export function encodeSenderKeyMessageBody(fields: SenderKeyMessageFields): Uint8Array {
  assertFormat(fields.format);
  const body =
    fields.format === 'whatsapp'
      ? wire.WhatsAppSenderKeyMessage.encode({ id: fields.chainId, iteration: fields.iteration, ciphertext: fields.ciphertext }).finish()
      : wire.SignalSenderKeyMessage.encode({
          distributionUuid: distributionIdOf('signal', fields.distributionId, 'SenderKeyMessage')!,
          chainId: fields.chainId,
          iteration: fields.iteration,
          ciphertext: fields.ciphertext,
        }).finish();
  return concatBytes(Uint8Array.of(SENDER_KEY_VERSION_BYTE), body);
}

/**
 * The group message path's encoder: version ‖ SenderKeyMessage ‖ 64 zero bytes for the signature,
 * written into one buffer of the final size. Byte-identical to {@link encodeSenderKeyMessageBody}
 * plus the slot (test/unit/signal-message-encoding.test.ts); `signedPart` views all but the slot.
 */
export function encodeSenderKeyMessageWithSignatureSlot(fields: SenderKeyMessageFields): { message: Uint8Array; signedPart: Uint8Array } {
  assertFormat(fields.format);
  const { chainId, iteration, ciphertext } = fields;
  const uuid = fields.format === 'signal' ? distributionIdOf('signal', fields.distributionId, 'SenderKeyMessage')! : undefined;
  const bodyLength =
    1 +
    (uuid === undefined ? 0 : bytesFieldSize(UUID_LENGTH)) +
    uint32FieldSize(chainId) +
    uint32FieldSize(iteration) +
    bytesFieldSize(ciphertext.length);
  const message = new Uint8Array(bodyLength + SIGNATURE_LENGTH);
  message[0] = SENDER_KEY_VERSION_BYTE;
  // WhatsApp: id = 1, iteration = 2, ciphertext = 3. Signal: uuid = 1, chain id = 2, iteration = 3, ciphertext = 4.
  let pos = uuid === undefined ? 1 : writeBytesField(message, 1, 1, uuid);
  const first = uuid === undefined ? 1 : 2;
  pos = writeUint32Field(message, pos, first, chainId);
  pos = writeUint32Field(message, pos, first + 1, iteration);
  pos = writeBytesField(message, pos, first + 2, ciphertext);
  return { message, signedPart: message.subarray(0, pos) };
}

export function decodeSenderKeyMessage(serialized: Uint8Array, format: SenderKeyFormat, maxBytes: number): ParsedSenderKeyMessage {
  assertFormat(format);
  const what = `SenderKeyMessage (${format})`;
  checkSize(serialized, 1 + SIGNATURE_LENGTH + 1, maxBytes, what);
  const bytes = copyBytes(serialized);
  checkVersion(bytes[0]!, SENDER_KEY_VERSION, what);
  const signedPart = bytes.subarray(0, bytes.length - SIGNATURE_LENGTH);
  const signature = bytes.subarray(bytes.length - SIGNATURE_LENGTH);
  const protobuf = signedPart.subarray(1);
  if (format === 'whatsapp') {
    const decoded = decodeProto(what, () => wire.WhatsAppSenderKeyMessage.decode(protobuf));
    for (const field of ['id', 'iteration', 'ciphertext']) requireField(decoded, field, what);
    return {
      format,
      chainId: decoded.id,
      iteration: decoded.iteration,
      ciphertext: cbcCiphertext(decoded.ciphertext, what),
      signedPart,
      signature,
    };
  }
  const decoded = decodeProto(what, () => wire.SignalSenderKeyMessage.decode(protobuf));
  for (const field of ['distributionUuid', 'chainId', 'iteration', 'ciphertext']) requireField(decoded, field, what);
  return {
    format,
    distributionId: distributionIdOf(format, decoded.distributionUuid, what)!,
    chainId: decoded.chainId,
    iteration: decoded.iteration,
    ciphertext: cbcCiphertext(decoded.ciphertext, what),
    signedPart,
    signature,
  };
}

export function encodeSenderKeyDistributionMessage(fields: SenderKeyDistributionFields): Uint8Array {
  assertFormat(fields.format);
  // iteration is written even when 0, as both peers do.
  const body =
    fields.format === 'whatsapp'
      ? wire.WhatsAppSenderKeyDistributionMessage.encode({
          id: fields.chainId,
          iteration: fields.iteration,
          chainKey: fields.chainKey,
          signingKey: fields.signingKey,
        }).finish()
      : wire.SignalSenderKeyDistributionMessage.encode({
          distributionUuid: distributionIdOf('signal', fields.distributionId, 'SenderKeyDistributionMessage')!,
          chainId: fields.chainId,
          iteration: fields.iteration,
          chainKey: fields.chainKey,
          signingKey: fields.signingKey,
        }).finish();
  return concatBytes(Uint8Array.of(SENDER_KEY_VERSION_BYTE), body);
}

export function decodeSenderKeyDistributionMessage(serialized: Uint8Array, format: SenderKeyFormat, maxBytes: number): SenderKeyDistributionFields {
  assertFormat(format);
  const what = `SenderKeyDistributionMessage (${format})`;
  checkSize(serialized, 2, maxBytes, what);
  const bytes = copyBytes(serialized);
  checkVersion(bytes[0]!, SENDER_KEY_VERSION, what);
  const protobuf = bytes.subarray(1);
  let fields: SenderKeyDistributionFields;
  if (format === 'whatsapp') {
    const decoded = decodeProto(what, () => wire.WhatsAppSenderKeyDistributionMessage.decode(protobuf));
    for (const field of ['id', 'iteration', 'chainKey', 'signingKey']) requireField(decoded, field, what);
    fields = {
      format,
      chainId: decoded.id,
      iteration: decoded.iteration,
      chainKey: copyBytes(decoded.chainKey),
      signingKey: wireKey(decoded.signingKey, 'signingKey'),
    };
  } else {
    const decoded = decodeProto(what, () => wire.SignalSenderKeyDistributionMessage.decode(protobuf));
    for (const field of ['distributionUuid', 'chainId', 'iteration', 'chainKey', 'signingKey']) requireField(decoded, field, what);
    fields = {
      format,
      distributionId: distributionIdOf(format, decoded.distributionUuid, what)!,
      chainId: decoded.chainId,
      iteration: decoded.iteration,
      chainKey: copyBytes(decoded.chainKey),
      signingKey: wireKey(decoded.signingKey, 'signingKey'),
    };
  }
  if (fields.chainKey.length !== CHAIN_KEY_LENGTH) {
    throw new ProtocolError('InvalidMessage', `${what} chain key expected ${CHAIN_KEY_LENGTH} bytes, got ${fields.chainKey.length}`, {
      field: 'chainKey',
      expected: CHAIN_KEY_LENGTH,
      got: fields.chainKey.length,
    });
  }
  return fields;
}
