/** RELIABILITY.md §6 scenario 7: duplicate delivery never yields plaintext twice and changes nothing. */
import { describe, expect, it } from 'vitest';
import { processPreKeyBundle } from '../../src/index.js';
import { createParty } from '../support/parties.js';
import { establish, rejection, snapshots, str, text } from './helpers.js';

async function pair() {
  const alice = await createParty('alice');
  const bob = await createParty('bob');
  return { alice, bob };
}

describe('§6.7 duplicate delivery', () => {
  it('a message delivered twice in a row: the second delivery fails with DuplicateMessage and leaves both stores unchanged', async () => {
    const { alice, bob } = await pair();
    const { a, b } = await establish(alice, bob);
    const m = await a.encrypt(text('once'));
    expect(str(await b.decrypt(m))).toBe('once');
    const before = snapshots(alice, bob);
    const error = await rejection(b.decrypt(m), 'DuplicateMessage', 'input');
    expect(error.details.counter).toBe(0);
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('a message replayed after 1,000 later messages on the same chain fails with DuplicateMessage and changes nothing', async () => {
    const { alice, bob } = await pair();
    const { a, b } = await establish(alice, bob);
    const first = await a.encrypt(text('m0'));
    expect(str(await b.decrypt(first))).toBe('m0');
    let middle;
    for (let i = 1; i <= 1_000; i++) {
      const m = await a.encrypt(text(`m${i}`));
      if (i === 500) middle = m;
      expect(str(await b.decrypt(m))).toBe(`m${i}`);
    }
    const before = snapshots(alice, bob);
    await rejection(b.decrypt(first), 'DuplicateMessage', 'input');
    await rejection(b.decrypt(middle!), 'DuplicateMessage', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('a replay after 1,000 later messages that include DH ratchet steps fails with DuplicateMessage (its chain is still kept)', async () => {
    const { alice, bob } = await pair();
    const { a, b } = await establish(alice, bob);
    const replayed = await a.encrypt(text('to replay'));
    expect(str(await b.decrypt(replayed))).toBe('to replay');
    // 3 turns of ~333 messages: two more chains from Alice, so the replayed one is 2 steps old.
    for (let turn = 0; turn < 3; turn++) {
      const [sender, receiver] = turn % 2 === 0 ? [b, a] : [a, b];
      for (let i = 0; i < 333; i++) {
        const plaintext = `t${turn}.${i}`;
        expect(str(await receiver.decrypt(await sender.encrypt(text(plaintext))))).toBe(plaintext);
      }
    }
    expect(str(await b.decrypt(await a.encrypt(text('last'))))).toBe('last');
    const before = snapshots(alice, bob);
    await rejection(b.decrypt(replayed), 'DuplicateMessage', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('a message first decrypted out of order (from a skipped key) is a duplicate on its second delivery', async () => {
    const { alice, bob } = await pair();
    const { a, b } = await establish(alice, bob);
    const m0 = await a.encrypt(text('m0'));
    const m1 = await a.encrypt(text('m1'));
    const m2 = await a.encrypt(text('m2'));
    expect(str(await b.decrypt(m2))).toBe('m2');
    expect(str(await b.decrypt(m0))).toBe('m0');
    const before = snapshots(alice, bob);
    await rejection(b.decrypt(m0), 'DuplicateMessage', 'input');
    await rejection(b.decrypt(m2), 'DuplicateMessage', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(m1))).toBe('m1');
  });

  it('a replayed first PreKey message, after the session is established and in use, fails with DuplicateMessage and creates no second session', async () => {
    const { alice, bob } = await pair();
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    const a = alice.cipherFor(bob);
    const b = bob.cipherFor(alice);
    const first = await a.encrypt(text('first'));
    expect(first.type).toBe('prekey');
    expect(str(await b.decrypt(first))).toBe('first');
    await rejection(b.decrypt(first), 'DuplicateMessage', 'input');
    expect(str(await a.decrypt(await b.encrypt(text('reply'))))).toBe('reply');
    for (let i = 0; i < 20; i++) expect(str(await b.decrypt(await a.encrypt(text(`n${i}`))))).toBe(`n${i}`);
    const before = snapshots(alice, bob);
    await rejection(b.decrypt(first), 'DuplicateMessage', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    expect((await bob.store.loadSession(alice.address))!.archivedCount).toBe(0);
  });

  it('a replayed PreKey message whose chain has been pruned (more than maxReceiverChains steps later) is still rejected without a state change', async () => {
    const { alice, bob } = await pair();
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    const a = alice.cipherFor(bob);
    const b = bob.cipherFor(alice);
    const first = await a.encrypt(text('first'));
    expect(str(await b.decrypt(first))).toBe('first');
    for (let i = 0; i < 7; i++) {
      expect(str(await a.decrypt(await b.encrypt(text(`b${i}`))))).toBe(`b${i}`);
      expect(str(await b.decrypt(await a.encrypt(text(`a${i}`))))).toBe(`a${i}`);
    }
    const before = snapshots(alice, bob);
    // The chain is gone, so this cannot be recognised as a duplicate; it must still never decrypt.
    await rejection(b.decrypt(first), undefined, 'input');
    expect(snapshots(alice, bob)).toEqual(before);
  });
});
