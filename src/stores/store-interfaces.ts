import type { ProtocolAddress } from '../address.js';
import type { IdentityKeyPair, PreKeyRecord, SignedPreKeyRecord } from '../keys/identity.js';
import type { SenderKeyRecord } from '../group/sender-key-record.js';
import type { SessionRecord } from '../session/session-record.js';

/**
 * Store contract: every method may be async. Absent values resolve `undefined`; failures reject
 * and reach the caller wrapped as a `StoreFailure` ProtocolError. parley never mutates a value it
 * loaded or stored; it writes only after every check of an operation has passed.
 *
 * Single writer: parley serializes operations per address for all ciphers sharing one store
 * object. Applications that share the underlying storage across processes must give the same
 * guarantee themselves.
 */
export type Direction = 'sending' | 'receiving';

export interface IdentityKeyStore {
  getIdentityKeyPair(): Promise<IdentityKeyPair>;
  getLocalRegistrationId(): Promise<number>;
  /** Whether `identityKey` may be used with `address`. Must be a real decision: a Promise is awaited. */
  isTrustedIdentity(address: ProtocolAddress, identityKey: Uint8Array, direction: Direction): Promise<boolean>;
  /** Records the identity for `address`; resolves true when it replaced a different key. */
  saveIdentity(address: ProtocolAddress, identityKey: Uint8Array): Promise<boolean>;
  getIdentity(address: ProtocolAddress): Promise<Uint8Array | undefined>;
}

export interface PreKeyStore {
  loadPreKey(id: number): Promise<PreKeyRecord | undefined>;
  storePreKey(id: number, record: PreKeyRecord): Promise<void>;
  removePreKey(id: number): Promise<void>;
}

export interface SignedPreKeyStore {
  loadSignedPreKey(id: number): Promise<SignedPreKeyRecord | undefined>;
  storeSignedPreKey(id: number, record: SignedPreKeyRecord): Promise<void>;
}

export interface SessionStore {
  loadSession(address: ProtocolAddress): Promise<SessionRecord | undefined>;
  storeSession(address: ProtocolAddress, record: SessionRecord): Promise<void>;
}

export interface ProtocolStore extends IdentityKeyStore, PreKeyStore, SignedPreKeyStore, SessionStore {}

/**
 * Sender-key records, keyed by (sender device address, distribution id). The distribution id is
 * the group id for the WhatsApp format and the distribution UUID string for the Signal format.
 * Records of different devices of one user are separate: the device id is part of the key.
 */
export interface SenderKeyStore {
  loadSenderKey(sender: ProtocolAddress, distributionId: string): Promise<SenderKeyRecord | undefined>;
  storeSenderKey(sender: ProtocolAddress, distributionId: string, record: SenderKeyRecord): Promise<void>;
}
