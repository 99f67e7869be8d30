import { ProtocolAddress } from '../address.js';
import { concatBytes, utf8 } from '../bytes.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import {
  type ContentOptions,
  decryptContent,
  decryptGroupContent,
  encryptContent,
  encryptGroupContent,
} from '../content/content-cipher.js';
import { resolveContentLimits } from '../content/content-limits.js';
import type { LanguagePack } from '../content/language-pack.js';
import type { Content } from '../content/types.js';
import { validateContent } from '../content/validate.js';
import { ProtocolError } from '../errors.js';
import type { GroupCipher } from '../group/group-cipher.js';
import type { SessionCipher } from '../session/session-cipher.js';
import {
  CHANNEL_OF,
  decodeEnvelope,
  decodeEnvelopeHeader,
  encodeEnvelope,
  encodeEnvelopeHeader,
  type EnvelopeChannel,
  type EnvelopeCiphertextType,
  type WireEnvelopeHeader,
} from '../wire/envelope-codec.js';
import { checkClass, checkMetadata, checkOpened, misfit, pickCipher, sameAddress } from './envelope-checks.js';
import type { MessageClass, TemplateCategory } from './types.js';

export type { EnvelopeChannel, EnvelopeCiphertextType };

/**
 * Authenticated gateway envelopes (shared/docs/BUSINESS.md §4.1–§4.2, §1.5; proto/gateway.proto).
 *
 * A gateway cannot read messages, but it has to see enough to route and bill them: the message id,
 * the sending and receiving devices, the time, the channel, and the message class (service, or a
 * template with its declared category, name and language). WhatsApp's server sees the same kind of
 * metadata in the `<enc type>` attribute and the plaintext `<biz>` node. An envelope carries those
 * in a header next to the ciphertext:
 *
 *   Envelope { header: bytes(EnvelopeHeader), prekey_message | signal_message | sender_key_message }
 *
 * **Binding.** The sender computes
 *   digest = SHA-256(0x00 ‖ "parley envelope header v1" ‖ 0x00 ‖ header bytes)
 * ({@link envelopeDigest}) over the exact header bytes and puts it into the content
 * (`content.envelopeDigest`, content.proto field 1012) before encrypting, so the digest is covered by
 * the Signal session's (or sender key's) authentication. The recipient recomputes it over the exact
 * header bytes it received. The context starts with 0x00, which no protobuf message starts with, so
 * the digest is never the hash of a bare parley message; it also names the format version.
 *
 * **One encoding per header.** parseEnvelope accepts a header (and an envelope) only in the
 * canonical form parley's encoder writes, so the gateway and the recipient cannot be shown two
 * different headers through duplicated fields, and any change to the bytes either fails to parse
 * or is a different header, whose digest then does not match.
 *
 * **Channel, not framing, in the header.** Whether a 1:1 message is a PreKeySignalMessage or a
 * SignalMessage depends on the session state at the instant of encryption (a reply from the peer
 * switches it), and SessionCipher offers no way to learn it before it encrypts, while the digest
 * has to be inside what is encrypted. So the header commits to the channel (pairwise or group), and
 * the framing is the envelope field that holds the ciphertext. The gateway sees both. The framing
 * needs no digest: the Signal layer binds it, since a PreKeySignalMessage and a SignalMessage do not
 * decrypt as each other; the one rewrite that decrypts, unwrapping the SignalMessage inside a
 * PreKeySignalMessage, works only for a recipient that already holds that session and yields the
 * same authenticated content. A header whose channel disagrees with the framing does not parse.
 *
 * **Checks on receipt** ({@link openEnvelope}), after the content decrypted, in this order:
 * 1. `envelope-tampered`: the content has no digest, or it differs (constant-time) from the digest
 *    of the received header bytes: some header field was changed, or the header belongs to another
 *    message;
 * 2. `address-mismatch`: the header's sender or recipient is not the expected device (pairwise:
 *    the cipher's remote address and the caller's own; group: the sender key's device and the group);
 * 3. `message-id-mismatch` / `timestamp-mismatch`: the content carries a message id (timestamp)
 *    other than the header's;
 * 4. `class-mismatch`: a service header with template content anywhere (an `hsm` or `template`, also
 *    as a translations variant); a template header whose content is not an `hsm` or a four-row
 *    `template` (a hydrated-only template names no element); an element name other than the
 *    header's template name (the template name is the content HSM's elementName); or an HSM of the
 *    template (content, title, footer, buttons) whose deterministic language (lg, lc) is not the
 *    header's language, or whose namespace is not the content HSM's;
 * 5. `category-mismatch`: the business's signed language pack for (namespace, lg, lc) gives one of
 *    the template's elements another category than the declared one (marketing dressed up as
 *    utility); `category-unverifiable`: that pack, or an element in it, is not available. Every
 *    element the template renders from must have the declared category.
 * Decryption failures throw (the message never authenticated); a failed check returns
 * `{ ok: false, reason, detail, header, content }`. The content is the sender's authenticated
 * content and its message key is spent; the header is not trustworthy, so the message must not be
 * treated (shown, counted, billed) as what the header says.
 *
 * Not checked here: that the template namespace belongs to the sender (the pack lookup decides
 * whose packs it returns), and that a message id is fresh (duplicates are the ciphers' concern).
 */

