/**
 * RELIABILITY.md §6 scenario 12: concurrent operations on one address through an artificially slow
 * async store are serialized: results equal a serial run and no update is lost.
 */
import { describe, expect, it } from 'vitest';
import { type CiphertextMessage, processPreKeyBundle, SessionCipher } from '../../src/index.js';
import { createDeterministicParty, deterministicContext, type DeterministicParty } from '../support/deterministic.js';
import { createParty } from '../support/parties.js';
import { establish, parseSignal, rejection, seededShuffle, SlowStore, str, text, toHexes } from './helpers.js';

interface World {
  alice: DeterministicParty;
  bob: DeterministicParty;
  /** Bob's cipher over a slow wrapper of his store. */
  slowB: SessionCipher;
  slow: SlowStore;
  /** Two messages from Alice that Bob has not seen yet (the second on a new chain). */
  pending: [CiphertextMessage, CiphertextMessage];
}

/** Same seed → byte-identical world. */
async function world(seed: string): Promise<World> {
  const alice = await createDeterministicParty('alice', { context: deterministicContext(`${seed}/alice`) });
  const bob = await createDeterministicParty('bob', { context: deterministicContext(`${seed}/bob`) });
  const { a, b } = await establish(alice, bob);
  expect(str(await b.decrypt(await a.encrypt(text('warm-up'))))).toBe('warm-up');
  const first = await a.encrypt(text('pending 1'));
  const slow = new SlowStore(bob.store);
  return { alice, bob, slow, slowB: new SessionCipher(slow, alice.address, bob.options), pending: [first, await a.encrypt(text('pending 2'))] };
}

