/**
 * Shared helpers for the RELIABILITY.md §6 scenario tests and the fuzz tests: text codecs,
 * session establishment, typed-rejection assertions, store snapshots, wire-message surgery
 * (decode → change a field → re-encode) and a few store wrappers (slow, write-recording).
 */
import { expect } from 'vitest';
import {
  type ErrorCode,
  type ErrorFamily,
  generateIdentityKeyPair,
  type PreKeyBundle,
  processPreKeyBundle,
  ProtocolError,
  type ProtocolAddress,
  type ProtocolOptions,
  type ProtocolStore,
  type SessionCipher,
  SessionRecord,
  toHex,
} from '../../src/index.js';
import type { InMemoryProtocolStore } from '../../src/stores/memory-stores.js';
import type { IdentityKeyPair, PreKeyRecord, SignedPreKeyRecord } from '../../src/keys/identity.js';
import { encodePreKeySignalMessage, encodeSignalMessageBody } from '../../src/wire/message-codec.js';
import { parley as storageProto } from '../../src/wire/generated/storage.js';
import { parley as wireProto } from '../../src/wire/generated/wire.js';

export const MAC_LENGTH = 8;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
export const text = (s: string): Uint8Array => encoder.encode(s);
export const str = (b: Uint8Array): string => decoder.decode(b);

/** Anything createParty or createDeterministicParty returns. */
export interface PartyLike {
  readonly name: string;
  readonly address: ProtocolAddress;
  readonly store: InMemoryProtocolStore;
  readonly options: ProtocolOptions;
  bundle(opts?: { withPreKey?: boolean }): Promise<PreKeyBundle>;
  cipherFor(peer: { address: ProtocolAddress }): SessionCipher;
}

/**
 * Alice processes Bob's bundle, sends a PreKey message, Bob replies and Alice reads the reply:
 * afterwards both sides have an acknowledged session and Alice's next message starts a new chain.
 */
export async function establish(alice: PartyLike, bob: PartyLike): Promise<{ a: SessionCipher; b: SessionCipher }> {
  await processPreKeyBundle(alice.store, bob.address, await bob.bundle(), alice.options);
  const a = alice.cipherFor(bob);
  const b = bob.cipherFor(alice);
  const first = await a.encrypt(text('hello'));
  expect(first.type).toBe('prekey');
  expect(str(await b.decrypt(first))).toBe('hello');
  const reply = await b.encrypt(text('hi'));
  expect(reply.type).toBe('message');
  expect(str(await a.decrypt(reply))).toBe('hi');
  return { a, b };
}

