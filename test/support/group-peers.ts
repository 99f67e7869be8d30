/**
 * Test support for sender-key (group) tests: parley devices, the two oracles used as peers
 * (@signalapp/libsignal-client 0.103.0 for the Signal format, Baileys 6.17.16's WASignalGroup for
 * the WhatsApp format), a seeded shuffle, typed-rejection assertions, and surgery on a stored
 * sender-key record (to reach far iterations or swap keys without sending thousands of messages).
 *
 * The oracles are used as black boxes through their public APIs; nothing of theirs is copied.
 */
import { createRequire } from 'node:module';
import {
  groupDecrypt,
  groupEncrypt,
  ProtocolAddress as SignalAddress,
  processSenderKeyDistributionMessage,
  SenderKeyDistributionMessage as SignalSkdm,
  SenderKeyRecord as SignalSenderKeyRecord,
  SenderKeyStore as SignalSenderKeyStoreBase,
} from '@signalapp/libsignal-client';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { expect } from 'vitest';
import {
  type ErrorCode,
  generateIdentityKeyPair,
  generateRegistrationId,
  GroupCipher,
  ProtocolAddress,
  ProtocolError,
  type ProtocolOptions,
  type SenderKeyFormat,
  SenderKeyRecord,
  toHex,
} from '../../src/index.js';
import { InMemoryProtocolStore } from '../../src/stores/memory-stores.js';
import { parley as storageProto } from '../../src/wire/generated/storage.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
export const text = (s: string): Uint8Array => encoder.encode(s);
export const str = (b: Uint8Array): string => decoder.decode(b);
/** A fresh copy backed by its own ArrayBuffer (what libsignal-client's typings ask for). */
export const own = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

/** A Signal-format distribution id (UUID) and a WhatsApp group id used across the group tests. */
export const SIGNAL_DISTRIBUTION_ID = '6f1c2a3e-8b4d-4e5f-9a0b-1c2d3e4f5a6b';
export const WHATSAPP_GROUP_ID = '120363041234567890@g.us';
export const groupIdFor = (format: SenderKeyFormat): string => (format === 'signal' ? SIGNAL_DISTRIBUTION_ID : WHATSAPP_GROUP_ID);

/** Signature length of every sender-key message (PROTOCOL.md §5.1/§5.2). */
export const SIGNATURE_LENGTH = 64;

// ---------------------------------------------------------------------------------------------
// Generic helpers
// ---------------------------------------------------------------------------------------------

