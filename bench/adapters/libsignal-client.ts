// @signalapp/libsignal-client 0.103.0 (Rust via N-API, AGPL-3.0), benchmarked against itself.
// It speaks only v4 (PQXDH + SPQR), so it cannot talk to parley; both parties are libsignal-client.
// Plain in-memory stores: its abstract store classes over Maps of its own record objects (no
// serialization per message). Addresses are made once per conversation, not per call.
import { createRequire } from 'node:module';
import {
  CiphertextMessageType,
  Direction,
  groupDecrypt,
  groupEncrypt,
  IdentityChange,
  IdentityKeyPair,
  IdentityKeyStore,
  KEMKeyPair,
  KyberPreKeyRecord,
  KyberPreKeyStore,
  PreKeyBundle,
  PreKeyRecord,
  PreKeySignalMessage,
  PreKeyStore,
  PrivateKey,
  ProtocolAddress,
  processPreKeyBundle,
  processSenderKeyDistributionMessage,
  type PublicKey,
  SenderKeyDistributionMessage,
  type SenderKeyRecord,
  SenderKeyStore,
  SessionRecord,
  SessionStore,
  signalDecrypt,
  signalDecryptPreKey,
  signalEncrypt,
  SignalMessage,
  SignedPreKeyRecord,
  SignedPreKeyStore,
} from '@signalapp/libsignal-client';
import type { Adapter, Conversation, GroupPair, Side } from './adapter.js';

const require = createRequire(import.meta.url);
const version = (require('@signalapp/libsignal-client/package.json') as { version: string }).version;

class Sessions extends SessionStore {
  readonly records = new Map<string, SessionRecord>();
  async saveSession(name: ProtocolAddress, record: SessionRecord): Promise<void> {
    this.records.set(name.toString(), record);
  }
  async getSession(name: ProtocolAddress): Promise<SessionRecord | null> {
    return this.records.get(name.toString()) ?? null;
  }
  async getExistingSessions(addresses: ProtocolAddress[]): Promise<SessionRecord[]> {
    return addresses.map((a) => {
      const record = this.records.get(a.toString());
      if (record === undefined) throw new Error(`no session for ${a.toString()}`);
      return record;
    });
  }
}

class Identities extends IdentityKeyStore {
  readonly #known = new Map<string, PublicKey>();
  constructor(
    readonly pair: IdentityKeyPair,
    readonly registrationId: number,
  ) {
    super();
  }
  async getIdentityKey(): Promise<PrivateKey> {
    return this.pair.privateKey;
  }
  async getLocalRegistrationId(): Promise<number> {
    return this.registrationId;
  }
  async saveIdentity(name: ProtocolAddress, key: PublicKey): Promise<IdentityChange> {
    const before = this.#known.get(name.toString());
    this.#known.set(name.toString(), key);
    return before === undefined || before.equals(key) ? IdentityChange.NewOrUnchanged : IdentityChange.ReplacedExisting;
  }
  async isTrustedIdentity(name: ProtocolAddress, key: PublicKey, _direction: Direction): Promise<boolean> {
    const known = this.#known.get(name.toString());
    return known === undefined || known.equals(key);
  }
  async getIdentity(name: ProtocolAddress): Promise<PublicKey | null> {
    return this.#known.get(name.toString()) ?? null;
  }
}

class PreKeys extends PreKeyStore {
  readonly records = new Map<number, PreKeyRecord>();
  async savePreKey(id: number, record: PreKeyRecord): Promise<void> {
    this.records.set(id, record);
  }
  async getPreKey(id: number): Promise<PreKeyRecord> {
    const record = this.records.get(id);
    if (record === undefined) throw new Error(`no prekey ${id}`);
    return record;
  }
  async removePreKey(id: number): Promise<void> {
    this.records.delete(id);
  }
}

class SignedPreKeys extends SignedPreKeyStore {
  readonly records = new Map<number, SignedPreKeyRecord>();
  async saveSignedPreKey(id: number, record: SignedPreKeyRecord): Promise<void> {
    this.records.set(id, record);
  }
  async getSignedPreKey(id: number): Promise<SignedPreKeyRecord> {
    const record = this.records.get(id);
    if (record === undefined) throw new Error(`no signed prekey ${id}`);
    return record;
  }
}

class KyberPreKeys extends KyberPreKeyStore {
  readonly records = new Map<number, KyberPreKeyRecord>();
  readonly used = new Set<string>();
  async saveKyberPreKey(id: number, record: KyberPreKeyRecord): Promise<void> {
    this.records.set(id, record);
  }
  async getKyberPreKey(id: number): Promise<KyberPreKeyRecord> {
    const record = this.records.get(id);
    if (record === undefined) throw new Error(`no kyber prekey ${id}`);
    return record;
  }
  async markKyberPreKeyUsed(id: number, signedPreKeyId: number, baseKey: PublicKey): Promise<void> {
    this.used.add(`${id}:${signedPreKeyId}:${Buffer.from(baseKey.serialize()).toString('hex')}`);
  }
}

class SenderKeys extends SenderKeyStore {
  readonly records = new Map<string, SenderKeyRecord>();
  async saveSenderKey(sender: ProtocolAddress, distributionId: string, record: SenderKeyRecord): Promise<void> {
    this.records.set(`${distributionId}/${sender.toString()}`, record);
  }
  async getSenderKey(sender: ProtocolAddress, distributionId: string): Promise<SenderKeyRecord | null> {
    return this.records.get(`${distributionId}/${sender.toString()}`) ?? null;
  }
}

