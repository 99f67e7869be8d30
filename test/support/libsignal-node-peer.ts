// A libsignal-node (npm `libsignal` 6.0.0, GPL-3.0) device, used only as a test oracle.
import { createRequire } from 'node:module';
import {
  type CiphertextMessage,
  type PreKeyBundle,
  processPreKeyBundle,
  ProtocolAddress,
  type ProtocolOptions,
  SessionCipher,
  SessionRecord,
} from '../../src/index.js';
import { createParty, type Party } from './parties.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const libsignal = require('libsignal') as any;

/** The raw `libsignal` module (curve, keyhelper, SessionRecord, errors…), for tests that need it. */
export const libsignalNode: any = libsignal;
/** libsignal-node's protobufjs codecs: `WhisperMessage` (SignalMessage) and `PreKeyWhisperMessage`. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const libsignalNodeProtobufs: { WhisperMessage: any; PreKeyWhisperMessage: any } = require('libsignal/src/protobufs.js');

export interface NodeKeyPair {
  pubKey: Buffer;
  privKey: Buffer;
}

export interface RemoteDevice {
  readonly name: string;
  readonly deviceId: number;
}

const deviceKey = (remote: RemoteDevice): string => `${remote.name}.${remote.deviceId}`;

/**
 * A libsignal-node device with an in-memory storage object in the shape it expects.
 *
 * Session records are kept serialized (JSON, as Baileys stores them) and deserialized on every
 * load, like a real persistent store: libsignal-node mutates the record object it loaded while it
 * tries to decrypt and only calls storeSession on success, so a failed operation must not leak
 * into the stored state through a shared live object.
 */
export class LibsignalNodePeer {
  readonly name: string;
  readonly deviceId: number;
  readonly identity: NodeKeyPair;
  readonly registrationId: number;
  readonly preKeys = new Map<number, NodeKeyPair>();
  readonly signedPreKeys = new Map<number, { keyPair: NodeKeyPair; signature: Buffer }>();
  /** Serialized (JSON) session records by `name.deviceId`. */
  readonly sessions = new Map<string, string>();
  readonly identities = new Map<string, Buffer>();
  readonly storage: any;
  #nextPreKeyId = 100;
  #signedPreKeyId = 5;

