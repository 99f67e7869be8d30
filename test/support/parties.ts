import {
  generateIdentityKeyPair,
  generatePreKeys,
  generateRegistrationId,
  generateSignedPreKey,
  type PreKeyBundle,
  ProtocolAddress,
  type ProtocolOptions,
  SessionCipher,
} from '../../src/index.js';
import { InMemoryProtocolStore } from '../../src/stores/memory-stores.js';

/** A parley device with an in-memory store, one signed prekey and a few one-time prekeys. */
export interface Party {
  readonly name: string;
  readonly address: ProtocolAddress;
  readonly store: InMemoryProtocolStore;
  readonly registrationId: number;
  readonly options: ProtocolOptions;
  /** A fresh bundle; `withPreKey: false` omits the one-time prekey. */
  bundle(opts?: { withPreKey?: boolean }): Promise<PreKeyBundle>;
  cipherFor(peer: { address: ProtocolAddress }): SessionCipher;
}

let nextPreKeyId = 1;

export async function createParty(name: string, options: ProtocolOptions = {}, deviceId = 1): Promise<Party> {
  const identity = generateIdentityKeyPair(options);
  const registrationId = generateRegistrationId(options);
  const store = new InMemoryProtocolStore(identity, registrationId);
  const signed = generateSignedPreKey(identity, 7, options);
  await store.storeSignedPreKey(signed.id, signed);
  const address = new ProtocolAddress(name, deviceId);
  return {
    name,
    address,
    store,
    registrationId,
    options,
    async bundle(opts = {}) {
      const base: PreKeyBundle = {
        registrationId,
        deviceId,
        identityKey: identity.publicKey,
        signedPreKey: { id: signed.id, publicKey: signed.keyPair.publicKey, signature: signed.signature },
      };
      if (opts.withPreKey === false) return base;
      const [preKey] = generatePreKeys(nextPreKeyId++, 1, options);
      await store.storePreKey(preKey!.id, preKey!);
      return { ...base, preKey: { id: preKey!.id, publicKey: preKey!.keyPair.publicKey } };
    },
    cipherFor(peer) {
      return new SessionCipher(store, peer.address, options);
    },
  };
}
