/**
 * Deterministic test support: a seeded {@link Context} (SHA-256 counter-mode DRBG plus a settable
 * clock) and a party factory that draws every key, id and signature from such a context, so two
 * worlds built from the same seed hold byte-identical stores.
 *
 * Test-only: the DRBG is a plain hash of seed ‖ counter and is not meant to be secure.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import {
  type Context,
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

/** 2021-01-01T00:00:00Z: a fixed, unremarkable start for test clocks. */
export const DEFAULT_START_MS = Date.UTC(2021, 0, 1);

export interface DeterministicContext extends Context {
  /** Moves the clock forward (or backward, with a negative value) by `ms`. */
  advance(ms: number): void;
  /** Sets the clock to an absolute time in ms since the epoch. */
  setNow(ms: number): void;
  /** Number of random bytes handed out so far (to check two runs consumed the same stream). */
  readonly bytesDrawn: number;
}

function seedBytes(seed: string | number | Uint8Array): Uint8Array {
  if (seed instanceof Uint8Array) return Uint8Array.from(seed);
  return new TextEncoder().encode(`parley-test-drbg:${String(seed)}`);
}

/**
 * A seeded Context: randomBytes returns the stream SHA-256(seed ‖ be64(0)) ‖ SHA-256(seed ‖ be64(1)) ‖ …,
 * and now() returns a clock that only moves when the test moves it.
 */
export function deterministicContext(seed: string | number | Uint8Array, startMs = DEFAULT_START_MS): DeterministicContext {
  const key = seedBytes(seed);
  const input = new Uint8Array(key.length + 8);
  input.set(key);
  const counterView = new DataView(input.buffer, key.length, 8);
  let block = 0;
  let pool: Uint8Array = new Uint8Array(0);
  let poolOffset = 0;
  let drawn = 0;
  let clock = startMs;

  const nextBlock = (): Uint8Array => {
    counterView.setBigUint64(0, BigInt(block++));
    return sha256(input);
  };

  return {
    now: () => clock,
    randomBytes(length: number): Uint8Array {
      if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`randomBytes: bad length ${String(length)}`);
      const out = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        if (poolOffset === pool.length) {
          pool = nextBlock();
          poolOffset = 0;
        }
        const take = Math.min(length - filled, pool.length - poolOffset);
        out.set(pool.subarray(poolOffset, poolOffset + take), filled);
        filled += take;
        poolOffset += take;
      }
      drawn += length;
      return out;
    },
    advance(ms: number) {
      clock += ms;
    },
    setNow(ms: number) {
      clock = ms;
    },
    get bytesDrawn() {
      return drawn;
    },
  };
}

/** A party like test/support/parties.ts's, but with every value drawn from `options.context`. */
export interface DeterministicParty {
  readonly name: string;
  readonly address: ProtocolAddress;
  readonly store: InMemoryProtocolStore;
  readonly registrationId: number;
  readonly options: ProtocolOptions;
  /** A bundle with a fresh one-time prekey (ids 1, 2, 3, … per party) unless `withPreKey` is false. */
  bundle(opts?: { withPreKey?: boolean }): Promise<PreKeyBundle>;
  cipherFor(peer: { address: ProtocolAddress }): SessionCipher;
}

/**
 * Creates a party whose identity, registration id, signed prekey (id 7) and one-time prekeys come
 * from `options.context` (pass a {@link deterministicContext}); one-time prekey ids are per party,
 * so the same calls in the same order give byte-identical stores.
 */
export async function createDeterministicParty(
  name: string,
  options: ProtocolOptions & { context: Context },
  deviceId = 1,
): Promise<DeterministicParty> {
  const identity = generateIdentityKeyPair(options);
  const registrationId = generateRegistrationId(options);
  const partyStore = new InMemoryProtocolStore(identity, registrationId);
  const signed = generateSignedPreKey(identity, 7, options);
  await partyStore.storeSignedPreKey(signed.id, signed);
  const address = new ProtocolAddress(name, deviceId);
  let nextPreKeyId = 1;
  return {
    name,
    address,
    store: partyStore,
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
      await partyStore.storePreKey(preKey!.id, preKey!);
      return { ...base, preKey: { id: preKey!.id, publicKey: preKey!.keyPair.publicKey } };
    },
    cipherFor(peer) {
      return new SessionCipher(partyStore, peer.address, options);
    },
  };
}