  constructor(name: string, deviceId = 1) {
    this.name = name;
    this.deviceId = deviceId;
    this.identity = libsignal.keyhelper.generateIdentityKeyPair();
    this.registrationId = libsignal.keyhelper.generateRegistrationId();
    const signed = libsignal.keyhelper.generateSignedPreKey(this.identity, this.#signedPreKeyId);
    this.signedPreKeys.set(this.#signedPreKeyId, { keyPair: signed.keyPair, signature: signed.signature });
    const self = this;
    this.storage = {
      async getOurIdentity() {
        return self.identity;
      },
      async getOurRegistrationId() {
        return self.registrationId;
      },
      async isTrustedIdentity(id: string, key: Buffer) {
        const known = self.identities.get(id);
        if (known === undefined) {
          self.identities.set(id, key);
          return true;
        }
        return known.equals(key);
      },
      async loadPreKey(id: number) {
        return self.preKeys.get(id);
      },
      async removePreKey(id: number) {
        self.preKeys.delete(id);
      },
      async loadSignedPreKey(id: number) {
        return self.signedPreKeys.get(id)?.keyPair;
      },
      async loadSession(id: string) {
        const stored = self.sessions.get(id);
        return stored === undefined ? undefined : libsignal.SessionRecord.deserialize(JSON.parse(stored));
      },
      async storeSession(id: string, record: any) {
        self.sessions.set(id, JSON.stringify(record.serialize()));
      },
    };
  }

  address(): any {
    return new libsignal.ProtocolAddress(this.name, this.deviceId);
  }

  /** The 33-byte serialized identity public key. */
  get identityKey(): Uint8Array {
    return new Uint8Array(this.identity.pubKey);
  }

  /** Replaces the signed prekey (new id); later bundles carry the new one, old ones stay loadable. */
  rotateSignedPreKey(): number {
    const id = ++this.#signedPreKeyId;
    const signed = libsignal.keyhelper.generateSignedPreKey(this.identity, id);
    this.signedPreKeys.set(id, { keyPair: signed.keyPair, signature: signed.signature });
    return id;
  }

  /** This device's bundle in parley's shape. */
  bundle(opts: { withPreKey?: boolean } = {}): PreKeyBundle {
    const id = this.#signedPreKeyId;
    const signed = this.signedPreKeys.get(id)!;
    const base: PreKeyBundle = {
      registrationId: this.registrationId,
      deviceId: this.deviceId,
      identityKey: new Uint8Array(this.identity.pubKey),
      signedPreKey: { id, publicKey: new Uint8Array(signed.keyPair.pubKey), signature: new Uint8Array(signed.signature) },
    };
    if (opts.withPreKey === false) return base;
    const preKeyId = this.#nextPreKeyId++;
    const preKey = libsignal.keyhelper.generatePreKey(preKeyId);
    this.preKeys.set(preKeyId, preKey.keyPair);
    return { ...base, preKey: { id: preKeyId, publicKey: new Uint8Array(preKey.keyPair.pubKey) } };
  }

  /** Starts a session towards a device from its bundle (libsignal-node SessionBuilder.initOutgoing). */
  async processBundle(remote: RemoteDevice, bundle: PreKeyBundle): Promise<void> {
    const device: any = {
      identityKey: Buffer.from(bundle.identityKey),
      registrationId: bundle.registrationId,
      signedPreKey: {
        keyId: bundle.signedPreKey.id,
        publicKey: Buffer.from(bundle.signedPreKey.publicKey),
        signature: Buffer.from(bundle.signedPreKey.signature),
      },
    };
    if (bundle.preKey !== undefined) device.preKey = { keyId: bundle.preKey.id, publicKey: Buffer.from(bundle.preKey.publicKey) };
    const builder = new libsignal.SessionBuilder(this.storage, new libsignal.ProtocolAddress(remote.name, remote.deviceId));
    await builder.initOutgoing(device);
  }

  cipher(remote: RemoteDevice): any {
    return new libsignal.SessionCipher(this.storage, new libsignal.ProtocolAddress(remote.name, remote.deviceId));
  }

  async encrypt(remote: RemoteDevice, plaintext: Uint8Array): Promise<CiphertextMessage> {
    const out = await this.cipher(remote).encrypt(Buffer.from(plaintext));
    return { type: out.type === 3 ? 'prekey' : 'message', body: new Uint8Array(out.body) };
  }

  async decrypt(remote: RemoteDevice, message: CiphertextMessage): Promise<Uint8Array> {
    const cipher = this.cipher(remote);
    const body = Buffer.from(message.body);
    const out = message.type === 'prekey' ? await cipher.decryptPreKeyWhisperMessage(body) : await cipher.decryptWhisperMessage(body);
    return new Uint8Array(out);
  }

  /** Whether libsignal-node has an open session towards `remote`. */
  async hasOpenSession(remote: RemoteDevice): Promise<boolean> {
    return (await this.cipher(remote).hasOpenSession()) as boolean;
  }

  /** The stored (serialized) session record for `remote`, to prove a failed operation changed nothing. */
  sessionSnapshot(remote: RemoteDevice): string | undefined {
    return this.sessions.get(deviceKey(remote));
  }

  /** Number of session entries (open and closed) libsignal-node keeps for `remote`. */
  sessionCount(remote: RemoteDevice): number {
    const stored = this.sessions.get(deviceKey(remote));
    return stored === undefined ? 0 : Object.keys((JSON.parse(stored) as { _sessions: object })._sessions).length;
  }
}

// ---------------------------------------------------------------------------------------------
// Endpoints: parley and libsignal-node behind one small interface, so a scenario can be run in
// both directions (parley as initiator, libsignal-node as initiator) by the same code.

/** One side of a 1:1 conversation. */
export interface Endpoint {
  readonly label: 'parley' | 'libsignal-node';
  /** This device's own address. */
  readonly address: ProtocolAddress;
  encrypt(plaintext: Uint8Array): Promise<CiphertextMessage>;
  decrypt(message: CiphertextMessage): Promise<Uint8Array>;
  /** True when this side can encrypt towards the other (it has an open/current session). */
  hasSession(): Promise<boolean>;
  /** Every stored byte of this side's state towards the other, as one string. */
  snapshot(): string;
}

export function parleyEndpoint(party: Party, remote: ProtocolAddress, options?: ProtocolOptions): Endpoint {
  const cipher = new SessionCipher(party.store, remote, options ?? party.options);
  return {
    label: 'parley',
    address: party.address,
    encrypt: (plaintext) => cipher.encrypt(plaintext),
    decrypt: (message) => cipher.decrypt(message),
    hasSession: () => cipher.hasOpenSession(),
    snapshot: () => party.store.snapshot(),
  };
}

export function nodeEndpoint(peer: LibsignalNodePeer, remote: RemoteDevice): Endpoint {
  return {
    label: 'libsignal-node',
    address: new ProtocolAddress(peer.name, peer.deviceId),
    encrypt: (plaintext) => peer.encrypt(remote, plaintext),
    decrypt: (message) => peer.decrypt(remote, message),
    hasSession: () => peer.hasOpenSession(remote),
    snapshot: () =>
      JSON.stringify({
        session: peer.sessionSnapshot(remote) ?? null,
        preKeys: [...peer.preKeys.keys()],
        identities: [...peer.identities.entries()].map(([k, v]) => [k, v.toString('hex')]),
      }),
  };
}

export type InitiatorKind = 'parley' | 'libsignal-node';

export interface Pair {
  readonly party: Party;
  readonly peer: LibsignalNodePeer;
  readonly parley: Endpoint;
  readonly node: Endpoint;
  readonly initiator: Endpoint;
  readonly responder: Endpoint;
  /** The one-time prekey id the initiator used, if any. */
  readonly preKeyId: number | undefined;
}

let pairCounter = 0;

/**
 * A parley device and a libsignal-node device; the initiator has processed the responder's
 * bundle (nothing has been sent yet). `persistRecords` makes parley's store keep every session
 * record only through SessionRecord.serialize / deserialize.
 */
export async function createPair(
  initiator: InitiatorKind,
  opts: { withPreKey?: boolean; options?: ProtocolOptions; persistRecords?: boolean } = {},
): Promise<Pair> {
  const n = ++pairCounter;
  const party = await createParty(`parley-${n}`, opts.options ?? {});
  if (opts.persistRecords === true) {
    // Like a database: parley's session records go through their serialized bytes on every store.
    const store = party.store;
    const storeSession = store.storeSession.bind(store);
    store.storeSession = (address, record) => storeSession(address, SessionRecord.deserialize(record.serialize()));
  }
  const peer = new LibsignalNodePeer(`node-${n}`);
  const peerAddress = new ProtocolAddress(peer.name, peer.deviceId);
  const withPreKey = opts.withPreKey ?? true;
  let preKeyId: number | undefined;
  if (initiator === 'parley') {
    const bundle = peer.bundle({ withPreKey });
    preKeyId = bundle.preKey?.id;
    await processPreKeyBundle(party.store, peerAddress, bundle, party.options);
  } else {
    const bundle = await party.bundle({ withPreKey });
    preKeyId = bundle.preKey?.id;
    await peer.processBundle(party.address, bundle);
  }
  const parley = parleyEndpoint(party, peerAddress);
  const node = nodeEndpoint(peer, party.address);
  return {
    party,
    peer,
    parley,
    node,
    initiator: initiator === 'parley' ? parley : node,
    responder: initiator === 'parley' ? node : parley,
    preKeyId,
  };
}

// ---------------------------------------------------------------------------------------------
// Small deterministic helpers.

/** mulberry32: a tiny seeded PRNG (not cryptographic), for reproducible test schedules. */
export function seededRandom(seed: number): { next(): number; int(n: number): number; pick<T>(items: readonly T[]): T; shuffle<T>(items: T[]): T[] } {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    shuffle: <T>(items: T[]): T[] => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
}

/**
 * libsignal-node logs every session open/close and every failed decryption attempt to the
 * console; call in beforeAll and the returned function in afterAll to keep test output readable.
 */
export function silenceLibsignalNodeLogs(): () => void {
  const saved = { info: console.info, warn: console.warn, error: console.error };
  const quiet = () => undefined;
  console.info = quiet;
  console.warn = quiet;
  console.error = quiet;
  return () => {
    console.info = saved.info;
    console.warn = saved.warn;
    console.error = saved.error;
  };
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
export const str = (b: Uint8Array): string => new TextDecoder().decode(b);
