import { sha512 } from '@noble/hashes/sha2.js';
import { bytesEqual, copyBytes } from '../bytes.js';
import { ProtocolError } from '../errors.js';
import { type KeyPair, parsePublicKey, seededPrivateKey } from '../keys/curve.js';
import type { PreKeyRecord, SignedPreKeyRecord } from '../keys/identity.js';
import type { SenderKeyState } from '../group/sender-key-record.js';
import type { ReceiverChainState, SessionState } from '../session/session-state.js';
import { parley } from './generated/storage.js';

/**
 * Persisted records ↔ domain values. Every record starts with format_version; readers accept the
 * versions listed here and reject newer ones with UnsupportedVersion rather than misreading them.
 */
const proto = parley.storage.v1;
export const RECORD_FORMAT_VERSION = 1;

export interface SessionRecordValue {
  readonly current: SessionState | undefined;
  readonly archived: readonly SessionState[];
}

function fail(what: string, reason: string, cause?: unknown): never {
  throw new ProtocolError('InvalidProtobuf', `${what}: ${reason}`, {}, cause === undefined ? undefined : { cause });
}

function decodeWith<T>(what: string, bytes: Uint8Array, maxBytes: number, decode: (b: Uint8Array) => T): T {
  if (!(bytes instanceof Uint8Array)) throw new ProtocolError('InvalidArgument', `${what} expected Uint8Array`);
  if (bytes.length > maxBytes) {
    throw new ProtocolError('MessageTooLarge', `${what} expected at most ${maxBytes} bytes, got ${bytes.length}`, {
      expected: maxBytes,
      got: bytes.length,
    });
  }
  try {
    return decode(bytes);
  } catch (e) {
    return fail(what, 'not a valid protobuf', e);
  }
}

function checkFormat(what: string, version: number): void {
  if (version !== RECORD_FORMAT_VERSION) {
    throw new ProtocolError('UnsupportedVersion', `${what} expected format version ${RECORD_FORMAT_VERSION}, got ${version}`, {
      expected: RECORD_FORMAT_VERSION,
      got: version,
    });
  }
}

function bytesOf(what: string, value: Uint8Array | null | undefined, length?: number): Uint8Array {
  if (value == null || (length !== undefined && value.length !== length)) {
    fail(what, `expected ${length ?? 'some'} bytes, got ${value == null ? 'none' : value.length}`);
  }
  return copyBytes(value);
}

function num(value: number | null | undefined): number {
  return value ?? 0;
}

function finish(writer: { finish(): Uint8Array }): Uint8Array {
  // protobufjs returns views into a shared slab; hand out an independent copy.
  return copyBytes(writer.finish());
}

function keyPairToProto(pair: KeyPair): parley.storage.v1.KeyPairRecord.$Properties {
  return { publicKey: pair.publicKey, privateKey: pair.privateKey };
}

function keyPairFromProto(what: string, value: parley.storage.v1.KeyPairRecord.$Properties | null | undefined): KeyPair {
  if (value == null) fail(what, 'missing key pair');
  const publicKey = bytesOf(`${what}.publicKey`, value.publicKey, 33);
  parsePublicKey(publicKey, `${what}.publicKey`);
  return { publicKey, privateKey: bytesOf(`${what}.privateKey`, value.privateKey, 32) };
}

function stateToProto(state: SessionState): parley.storage.v1.SessionState.$Properties {
  const out: parley.storage.v1.SessionState.$Properties = {
    sessionVersion: state.version,
    localIdentityKey: state.localIdentityKey,
    remoteIdentityKey: state.remoteIdentityKey,
    rootKey: state.rootKey,
    previousCounter: state.previousCounter,
    senderChain: {
      ratchetPublic: state.senderChain.ratchetKeyPair.publicKey,
      ratchetPrivate: state.senderChain.ratchetKeyPair.privateKey,
      chainKey: { key: state.senderChain.chainKey.key, index: state.senderChain.chainKey.index },
    },
    receiverChains: state.receiverChains.map((chain) => ({
      ratchetPublic: chain.ratchetPublic,
      chainKey: { key: chain.chainKey.key, index: chain.chainKey.index },
      skipped: [...chain.skipped].map(([counter, seed]) => ({ counter, seed })),
    })),
    localRegistrationId: state.localRegistrationId,
    remoteRegistrationId: state.remoteRegistrationId,
    aliceBaseKey: state.aliceBaseKey,
  };
  if (state.pendingPreKey !== undefined) {
    const pending = state.pendingPreKey;
    out.pendingPreKey = {
      hasPreKeyId: pending.preKeyId !== undefined,
      preKeyId: pending.preKeyId ?? 0,
      signedPreKeyId: pending.signedPreKeyId,
      baseKey: pending.baseKey,
      createdAtMs: pending.createdAtMs,
    };
  }
  return out;
}

