import { bytesEqual, copyBytes } from '../bytes.js';
import type { TemplateCategory } from '../content/language-pack.js';
import { ProtocolError } from '../errors.js';
import { checkSize, decodeProto, has } from './codec-util.js';
import { parley } from './generated/gateway.js';

/**
 * Gateway envelopes ↔ bytes (proto/gateway.proto). This file maps between protobuf and plain
 * values, checks structure (presence, enum values, oneofs, format version) and canonical form; the
 * field rules (lengths, name and language syntax) live in gateway/envelope.ts.
 *
 * Canonical form: a received header or envelope is accepted only when it is byte for byte what
 * this encoder writes for the values decoded from it. That rejects duplicated fields (protobuf's
 * "last one wins" would let two parsers see two different headers), unknown fields, explicit
 * default values, non-minimal varints and any other second spelling of the same values, so every
 * header the gateway can see has exactly one encoding, and that encoding is what the digest covers.
 */
const pb = parley.gateway.v1;

export const ENVELOPE_FORMAT_VERSION = 1;

/** Which kind of cipher produced the ciphertext. */
export type EnvelopeChannel = 'pairwise' | 'group';

/** How the ciphertext is framed: a PreKeySignalMessage, a SignalMessage, or a SenderKeyMessage. */
export type EnvelopeCiphertextType = 'prekey' | 'message' | 'group';

export interface WireAddress {
  readonly name: string;
  readonly deviceId: number;
}

export type WireMessageClass =
  | { readonly kind: 'service' }
  | {
      readonly kind: 'template';
      readonly category: TemplateCategory;
      readonly templateName: string;
      readonly lg: string;
      readonly lc?: string;
    };

/** The header's values as plain data (structure checked, field rules not). */
export interface WireEnvelopeHeader {
  readonly messageId: string;
  readonly sender: WireAddress;
  readonly recipient: WireAddress;
  readonly timestampMs: number;
  readonly channel: EnvelopeChannel;
  readonly messageClass: WireMessageClass;
}

export interface WireEnvelope {
  /** The serialized EnvelopeHeader, exactly as carried (a copy). */
  readonly header: Uint8Array;
  readonly ciphertextType: EnvelopeCiphertextType;
  readonly ciphertext: Uint8Array;
}

const CHANNEL_TO_WIRE: Readonly<Record<EnvelopeChannel, parley.gateway.v1.Channel>> = {
  pairwise: pb.Channel.PAIRWISE,
  group: pb.Channel.GROUP,
};

const CATEGORY_TO_WIRE: Readonly<Record<TemplateCategory, parley.gateway.v1.Category>> = {
  marketing: pb.Category.MARKETING,
  utility: pb.Category.UTILITY,
  authentication: pb.Category.AUTHENTICATION,
};

/** The channel each framing belongs to. */
export const CHANNEL_OF: Readonly<Record<EnvelopeCiphertextType, EnvelopeChannel>> = {
  prekey: 'pairwise',
  message: 'pairwise',
  group: 'group',
};

function finish(writer: { finish(): Uint8Array }): Uint8Array {
  // protobufjs returns views into a shared slab; hand out an independent copy.
  return copyBytes(writer.finish());
}

function invalid(what: string, field: string, expected: string, got: string | number): never {
  throw new ProtocolError('InvalidMessage', `${what} ${field} expected ${expected}, got ${got}`, { field, expected, got });
}

/** Encodes header values. The caller checks the field rules first. */
export function encodeEnvelopeHeader(header: WireEnvelopeHeader): Uint8Array {
  const value: parley.gateway.v1.EnvelopeHeader.$Properties = {
    formatVersion: ENVELOPE_FORMAT_VERSION,
    messageId: header.messageId,
    sender: addressToProto(header.sender),
    recipient: addressToProto(header.recipient),
    // -0 would be written as an explicit field; it means 0.
    timestampMs: header.timestampMs === 0 ? 0 : header.timestampMs,
    channel: CHANNEL_TO_WIRE[header.channel],
  };
  const cls = header.messageClass;
  if (cls.kind === 'service') {
    value.service = {};
  } else {
    const template: parley.gateway.v1.TemplateClass.$Properties = {
      category: CATEGORY_TO_WIRE[cls.category],
      templateName: cls.templateName,
      lg: cls.lg,
    };
    if (cls.lc !== undefined) template.lc = cls.lc;
    value.template = template;
  }
  return finish(pb.EnvelopeHeader.encode(value));
}

function addressToProto(address: WireAddress): parley.gateway.v1.Address.$Properties {
  return { name: address.name, deviceId: address.deviceId };
}

/**
 * Decodes header bytes: protobuf, format version, structure, then canonical form.
 * @throws ProtocolError InvalidProtobuf, UnsupportedVersion, InvalidMessage
 */