/** mulberry32: a tiny seeded PRNG, so every shuffle is reproducible from the seed in the test. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded PRNG; asserts the order actually changed (a shuffle that is the identity proves nothing). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (out.length > 2) expect(out, `seed ${seed} left the order unchanged`).not.toEqual(items);
  return out;
}

/** Awaits `operation` and returns the ProtocolError it rejected with; fails if it resolved or threw anything else. */
export async function rejection(operation: Promise<unknown> | (() => unknown), code?: ErrorCode | readonly ErrorCode[]): Promise<ProtocolError> {
  let error: unknown;
  let resolved = false;
  try {
    await (typeof operation === 'function' ? operation() : operation);
    resolved = true;
  } catch (e) {
    error = e;
  }
  if (resolved) throw new Error(`expected a ProtocolError${code === undefined ? '' : ` (${String(code)})`}, but the operation succeeded`);
  if (!(error instanceof ProtocolError)) {
    throw new Error(`expected a ProtocolError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
  }
  if (code !== undefined) expect([code].flat(), `unexpected code ${error.code}: ${error.message}`).toContain(error.code);
  return error;
}

/** Awaits `operation` and returns the (non-parley) error it rejected with. */
export async function thrown(operation: Promise<unknown> | (() => unknown)): Promise<Error> {
  try {
    await (typeof operation === 'function' ? operation() : operation);
  } catch (e) {
    if (e instanceof Error) return e;
    throw new Error(`expected an Error, got ${String(e)}`);
  }
  throw new Error('expected the operation to fail, but it succeeded');
}

/** A copy of a sender-key message with byte `index` of its 64-byte signature flipped. */
export function withFlippedSignatureByte(message: Uint8Array, index: number): Uint8Array {
  if (index < 0 || index >= SIGNATURE_LENGTH) throw new RangeError(`signature byte ${index}`);
  const out = Uint8Array.from(message);
  out[out.length - SIGNATURE_LENGTH + index]! ^= 0x01;
  return out;
}

/** A copy with byte `index` (counted from the start) XORed with 0x01. */
export function withFlippedByte(bytes: Uint8Array, index: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  out[index]! ^= 0x01;
  return out;
}

// ---------------------------------------------------------------------------------------------
// parley devices
// ---------------------------------------------------------------------------------------------

/** A parley device with its own in-memory store; `group(sender, …)` is its GroupCipher for one sender device. */
export interface ParleyDevice {
  readonly name: string;
  readonly deviceId: number;
  readonly address: ProtocolAddress;
  readonly store: InMemoryProtocolStore;
  readonly options: ProtocolOptions;
  /** This device's cipher for messages of `sender` (itself when sending) in group `distributionId`. */
  group(sender: ProtocolAddress, format: SenderKeyFormat, distributionId?: string, options?: ProtocolOptions): GroupCipher;
  /** This device's own sending cipher. */
  sending(format: SenderKeyFormat, distributionId?: string): GroupCipher;
}

export function parleyDevice(name: string, deviceId = 1, options: ProtocolOptions = {}): ParleyDevice {
  const store = new InMemoryProtocolStore(generateIdentityKeyPair(options), generateRegistrationId(options));
  const address = new ProtocolAddress(name, deviceId);
  return {
    name,
    deviceId,
    address,
    store,
    options,
    group: (sender, format, distributionId = groupIdFor(format), override = options) => new GroupCipher(store, sender, distributionId, format, override),
    sending: (format, distributionId = groupIdFor(format)) => new GroupCipher(store, address, distributionId, format, options),
  };
}

/** The stored record's bytes as hex, or undefined. */
export async function senderKeyHex(store: InMemoryProtocolStore, sender: ProtocolAddress, distributionId: string): Promise<string | undefined> {
  const record = await store.loadSenderKey(sender, distributionId);
  return record === undefined ? undefined : toHex(record.serialize());
}

type StoredState = storageProto.storage.v1.SenderKeyState.$Properties;

/** The stored record's states, decoded with parley's storage protobuf (most recent first). */
export async function storedStates(store: InMemoryProtocolStore, sender: ProtocolAddress, distributionId: string): Promise<StoredState[]> {
  const record = await store.loadSenderKey(sender, distributionId);
  if (record === undefined) return [];
  return storageProto.storage.v1.SenderKeyRecord.decode(record.serialize()).states;
}

/**
 * Rewrites the most recent state of a stored record at the protobuf level (the storage format is
 * parley's own; this is how tests reach far iterations or swap keys cheaply). The edited record
 * goes through SenderKeyRecord.deserialize, so it is a record parley itself accepts.
 */
export async function editLatestState(
  store: InMemoryProtocolStore,
  sender: ProtocolAddress,
  distributionId: string,
  edit: (state: StoredState) => void,
): Promise<void> {
  const record = await store.loadSenderKey(sender, distributionId);
  if (record === undefined) throw new Error(`no sender-key record for ${sender.toString()}`);
  const proto = storageProto.storage.v1;
  const decoded = proto.SenderKeyRecord.decode(record.serialize());
  const latest = decoded.states[0];
  if (latest === undefined) throw new Error('record has no state');
  edit(latest);
  await store.storeSenderKey(sender, distributionId, SenderKeyRecord.deserialize(proto.SenderKeyRecord.encode(decoded).finish()));
}

/** HMAC-SHA256(chain key, 0x02): the sender-key chain step (PROTOCOL.md §5.3), computed independently of parley. */
export function nextSenderChainKey(chainKey: Uint8Array): Uint8Array {
  return hmac(sha256, chainKey, Uint8Array.of(0x02));
}

/**
 * Moves a sender's own chain forward to `iteration` exactly as sending that many messages would
 * (chain key stepped with HMAC), without signing anything: the next encrypt uses `iteration`.
 */
export async function advanceOwnChain(store: InMemoryProtocolStore, self: ProtocolAddress, distributionId: string, iteration: number): Promise<void> {
  await editLatestState(store, self, distributionId, (state) => {
    if (state.signingPrivate == null || state.signingPrivate.length === 0) throw new Error('not an own (signing) state');
    let key: Uint8Array = Uint8Array.from(state.chainKey!);
    let at = state.iteration ?? 0;
    if (iteration < at) throw new Error(`cannot move a chain back from ${at} to ${iteration}`);
    for (; at < iteration; at++) key = nextSenderChainKey(key);
    state.chainKey = key;
    state.iteration = iteration;
  });
}

// ---------------------------------------------------------------------------------------------
// @signalapp/libsignal-client (Signal format)
// ---------------------------------------------------------------------------------------------

/** libsignal-client's abstract SenderKeyStore over a Map of serialized records. */
export class SignalClientSenderKeyStore extends SignalSenderKeyStoreBase {
  readonly #records = new Map<string, Uint8Array>();

  static #key(sender: SignalAddress, distributionId: string): string {
    return JSON.stringify([distributionId.toLowerCase(), sender.name(), sender.deviceId()]);
  }

  async saveSenderKey(sender: SignalAddress, distributionId: string, record: SignalSenderKeyRecord): Promise<void> {
    this.#records.set(SignalClientSenderKeyStore.#key(sender, distributionId), record.serialize());
  }

  async getSenderKey(sender: SignalAddress, distributionId: string): Promise<SignalSenderKeyRecord | null> {
    const bytes = this.#records.get(SignalClientSenderKeyStore.#key(sender, distributionId));
    return bytes === undefined ? null : SignalSenderKeyRecord.deserialize(own(bytes));
  }

  snapshot(): string {
    return [...this.#records.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}:${toHex(v)}`)
      .join('\n');
  }
}