function stateFromProto(what: string, value: parley.storage.v1.SessionState.$Properties): SessionState {
  const sender = value.senderChain;
  if (sender == null || sender.chainKey == null) fail(what, 'missing sender chain');
  const senderPublic = bytesOf(`${what}.senderChain.ratchetPublic`, sender.ratchetPublic, 33);
  const receiverChains: ReceiverChainState[] = (value.receiverChains ?? []).map((chain, i) => {
    if (chain.chainKey == null) fail(what, `receiver chain ${i} has no chain key`);
    const skipped = new Map<number, Uint8Array>();
    for (const entry of chain.skipped ?? []) skipped.set(num(entry.counter), bytesOf(`${what}.skipped`, entry.seed, 32));
    return {
      ratchetPublic: bytesOf(`${what}.receiverChains.ratchetPublic`, chain.ratchetPublic, 33),
      chainKey: { key: bytesOf(`${what}.receiverChains.chainKey`, chain.chainKey.key, 32), index: num(chain.chainKey.index) },
      skipped,
    };
  });
  const state: SessionState = {
    version: num(value.sessionVersion),
    localIdentityKey: bytesOf(`${what}.localIdentityKey`, value.localIdentityKey, 33),
    remoteIdentityKey: bytesOf(`${what}.remoteIdentityKey`, value.remoteIdentityKey, 33),
    rootKey: bytesOf(`${what}.rootKey`, value.rootKey, 32),
    previousCounter: num(value.previousCounter),
    senderChain: {
      ratchetKeyPair: { publicKey: senderPublic, privateKey: bytesOf(`${what}.senderChain.ratchetPrivate`, sender.ratchetPrivate, 32) },
      chainKey: { key: bytesOf(`${what}.senderChain.chainKey`, sender.chainKey.key, 32), index: num(sender.chainKey.index) },
    },
    receiverChains,
    localRegistrationId: num(value.localRegistrationId),
    remoteRegistrationId: num(value.remoteRegistrationId),
    aliceBaseKey: bytesOf(`${what}.aliceBaseKey`, value.aliceBaseKey, 33),
  };
  const pending = value.pendingPreKey;
  if (pending != null) {
    state.pendingPreKey = {
      signedPreKeyId: num(pending.signedPreKeyId),
      baseKey: bytesOf(`${what}.pendingPreKey.baseKey`, pending.baseKey, 33),
      createdAtMs: num(pending.createdAtMs),
      ...(pending.hasPreKeyId === true ? { preKeyId: num(pending.preKeyId) } : {}),
    };
  }
  return state;
}

export function encodeSessionRecord(record: SessionRecordValue): Uint8Array {
  const value: parley.storage.v1.SessionRecord.$Properties = {
    formatVersion: RECORD_FORMAT_VERSION,
    archived: record.archived.map(stateToProto),
  };
  if (record.current !== undefined) value.current = stateToProto(record.current);
  return finish(proto.SessionRecord.encode(value));
}

export function decodeSessionRecord(bytes: Uint8Array, maxBytes: number): SessionRecordValue {
  const what = 'SessionRecord';
  const value = decodeWith(what, bytes, maxBytes, (b) => proto.SessionRecord.decode(b));
  checkFormat(what, value.formatVersion);
  return {
    current: value.current == null ? undefined : stateFromProto(`${what}.current`, value.current),
    archived: value.archived.map((s, i) => stateFromProto(`${what}.archived[${i}]`, s)),
  };
}

export function encodePreKeyRecord(record: PreKeyRecord): Uint8Array {
  return finish(proto.PreKeyRecord.encode({ formatVersion: RECORD_FORMAT_VERSION, id: record.id, keyPair: keyPairToProto(record.keyPair) }));
}

