import type { ProtocolAddress } from '../address.js';
import { bytesEqual } from '../bytes.js';
import { type ProtocolOptions, type ResolvedOptions, resolveOptions } from '../config.js';
import { callStore, ProtocolError } from '../errors.js';
import { acceptSession } from '../handshake/x3dh.js';
import { type KeyedMutex, mutexFor } from '../internal/keyed-mutex.js';
import { assertPlaintext } from '../limits.js';
import { assertHandshakeKey } from '../keys/curve.js';
import { ratchetDecrypt, ratchetEncrypt } from '../ratchet/double-ratchet.js';
import type { ProtocolStore } from '../stores/store-interfaces.js';
import {
  decodePreKeySignalMessage,
  decodeSignalMessage,
  encodePreKeySignalMessage,
  type ParsedPreKeySignalMessage,
  type ParsedSignalMessage,
} from '../wire/message-codec.js';
import { SessionRecord } from './session-record.js';
import { cloneSessionState, type SessionState } from './session-state.js';

/** 'prekey': a PreKeySignalMessage (session not yet acknowledged); 'message': a SignalMessage. */
export type CiphertextType = 'prekey' | 'message';

export interface CiphertextMessage {
  readonly type: CiphertextType;
  readonly body: Uint8Array;
}

/**
 * Encrypts to and decrypts from one remote device over its session record. Every operation on an
 * address runs alone (serialized with every other cipher on the same store object), computes on
 * a copy of the state, verifies MAC, trust and keys, and only then writes to the stores: a failed
 * operation leaves every store exactly as it was.
 */
export class SessionCipher {
  readonly #store: ProtocolStore;
  readonly #address: ProtocolAddress;
  readonly #env: ResolvedOptions;
  readonly #mutex: KeyedMutex;

  constructor(store: ProtocolStore, remoteAddress: ProtocolAddress, options?: ProtocolOptions) {
    this.#store = store;
    this.#address = remoteAddress;
    this.#env = resolveOptions(options);
    this.#mutex = mutexFor(store);
  }

  get remoteAddress(): ProtocolAddress {
    return this.#address;
  }