/** Awaits `operation` and returns the ProtocolError it rejected with; fails the test otherwise. */
export async function rejection(
  operation: Promise<unknown> | (() => unknown),
  codes?: ErrorCode | readonly ErrorCode[],
  family?: ErrorFamily,
): Promise<ProtocolError> {
  let error: unknown;
  let resolved = false;
  try {
    await (typeof operation === 'function' ? operation() : operation);
    resolved = true;
  } catch (e) {
    error = e;
  }
  if (resolved) throw new Error(`expected a ProtocolError${codes === undefined ? '' : ` (${String(codes)})`}, but the operation succeeded`);
  if (!(error instanceof ProtocolError)) {
    throw new Error(`expected a ProtocolError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
  }
  if (codes !== undefined) expect([codes].flat(), `unexpected code ${error.code}: ${error.message}`).toContain(error.code);
  if (family !== undefined) expect(error.family, `unexpected family for ${error.code}: ${error.message}`).toBe(family);
  return error;
}

/** Snapshots of several stores, for before/after equality. */
export function snapshots(...parties: readonly { store: InMemoryProtocolStore }[]): string[] {
  return parties.map((p) => p.store.snapshot());
}

/** A SignalMessage taken apart: version byte, decoded protobuf fields and the MAC. */
export interface SignalParts {
  version: number;
  ratchetKey: Uint8Array;
  counter: number;
  previousCounter: number;
  ciphertext: Uint8Array;
  mac: Uint8Array;
}

export function parseSignal(body: Uint8Array): SignalParts {
  const decoded = wireProto.wire.v1.SignalMessage.decode(body.subarray(1, body.length - MAC_LENGTH));
  return {
    version: body[0]!,
    ratchetKey: Uint8Array.from(decoded.ratchetKey),
    counter: decoded.counter,
    previousCounter: decoded.previousCounter,
    ciphertext: Uint8Array.from(decoded.ciphertext),
    mac: Uint8Array.from(body.subarray(body.length - MAC_LENGTH)),
  };
}

/** version ‖ protobuf ‖ mac, with the protobuf written by parley's own encoder. */
export function buildSignal(parts: SignalParts): Uint8Array {
  const macInput = encodeSignalMessageBody(parts);
  macInput[0] = parts.version;
  const out = new Uint8Array(macInput.length + parts.mac.length);
  out.set(macInput);
  out.set(parts.mac, macInput.length);
  return out;
}

export interface PreKeyParts {
  version: number;
  registrationId: number;
  preKeyId?: number;
  signedPreKeyId: number;
  baseKey: Uint8Array;
  identityKey: Uint8Array;
  message: Uint8Array;
}

export function parsePreKey(body: Uint8Array): PreKeyParts {
  const decoded = wireProto.wire.v1.PreKeySignalMessage.decode(body.subarray(1));
  const parts: PreKeyParts = {
    version: body[0]!,
    registrationId: decoded.registrationId,
    signedPreKeyId: decoded.signedPreKeyId,
    baseKey: Uint8Array.from(decoded.baseKey),
    identityKey: Uint8Array.from(decoded.identityKey),
    message: Uint8Array.from(decoded.message),
  };
  if (Object.prototype.hasOwnProperty.call(decoded, 'preKeyId')) parts.preKeyId = decoded.preKeyId;
  return parts;
}

export function buildPreKey(parts: PreKeyParts): Uint8Array {
  const { version, preKeyId, ...rest } = parts;
  const out = encodePreKeySignalMessage({ ...rest, ...(preKeyId === undefined ? {} : { preKeyId }) });
  out[0] = version;
  return out;
}

export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}

/** A fresh, valid, serialized (0x05-prefixed) Curve25519 public key. */
export function freshPublicKey(): Uint8Array {
  return generateIdentityKeyPair().publicKey;
}

export function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  out[bit >> 3]! ^= 1 << (bit & 7);
  return out;
}

export function withByte(bytes: Uint8Array, index: number, value: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  out[index] = value;
  return out;
}

/** Hex of every state of a record, current first then archived (most recent first). */
export function stateHexes(record: SessionRecord | undefined): string[] {
  if (record === undefined) return [];
  const proto = storageProto.storage.v1;
  const decoded = proto.SessionRecord.decode(record.serialize());
  const states = decoded.current == null ? [] : [decoded.current];
  states.push(...decoded.archived);
  return states.map((s) => toHex(proto.SessionState.encode(s).finish()));
}

/**
 * Re-serializes a stored record with its current state edited at the protobuf level (the storage
 * format is parley's own, so this is how a test crafts states the protocol cannot reach quickly).
 */
export function editCurrentState(
  record: SessionRecord,
  edit: (state: storageProto.storage.v1.SessionState.$Properties) => void,
): SessionRecord {
  const proto = storageProto.storage.v1;
  const decoded = proto.SessionRecord.decode(record.serialize());
  if (decoded.current == null) throw new Error('record has no current state');
  edit(decoded.current);
  return SessionRecord.deserialize(proto.SessionRecord.encode(decoded).finish());
}

/** Deterministic shuffle (mulberry32), so failures are reproducible from the seed in the test. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A ProtocolStore over an InMemoryProtocolStore that awaits a timer before every call (delays
 * cycle through `delaysMs`), so concurrent operations interleave at every await unless parley
 * serializes them. Also counts write calls.
 */
export class SlowStore implements ProtocolStore {
  readonly inner: InMemoryProtocolStore;
  readonly writes: string[] = [];
  readonly #delays: readonly number[];
  #call = 0;

  constructor(inner: InMemoryProtocolStore, delaysMs: readonly number[] = [3, 0, 1, 5, 2]) {
    this.inner = inner;
    this.#delays = delaysMs;
  }

  async #pause(): Promise<void> {
    const ms = this.#delays[this.#call++ % this.#delays.length]!;
    if (ms > 0) await sleep(ms);
  }

  snapshot(): string {
    return this.inner.snapshot();
  }

  async getIdentityKeyPair(): Promise<IdentityKeyPair> {
    await this.#pause();
    return this.inner.getIdentityKeyPair();
  }
  async getLocalRegistrationId(): Promise<number> {
    await this.#pause();
    return this.inner.getLocalRegistrationId();
  }
  async isTrustedIdentity(address: ProtocolAddress, identityKey: Uint8Array, direction: 'sending' | 'receiving'): Promise<boolean> {
    await this.#pause();
    return this.inner.isTrustedIdentity(address, identityKey, direction);
  }
  async saveIdentity(address: ProtocolAddress, identityKey: Uint8Array): Promise<boolean> {
    this.writes.push(`saveIdentity ${address.toString()}`);
    await this.#pause();
    return this.inner.saveIdentity(address, identityKey);
  }
  async getIdentity(address: ProtocolAddress): Promise<Uint8Array | undefined> {
    await this.#pause();
    return this.inner.getIdentity(address);
  }
  async loadPreKey(id: number): Promise<PreKeyRecord | undefined> {
    await this.#pause();
    return this.inner.loadPreKey(id);
  }
  async storePreKey(id: number, record: PreKeyRecord): Promise<void> {
    this.writes.push(`storePreKey ${id}`);
    await this.#pause();
    return this.inner.storePreKey(id, record);
  }
  async removePreKey(id: number): Promise<void> {
    this.writes.push(`removePreKey ${id}`);
    await this.#pause();
    return this.inner.removePreKey(id);
  }
  async loadSignedPreKey(id: number): Promise<SignedPreKeyRecord | undefined> {
    await this.#pause();
    return this.inner.loadSignedPreKey(id);
  }
  async storeSignedPreKey(id: number, record: SignedPreKeyRecord): Promise<void> {
    this.writes.push(`storeSignedPreKey ${id}`);
    await this.#pause();
    return this.inner.storeSignedPreKey(id, record);
  }
  async loadSession(address: ProtocolAddress): Promise<SessionRecord | undefined> {
    await this.#pause();
    return this.inner.loadSession(address);
  }
  async storeSession(address: ProtocolAddress, record: SessionRecord): Promise<void> {
    this.writes.push(`storeSession ${address.toString()}`);
    await this.#pause();
    return this.inner.storeSession(address, record);
  }
}

/** A write-recording store without delays. */
export function recordingStore(inner: InMemoryProtocolStore): SlowStore {
  return new SlowStore(inner, [0]);
}

export function toHexes(items: readonly Uint8Array[]): string[] {
  return items.map((b) => toHex(b));
}
