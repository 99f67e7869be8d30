import type { ProtocolAddress } from '../address.js';
import { bytesEqual, fromHex, toHex } from '../bytes.js';
import { type ProtocolOptions, type ResolvedOptions, resolveOptions } from '../config.js';
import { callStore, ProtocolError } from '../errors.js';
import { type KeyedMutex, mutexFor } from '../internal/keyed-mutex.js';
import { generateSeededKeyPair, signOwn, verify } from '../keys/curve.js';
import { assertPlaintext, MAX_COUNTER } from '../limits.js';
import { takeMessageKeySeed } from '../ratchet/chain.js';
import { chainStep, deriveSenderMessageKeys } from '../ratchet/kdf.js';
import type { SenderKeyStore } from '../stores/store-interfaces.js';
import {
  decodeSenderKeyDistributionMessage,
  decodeSenderKeyMessage,
  encodeSenderKeyDistributionMessage,
  encodeSenderKeyMessageWithSignatureSlot,
  type SenderKeyFormat,
} from '../wire/sender-key-codec.js';
import { SenderKeyRecord, type SenderKeyState } from './sender-key-record.js';

export type { SenderKeyFormat };

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Group messaging with sender keys (PROTOCOL.md §5) for one sender device in one group: the
 * sender creates a distribution message and encrypts once per message; every member decrypts
 * with the state the distribution message gave it. The signature is verified before the chain
 * advances, and a failed decrypt leaves the store unchanged.
 *
 * `distributionId` is the group id (any string) for the WhatsApp format, and the distribution
 * UUID (`xxxxxxxx-xxxx-…`) for the Signal format, whose messages carry it.
 */
export class GroupCipher {
  readonly #store: SenderKeyStore;
  readonly #sender: ProtocolAddress;
  readonly #distributionId: string;
  readonly #uuid: Uint8Array | undefined;
  readonly #format: SenderKeyFormat;
  readonly #env: ResolvedOptions;
  readonly #mutex: KeyedMutex;
  readonly #lockKey: string;

  constructor(store: SenderKeyStore, sender: ProtocolAddress, distributionId: string, format: SenderKeyFormat, options?: ProtocolOptions) {
    if (format !== 'whatsapp' && format !== 'signal') {
      throw new ProtocolError('InvalidArgument', `"format" expected 'whatsapp' or 'signal', got ${String(format)}`, { field: 'format' });
    }
    if (typeof distributionId !== 'string' || distributionId.length === 0 || distributionId.length > 256) {
      throw new ProtocolError('InvalidArgument', '"distributionId" expected a string of 1..256 characters', { field: 'distributionId' });
    }
    if (format === 'signal' && !UUID_PATTERN.test(distributionId)) {
      throw new ProtocolError('InvalidArgument', `"distributionId" expected a UUID for the Signal format, got "${distributionId}"`, {
        field: 'distributionId',
      });
    }
    this.#store = store;
    this.#sender = sender;
    this.#format = format;
    this.#distributionId = format === 'signal' ? distributionId.toLowerCase() : distributionId;
    this.#uuid = format === 'signal' ? fromHex(this.#distributionId.replace(/-/g, '')) : undefined;
    this.#env = resolveOptions(options);
    this.#mutex = mutexFor(store);
    this.#lockKey = JSON.stringify(['sender-key', this.#distributionId, sender.toString()]);
  }

  get format(): SenderKeyFormat {
    return this.#format;
  }

