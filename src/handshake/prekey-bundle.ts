import type { CryptoBackend } from '../crypto/backend.js';
import { ProtocolError } from '../errors.js';
import { assertHandshakeKey, verify } from '../keys/curve.js';
import { assertUint32, MAX_REGISTRATION_ID } from '../keys/identity.js';

/** What a device publishes so others can start a session with it while it is offline. */
export interface PreKeyBundle {
  readonly registrationId: number;
  readonly deviceId: number;
  readonly identityKey: Uint8Array;
  readonly signedPreKey: {
    readonly id: number;
    readonly publicKey: Uint8Array;
    readonly signature: Uint8Array;
  };
  /** Optional one-time prekey; X3DH works without it, with weaker replay protection. */
  readonly preKey?: {
    readonly id: number;
    readonly publicKey: Uint8Array;
  };
}

/**
 * Validates every field of a bundle and verifies the signed-prekey signature. Runs before any DH
 * or store write: a forged bundle must never produce a session (libsignal-node skips this).
 */
export function verifyPreKeyBundle(crypto: CryptoBackend, bundle: PreKeyBundle): void {
  if (typeof bundle !== 'object' || bundle === null) {
    throw new ProtocolError('InvalidArgument', '"bundle" expected an object');
  }
  assertUint32(bundle.registrationId, 'bundle.registrationId', MAX_REGISTRATION_ID);
  assertUint32(bundle.deviceId, 'bundle.deviceId');
  assertHandshakeKey(crypto, bundle.identityKey, 'bundle.identityKey');
  const spk = bundle.signedPreKey;
  if (typeof spk !== 'object' || spk === null) {
    throw new ProtocolError('InvalidArgument', '"bundle.signedPreKey" expected an object');
  }
  assertUint32(spk.id, 'bundle.signedPreKey.id');
  assertHandshakeKey(crypto, spk.publicKey, 'bundle.signedPreKey.publicKey');
  if (bundle.preKey !== undefined) {
    assertUint32(bundle.preKey.id, 'bundle.preKey.id');
    assertHandshakeKey(crypto, bundle.preKey.publicKey, 'bundle.preKey.publicKey');
  }
  if (!(spk.signature instanceof Uint8Array) || spk.signature.length !== 64) {
    throw new ProtocolError('BadSignature', `"bundle.signedPreKey.signature" expected 64 bytes, got ${
      spk.signature instanceof Uint8Array ? spk.signature.length : typeof spk.signature
    }`, { field: 'bundle.signedPreKey.signature' });
  }
  if (!verify(crypto, bundle.identityKey, spk.publicKey, spk.signature)) {
    throw new ProtocolError('BadSignature', 'signed prekey signature does not verify with the bundle identity key', {
      field: 'bundle.signedPreKey.signature',
    });
  }
}