/** Largest serialized EnvelopeHeader accepted or produced. */
export const MAX_ENVELOPE_HEADER_BYTES = 8 * 1024;

/** The context of the envelope digest: 0x00 ‖ this ‖ 0x00 precede the header bytes. */
export const ENVELOPE_DIGEST_CONTEXT = 'parley envelope header v1';

const DIGEST_PREFIX = concatBytes(new Uint8Array([0]), utf8(ENVELOPE_DIGEST_CONTEXT), new Uint8Array([0]));
/** Protobuf tags and lengths around the header and the ciphertext. */
const ENVELOPE_OVERHEAD_BYTES = 32;

/** What the gateway may see of one message. Deeply frozen. */
export interface EnvelopeHeader {
  readonly messageId: string;
  readonly sender: ProtocolAddress;
  /** The receiving device (pairwise), or the group as `groupAddress(groupId)` (group). */
  readonly recipient: ProtocolAddress;
  readonly timestampMs: number;
  readonly channel: EnvelopeChannel;
  /** A template's `language` is "lg" or "lg_LC" ("pt_BR"), as the HSM's deterministic lg/lc. */
  readonly messageClass: MessageClass;
}

/** A parsed envelope: everything parseEnvelope can tell without any key. */
export interface ParsedEnvelope {
  readonly header: EnvelopeHeader;
  /** The exact header bytes (what the digest covers). */
  readonly headerBytes: Uint8Array;
  readonly ciphertextType: EnvelopeCiphertextType;
  readonly ciphertext: Uint8Array;
}

export interface SealedEnvelope extends ParsedEnvelope {
  /** The Envelope bytes to hand to the gateway. */
  readonly envelope: Uint8Array;
  /** The digest placed in the encrypted content. */
  readonly digest: Uint8Array;
}

interface SealEnvelopeBase {
  readonly messageId: string;
  /** This device. */
  readonly sender: ProtocolAddress;
  /** Default: the context clock of `options`. */
  readonly timestampMs?: number;
  readonly messageClass: MessageClass;
  /** The content to send; its envelopeDigest is set (replaced) by sealEnvelope. */
  readonly content: Content;
  readonly options?: ContentOptions;
}

export interface SealPairwiseEnvelopeInput extends SealEnvelopeBase {
  readonly cipher: SessionCipher;
  /** Default and only allowed value: `cipher.remoteAddress`. */
  readonly recipient?: ProtocolAddress;
}

export interface SealGroupEnvelopeInput extends SealEnvelopeBase {
  /** This device's sender key for the group (after createDistributionMessage). */
  readonly groupCipher: GroupCipher;
  /** The group, conventionally `groupAddress(groupId)`. */
  readonly recipient: ProtocolAddress;
}

