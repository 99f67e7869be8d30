import type { ProtocolAddress } from '../address.js';
import { bytesEqual, copyBytes, toHex } from '../bytes.js';
import type { IdentityKeyPair, PreKeyRecord, SignedPreKeyRecord } from '../keys/identity.js';
import type { SenderKeyRecord } from '../group/sender-key-record.js';
import type { SessionRecord } from '../session/session-record.js';
import { encodeIdentityKeyPair, encodePreKeyRecord, encodeSignedPreKeyRecord } from '../wire/storage-codec.js';
import type { Direction, ProtocolStore, SenderKeyStore } from './store-interfaces.js';

/**
 * Reference in-memory stores, for tests, benches, demos and as a model for real stores.
 * Identity trust is trust-on-first-use: an unknown identity is trusted, a different one for a
 * known address is not until the application calls saveIdentity with the new key.
 */
export class InMemoryProtocolStore implements ProtocolStore, SenderKeyStore {
  readonly #identity: IdentityKeyPair;
  readonly #registrationId: number;
  readonly #identities = new Map<string, Uint8Array>();
  readonly #preKeys = new Map<number, PreKeyRecord>();
  readonly #signedPreKeys = new Map<number, SignedPreKeyRecord>();
  readonly #sessions = new Map<string, SessionRecord>();
  readonly #senderKeys = new Map<string, SenderKeyRecord>();

  constructor(identity: IdentityKeyPair, registrationId: number) {
    this.#identity = identity;
    this.#registrationId = registrationId;
  }

  async getIdentityKeyPair(): Promise<IdentityKeyPair> {
    return this.#identity;
  }

  async getLocalRegistrationId(): Promise<number> {
    return this.#registrationId;
  }

  async isTrustedIdentity(address: ProtocolAddress, identityKey: Uint8Array, _direction: Direction): Promise<boolean> {
    const known = this.#identities.get(address.toString());
    return known === undefined || bytesEqual(known, identityKey);
  }

  async saveIdentity(address: ProtocolAddress, identityKey: Uint8Array): Promise<boolean> {
    const key = address.toString();
    const known = this.#identities.get(key);
    if (known !== undefined && bytesEqual(known, identityKey)) return false; // unchanged: nothing to write
    this.#identities.set(key, copyBytes(identityKey));
    return known !== undefined;
  }

  async getIdentity(address: ProtocolAddress): Promise<Uint8Array | undefined> {
    return this.#identities.get(address.toString());
  }

  async loadPreKey(id: number): Promise<PreKeyRecord | undefined> {
    return this.#preKeys.get(id);
  }

  async storePreKey(id: number, record: PreKeyRecord): Promise<void> {
    this.#preKeys.set(id, record);
  }

  async removePreKey(id: number): Promise<void> {
    this.#preKeys.delete(id);
  }

  async loadSignedPreKey(id: number): Promise<SignedPreKeyRecord | undefined> {
    return this.#signedPreKeys.get(id);
  }

  async storeSignedPreKey(id: number, record: SignedPreKeyRecord): Promise<void> {
    this.#signedPreKeys.set(id, record);
  }

  async loadSession(address: ProtocolAddress): Promise<SessionRecord | undefined> {
    return this.#sessions.get(address.toString());
  }

  async storeSession(address: ProtocolAddress, record: SessionRecord): Promise<void> {
    this.#sessions.set(address.toString(), record);
  }

  async loadSenderKey(sender: ProtocolAddress, distributionId: string): Promise<SenderKeyRecord | undefined> {
    return this.#senderKeys.get(senderKeyId(sender, distributionId));
  }

  async storeSenderKey(sender: ProtocolAddress, distributionId: string, record: SenderKeyRecord): Promise<void> {
    this.#senderKeys.set(senderKeyId(sender, distributionId), record);
  }

  /**
   * Every stored value serialized, in a deterministic order, as one hex string: two snapshots are
   * equal exactly when the stores hold the same bytes (used to prove failed operations change nothing).
   */
  snapshot(): string {
    const parts: string[] = [toHex(encodeIdentityKeyPair(this.#identity)), String(this.#registrationId)];
    const sorted = <K, V>(m: Map<K, V>) => [...m.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
    for (const [k, v] of sorted(this.#identities)) parts.push(`identity:${k}:${toHex(v)}`);
    for (const [k, v] of sorted(this.#preKeys)) parts.push(`prekey:${k}:${toHex(encodePreKeyRecord(v))}`);
    for (const [k, v] of sorted(this.#signedPreKeys)) parts.push(`signed:${k}:${toHex(encodeSignedPreKeyRecord(v))}`);
    for (const [k, v] of sorted(this.#sessions)) parts.push(`session:${k}:${toHex(v.serialize())}`);
    for (const [k, v] of sorted(this.#senderKeys)) parts.push(`senderkey:${k}:${toHex(v.serialize())}`);
    return parts.join('\n');
  }
}


function senderKeyId(sender: ProtocolAddress, distributionId: string): string {
  // JSON keeps the two parts unambiguous whatever characters they contain.
  return JSON.stringify([distributionId, sender.name, sender.deviceId]);
}