/** A libsignal-client device: sends and receives Signal-format group messages. */
export class SignalClientDevice {
  readonly address: SignalAddress;
  readonly parleyAddress: ProtocolAddress;
  readonly store = new SignalClientSenderKeyStore();

  constructor(name: string, deviceId = 1) {
    this.address = SignalAddress.new(name, deviceId);
    this.parleyAddress = new ProtocolAddress(name, deviceId);
  }

  async createDistribution(distributionId = SIGNAL_DISTRIBUTION_ID): Promise<Uint8Array> {
    return (await SignalSkdm.create(this.address, distributionId, this.store)).serialize();
  }

  async process(sender: ProtocolAddress, skdm: Uint8Array): Promise<void> {
    await processSenderKeyDistributionMessage(SignalAddress.new(sender.name, sender.deviceId), SignalSkdm.deserialize(own(skdm)), this.store);
  }

  async encrypt(plaintext: Uint8Array, distributionId = SIGNAL_DISTRIBUTION_ID): Promise<Uint8Array> {
    return (await groupEncrypt(this.address, distributionId, this.store, own(plaintext))).serialize();
  }

  async decrypt(sender: ProtocolAddress, message: Uint8Array): Promise<Uint8Array> {
    return groupDecrypt(SignalAddress.new(sender.name, sender.deviceId), this.store, own(message));
  }
}

// ---------------------------------------------------------------------------------------------
// Baileys 6.17.16 WASignalGroup (WhatsApp format)
// ---------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
export const baileysGroup: any = require('baileys/WASignalGroup');
const baileysProto: any = require('baileys/WASignalGroup/protobufs.js');
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */

/**
 * The storage object Baileys' group classes expect (loadSenderKey/storeSenderKey keyed by the
 * SenderKeyName string). Records are kept encoded with Baileys' own SenderKeyRecordStructure and
 * decoded on every load, like a persistent store: Baileys mutates the record object it loaded.
 */
export class BaileysSenderKeyStore {
  readonly #records = new Map<string, Uint8Array>();

  async loadSenderKey(senderKeyName: string): Promise<unknown> {
    const bytes = this.#records.get(String(senderKeyName));
    if (bytes === undefined) return new baileysGroup.SenderKeyRecord();
    const decoded = baileysProto.SenderKeyRecordStructure.decode(bytes);
    return new baileysGroup.SenderKeyRecord(decoded.senderKeyStates.map(withBuffers));
  }

  async storeSenderKey(senderKeyName: string, record: { serialize(): unknown[] }): Promise<void> {
    const bytes: Uint8Array = baileysProto.SenderKeyRecordStructure.encode({ senderKeyStates: record.serialize() }).finish();
    this.#records.set(String(senderKeyName), Uint8Array.from(bytes));
  }

  snapshot(): string {
    return [...this.#records.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}:${toHex(v)}`)
      .join('\n');
  }
}

/**
 * protobufjs decodes bytes fields as plain Uint8Array in this runtime; libsignal-node (under
 * Baileys) insists on Buffer, as it gets from Baileys' own persisted records. Converts in place.
 */
function withBuffers<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (field instanceof Uint8Array && !Buffer.isBuffer(field)) record[key] = Buffer.from(field);
    else if (Array.isArray(field)) field.forEach(withBuffers);
    else if (field !== null && typeof field === 'object') withBuffers(field);
  }
  return value;
}

/** The SenderKeyName string Baileys keys records by: `group::name::device`. */
export function baileysSenderKeyName(groupId: string, sender: { name: string; deviceId: number }): string {
  return new baileysGroup.SenderKeyName(groupId, { id: sender.name, deviceId: sender.deviceId, toString: () => `${sender.name}.${sender.deviceId}` }).toString();
}

/** A Baileys device: sends and receives WhatsApp-format group messages. */
export class BaileysDevice {
  readonly name: string;
  readonly deviceId: number;
  readonly parleyAddress: ProtocolAddress;
  readonly store = new BaileysSenderKeyStore();

  constructor(name: string, deviceId = 1) {
    this.name = name;
    this.deviceId = deviceId;
    this.parleyAddress = new ProtocolAddress(name, deviceId);
  }

  async createDistribution(groupId = WHATSAPP_GROUP_ID): Promise<Uint8Array> {
    const builder = new baileysGroup.GroupSessionBuilder(this.store);
    const skdm = await builder.create(baileysSenderKeyName(groupId, this));
    return Uint8Array.from(skdm.serialize());
  }

  async process(sender: ProtocolAddress, skdm: Uint8Array, groupId = WHATSAPP_GROUP_ID): Promise<void> {
    const builder = new baileysGroup.GroupSessionBuilder(this.store);
    const message = new baileysGroup.SenderKeyDistributionMessage(null, null, null, null, Buffer.from(skdm));
    await builder.process(baileysSenderKeyName(groupId, { name: sender.name, deviceId: sender.deviceId }), message);
  }

  async encrypt(plaintext: Uint8Array, groupId = WHATSAPP_GROUP_ID): Promise<Uint8Array> {
    const cipher = new baileysGroup.GroupCipher(this.store, baileysSenderKeyName(groupId, this));
    return Uint8Array.from(await cipher.encrypt(Buffer.from(plaintext)));
  }

  async decrypt(sender: ProtocolAddress, message: Uint8Array, groupId = WHATSAPP_GROUP_ID): Promise<Uint8Array> {
    const cipher = new baileysGroup.GroupCipher(this.store, baileysSenderKeyName(groupId, { name: sender.name, deviceId: sender.deviceId }));
    return Uint8Array.from(await cipher.decrypt(Buffer.from(message)));
  }
}