export type SealEnvelopeInput = SealPairwiseEnvelopeInput | SealGroupEnvelopeInput;

/**
 * The verified language pack of (namespace, lg, lc), e.g. `LanguagePackCache.peek` (or `.get`,
 * awaited). Must return only packs verified with the key of the business that owns `namespace`.
 * Returning undefined, rejecting or throwing all mean "not available".
 */
export type EnvelopePackLookup = (namespace: string, lg: string, lc?: string) => LanguagePack | undefined | Promise<LanguagePack | undefined>;

interface OpenEnvelopeBase {
  readonly envelopeBytes: Uint8Array;
  /** This device (pairwise) or the group (group). */
  readonly expectedRecipient: ProtocolAddress;
  /** Needed for template messages; without it they are 'category-unverifiable'. */
  readonly packs?: EnvelopePackLookup;
  readonly options?: ContentOptions;
}

export interface OpenPairwiseEnvelopeInput extends OpenEnvelopeBase {
  readonly cipher: SessionCipher;
  /** Default and only allowed value: `cipher.remoteAddress`. */
  readonly expectedSender?: ProtocolAddress;
}

export interface OpenGroupEnvelopeInput extends OpenEnvelopeBase {
  /** The sender key of the sending device in the group. */
  readonly groupCipher: GroupCipher;
  /** The device the GroupCipher was made for. */
  readonly expectedSender: ProtocolAddress;
}

export type OpenEnvelopeInput = OpenPairwiseEnvelopeInput | OpenGroupEnvelopeInput;

/** Where in the content a template element is referenced, and which pack it needs. */
export interface TemplateElementRef {
  /** Path in the content, e.g. `content.template.fourRow.footer`. */
  readonly at: string;
  readonly namespace: string;
  readonly elementName: string;
  readonly lg: string;
  readonly lc?: string;
}

export type EnvelopeFailure =
  | { readonly reason: 'envelope-tampered'; readonly detail: { readonly digest: 'missing' | 'mismatch' } }
  | {
      readonly reason: 'address-mismatch';
      readonly detail: { readonly field: 'sender' | 'recipient'; readonly expected: string; readonly got: string };
    }
  | { readonly reason: 'message-id-mismatch'; readonly detail: { readonly expected: string; readonly got: string } }
  | { readonly reason: 'timestamp-mismatch'; readonly detail: { readonly expected: number; readonly got: number } }
  | {
      readonly reason: 'class-mismatch';
      /** `expected` is what the header says, `got` what the content at `at` has. */
      readonly detail: {
        readonly field: 'messageClass' | 'templateName' | 'language' | 'namespace';
        readonly at: string;
        readonly expected: string;
        readonly got: string;
      };
    }
  | {
      readonly reason: 'category-mismatch';
      readonly detail: { readonly declared: TemplateCategory; readonly packCategory: TemplateCategory; readonly element: TemplateElementRef };
    }
  | { readonly reason: 'category-unverifiable'; readonly detail: { readonly missing: 'pack' | 'element'; readonly element: TemplateElementRef } };

export type EnvelopeFailureReason = EnvelopeFailure['reason'];

export type OpenEnvelopeResult =
  | { readonly ok: true; readonly header: EnvelopeHeader; readonly content: Content }
  | (EnvelopeFailure & { readonly ok: false; readonly header: EnvelopeHeader; readonly content: Content });

// ---------------------------------------------------------------------------------------------
// Header rules

const ELEMENT_NAME = /^[a-z0-9_]+$/;
const MAX_ELEMENT_NAME_LENGTH = 512;
const LANGUAGE = /^([a-z]{2,3})(?:_([A-Z]{2}|[0-9]{3}))?$/;
const MAX_ADDRESS_NAME_LENGTH = 256;
const MAX_DEVICE_ID = 0x7fff_ffff;
// Control characters (C0, DEL, C1) and lone surrogates (they would not survive UTF-8).
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type RuleCode = 'InvalidArgument' | 'InvalidMessage';