export function decodePreKeyRecord(bytes: Uint8Array): PreKeyRecord {
  const what = 'PreKeyRecord';
  const value = decodeWith(what, bytes, 4096, (b) => proto.PreKeyRecord.decode(b));
  checkFormat(what, value.formatVersion);
  return { id: value.id, keyPair: keyPairFromProto(`${what}.keyPair`, value.keyPair) };
}

export function encodeSignedPreKeyRecord(record: SignedPreKeyRecord): Uint8Array {
  return finish(
    proto.SignedPreKeyRecord.encode({
      formatVersion: RECORD_FORMAT_VERSION,
      id: record.id,
      keyPair: keyPairToProto(record.keyPair),
      signature: record.signature,
      timestampMs: record.timestamp,
    }),
  );
}

export function decodeSignedPreKeyRecord(bytes: Uint8Array): SignedPreKeyRecord {
  const what = 'SignedPreKeyRecord';
  const value = decodeWith(what, bytes, 4096, (b) => proto.SignedPreKeyRecord.decode(b));
  checkFormat(what, value.formatVersion);
  return {
    id: value.id,
    keyPair: keyPairFromProto(`${what}.keyPair`, value.keyPair),
    signature: bytesOf(`${what}.signature`, value.signature, 64),
    timestamp: value.timestampMs,
  };
}

export function encodeIdentityKeyPair(pair: KeyPair): Uint8Array {
  return finish(proto.IdentityKeyPairRecord.encode({ formatVersion: RECORD_FORMAT_VERSION, keyPair: keyPairToProto(pair) }));
}

export function decodeIdentityKeyPair(bytes: Uint8Array): KeyPair {
  const what = 'IdentityKeyPairRecord';
  const value = decodeWith(what, bytes, 4096, (b) => proto.IdentityKeyPairRecord.decode(b));
  checkFormat(what, value.formatVersion);
  return keyPairFromProto(`${what}.keyPair`, value.keyPair);
}

export function encodeSenderKeyRecord(states: readonly SenderKeyState[]): Uint8Array {
  return finish(
    proto.SenderKeyRecord.encode({
      formatVersion: RECORD_FORMAT_VERSION,
      states: states.map((state) => {
        const out: parley.storage.v1.SenderKeyState.$Properties = {
          chainId: state.chainId,
          iteration: state.chainKey.index,
          chainKey: state.chainKey.key,
          signingPublic: state.signingPublic,
          skipped: [...state.skipped].map(([iteration, seed]) => ({ iteration, seed })),
        };
        if (state.signingPrivate !== undefined) out.signingPrivate = state.signingPrivate;
        if (state.signingSeed !== undefined) out.signingSeed = state.signingSeed;
        return out;
      }),
    }),
  );
}

export function decodeSenderKeyRecord(bytes: Uint8Array, maxBytes: number): SenderKeyState[] {
  const what = 'SenderKeyRecord';
  const value = decodeWith(what, bytes, maxBytes, (b) => proto.SenderKeyRecord.decode(b));
  checkFormat(what, value.formatVersion);
  return value.states.map((state, i) => {
    const at = `${what}.states[${i}]`;
    const skipped = new Map<number, Uint8Array>();
    for (const entry of state.skipped ?? []) skipped.set(num(entry.iteration), bytesOf(`${at}.skipped`, entry.seed, 32));
    const signingPublic = bytesOf(`${at}.signingPublic`, state.signingPublic, 33);
    parsePublicKey(signingPublic, `${at}.signingPublic`);
    const out: SenderKeyState = {
      chainId: num(state.chainId),
      chainKey: { key: bytesOf(`${at}.chainKey`, state.chainKey, 32), index: num(state.iteration) },
      signingPublic,
      skipped,
      ...(state.signingPrivate != null && state.signingPrivate.length > 0
        ? { signingPrivate: bytesOf(`${at}.signingPrivate`, state.signingPrivate, 32) }
        : {}),
    };
    if (state.signingSeed != null && state.signingSeed.length > 0) {
      const seed = bytesOf(`${at}.signingSeed`, state.signingSeed, 32);
      // The seed must expand to the stored private key, or native signing would sign with another key.
      if (out.signingPrivate === undefined || !bytesEqual(seededPrivateKey({ sha512 }, seed), out.signingPrivate)) {
        fail(`${at}.signingSeed`, 'expected the seed of signingPrivate');
      }
      return { ...out, signingSeed: seed };
    }
    return out;
  });
}
