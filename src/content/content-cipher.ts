import type { ResolvedOptions } from '../config.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { ProtocolError } from '../errors.js';
import type { GroupCipher } from '../group/group-cipher.js';
import type { CiphertextMessage, SessionCipher } from '../session/session-cipher.js';
import { decodeContent, encodeContent } from '../wire/content-codec.js';
import { type ContentLimits, resolveContentLimits } from './content-limits.js';
import { padRandom, unpad } from './padding.js';
import type { Content } from './types.js';
import { validateContent } from './validate.js';

/** Options of the content encryption path: the protocol options plus content limits. */
export interface ContentOptions extends ProtocolOptions {
  readonly contentLimits?: Partial<ContentLimits>;
}

interface ResolvedContentOptions {
  readonly env: ResolvedOptions;
  readonly limits: ContentLimits;
}

function resolve(options?: ContentOptions): ResolvedContentOptions {
  return { env: resolveOptions(options), limits: resolveContentLimits(options?.contentLimits) };
}

/**
 * Validates and encodes content, then adds WhatsApp's random padding: the plaintext that goes
 * into session or group encryption.
 *
 * @throws ProtocolError InvalidArgument (naming the field, expected and got), MessageTooLarge
 */
export function sealContent(content: Content, options?: ContentOptions): Uint8Array {
  const { env, limits } = resolve(options);
  validateContent(content, limits, 'InvalidArgument');
  const encoded = encodeContent(content);
  if (encoded.length > limits.maxContentBytes) {
    throw new ProtocolError('MessageTooLarge', `encoded content expected at most ${limits.maxContentBytes} bytes, got ${encoded.length}`, {
      expected: limits.maxContentBytes,
      got: encoded.length,
    });
  }
  return padRandom(encoded, env.context);
}

/**
 * The inverse of {@link sealContent} for a decrypted plaintext: strict unpadding, decoding with
 * size caps, then the same validation as on encode.
 *
 * @throws ProtocolError InvalidMessage, InvalidProtobuf, MessageTooLarge
 */
export function openContent(plaintext: Uint8Array, options?: ContentOptions): Content {
  const { limits } = resolve(options);
  const content = decodeContent(unpad(plaintext), limits.maxContentBytes);
  validateContent(content, limits, 'InvalidMessage');
  return content;
}

/** Encrypts content for one device over its 1:1 session. */
export async function encryptContent(cipher: SessionCipher, content: Content, options?: ContentOptions): Promise<CiphertextMessage> {
  return cipher.encrypt(sealContent(content, options));
}

/**
 * Decrypts and opens content from one device. The session advances once the message
 * authenticates, so a message whose content is then invalid is consumed: it cannot be retried.
 */
export async function decryptContent(cipher: SessionCipher, message: CiphertextMessage, options?: ContentOptions): Promise<Content> {
  return openContent(await cipher.decrypt(message), options);
}

/** Encrypts content once for a whole group with this device's sender key. */
export async function encryptGroupContent(cipher: GroupCipher, content: Content, options?: ContentOptions): Promise<Uint8Array> {
  return cipher.encrypt(sealContent(content, options));
}

/** Decrypts and opens a group message from the sender device the cipher was made for. */
export async function decryptGroupContent(cipher: GroupCipher, message: Uint8Array, options?: ContentOptions): Promise<Content> {
  return openContent(await cipher.decrypt(message), options);
}