export function decodeEnvelopeHeader(bytes: Uint8Array): WireEnvelopeHeader {
  const what = 'EnvelopeHeader';
  const decoded = decodeProto(what, () => pb.EnvelopeHeader.decode(bytes));
  const formatVersion = decoded.formatVersion ?? 0;
  if (formatVersion !== ENVELOPE_FORMAT_VERSION) {
    throw new ProtocolError('UnsupportedVersion', `${what} expected format version ${ENVELOPE_FORMAT_VERSION}, got ${formatVersion}`, {
      field: 'formatVersion',
      expected: ENVELOPE_FORMAT_VERSION,
      got: formatVersion,
    });
  }
  // proto3 leaves absent strings and numbers at their defaults ('' and 0); the field rules
  // (gateway/envelope.ts) reject the empty strings with the field's name.
  const header: WireEnvelopeHeader = {
    messageId: decoded.messageId ?? '',
    sender: addressFromProto(decoded.sender, what, 'sender'),
    recipient: addressFromProto(decoded.recipient, what, 'recipient'),
    timestampMs: decoded.timestampMs ?? 0,
    channel: channelFromWire(decoded.channel ?? 0, what),
    messageClass: classFromProto(decoded, what),
  };
  if (!bytesEqual(encodeEnvelopeHeader(header), bytes)) {
    invalid(what, 'header', 'the canonical encoding of its values', 'another encoding');
  }
  return header;
}

function addressFromProto(address: parley.gateway.v1.Address.$Properties | null | undefined, what: string, field: string): WireAddress {
  if (address === null || address === undefined) invalid(what, field, 'an address', 'none');
  return { name: address.name ?? '', deviceId: address.deviceId ?? 0 };
}

function channelFromWire(value: number, what: string): EnvelopeChannel {
  switch (value) {
    case pb.Channel.PAIRWISE:
      return 'pairwise';
    case pb.Channel.GROUP:
      return 'group';
    default:
      return invalid(what, 'channel', 'pairwise|group', value);
  }
}

function categoryFromWire(value: number, what: string): TemplateCategory {
  switch (value) {
    case pb.Category.MARKETING:
      return 'marketing';
    case pb.Category.UTILITY:
      return 'utility';
    case pb.Category.AUTHENTICATION:
      return 'authentication';
    default:
      return invalid(what, 'template.category', 'marketing|utility|authentication', value);
  }
}

function classFromProto(decoded: parley.gateway.v1.EnvelopeHeader.$Properties, what: string): WireMessageClass {
  const service = has(decoded, 'service') && decoded.service != null;
  const template = has(decoded, 'template') ? decoded.template : undefined;
  if (service === (template != null)) {
    invalid(what, 'messageClass', 'exactly one of service or template', service ? 'both' : 'none');
  }
  if (template == null) return { kind: 'service' };
  return {
    kind: 'template',
    category: categoryFromWire(template.category ?? 0, what),
    templateName: template.templateName ?? '',
    lg: template.lg ?? '',
    ...(template.lc != null ? { lc: template.lc } : {}),
  };
}

const CIPHERTEXT_FIELDS = {
  prekey: 'prekeyMessage',
  message: 'signalMessage',
  group: 'senderKeyMessage',
} as const satisfies Record<EnvelopeCiphertextType, keyof parley.gateway.v1.Envelope.$Properties>;

/** Encodes an envelope: the header bytes as given, and the ciphertext in its framing's field. */
export function encodeEnvelope(envelope: WireEnvelope): Uint8Array {
  const value: parley.gateway.v1.Envelope.$Properties = { header: envelope.header };
  value[CIPHERTEXT_FIELDS[envelope.ciphertextType]] = envelope.ciphertext;
  return finish(pb.Envelope.encode(value));
}

/**
 * Splits an envelope into its header bytes and ciphertext, after the size caps, and checks that it
 * is in canonical form. The header itself is not decoded here.
 * @throws ProtocolError MessageTooLarge, InvalidProtobuf, InvalidMessage, InvalidArgument (not a Uint8Array)
 */
export function decodeEnvelope(bytes: Uint8Array, limits: { readonly maxEnvelopeBytes: number; readonly maxHeaderBytes: number; readonly maxCiphertextBytes: number }): WireEnvelope {
  const what = 'Envelope';
  checkSize(bytes, 1, limits.maxEnvelopeBytes, what);
  const copy = copyBytes(bytes);
  const decoded = decodeProto(what, () => pb.Envelope.decode(copy));
  if (!has(decoded, 'header')) invalid(what, 'header', 'a serialized EnvelopeHeader', 'none');
  const present = (Object.keys(CIPHERTEXT_FIELDS) as EnvelopeCiphertextType[]).filter((type) => has(decoded, CIPHERTEXT_FIELDS[type]));
  if (present.length !== 1) {
    invalid(what, 'ciphertext', 'exactly one of prekeyMessage, signalMessage or senderKeyMessage', present.length === 0 ? 'none' : present.join('+'));
  }
  const ciphertextType = present[0]!;
  const header = copyBytes(decoded.header);
  const ciphertext = copyBytes(decoded[CIPHERTEXT_FIELDS[ciphertextType]]!);
  checkSize(header, 1, limits.maxHeaderBytes, `${what} header`);
  checkSize(ciphertext, 1, limits.maxCiphertextBytes, `${what} ciphertext`);
  const envelope: WireEnvelope = { header, ciphertextType, ciphertext };
  if (!bytesEqual(encodeEnvelope(envelope), copy)) invalid(what, 'envelope', 'the canonical encoding of its fields', 'another encoding');
  return envelope;
}