function fail(code: RuleCode, field: string, expected: string, got: string | number): never {
  throw new ProtocolError(code, `envelope header ${field} expected ${expected}, got ${got}`, { field, expected, got });
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `length ${value.length}` : value === null ? 'null' : typeof value;
}

function text(code: RuleCode, value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.length < 1 || value.length > max) fail(code, field, `a string of 1..${max} characters`, describe(value));
  if (CONTROL.test(value)) fail(code, field, 'no control characters', 'a control character');
  if (LONE_SURROGATE.test(value)) fail(code, field, 'well-formed Unicode', 'a lone surrogate');
  return value;
}

interface AddressValues {
  readonly name: string;
  readonly deviceId: number;
}

/** Header values before the rules: addresses may still be plain { name, deviceId } (decoded). */
interface HeaderValues extends Omit<EnvelopeHeader, 'sender' | 'recipient'> {
  readonly sender: AddressValues;
  readonly recipient: AddressValues;
}

function address(code: RuleCode, value: AddressValues | undefined, field: string): ProtocolAddress {
  if (typeof value !== 'object' || value === null) fail(code, field, 'a ProtocolAddress', describe(value));
  const name = text(code, value.name, `${field}.name`, MAX_ADDRESS_NAME_LENGTH);
  const deviceId = value.deviceId;
  if (typeof deviceId !== 'number' || !Number.isInteger(deviceId) || deviceId < 0 || deviceId > MAX_DEVICE_ID) {
    fail(code, `${field}.deviceId`, `an integer in 0..${MAX_DEVICE_ID}`, String(deviceId));
  }
  // A fresh, frozen copy: the header must not change under its digest, and the caller's own
  // address object is left alone.
  const copy = new ProtocolAddress(name, deviceId);
  Object.freeze(copy);
  return copy;
}

function splitLanguage(language: string): { lg: string; lc?: string } {
  const match = LANGUAGE.exec(language);
  if (match === null) return { lg: language };
  return match[2] === undefined ? { lg: match[1]! } : { lg: match[1]!, lc: match[2] };
}

function messageClass(code: RuleCode, value: MessageClass): MessageClass {
  if (typeof value !== 'object' || value === null) fail(code, 'messageClass', 'an object', describe(value));
  if (value.kind === 'service') return Object.freeze({ kind: 'service' });
  if (value.kind !== 'template') fail(code, 'messageClass.kind', 'service|template', String((value as { kind: unknown }).kind).slice(0, 32));
  const { category, templateName, language } = value;
  if (category !== 'marketing' && category !== 'utility' && category !== 'authentication') {
    fail(code, 'messageClass.category', 'marketing|utility|authentication', String(category).slice(0, 32));
  }
  text(code, templateName, 'messageClass.templateName', MAX_ELEMENT_NAME_LENGTH);
  if (!ELEMENT_NAME.test(templateName)) fail(code, 'messageClass.templateName', 'lower-case letters, digits and underscores', templateName.slice(0, 40));
  if (typeof language !== 'string' || !LANGUAGE.test(language)) {
    fail(code, 'messageClass.language', 'lg or lg_LC (e.g. "pt" or "pt_BR")', typeof language === 'string' ? language.slice(0, 16) : describe(language));
  }
  return Object.freeze({ kind: 'template', category, templateName, language });
}

/** Checks every header rule; returns a frozen copy. */
function checkHeader(code: RuleCode, header: HeaderValues, maxMessageIdLength: number): EnvelopeHeader {
  const messageId = text(code, header.messageId, 'messageId', maxMessageIdLength);
  const sender = address(code, header.sender, 'sender');
  const recipient = address(code, header.recipient, 'recipient');
  const timestampMs = header.timestampMs;
  if (typeof timestampMs !== 'number' || !Number.isSafeInteger(timestampMs) || timestampMs < 0) {
    fail(code, 'timestampMs', 'a non-negative integer (ms since the epoch)', String(timestampMs));
  }
  const channel = header.channel;
  if (channel !== 'pairwise' && channel !== 'group') fail(code, 'channel', 'pairwise|group', String(channel).slice(0, 16));
  return Object.freeze({
    messageId,
    sender,
    recipient,
    timestampMs: timestampMs === 0 ? 0 : timestampMs,
    channel,
    messageClass: messageClass(code, header.messageClass),
  });
}

