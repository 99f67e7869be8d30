import type { ProtocolAddress } from '../address.js';
import { toHex } from '../bytes.js';
import type { ProtocolOptions } from '../config.js';
import { callStore, ProtocolError } from '../errors.js';
import { type CiphertextMessage, SessionCipher } from '../session/session-cipher.js';
import type { ProtocolStore, SenderKeyStore } from '../stores/store-interfaces.js';
import { decodeSenderKeyDistributionMessage } from '../wire/sender-key-codec.js';
import { GroupCipher, type SenderKeyFormat } from './group-cipher.js';

/**
 * Every device that was sent the current sender key (so it can read until the key rotates),
 * under which identity key, and whether it must be sent the key again.
 */
export type DistributionTracking = Record<string, { readonly chainId: number; readonly identityKey: string; readonly resend?: boolean }>;

interface Holder {
  chainId: number;
  identityKey: string;
  resend: boolean;
}

export interface FanOutResult {
  /** One encrypted distribution message per device that did not have the current sender key. */
  readonly messages: readonly { readonly address: ProtocolAddress; readonly message: CiphertextMessage }[];
  /** Devices without a 1:1 session: fetch their bundles, then distribute again. */
  readonly missingSession: readonly ProtocolAddress[];
  /** True when the sender key was replaced because a device left the group. */
  readonly rotated: boolean;
}

/**
 * The sending side of a group for this device: distributes its sender key to every member device
 * over their 1:1 sessions, remembers which devices have it, and rotates the key when a device
 * leaves, so a removed member cannot read later messages. A device gets the key again when its
 * identity key changed since it was sent (a reinstalled device has lost it).
 *
 * The tracking lives in this object; persist {@link tracking} and pass it back to the constructor
 * to keep it across restarts.
 */
export class GroupSender {
  readonly #store: ProtocolStore & SenderKeyStore;
  readonly #self: ProtocolAddress;
  readonly #options: ProtocolOptions | undefined;
  readonly #cipher: GroupCipher;
  /** Devices that hold (or may hold) the current key. Entries leave only when the key rotates. */
  #tracking = new Map<string, Holder>();

  constructor(
    store: ProtocolStore & SenderKeyStore,
    self: ProtocolAddress,
    distributionId: string,
    format: SenderKeyFormat,
    options?: ProtocolOptions & { readonly tracking?: DistributionTracking },
  ) {
    this.#store = store;
    this.#self = self;
    this.#options = options;
    this.#cipher = new GroupCipher(store, self, distributionId, format, options);
    for (const [address, entry] of Object.entries(options?.tracking ?? {})) {
      this.#tracking.set(address, { chainId: entry.chainId, identityKey: entry.identityKey, resend: entry.resend === true });
    }
  }

  /** The group cipher of this device's own sender key (for decrypting, use one per sender device). */
  get cipher(): GroupCipher {
    return this.#cipher;
  }

  /** A JSON-safe copy of which devices hold which sender key. */
  get tracking(): DistributionTracking {
    return Object.fromEntries(
      [...this.#tracking].map(([k, v]) => [k, v.resend ? { chainId: v.chainId, identityKey: v.identityKey, resend: true } : { chainId: v.chainId, identityKey: v.identityKey }]),
    );
  }

  /** True when `device` was sent the current sender key. */
  async hasCurrentKey(device: ProtocolAddress): Promise<boolean> {
    const chainId = await this.#currentChainId();
    const holder = this.#tracking.get(device.toString());
    return holder !== undefined && holder.chainId === chainId && !holder.resend;
  }

  /**
   * Makes sure every device in `devices` (all current member devices, other than this one) holds
   * the current sender key. If any device that was ever sent the current key is no longer listed
   * (even one marked for re-send, or one whose session was lost), the key is rotated first and
   * every listed device gets the new one.
   */
  async distribute(devices: readonly ProtocolAddress[]): Promise<FanOutResult> {
    const listed = new Set(devices.map((d) => d.toString()));
    const departed = [...this.#tracking.keys()].some((key) => !listed.has(key));
    if (departed) await this.rotate();
    const distribution = await this.#cipher.createDistributionMessage();
    const chainId = this.#chainIdOf(distribution);
    const messages: { address: ProtocolAddress; message: CiphertextMessage }[] = [];
    const missingSession: ProtocolAddress[] = [];
    for (const device of devices) {
      if (device.toString() === this.#self.toString()) continue;
      const identity = await callStore('getIdentity', () => this.#store.getIdentity(device));
      const identityKey = identity === undefined ? '' : toHex(identity);
      const known = this.#tracking.get(device.toString());
      if (known !== undefined && known.chainId === chainId && known.identityKey === identityKey && !known.resend) continue;
      try {
        const message = await new SessionCipher(this.#store, device, this.#options).encrypt(distribution);
        messages.push({ address: device, message });
        this.#tracking.set(device.toString(), { chainId, identityKey, resend: false });
      } catch (e) {
        if (!ProtocolError.is(e, 'SessionNotFound')) throw e;
        // It may still hold the key from before: keep it tracked so its removal rotates.
        if (known !== undefined) known.resend = true;
        missingSession.push(device);
      }
    }
    return { messages, missingSession, rotated: departed };
  }

  /** Encrypts one group message with this device's sender key. */
  encrypt(plaintext: Uint8Array): Promise<Uint8Array> {
    return this.#cipher.encrypt(plaintext);
  }

  /** Replaces the sender key now (e.g. a member left); the next distribute sends it to everyone. */
  async rotate(): Promise<void> {
    await this.#cipher.rotate();
    this.#tracking.clear();
  }

  /**
   * Marks `device` for a re-send (e.g. it reported a decrypt failure). It stays counted as a
   * holder of the current key, so removing it later still rotates the key.
   */
  invalidate(device: ProtocolAddress): void {
    const holder = this.#tracking.get(device.toString());
    if (holder !== undefined) holder.resend = true;
  }

  async #currentChainId(): Promise<number> {
    return this.#chainIdOf(await this.#cipher.createDistributionMessage());
  }

  #chainIdOf(distribution: Uint8Array): number {
    return decodeSenderKeyDistributionMessage(distribution, this.#cipher.format, distribution.length).chainId;
  }
}
