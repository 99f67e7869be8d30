// Concurrent use of one parley session (Promise.all), checked against libsignal-node 6.0.0 and
// against a serial run of the same operations. The stores are slowed down with timers so that,
// without parley's per-address serialization, operations would interleave between their loads and
// stores and lose updates or reuse message keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CiphertextMessage,
  type Context,
  DEFAULT_LIMITS,
  type IdentityKeyPair,
  processPreKeyBundle,
  ProtocolAddress,
  ProtocolError,
  SessionCipher,
  SessionRecord,
} from '../../src/index.js';
import { InMemoryProtocolStore } from '../../src/stores/memory-stores.js';
import { decodePreKeySignalMessage, decodeSignalMessage } from '../../src/wire/message-codec.js';
import { createParty, type Party } from '../support/parties.js';
import { LibsignalNodePeer, seededRandom, silenceLibsignalNodeLogs, str, text } from '../support/libsignal-node-peer.js';

const MAX = DEFAULT_LIMITS.maxMessageBytes;

let restoreConsole: () => void;
beforeAll(() => {
  restoreConsole = silenceLibsignalNodeLogs();
});
afterAll(() => restoreConsole());

/**
 * An InMemoryProtocolStore whose every method waits 0–3 ms (seeded) on a timer first, and which
 * records how many of its calls were in progress at once.
 */
class SlowStore extends InMemoryProtocolStore {
  calls = 0;
  inFlight = 0;
  maxInFlight = 0;
  readonly #rng: ReturnType<typeof seededRandom>;

  constructor(identity: IdentityKeyPair, registrationId: number, seed: number) {
    super(identity, registrationId);
    this.#rng = seededRandom(seed);
  }

  async #slow<T>(run: () => Promise<T>): Promise<T> {
    this.calls++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, this.#rng.int(4)));
      return await run();
    } finally {
      this.inFlight--;
    }
  }

  override getIdentityKeyPair() {
    return this.#slow(() => super.getIdentityKeyPair());
  }
  override getLocalRegistrationId() {
    return this.#slow(() => super.getLocalRegistrationId());
  }
  override isTrustedIdentity(...args: Parameters<InMemoryProtocolStore['isTrustedIdentity']>) {
    return this.#slow(() => super.isTrustedIdentity(...args));
  }
  override saveIdentity(...args: Parameters<InMemoryProtocolStore['saveIdentity']>) {
    return this.#slow(() => super.saveIdentity(...args));
  }
  override getIdentity(...args: Parameters<InMemoryProtocolStore['getIdentity']>) {
    return this.#slow(() => super.getIdentity(...args));
  }
  override loadPreKey(...args: Parameters<InMemoryProtocolStore['loadPreKey']>) {
    return this.#slow(() => super.loadPreKey(...args));
  }
  override storePreKey(...args: Parameters<InMemoryProtocolStore['storePreKey']>) {
    return this.#slow(() => super.storePreKey(...args));
  }
  override removePreKey(...args: Parameters<InMemoryProtocolStore['removePreKey']>) {
    return this.#slow(() => super.removePreKey(...args));
  }
  override loadSignedPreKey(...args: Parameters<InMemoryProtocolStore['loadSignedPreKey']>) {
    return this.#slow(() => super.loadSignedPreKey(...args));
  }
  override storeSignedPreKey(...args: Parameters<InMemoryProtocolStore['storeSignedPreKey']>) {
    return this.#slow(() => super.storeSignedPreKey(...args));
  }
  override loadSession(...args: Parameters<InMemoryProtocolStore['loadSession']>) {
    return this.#slow(() => super.loadSession(...args));
  }
  override storeSession(...args: Parameters<InMemoryProtocolStore['storeSession']>) {
    return this.#slow(() => super.storeSession(...args));
  }
}

/** A copy of `party`'s state towards `remote` in a fresh store (made by `make`). */
async function copyStore<S extends InMemoryProtocolStore>(party: Party, remote: ProtocolAddress, make: (identity: IdentityKeyPair, registrationId: number) => S): Promise<S> {
  const source = party.store;
  const copy = make(await source.getIdentityKeyPair(), await source.getLocalRegistrationId());
  const signed = await source.loadSignedPreKey(7);
  if (signed !== undefined) await copy.storeSignedPreKey(signed.id, signed);
  const identity = await source.getIdentity(remote);
  if (identity !== undefined) await copy.saveIdentity(remote, identity);
  const record = await source.loadSession(remote);
  if (record !== undefined) await copy.storeSession(remote, SessionRecord.deserialize(record.serialize()));
  return copy;
}