function toWire(header: EnvelopeHeader): WireEnvelopeHeader {
  const cls = header.messageClass;
  return {
    messageId: header.messageId,
    sender: { name: header.sender.name, deviceId: header.sender.deviceId },
    recipient: { name: header.recipient.name, deviceId: header.recipient.deviceId },
    timestampMs: header.timestampMs,
    channel: header.channel,
    messageClass:
      cls.kind === 'service'
        ? { kind: 'service' }
        : { kind: 'template', category: cls.category, templateName: cls.templateName, ...splitLanguage(cls.language) },
  };
}

function fromWire(wire: WireEnvelopeHeader, maxMessageIdLength: number): EnvelopeHeader {
  const cls = wire.messageClass;
  let messageClass: MessageClass;
  if (cls.kind === 'service') {
    messageClass = { kind: 'service' };
  } else {
    // Both parts must be well-formed on their own, so "a_b" + "C" cannot pass as "a_b_C".
    if (!/^[a-z]{2,3}$/.test(cls.lg)) fail('InvalidMessage', 'messageClass.lg', 'a lower-case ISO 639 code', cls.lg.slice(0, 16));
    if (cls.lc !== undefined && !/^(?:[A-Z]{2}|[0-9]{3})$/.test(cls.lc)) {
      fail('InvalidMessage', 'messageClass.lc', 'an upper-case region code', cls.lc.slice(0, 16));
    }
    messageClass = {
      kind: 'template',
      category: cls.category,
      templateName: cls.templateName,
      language: cls.lc === undefined ? cls.lg : `${cls.lg}_${cls.lc}`,
    };
  }
  return checkHeader('InvalidMessage', { ...wire, messageClass }, maxMessageIdLength);
}

