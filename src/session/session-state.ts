import type { KeyPair } from '../keys/curve.js';

/** Session version of the v3 (WhatsApp) profile: X3DH, no KEM, no SPQR. */
export const SESSION_VERSION_V3 = 3;

export interface ChainKeyState {
  readonly key: Uint8Array;
  /** Index of the next message key this chain produces. */
  readonly index: number;
}

export interface SenderChainState {
  readonly ratchetKeyPair: KeyPair;
  readonly chainKey: ChainKeyState;
}

export interface ReceiverChainState {
  readonly ratchetPublic: Uint8Array;
  readonly chainKey: ChainKeyState;
  /** Message-key seeds of skipped counters, oldest first (Map insertion order). Never mutated. */
  readonly skipped: ReadonlyMap<number, Uint8Array>;
}

/** Initiator-side information repeated in every message until the peer's first reply arrives. */
export interface PendingPreKeyState {
  readonly preKeyId?: number;
  readonly signedPreKeyId: number;
  readonly baseKey: Uint8Array;
  readonly createdAtMs: number;
}

/**
 * One Double Ratchet session. Values are treated as immutable once stored in a record: the
 * ratchet works on a {@link cloneSessionState} copy and the copy replaces the original only after
 * the MAC has verified. Byte arrays are never mutated in place, so clones share them.
 */
export interface SessionState {
  version: number;
  localIdentityKey: Uint8Array;
  remoteIdentityKey: Uint8Array;
  rootKey: Uint8Array;
  previousCounter: number;
  senderChain: SenderChainState;
  /** Oldest first; at most limits.maxReceiverChains. */
  receiverChains: ReceiverChainState[];
  pendingPreKey?: PendingPreKeyState;
  localRegistrationId: number;
  remoteRegistrationId: number;
  /** The initiator's base key: identifies the session on both sides. */
  aliceBaseKey: Uint8Array;
}

export function cloneSessionState(state: SessionState): SessionState {
  // Chains are immutable values: the ratchet replaces a chain object instead of changing it.
  return { ...state, receiverChains: [...state.receiverChains] };
}