let counter = 0;

class ClientDevice {
  readonly address = ProtocolAddress.new(`lsc-${++counter}`, 1);
  readonly identity = new Identities(IdentityKeyPair.generate(), 1 + (counter % 16_000));
  readonly sessions = new Sessions();
  readonly preKeys = new PreKeys();
  readonly signedPreKeys = new SignedPreKeys();
  readonly kyberPreKeys = new KyberPreKeys();

  /** Signed prekey (XEdDSA), one-time prekey and signed Kyber1024 prekey: the v4 bundle. */
  async bundle(): Promise<PreKeyBundle> {
    const identity = this.identity.pair;
    const signedPrivate = PrivateKey.generate();
    const signedPublic = signedPrivate.getPublicKey();
    const signedSignature = identity.privateKey.sign(signedPublic.serialize());
    await this.signedPreKeys.saveSignedPreKey(1, SignedPreKeyRecord.new(1, Date.now(), signedPublic, signedPrivate, signedSignature));
    const preKeyPrivate = PrivateKey.generate();
    await this.preKeys.savePreKey(1, PreKeyRecord.new(1, preKeyPrivate.getPublicKey(), preKeyPrivate));
    const kyber = KEMKeyPair.generate();
    const kyberSignature = identity.privateKey.sign(kyber.getPublicKey().serialize());
    await this.kyberPreKeys.saveKyberPreKey(1, KyberPreKeyRecord.new(1, Date.now(), kyber, kyberSignature));
    return PreKeyBundle.new(
      this.identity.registrationId,
      1,
      1,
      preKeyPrivate.getPublicKey(),
      1,
      signedPublic,
      signedSignature,
      identity.publicKey,
      1,
      kyber.getPublicKey(),
      kyberSignature,
    );
  }
}

type Wire = { readonly type: number; readonly body: Uint8Array<ArrayBuffer> };

async function send(from: ClientDevice, to: ClientDevice, plaintext: Uint8Array<ArrayBuffer>): Promise<Wire> {
  const message = await signalEncrypt(plaintext, to.address, from.address, from.sessions, from.identity);
  return { type: message.type(), body: message.serialize() };
}

async function receive(at: ClientDevice, from: ClientDevice, wire: Wire): Promise<Uint8Array> {
  if (wire.type === CiphertextMessageType.PreKey) {
    return signalDecryptPreKey(
      PreKeySignalMessage.deserialize(wire.body),
      from.address,
      at.address,
      at.sessions,
      at.identity,
      at.preKeys,
      at.signedPreKeys,
      at.kyberPreKeys,
    );
  }
  return signalDecrypt(SignalMessage.deserialize(wire.body), from.address, at.address, at.sessions, at.identity);
}

export function libsignalClientAdapter(): Adapter {
  return {
    impl: 'libsignal-client',
    library: `@signalapp/libsignal-client ${version}`,
    async prepareSetup(payload) {
      const alice = new ClientDevice();
      const bob = new ClientDevice();
      const bundle = await bob.bundle();
      const plaintext = new Uint8Array(payload);
      return async () => {
        await processPreKeyBundle(bundle, bob.address, alice.address, alice.sessions, alice.identity);
        return receive(bob, alice, await send(alice, bob, plaintext));
      };
    },
    async connect(): Promise<Conversation> {
      const a = new ClientDevice();
      const b = new ClientDevice();
      await processPreKeyBundle(await b.bundle(), b.address, a.address, a.sessions, a.identity);
      const hello = new Uint8Array(16);
      await receive(b, a, await send(a, b, hello));
      await receive(a, b, await send(b, a, hello));
      await receive(b, a, await send(a, b, hello));
      return {
        plaintext: (bytes) => new Uint8Array(bytes),
        encrypt: (from: Side, plaintext) => (from === 'a' ? send(a, b, plaintext as Uint8Array<ArrayBuffer>) : send(b, a, plaintext as Uint8Array<ArrayBuffer>)),
        decrypt: (at: Side, message) => (at === 'a' ? receive(a, b, message as Wire) : receive(b, a, message as Wire)),
        async recordBytes(side: Side) {
          const [self, other] = side === 'a' ? [a, b] : [b, a];
          const record = await self.sessions.getSession(other.address);
          if (record === null) throw new Error('no session record');
          return record.serialize().length;
        },
      };
    },
    async group(): Promise<GroupPair> {
      const distributionId = '6f1c2a3e-8b4d-4e5f-9a0b-1c2d3e4f5a6b';
      const sender = ProtocolAddress.new(`lsc-group-sender-${++counter}`, 1);
      const senderStore = new SenderKeys();
      const recipientStore = new SenderKeys();
      const distribution = await SenderKeyDistributionMessage.create(sender, distributionId, senderStore);
      await processSenderKeyDistributionMessage(sender, SenderKeyDistributionMessage.deserialize(distribution.serialize()), recipientStore);
      return {
        plaintext: (bytes) => new Uint8Array(bytes),
        encrypt: async (plaintext) => (await groupEncrypt(sender, distributionId, senderStore, plaintext as Uint8Array<ArrayBuffer>)).serialize(),
        decrypt: (message) => groupDecrypt(sender, recipientStore, message as Uint8Array<ArrayBuffer>),
      };
    },
  };
}