function envelopeLimits(options: ContentOptions | undefined): { maxEnvelopeBytes: number; maxHeaderBytes: number; maxCiphertextBytes: number } {
  const maxCiphertextBytes = resolveOptions(options).limits.maxMessageBytes;
  return {
    maxEnvelopeBytes: maxCiphertextBytes + MAX_ENVELOPE_HEADER_BYTES + ENVELOPE_OVERHEAD_BYTES,
    maxHeaderBytes: MAX_ENVELOPE_HEADER_BYTES,
    maxCiphertextBytes,
  };
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * SHA-256(0x00 ‖ "parley envelope header v1" ‖ 0x00 ‖ headerBytes), with the crypto backend of
 * `options`: the value sealEnvelope puts into `content.envelopeDigest` (32 bytes).
 */
export function envelopeDigest(headerBytes: Uint8Array, options?: ProtocolOptions): Uint8Array {
  if (!(headerBytes instanceof Uint8Array)) {
    throw new ProtocolError('InvalidArgument', '"headerBytes" expected Uint8Array', { field: 'headerBytes' });
  }
  return resolveOptions(options).crypto.sha256(concatBytes(DIGEST_PREFIX, headerBytes));
}

/** The recipient address that names a group in a header: the group id, device 0. */
export function groupAddress(groupId: string): ProtocolAddress {
  return new ProtocolAddress(groupId, 0);
}

/**
 * Checks header values and returns their canonical encoding (what sealEnvelope puts in the
 * envelope and digests).
 * @throws ProtocolError InvalidArgument (details.field names the field), MessageTooLarge
 */
export function serializeEnvelopeHeader(header: EnvelopeHeader, options?: ContentOptions): Uint8Array {
  if (typeof header !== 'object' || header === null) {
    throw new ProtocolError('InvalidArgument', '"header" expected an object', { field: 'header' });
  }
  const limits = resolveContentLimits(options?.contentLimits);
  const bytes = encodeEnvelopeHeader(toWire(checkHeader('InvalidArgument', header, limits.maxMessageIdLength)));
  if (bytes.length > MAX_ENVELOPE_HEADER_BYTES) {
    throw new ProtocolError('MessageTooLarge', `envelope header expected at most ${MAX_ENVELOPE_HEADER_BYTES} bytes, got ${bytes.length}`, {
      expected: MAX_ENVELOPE_HEADER_BYTES,
      got: bytes.length,
    });
  }
  return bytes;
}

/**
 * The gateway's view: size caps, the container, then the header, without any key. The header is
 * what the sender claims; only the recipient can tell whether it is authentic.
 * @throws ProtocolError MessageTooLarge, InvalidProtobuf, InvalidMessage (missing or malformed
 *   field, non-canonical encoding, channel not matching the ciphertext framing; details.field names
 *   it), UnsupportedVersion, InvalidArgument (not a Uint8Array)
 */
export function parseEnvelope(envelopeBytes: Uint8Array, options?: ContentOptions): ParsedEnvelope {
  const { maxMessageIdLength } = resolveContentLimits(options?.contentLimits);
  const wire = decodeEnvelope(envelopeBytes, envelopeLimits(options));
  const header = fromWire(decodeEnvelopeHeader(wire.header), maxMessageIdLength);
  const framed = CHANNEL_OF[wire.ciphertextType];
  if (header.channel !== framed) {
    throw new ProtocolError('InvalidMessage', `envelope header channel expected ${framed} (the ciphertext is ${wire.ciphertextType}), got ${header.channel}`, {
      field: 'channel',
      expected: framed,
      got: header.channel,
    });
  }
  return Object.freeze({ header, headerBytes: wire.header, ciphertextType: wire.ciphertextType, ciphertext: wire.ciphertext });
}

/**
 * Sender side: builds and checks the header, digests its exact bytes into the content, encrypts
 * the content (encryptContent / encryptGroupContent) and wraps header and ciphertext in an Envelope.
 * The class is checked against the content as the recipient will (no packs needed): a service
 * class with template content, a template class with other content, or a name, language or
 * namespace that does not match fails here instead of at the recipient.
 *
 * @throws ProtocolError InvalidArgument (a header field, a class that does not fit the content, a
 *   content messageId/timestampMs other than the header's, or the content itself), MessageTooLarge,
 *   and whatever the cipher throws (SessionNotFound, UntrustedIdentity, InvalidState, StoreFailure)
 */
export async function sealEnvelope(input: SealEnvelopeInput): Promise<SealedEnvelope> {
  if (typeof input !== 'object' || input === null) {
    throw new ProtocolError('InvalidArgument', '"input" expected an object', { field: 'input' });
  }
  const options = input.options;
  const { context } = resolveOptions(options);
  const limits = resolveContentLimits(options?.contentLimits);
  const which = pickCipher(input);
  let recipient = input.recipient;
  if (which.kind === 'pairwise') {
    const remote = which.cipher.remoteAddress;
    recipient ??= remote;
    if (!sameAddress(recipient, remote)) {
      throw new ProtocolError('InvalidArgument', `"recipient" expected the cipher's remote address ${remote.toString()}, got ${String(recipient)}`, {
        field: 'recipient',
        expected: remote.toString(),
      });
    }
  } else if (recipient === undefined) {
    throw new ProtocolError('InvalidArgument', '"recipient" expected the group address (groupAddress(groupId))', { field: 'recipient' });
  }
  const header = checkHeader(
    'InvalidArgument',
    {
      messageId: input.messageId,
      sender: input.sender,
      recipient,
      timestampMs: input.timestampMs ?? context.now(),
      channel: which.kind,
      messageClass: input.messageClass,
    },
    limits.maxMessageIdLength,
  );
  const content = input.content;
  validateContent(content, limits, 'InvalidArgument');
  const mismatch = checkMetadata(header, content) ?? checkClass(header.messageClass, content).failure;
  if (mismatch !== undefined) throw misfit(mismatch);
  const headerBytes = serializeEnvelopeHeader(header, options);
  const digest = envelopeDigest(headerBytes, options);
  const sealed: Content = { ...content, envelopeDigest: digest };
  let ciphertextType: EnvelopeCiphertextType;
  let ciphertext: Uint8Array;
  if (which.kind === 'pairwise') {
    const message = await encryptContent(which.cipher, sealed, options);
    ciphertextType = message.type;
    ciphertext = message.body;
  } else {
    ciphertextType = 'group';
    ciphertext = await encryptGroupContent(which.groupCipher, sealed, options);
  }
  const envelope = encodeEnvelope({ header: headerBytes, ciphertextType, ciphertext });
  return Object.freeze({ envelope, header, headerBytes, ciphertextType, ciphertext, digest });
}

/**
 * Recipient side: parses the envelope, decrypts and opens the content with the cipher for the
 * header's channel, then checks the header against the content (see the module comment for the
 * checks and their order).
 *
 * @returns `{ ok: true, header, content }`, or `{ ok: false, reason, detail, header, content }`.
 * @throws ProtocolError everything parseEnvelope throws; InvalidMessage (field 'channel') when the
 *   header's channel needs the other kind of cipher; InvalidArgument for a bad input (e.g.
 *   expectedSender other than the cipher's remote address); and every decryption or content error
 *   (BadMac, DuplicateMessage, SessionNotFound, InvalidMessage, InvalidProtobuf, …): a message
 *   that does not decrypt never authenticated anything.
 */
export async function openEnvelope(input: OpenEnvelopeInput): Promise<OpenEnvelopeResult> {
  if (typeof input !== 'object' || input === null) {
    throw new ProtocolError('InvalidArgument', '"input" expected an object', { field: 'input' });
  }
  const options = input.options;
  const which = pickCipher(input);
  const expectedRecipient = input.expectedRecipient;
  if (!(expectedRecipient instanceof ProtocolAddress)) {
    throw new ProtocolError('InvalidArgument', '"expectedRecipient" expected a ProtocolAddress', { field: 'expectedRecipient' });
  }
  let expectedSender = input.expectedSender;
  if (which.kind === 'pairwise') {
    const remote = which.cipher.remoteAddress;
    expectedSender ??= remote;
    if (!sameAddress(expectedSender, remote)) {
      throw new ProtocolError('InvalidArgument', `"expectedSender" expected the cipher's remote address ${remote.toString()}`, {
        field: 'expectedSender',
        expected: remote.toString(),
      });
    }
  } else if (!(expectedSender instanceof ProtocolAddress)) {
    throw new ProtocolError('InvalidArgument', '"expectedSender" expected a ProtocolAddress (the group sender device)', { field: 'expectedSender' });
  }
  const parsed = parseEnvelope(input.envelopeBytes, options);
  const { header } = parsed;
  if (header.channel !== which.kind) {
    throw new ProtocolError('InvalidMessage', `envelope channel is ${header.channel}, but a ${which.kind} cipher was given`, {
      field: 'channel',
      expected: which.kind,
      got: header.channel,
    });
  }
  let content: Content;
  if (which.kind === 'pairwise') {
    const type = parsed.ciphertextType === 'prekey' ? 'prekey' : 'message';
    content = await decryptContent(which.cipher, { type, body: parsed.ciphertext }, options);
  } else {
    content = await decryptGroupContent(which.groupCipher, parsed.ciphertext, options);
  }
  const failure = await checkOpened(parsed, content, expectedSender, expectedRecipient, input.packs, envelopeDigest(parsed.headerBytes, options));
  return failure === undefined ? { ok: true, header, content } : { ok: false, ...failure, header, content };
}