/** Clock and randomness driven by a seed, so two runs that consume them in the same order agree. */
function seededContext(seed: number): Context {
  const rng = seededRandom(seed);
  return { now: () => Date.now(), randomBytes: (length) => Uint8Array.from({ length }, () => rng.int(256)) };
}

function signalMessageOf(message: CiphertextMessage) {
  return message.type === 'prekey' ? decodePreKeySignalMessage(message.body, MAX).message : decodeSignalMessage(message.body, MAX);
}

/** parley (initiator) and libsignal-node with a session; acknowledged = libsignal-node has replied. */
async function setup(acknowledged: boolean) {
  const party = await createParty(`conc-parley-${Math.random().toString(36).slice(2)}`);
  const peer = new LibsignalNodePeer(`conc-node-${Math.random().toString(36).slice(2)}`);
  const nodeAddress = new ProtocolAddress(peer.name, peer.deviceId);
  await processPreKeyBundle(party.store, nodeAddress, peer.bundle());
  if (acknowledged) {
    const cipher = new SessionCipher(party.store, nodeAddress);
    expect(str(await peer.decrypt(party.address, await cipher.encrypt(text('hello'))))).toBe('hello');
    expect(str(await cipher.decrypt(await peer.encrypt(party.address, text('hi'))))).toBe('hi');
    expect(str(await peer.decrypt(party.address, await cipher.encrypt(text('again'))))).toBe('again');
  }
  return { party, peer, nodeAddress };
}

