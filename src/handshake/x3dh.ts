import { concatBytes } from '../bytes.js';
import type { ResolvedOptions } from '../config.js';
import { agree, generateKeyPair, type KeyPair } from '../keys/curve.js';
import { deriveHandshakeKeys, deriveRootStep } from '../ratchet/kdf.js';
import { SESSION_VERSION_V3, type SessionState } from '../session/session-state.js';

/** X3DH of the v3 profile (PROTOCOL.md §3.2, §3.5). Pure: no stores, no trust decisions. */

const DISCONTINUITY_BYTES = new Uint8Array(32).fill(0xff);

interface Registration {
  readonly localRegistrationId: number;
  readonly remoteRegistrationId: number;
}

export interface InitiatorInput extends Registration {
  readonly ourIdentity: KeyPair;
  readonly ourBaseKey: KeyPair;
  readonly theirIdentityKey: Uint8Array;
  readonly theirSignedPreKey: Uint8Array;
  readonly theirOneTimePreKey?: Uint8Array;
}

export interface ResponderInput extends Registration {
  readonly ourIdentity: KeyPair;
  readonly ourSignedPreKey: KeyPair;
  readonly ourOneTimePreKey?: KeyPair;
  readonly theirIdentityKey: Uint8Array;
  readonly theirBaseKey: Uint8Array;
}

/** Alice: the session state right after processing Bob's bundle (her sending chain is ready). */
export function initiateSession(env: ResolvedOptions, input: InitiatorInput): SessionState {
  const { crypto, context } = env;
  const secrets = [
    DISCONTINUITY_BYTES,
    agree(crypto, input.ourIdentity.privateKey, input.theirSignedPreKey, 'signedPreKey'),
    agree(crypto, input.ourBaseKey.privateKey, input.theirIdentityKey, 'identityKey'),
    agree(crypto, input.ourBaseKey.privateKey, input.theirSignedPreKey, 'signedPreKey'),
  ];
  if (input.theirOneTimePreKey !== undefined) {
    secrets.push(agree(crypto, input.ourBaseKey.privateKey, input.theirOneTimePreKey, 'preKey'));
  }
  const handshake = deriveHandshakeKeys(crypto, concatBytes(...secrets));
  const sendingRatchet = generateKeyPair(crypto, context);
  const sending = deriveRootStep(crypto, handshake.rootKey, agree(crypto, sendingRatchet.privateKey, input.theirSignedPreKey, 'signedPreKey'));
  return {
    version: SESSION_VERSION_V3,
    localIdentityKey: input.ourIdentity.publicKey,
    remoteIdentityKey: input.theirIdentityKey,
    rootKey: sending.rootKey,
    previousCounter: 0,
    senderChain: { ratchetKeyPair: sendingRatchet, chainKey: { key: sending.chainKey, index: 0 } },
    receiverChains: [],
    localRegistrationId: input.localRegistrationId,
    remoteRegistrationId: input.remoteRegistrationId,
    aliceBaseKey: input.ourBaseKey.publicKey,
  };
}

/**
 * Bob: the session state from Alice's PreKey message. His first sending ratchet key is the signed
 * prekey; decrypting Alice's first message performs the first DH ratchet step.
 */
export function acceptSession(env: ResolvedOptions, input: ResponderInput): SessionState {
  const { crypto } = env;
  const secrets = [
    DISCONTINUITY_BYTES,
    agree(crypto, input.ourSignedPreKey.privateKey, input.theirIdentityKey, 'identityKey'),
    agree(crypto, input.ourIdentity.privateKey, input.theirBaseKey, 'baseKey'),
    agree(crypto, input.ourSignedPreKey.privateKey, input.theirBaseKey, 'baseKey'),
  ];
  if (input.ourOneTimePreKey !== undefined) {
    secrets.push(agree(crypto, input.ourOneTimePreKey.privateKey, input.theirBaseKey, 'baseKey'));
  }
  const handshake = deriveHandshakeKeys(crypto, concatBytes(...secrets));
  return {
    version: SESSION_VERSION_V3,
    localIdentityKey: input.ourIdentity.publicKey,
    remoteIdentityKey: input.theirIdentityKey,
    rootKey: handshake.rootKey,
    previousCounter: 0,
    senderChain: { ratchetKeyPair: input.ourSignedPreKey, chainKey: { key: handshake.chainKey, index: 0 } },
    receiverChains: [],
    localRegistrationId: input.localRegistrationId,
    remoteRegistrationId: input.remoteRegistrationId,
    aliceBaseKey: input.theirBaseKey,
  };
}
