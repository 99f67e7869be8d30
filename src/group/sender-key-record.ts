import { DEFAULT_LIMITS } from '../limits.js';
import type { ReceivingChain } from '../ratchet/chain.js';
import { decodeSenderKeyRecord, encodeSenderKeyRecord } from '../wire/storage-codec.js';

/** At most this many sender-key states per (sender device, group) record (libsignal MAX_SENDER_KEY_STATES). */
export const MAX_SENDER_KEY_STATES = 5;

/** One sender chain of a group member: WhatsApp key id or Signal chain id, chain key and signing key. */
export interface SenderKeyState extends ReceivingChain {
  readonly chainId: number;
  /** Serialized (0x05-prefixed) public signing key. */
  readonly signingPublic: Uint8Array;
  /** Present only on the sender's own state. */
  readonly signingPrivate?: Uint8Array;
  /**
   * The Ed25519 seed signingPrivate was expanded from, on own states parley generated: it lets a
   * backend with `signWithSeed` (crypto/backend.ts) sign natively (keys/curve.ts signOwn).
   */
  readonly signingSeed?: Uint8Array;
}

/**
 * Every sender-key state known for one sender device in one group, most recent first. Immutable
 * like SessionRecord: every change returns a new record.
 */
export class SenderKeyRecord {
  readonly #states: readonly SenderKeyState[];

  private constructor(states: readonly SenderKeyState[]) {
    this.#states = states;
  }

  static empty(): SenderKeyRecord {
    return new SenderKeyRecord([]);
  }

  static deserialize(bytes: Uint8Array, maxBytes = DEFAULT_LIMITS.maxRecordBytes): SenderKeyRecord {
    return new SenderKeyRecord(decodeSenderKeyRecord(bytes, maxBytes));
  }

  serialize(): Uint8Array {
    return encodeSenderKeyRecord(this.#states);
  }

  /** @internal */
  get states(): readonly SenderKeyState[] {
    return this.#states;
  }

  isEmpty(): boolean {
    return this.#states.length === 0;
  }

  /** @internal The state with this chain id, if any. */
  find(chainId: number): SenderKeyState | undefined {
    return this.#states.find((s) => s.chainId === chainId);
  }

  /** @internal The most recent state if it can sign (the sender's own). */
  ownState(): SenderKeyState | undefined {
    const latest = this.#states[0];
    return latest?.signingPrivate === undefined ? undefined : latest;
  }

  /** @internal Replaces the state with the same chain id, keeping its position. */
  withUpdated(state: SenderKeyState): SenderKeyRecord {
    return new SenderKeyRecord(this.#states.map((s) => (s.chainId === state.chainId ? state : s)));
  }

  /**
   * @internal Adds a state as the most recent one. A state with the same chain id is removed
   * first; the oldest states beyond MAX_SENDER_KEY_STATES are evicted.
   */
  withAdded(state: SenderKeyState): SenderKeyRecord {
    const others = this.#states.filter((s) => s.chainId !== state.chainId);
    return new SenderKeyRecord([state, ...others].slice(0, MAX_SENDER_KEY_STATES));
  }
}