describe('concurrent operations on one parley session', () => {
  const cases: ReadonlyArray<[string, boolean, boolean]> = [
    ['a plain store, acknowledged session', false, true],
    ['a slow async store, acknowledged session', true, true],
    ['a slow async store, before the first reply (PreKey messages)', true, false],
  ];

  it.each(cases)('20 concurrent encrypts with %s get 20 distinct consecutive counters and all decrypt at libsignal-node in shuffled order', async (_name, slow, acknowledged) => {
    const { party, peer, nodeAddress } = await setup(acknowledged);
    const store = slow ? await copyStore(party, nodeAddress, (id, reg) => new SlowStore(id, reg, 11)) : party.store;
    const cipher = new SessionCipher(store, nodeAddress);
    const plaintexts = Array.from({ length: 20 }, (_, i) => `concurrent ${i}`);
    const messages = await Promise.all(plaintexts.map((p) => cipher.encrypt(text(p))));
    const counters = messages.map((m) => signalMessageOf(m).counter);
    expect(new Set(counters).size).toBe(20);
    const first = Math.min(...counters);
    expect([...counters].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => first + i));
    expect(new Set(messages.map((m) => m.type))).toEqual(new Set([acknowledged ? 'message' : 'prekey']));
    if (store instanceof SlowStore) expect(store.maxInFlight).toBe(1);
    const order = seededRandom(20).shuffle(Array.from({ length: 20 }, (_, i) => i));
    for (const i of order) expect(str(await peer.decrypt(party.address, messages[i]!)), `message ${i}`).toBe(plaintexts[i]);
  });

  it('20 concurrent decrypts of libsignal-node messages (shuffled) on a slow store all succeed, and a concurrent duplicate is rejected', async () => {
    const { party, peer, nodeAddress } = await setup(true);
    const store = await copyStore(party, nodeAddress, (id, reg) => new SlowStore(id, reg, 12));
    const incoming: Array<{ message: CiphertextMessage; plaintext: string }> = [];
    for (let i = 0; i < 20; i++) incoming.push({ message: await peer.encrypt(party.address, text(`from node ${i}`)), plaintext: `from node ${i}` });
    const shuffled = seededRandom(21).shuffle([...incoming, incoming[7]!]);
    const results = await Promise.all(
      shuffled.map((item) =>
        new SessionCipher(store, nodeAddress).decrypt(item.message).then(
          (p) => str(p),
          (e: unknown) => (ProtocolError.is(e) ? `error ${e.code}` : `unexpected ${String(e)}`),
        ),
      ),
    );
    const expected = shuffled.map((item) => item.plaintext);
    // Exactly one of the two copies of message 7 succeeds; the later one is a duplicate.
    const dupIndex = shuffled.lastIndexOf(incoming[7]!);
    expected[dupIndex] = 'error DuplicateMessage';
    expect(results).toEqual(expected);
    expect(store.maxInFlight).toBe(1);
    const reply = await new SessionCipher(store, nodeAddress).encrypt(text('got them'));
    expect(str(await peer.decrypt(party.address, reply))).toBe('got them');
  });

  it('a concurrent mix of encrypts and decrypts on one address (fresh cipher per call, slow store) gives exactly the results and stored state of a serial run', async () => {
    const { party, peer, nodeAddress } = await setup(true);
    // Six messages on libsignal-node's next chain: the first one parley decrypts forces a DH step.
    const incoming: CiphertextMessage[] = [];
    for (let i = 0; i < 6; i++) incoming.push(await peer.encrypt(party.address, text(`node ${i}`)));
    type Op = ['encrypt', number] | ['decrypt', number];
    const ops: Op[] = [
      ['encrypt', 0],
      ['decrypt', 0],
      ['encrypt', 1],
      ['encrypt', 2],
      ['decrypt', 2],
      ['decrypt', 1],
      ['encrypt', 3],
      ['decrypt', 3],
      ['decrypt', 5],
      ['decrypt', 1], // duplicate
      ['encrypt', 4],
      ['decrypt', 4],
      ['encrypt', 5],
    ];
    const run = async (cipher: SessionCipher, [kind, i]: Op): Promise<string> => {
      try {
        if (kind === 'encrypt') {
          const m = await cipher.encrypt(text(`parley ${i}`));
          return `${m.type}:${Buffer.from(m.body).toString('hex')}`;
        }
        return `plaintext:${str(await cipher.decrypt(incoming[i]!))}`;
      } catch (e) {
        return ProtocolError.is(e) ? `error:${e.code}` : `unexpected:${String(e)}`;
      }
    };

    const serialStore = await copyStore(party, nodeAddress, (id, reg) => new InMemoryProtocolStore(id, reg));
    const concurrentStore = await copyStore(party, nodeAddress, (id, reg) => new SlowStore(id, reg, 13));
    expect(concurrentStore.snapshot()).toBe(serialStore.snapshot());
    const serialContext = seededContext(99);
    const concurrentContext = seededContext(99);

    const serial: string[] = [];
    for (const op of ops) serial.push(await run(new SessionCipher(serialStore, nodeAddress, { context: serialContext }), op));
    const callsBefore = concurrentStore.calls;
    const concurrent = await Promise.all(ops.map((op) => run(new SessionCipher(concurrentStore, nodeAddress, { context: concurrentContext }), op)));

    // The serial run itself is right: every decrypt gives its plaintext, the repeat is a duplicate.
    expect(serial.filter((r) => !r.startsWith('message:'))).toEqual([
      'plaintext:node 0',
      'plaintext:node 2',
      'plaintext:node 1',
      'plaintext:node 3',
      'plaintext:node 5',
      'error:DuplicateMessage',
      'plaintext:node 4',
    ]);
    expect(concurrent).toEqual(serial);
    expect(concurrentStore.snapshot()).toBe(serialStore.snapshot());
    expect(concurrentStore.calls - callsBefore).toBeGreaterThan(ops.length * 3);
    expect(concurrentStore.maxInFlight).toBe(1);

    // And libsignal-node decrypts every concurrently produced message, in any order.
    const produced = ops
      .map((op, k) => [op, concurrent[k]!] as const)
      .filter(([op]) => op[0] === 'encrypt')
      .map(([op, result]) => ({ i: op[1], message: { type: 'message', body: new Uint8Array(Buffer.from(result.slice('message:'.length), 'hex')) } as CiphertextMessage }));
    expect(produced).toHaveLength(6);
    for (const { i, message } of seededRandom(14).shuffle(produced)) {
      expect(str(await peer.decrypt(party.address, message))).toBe(`parley ${i}`);
    }
    const last = await peer.encrypt(party.address, text('converged'));
    expect(str(await new SessionCipher(concurrentStore, nodeAddress).decrypt(last))).toBe('converged');
  });
});