describe('§6.12 concurrent operations on one address with a slow async store', () => {
  it('encrypt + decrypt + decrypt via Promise.all gives byte-for-byte the results and stores of a serial run', async () => {
    const serial = await world('s12');
    const concurrent = await world('s12');
    expect(concurrent.bob.store.snapshot()).toBe(serial.bob.store.snapshot()); // same seed, same world

    const s1 = await serial.slowB.encrypt(text('from bob'));
    const s2 = await serial.slowB.decrypt(serial.pending[0]);
    const s3 = await serial.slowB.decrypt(serial.pending[1]);

    const [c1, c2, c3] = await Promise.all([
      concurrent.slowB.encrypt(text('from bob')),
      concurrent.slowB.decrypt(concurrent.pending[0]),
      concurrent.slowB.decrypt(concurrent.pending[1]),
    ]);
    expect(toHexes([c1.body, c2, c3])).toEqual(toHexes([s1.body, s2, s3]));
    expect(c1.type).toBe(s1.type);
    expect([str(c2), str(c3)]).toEqual(['pending 1', 'pending 2']);
    expect(concurrent.bob.store.snapshot()).toBe(serial.bob.store.snapshot());

    // No lost update: both decrypts and the encrypt are in the stored record.
    await rejection(concurrent.slowB.decrypt(concurrent.pending[0]), 'DuplicateMessage', 'input');
    await rejection(concurrent.slowB.decrypt(concurrent.pending[1]), 'DuplicateMessage', 'input');
    const next = await concurrent.slowB.encrypt(text('next'));
    expect(parseSignal(next.body).counter).toBe(parseSignal(c1.body).counter + 1);
    const a = concurrent.alice.cipherFor(concurrent.bob);
    expect(str(await a.decrypt(c1))).toBe('from bob');
    expect(str(await a.decrypt(next))).toBe('next');
  });

  it('two SessionCipher instances over the same slow store are serialized with each other too', async () => {
    const serial = await world('s12-two');
    const concurrent = await world('s12-two');
    const s = [
      await serial.slowB.decrypt(serial.pending[1]),
      (await serial.slowB.encrypt(text('x'))).body,
      await serial.slowB.decrypt(serial.pending[0]),
      (await serial.slowB.encrypt(text('y'))).body,
    ];
    const other = new SessionCipher(concurrent.slow, concurrent.alice.address, concurrent.bob.options);
    const c = await Promise.all([
      concurrent.slowB.decrypt(concurrent.pending[1]),
      other.encrypt(text('x')).then((m) => m.body),
      other.decrypt(concurrent.pending[0]),
      concurrent.slowB.encrypt(text('y')).then((m) => m.body),
    ]);
    expect(toHexes(c)).toEqual(toHexes(s));
    expect(concurrent.bob.store.snapshot()).toBe(serial.bob.store.snapshot());
  });

  it('control: the slow store really interleaves unserialized operations (two wrapper objects = two locks → a lost update)', async () => {
    // The store contract serializes per store *object*; two wrappers over one backing store are
    // the application's own mistake (RELIABILITY.md F2). This shows the harness above would catch
    // a missing lock: here one of the two decrypts is lost and its message decrypts a second time.
    const w = await world('s12-control');
    const other = new SessionCipher(new SlowStore(w.bob.store, [0, 4, 0, 2]), w.alice.address, w.bob.options);
    const [p1, p2] = await Promise.all([w.slowB.decrypt(w.pending[0]), other.decrypt(w.pending[1])]);
    expect([str(p1), str(p2)]).toEqual(['pending 1', 'pending 2']);
    const again = await Promise.allSettled([w.slowB.decrypt(w.pending[0]), w.slowB.decrypt(w.pending[1])]);
    expect(again.some((r) => r.status === 'fulfilled')).toBe(true);
  });

  it('20 concurrent encrypts produce 20 distinct consecutive counters, and all 20 decrypt in any order', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await establish(alice, bob);
    const slow = new SlowStore(alice.store);
    const a = new SessionCipher(slow, bob.address, alice.options);
    const b = bob.cipherFor(alice);
    const messages = await Promise.all(Array.from({ length: 20 }, (_, i) => a.encrypt(text(`c${i}`))));
    const counters = messages.map((m) => parseSignal(m.body).counter);
    expect(new Set(counters).size).toBe(20);
    expect(counters).toEqual(Array.from({ length: 20 }, (_, i) => counters[0]! + i)); // call order kept
    expect(new Set(messages.map((m) => parseSignal(m.body).ratchetKey.join())).size).toBe(1);
    for (const i of seededShuffle([...messages.keys()], 12)) expect(str(await b.decrypt(messages[i]!))).toBe(`c${i}`);
    expect(slow.writes.filter((w) => w.startsWith('storeSession')).length).toBe(20);
  });

  it('both parties encrypting and decrypting concurrently over slow stores for 10 rounds lose no message', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    const a = new SessionCipher(new SlowStore(alice.store, [2, 0, 1]), bob.address, alice.options);
    const b = new SessionCipher(new SlowStore(bob.store, [0, 3, 1, 0]), alice.address, bob.options);
    let toBob = [await a.encrypt(text('start'))];
    expect(str(await b.decrypt(toBob[0]!))).toBe('start');
    toBob = [];
    let toAlice: CiphertextMessage[] = [];
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all([
        a.encrypt(text(`a${round}.0`)),
        b.encrypt(text(`b${round}.0`)),
        ...toBob.map((m) => b.decrypt(m)),
        ...toAlice.map((m) => a.decrypt(m)),
        a.encrypt(text(`a${round}.1`)),
        b.encrypt(text(`b${round}.1`)),
      ]);
      const decrypted = results.slice(2, results.length - 2).map((r) => str(r as Uint8Array));
      expect(decrypted).toEqual([...(round === 0 ? [] : [`a${round - 1}.0`, `a${round - 1}.1`]), ...(round === 0 ? [] : [`b${round - 1}.0`, `b${round - 1}.1`])]);
      const [a0, b0] = results.slice(0, 2) as CiphertextMessage[];
      const [a1, b1] = results.slice(-2) as CiphertextMessage[];
      toBob = [a0!, a1!];
      toAlice = [b0!, b1!];
    }
  });
});