  /**
   * Sender side (`sender` is this device): the distribution message for this group, creating a
   * sender key on first use. It carries the current iteration and chain key, so a member who
   * receives it later cannot read earlier messages.
   */
  async createDistributionMessage(): Promise<Uint8Array> {
    return this.#locked(async () => {
      const record = (await this.#load()) ?? SenderKeyRecord.empty();
      let state = record.ownState();
      if (state === undefined) {
        state = this.#newOwnState();
        await this.#save(record.withAdded(state));
      }
      return this.#distributionFor(state);
    });
  }

  /**
   * Sender side: replaces this device's sender key with a new one (new chain id, chain key and
   * signing key) and drops the old private state, so members removed from now on cannot read
   * later messages. Returns the new distribution message for the remaining members.
   */
  async rotate(): Promise<Uint8Array> {
    return this.#locked(async () => {
      const state = this.#newOwnState();
      await this.#save(SenderKeyRecord.empty().withAdded(state));
      return this.#distributionFor(state);
    });
  }

  /**
   * Receiver side: stores the sender state from a distribution message. One with the chain id and
   * signing key of a known state changes nothing; the same chain id with another signing key
   * replaces it; at most five states are kept per sender device.
   *
   * @throws ProtocolError InvalidMessage, InvalidProtobuf, UnsupportedVersion, InvalidKey, StoreFailure
   */
  async processDistributionMessage(serialized: Uint8Array): Promise<void> {
    const message = decodeSenderKeyDistributionMessage(serialized, this.#format, this.#env.limits.maxMessageBytes);
    this.#checkDistributionId(message.distributionId);
    if (message.iteration >= MAX_COUNTER) {
      throw new ProtocolError('InvalidMessage', `iteration expected below ${MAX_COUNTER}, got ${message.iteration}`, { counter: message.iteration });
    }
    await this.#locked(async () => {
      const record = (await this.#load()) ?? SenderKeyRecord.empty();
      const known = record.find(message.chainId);
      if (known !== undefined && bytesEqual(known.signingPublic, message.signingKey)) return;
      const state: SenderKeyState = {
        chainId: message.chainId,
        chainKey: { key: message.chainKey, index: message.iteration },
        signingPublic: message.signingKey,
        skipped: new Map(),
      };
      await this.#save(record.withAdded(state));
    });
  }

  /**
   * Sender side: encrypts one group message (signed with this device's sender signing key).
   *
   * @throws ProtocolError SessionNotFound (no sender key yet), InvalidState, MessageTooLarge, StoreFailure
   */
  async encrypt(plaintext: Uint8Array): Promise<Uint8Array> {
    assertPlaintext(plaintext, this.#env.limits);
    return this.#locked(async () => {
      const { crypto, context } = this.#env;
      const record = await this.#load();
      const state = record?.ownState();
      if (record === undefined || state === undefined || state.signingPrivate === undefined) {
        throw this.#noState('encrypt', 'no sender key of our own; create a distribution message first');
      }
      const iteration = state.chainKey.index;
      if (iteration >= MAX_COUNTER) {
        throw new ProtocolError('InvalidState', `sender chain exhausted at iteration ${iteration}; rotate the sender key`, { counter: iteration });
      }
      const step = chainStep(crypto, state.chainKey.key);
      const keys = deriveSenderMessageKeys(crypto, step.seed);
      const { message, signedPart } = encodeSenderKeyMessageWithSignatureSlot({
        format: this.#format,
        ...(this.#uuid === undefined ? {} : { distributionId: this.#uuid }),
        chainId: state.chainId,
        iteration,
        ciphertext: crypto.aes256CbcEncrypt(keys.cipherKey, keys.iv, plaintext),
      });
      message.set(signOwn(crypto, context, { privateKey: state.signingPrivate, seed: state.signingSeed }, signedPart), signedPart.length);
      const advanced: SenderKeyState = { ...state, chainKey: { key: step.next, index: iteration + 1 } };
      await this.#save(record.withUpdated(advanced));
      return message;
    });
  }

  /**
   * Receiver side: verifies the signature over the received bytes, then derives the message key
   * (storing skipped ones), decrypts, and only then stores the advanced state.
   *
   * @throws ProtocolError SessionNotFound (no state for that chain), BadSignature, DuplicateMessage,
   *   TooFarInFuture, InvalidMessage, InvalidProtobuf, UnsupportedVersion, StoreFailure
   */
  async decrypt(serialized: Uint8Array): Promise<Uint8Array> {
    const message = decodeSenderKeyMessage(serialized, this.#format, this.#env.limits.maxMessageBytes);
    this.#checkDistributionId(message.distributionId);
    return this.#locked(async () => {
      const { crypto, limits } = this.#env;
      const record = await this.#load();
      const state = record?.find(message.chainId);
      if (record === undefined || state === undefined) {
        throw this.#noState('decrypt', `no sender key state with chain id ${message.chainId}`);
      }
      if (!verify(crypto, state.signingPublic, message.signedPart, message.signature)) {
        throw new ProtocolError('BadSignature', 'sender-key message signature does not verify');
      }
      if (message.iteration >= MAX_COUNTER) {
        throw new ProtocolError('InvalidMessage', `iteration expected below ${MAX_COUNTER}, got ${message.iteration}`, { counter: message.iteration });
      }
      const { seed, chain: advanced } = takeMessageKeySeed(crypto, limits, state, message.iteration);
      const keys = deriveSenderMessageKeys(crypto, seed);
      let plaintext: Uint8Array;
      try {
        plaintext = crypto.aes256CbcDecrypt(keys.cipherKey, keys.iv, message.ciphertext);
      } catch (e) {
        throw new ProtocolError('InvalidMessage', 'signed group message failed to decrypt', {}, { cause: e });
      }
      await this.#save(record.withUpdated(advanced));
      return plaintext;
    });
  }

  #newOwnState(): SenderKeyState {
    const { crypto, context } = this.#env;
    const random = context.randomBytes(4);
    // 31-bit ids: libsignal shifts a random u32 right by one; WhatsApp ids stay below 2^31 - 1.
    const chainId = (((random[0]! << 24) | (random[1]! << 16) | (random[2]! << 8) | random[3]!) >>> 1) % 0x7fff_ffff;
    // Seeded, so that a backend with native Ed25519 signing can sign for it (keys/curve.ts signOwn).
    const signing = generateSeededKeyPair(crypto, context);
    return {
      chainId,
      chainKey: { key: context.randomBytes(32), index: 0 },
      signingPublic: signing.publicKey,
      signingPrivate: signing.privateKey,
      signingSeed: signing.seed,
      skipped: new Map(),
    };
  }

  #distributionFor(state: SenderKeyState): Uint8Array {
    return encodeSenderKeyDistributionMessage({
      format: this.#format,
      ...(this.#uuid === undefined ? {} : { distributionId: this.#uuid }),
      chainId: state.chainId,
      iteration: state.chainKey.index,
      chainKey: state.chainKey.key,
      signingKey: state.signingPublic,
    });
  }

  #checkDistributionId(received: Uint8Array | undefined): void {
    if (this.#uuid !== undefined && (received === undefined || !bytesEqual(received, this.#uuid))) {
      throw new ProtocolError('InvalidMessage', `message is for distribution ${received === undefined ? 'none' : toHex(received)}, expected ${this.#distributionId}`, {
        field: 'distributionId',
      });
    }
  }

  #noState(operation: string, why: string): ProtocolError {
    return new ProtocolError('SessionNotFound', `${operation}: ${why} (${this.#sender.toString()} in ${this.#distributionId})`, {
      address: this.#sender.toString(),
      operation,
    });
  }

  #load(): Promise<SenderKeyRecord | undefined> {
    return callStore('loadSenderKey', () => this.#store.loadSenderKey(this.#sender, this.#distributionId));
  }

  #save(record: SenderKeyRecord): Promise<void> {
    return callStore('storeSenderKey', () => this.#store.storeSenderKey(this.#sender, this.#distributionId, record));
  }

  #locked<T>(operation: () => Promise<T>): Promise<T> {
    return this.#mutex.run(this.#lockKey, operation);
  }
}
