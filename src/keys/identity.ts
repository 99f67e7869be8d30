import { assertBytes } from '../bytes.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { ProtocolError } from '../errors.js';
import { generateKeyPair, type KeyPair, keyPairFromPrivate, parsePublicKey, sign } from './curve.js';

/** A device's long-term identity key pair. */
export type IdentityKeyPair = KeyPair;

/** A one-time prekey: used for at most one incoming session, then removed. */
export interface PreKeyRecord {
  readonly id: number;
  readonly keyPair: KeyPair;
}

/** A medium-term prekey whose 33-byte public key is signed by the identity key. */
export interface SignedPreKeyRecord {
  readonly id: number;
  readonly keyPair: KeyPair;
  readonly signature: Uint8Array;
  /** Milliseconds since the epoch, from the context clock at creation. */
  readonly timestamp: number;
}

export const MAX_REGISTRATION_ID = 0x3fff;
export const MAX_PREKEY_ID = 0xffff_ffff;

export function assertUint32(value: unknown, name: string, max = 0xffff_ffff): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new ProtocolError('InvalidArgument', `"${name}" expected an integer in 0..${max}, got ${String(value)}`, {
      field: name,
      expected: `0..${max}`,
      got: String(value),
    });
  }
}

export function generateIdentityKeyPair(options?: ProtocolOptions): IdentityKeyPair {
  const { crypto, context } = resolveOptions(options);
  return generateKeyPair(crypto, context);
}

export function identityKeyPairFromPrivate(privateKey: Uint8Array, options?: ProtocolOptions): IdentityKeyPair {
  return keyPairFromPrivate(resolveOptions(options).crypto, privateKey);
}

/** A random 14-bit registration id in 1..16383 (0 is avoided: some peers treat it as unset). */
export function generateRegistrationId(options?: ProtocolOptions): number {
  const { context } = resolveOptions(options);
  for (;;) {
    const bytes = context.randomBytes(2);
    const id = ((bytes[0]! << 8) | bytes[1]!) & MAX_REGISTRATION_ID;
    if (id !== 0) return id;
  }
}

/** `count` one-time prekeys with ids start, start+1, … (wrapping below 2^32 is the caller's job). */
export function generatePreKeys(start: number, count: number, options?: ProtocolOptions): PreKeyRecord[] {
  assertUint32(start, 'start');
  assertUint32(count, 'count', 100_000);
  assertUint32(start + Math.max(count - 1, 0), 'start + count - 1');
  const { crypto, context } = resolveOptions(options);
  const out: PreKeyRecord[] = [];
  for (let i = 0; i < count; i++) out.push({ id: start + i, keyPair: generateKeyPair(crypto, context) });
  return out;
}

/** A signed prekey: the identity key signs the 33-byte serialized public key (0x05 ‖ u). */
export function generateSignedPreKey(identity: IdentityKeyPair, id: number, options?: ProtocolOptions): SignedPreKeyRecord {
  assertUint32(id, 'id');
  assertBytes(identity.privateKey, 'identity.privateKey', 32);
  parsePublicKey(identity.publicKey, 'identity.publicKey');
  const { crypto, context } = resolveOptions(options);
  const keyPair = generateKeyPair(crypto, context);
  const signature = sign(crypto, context, identity.privateKey, keyPair.publicKey);
  return { id, keyPair, signature, timestamp: context.now() };
}
