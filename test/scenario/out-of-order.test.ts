/** RELIABILITY.md §6 scenario 6: out-of-order delivery across several DH ratchet steps. */
import { describe, expect, it } from 'vitest';
import { type CiphertextMessage, processPreKeyBundle, type SessionCipher } from '../../src/index.js';
import { createParty, type Party } from '../support/parties.js';
import { parseSignal, parsePreKey, rejection, seededShuffle, str, text } from './helpers.js';

interface Held {
  readonly to: 'alice' | 'bob';
  readonly message: CiphertextMessage;
  readonly plaintext: string;
  readonly ratchetKey: string;
}

const PER_ROUND = 4;
/** Alternating rounds: each round is one direction, i.e. one new sending chain (DH ratchet step). */
const ROUNDS = 8;

/**
 * Alice and Bob take turns; in each turn the sender encrypts PER_ROUND messages, and the receiver
 * is given only message #2 of them (which forces a DH ratchet step on the receiver). Every other
 * message is held back: #0, #1 are behind the receiver's chain index (skipped keys of what becomes
 * a previous chain), #3 is ahead of it. Alice's first round is PreKey messages.
 */
async function conversationWithHeldMessages(): Promise<{ alice: Party; bob: Party; a: SessionCipher; b: SessionCipher; held: Held[] }> {
  const alice = await createParty('alice');
  const bob = await createParty('bob');
  await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
  const a = alice.cipherFor(bob);
  const b = bob.cipherFor(alice);
  const held: Held[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const [sender, receiver, to] = round % 2 === 0 ? [a, b, 'bob' as const] : [b, a, 'alice' as const];
    const sent: Held[] = [];
    for (let i = 0; i < PER_ROUND; i++) {
      const plaintext = `r${round} m${i}`;
      const message = await sender.encrypt(text(plaintext));
      const inner = message.type === 'prekey' ? parsePreKey(message.body).message : message.body;
      sent.push({ to, message, plaintext, ratchetKey: Buffer.from(parseSignal(inner).ratchetKey).toString('hex') });
    }
    expect(new Set(sent.map((m) => m.ratchetKey)).size).toBe(1);
    if (round > 0) {
      // Each round really is a new chain.
      const previousSameDirection = held.filter((h) => h.to === to).at(-1);
      if (previousSameDirection !== undefined) expect(sent[0]!.ratchetKey).not.toBe(previousSameDirection.ratchetKey);
    }
    expect(str(await receiver.decrypt(sent[2]!.message))).toBe(sent[2]!.plaintext);
    held.push(...sent.filter((_, i) => i !== 2));
  }
  expect(held.filter((h) => h.message.type === 'prekey').length).toBe(PER_ROUND - 1);
  return { alice, bob, a, b, held };
}

async function deliver(a: SessionCipher, b: SessionCipher, h: Held): Promise<string> {
  return str(await (h.to === 'bob' ? b : a).decrypt(h.message));
}

function skippedKeyCount(record: Awaited<ReturnType<Party['store']['loadSession']>>): number {
  return record!.current!.receiverChains.reduce((n, chain) => n + chain.skipped.size, 0);
}

describe('§6.6 out-of-order delivery across ≥ 3 DH ratchet steps, held back until the end', () => {
  it('every held-back message (previous-chain keys, keys ahead of the chain, first PreKey messages) decrypts in a shuffled order', async () => {
    const { alice, bob, a, b, held } = await conversationWithHeldMessages();
    // 4 chains per direction, i.e. 3 DH ratchet steps on each side after the first.
    expect(new Set(held.filter((h) => h.to === 'bob').map((h) => h.ratchetKey)).size).toBe(ROUNDS / 2);
    expect(new Set(held.filter((h) => h.to === 'alice').map((h) => h.ratchetKey)).size).toBe(ROUNDS / 2);
    for (const h of seededShuffle(held, 0x5eed_0006)) expect(await deliver(a, b, h)).toBe(h.plaintext);
    // Nothing is left waiting: every skipped key that was stored has been used exactly once.
    expect(skippedKeyCount(await bob.store.loadSession(alice.address))).toBe(0);
    expect(skippedKeyCount(await alice.store.loadSession(bob.address))).toBe(0);
  });

  it('held-back messages delivered newest first (reverse order) all decrypt', async () => {
    const { a, b, held } = await conversationWithHeldMessages();
    for (const h of [...held].reverse()) expect(await deliver(a, b, h)).toBe(h.plaintext);
  });

  it('held-back messages delivered oldest first all decrypt, and the conversation continues afterwards', async () => {
    const { alice, bob, a, b, held } = await conversationWithHeldMessages();
    for (const h of held) expect(await deliver(a, b, h)).toBe(h.plaintext);
    for (let i = 0; i < 3; i++) {
      expect(str(await b.decrypt(await a.encrypt(text(`after a${i}`))))).toBe(`after a${i}`);
      expect(str(await a.decrypt(await b.encrypt(text(`after b${i}`))))).toBe(`after b${i}`);
    }
    const aliceBase = (await alice.store.loadSession(bob.address))!.currentBaseKey();
    const bobBase = (await bob.store.loadSession(alice.address))!.currentBaseKey();
    expect(aliceBase).toEqual(bobBase);
  });

  it('after the late delivery every held-back message is a duplicate: a second delivery fails and never yields plaintext twice', async () => {
    const { alice, bob, a, b, held } = await conversationWithHeldMessages();
    for (const h of seededShuffle(held, 42)) expect(await deliver(a, b, h)).toBe(h.plaintext);
    const before = [alice.store.snapshot(), bob.store.snapshot()];
    for (const h of held) await rejection(deliver(a, b, h), 'DuplicateMessage', 'input');
    expect([alice.store.snapshot(), bob.store.snapshot()]).toEqual(before);
  });
});