  /**
   * Encrypts `plaintext` on the current session; the session is stored before the ciphertext is
   * returned, so a message key is never handed out twice.
   *
   * @throws ProtocolError SessionNotFound, UntrustedIdentity, InvalidArgument, InvalidState, StoreFailure
   */
  async encrypt(plaintext: Uint8Array): Promise<CiphertextMessage> {
    assertPlaintext(plaintext, this.#env.limits);
    return this.#locked(async () => {
      const record = await this.#loadRecord();
      const current = record?.current;
      if (record === undefined || current === undefined) throw this.#noSession('encrypt');
      if (this.#isExpired(current)) throw this.#noSession('encrypt', 'the session was never acknowledged and has expired');
      const pending = current.pendingPreKey;
      await this.#requireTrusted(current.remoteIdentityKey, 'sending');
      const state = cloneSessionState(current);
      const signalMessage = ratchetEncrypt(this.#env, state, plaintext);
      const result: CiphertextMessage =
        pending === undefined
          ? { type: 'message', body: signalMessage }
          : {
              type: 'prekey',
              body: encodePreKeySignalMessage({
                registrationId: state.localRegistrationId,
                signedPreKeyId: pending.signedPreKeyId,
                baseKey: pending.baseKey,
                identityKey: state.localIdentityKey,
                message: signalMessage,
                ...(pending.preKeyId === undefined ? {} : { preKeyId: pending.preKeyId }),
              }),
            };
      await callStore('storeSession', () => this.#store.storeSession(this.#address, record.withPromoted(0, state)));
      return result;
    });
  }

  /** Decrypts either kind of message. */
  async decrypt(message: CiphertextMessage): Promise<Uint8Array> {
    if (message?.type === 'prekey') return this.decryptPreKeyMessage(message.body);
    if (message?.type === 'message') return this.decryptMessage(message.body);
    throw new ProtocolError('InvalidArgument', `message.type expected 'prekey' or 'message', got ${String(message?.type)}`, { field: 'type' });
  }

  /**
   * Decrypts a SignalMessage with the current session, else with each archived one (a session
   * that works becomes current).
   *
   * @throws ProtocolError SessionNotFound, BadMac, DuplicateMessage, TooFarInFuture, InvalidMessage,
   *   InvalidProtobuf, UnsupportedVersion, MessageTooLarge, InvalidKey, UntrustedIdentity, StoreFailure
   */
  async decryptMessage(serialized: Uint8Array): Promise<Uint8Array> {
    const message = decodeSignalMessage(serialized, this.#env.limits.maxMessageBytes);
    return this.#locked(async () => {
      const record = await this.#loadRecord();
      if (record === undefined || record.states().length === 0) throw this.#noSession('decrypt');
      const { position, state, plaintext } = this.#decryptWithRecord(record, message);
      await this.#commitDecrypt(record.withPromoted(position, state), state);
      return plaintext;
    });
  }

  /**
   * Decrypts a PreKeySignalMessage: through the existing session with the same base key if there
   * is one (a repeated first message), else by accepting a new session (X3DH as responder). The
   * one-time prekey is removed only after the message has decrypted and the session is stored.
   *
   * @throws ProtocolError UntrustedIdentity, InvalidPreKeyId, InvalidSignedPreKeyId, BadMac,
   *   DuplicateMessage, InvalidMessage, InvalidProtobuf, UnsupportedVersion, InvalidKey, StoreFailure
   */
  async decryptPreKeyMessage(serialized: Uint8Array): Promise<Uint8Array> {
    const message = decodePreKeySignalMessage(serialized, this.#env.limits.maxMessageBytes);
    return this.#locked(async () => {
      const record = (await this.#loadRecord()) ?? SessionRecord.empty();
      const position = record.findByBaseKey(message.baseKey, message.versionByte >> 4);
      if (position >= 0) {
        const existing = record.states()[position]!;
        if (!bytesEqual(existing.remoteIdentityKey, message.identityKey)) {
          throw new ProtocolError('InvalidMessage', 'PreKey message reuses a base key with a different identity key');
        }
        const state = cloneSessionState(existing);
        const plaintext = ratchetDecrypt(this.#env, state, message.message);
        await this.#commitDecrypt(record.withPromoted(position, state), state);
        return plaintext;
      }
      const { state, plaintext } = await this.#acceptNewSession(message);
      await this.#commitDecrypt(record.withNewCurrent(state, this.#env.limits.maxArchivedStates), state);
      if (message.preKeyId !== undefined) {
        const preKeyId = message.preKeyId;
        // The session is committed: failing to delete the used prekey must not lose the message.
        await Promise.resolve()
          .then(() => this.#store.removePreKey(preKeyId))
          .catch(() => undefined);
      }
      return plaintext;
    });
  }

  /** True when there is a current session usable for sending (present and not expired unacknowledged). */
  async hasOpenSession(): Promise<boolean> {
    const current = (await this.#loadRecord())?.current;
    return current !== undefined && !this.#isExpired(current);
  }

  /** An initiated session with no reply for longer than maxUnacknowledgedSessionAgeMs. */
  #isExpired(state: SessionState): boolean {
    const pending = state.pendingPreKey;
    return pending !== undefined && this.#env.context.now() - pending.createdAtMs > this.#env.limits.maxUnacknowledgedSessionAgeMs;
  }

  async #acceptNewSession(message: ParsedPreKeySignalMessage): Promise<{ state: SessionState; plaintext: Uint8Array }> {
    const store = this.#store;
    await this.#requireTrusted(message.identityKey, 'receiving');
    assertHandshakeKey(this.#env.crypto, message.baseKey, 'baseKey');
    assertHandshakeKey(this.#env.crypto, message.identityKey, 'identityKey');
    const signedPreKey = await callStore('loadSignedPreKey', () => store.loadSignedPreKey(message.signedPreKeyId));
    if (signedPreKey === undefined) {
      throw new ProtocolError('InvalidSignedPreKeyId', `no signed prekey with id ${message.signedPreKeyId}`, { got: message.signedPreKeyId });
    }
    let oneTimePreKey;
    if (message.preKeyId !== undefined) {
      const preKeyId = message.preKeyId;
      oneTimePreKey = await callStore('loadPreKey', () => store.loadPreKey(preKeyId));
      if (oneTimePreKey === undefined) {
        throw new ProtocolError('InvalidPreKeyId', `no one-time prekey with id ${preKeyId}`, { got: preKeyId });
      }
    }
    const ourIdentity = await callStore('getIdentityKeyPair', () => store.getIdentityKeyPair());
    const localRegistrationId = await callStore('getLocalRegistrationId', () => store.getLocalRegistrationId());
    const state = acceptSession(this.#env, {
      ourIdentity,
      ourSignedPreKey: signedPreKey.keyPair,
      theirIdentityKey: message.identityKey,
      theirBaseKey: message.baseKey,
      localRegistrationId,
      remoteRegistrationId: message.registrationId,
      ...(oneTimePreKey === undefined ? {} : { ourOneTimePreKey: oneTimePreKey.keyPair }),
    });
    const plaintext = ratchetDecrypt(this.#env, state, message.message);
    return { state, plaintext };
  }

  /**
   * Tries the current state, then each archived one; DuplicateMessage stops the search. A ratchet
   * key belongs to one session only, so a state that already knows it is the only candidate.
   * Otherwise every state must try a DH step; archived ones may then skip at most
   * maxSkippedKeysPerChain keys, which bounds what one forged message can cost against a full
   * record (41 states) to one full jump plus 40 short ones.
   */
  #decryptWithRecord(record: SessionRecord, message: ParsedSignalMessage): { position: number; state: SessionState; plaintext: Uint8Array } {
    const states = record.states();
    const version = message.versionByte >> 4;
    const owner = states.findIndex((s) => s.version === version && s.receiverChains.some((c) => bytesEqual(c.ratchetPublic, message.ratchetKey)));
    const positions = owner >= 0 ? [owner] : states.map((_, i) => i).filter((i) => states[i]!.version === version);
    let firstError: unknown;
    for (const position of positions) {
      const state = cloneSessionState(states[position]!);
      try {
        const plaintext = ratchetDecrypt(position === 0 || owner >= 0 ? this.#env : this.#archivedEnv(), state, message);
        // A message from the peer proves it has the session: stop sending PreKey messages.
        delete state.pendingPreKey;
        return { position, state, plaintext };
      } catch (e) {
        if (ProtocolError.is(e, 'DuplicateMessage')) throw e;
        firstError ??= e;
      }
    }
    if (firstError !== undefined) throw firstError;
    throw new ProtocolError('UnsupportedVersion', `no session with message version ${version}`, { got: version });
  }

  /** Options for trying an archived state: its jump is capped at maxSkippedKeysPerChain. */
  #archivedEnv(): ResolvedOptions {
    const { limits } = this.#env;
    return { ...this.#env, limits: { ...limits, maxForwardJump: Math.min(limits.maxForwardJump, limits.maxSkippedKeysPerChain) } };
  }

  /** Trust check, then the writes. `state` is the (new) current state of `record`. */
  async #commitDecrypt(record: SessionRecord, state: SessionState): Promise<void> {
    await this.#requireTrusted(state.remoteIdentityKey, 'receiving');
    await callStore('saveIdentity', () => this.#store.saveIdentity(this.#address, state.remoteIdentityKey));
    await callStore('storeSession', () => this.#store.storeSession(this.#address, record));
  }

  async #requireTrusted(identityKey: Uint8Array, direction: 'sending' | 'receiving'): Promise<void> {
    const trusted = await callStore('isTrustedIdentity', () => this.#store.isTrustedIdentity(this.#address, identityKey, direction));
    if (trusted !== true) {
      throw new ProtocolError('UntrustedIdentity', `identity key of ${this.#address.toString()} is not trusted`, {
        address: this.#address.toString(),
      });
    }
  }

  #loadRecord(): Promise<SessionRecord | undefined> {
    return callStore('loadSession', () => this.#store.loadSession(this.#address));
  }

  #noSession(operation: string, why = 'no session'): ProtocolError {
    return new ProtocolError('SessionNotFound', `${operation}: ${why} for ${this.#address.toString()}`, {
      address: this.#address.toString(),
      operation,
    });
  }

  #locked<T>(operation: () => Promise<T>): Promise<T> {
    return this.#mutex.run(this.#address.toString(), operation);
  }
}
