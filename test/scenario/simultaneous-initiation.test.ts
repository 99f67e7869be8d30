/** RELIABILITY.md §6 scenario 11: both sides initiate at once (with loss and repeats) and converge. */
import { describe, expect, it } from 'vitest';
import { processPreKeyBundle, type SessionCipher, toHex } from '../../src/index.js';
import { createParty, type Party } from '../support/parties.js';
import { rejection, str, text } from './helpers.js';

async function crossedInitiation(): Promise<{ alice: Party; bob: Party; a: SessionCipher; b: SessionCipher }> {
  const alice = await createParty('alice');
  const bob = await createParty('bob');
  const [bobBundle, aliceBundle] = await Promise.all([bob.bundle(), alice.bundle()]);
  await Promise.all([processPreKeyBundle(alice.store, bob.address, bobBundle), processPreKeyBundle(bob.store, alice.address, aliceBundle)]);
  return { alice, bob, a: alice.cipherFor(bob), b: bob.cipherFor(alice) };
}

async function baseKeys(alice: Party, bob: Party): Promise<[string, string]> {
  const ra = await alice.store.loadSession(bob.address);
  const rb = await bob.store.loadSession(alice.address);
  return [toHex(ra!.currentBaseKey()!), toHex(rb!.currentBaseKey()!)];
}

/** Alternating messages, Alice first: each must decrypt; afterwards both current base keys match. */
async function expectConvergence(alice: Party, bob: Party, a: SessionCipher, b: SessionCipher, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    expect(str(await b.decrypt(await a.encrypt(text(`conv a${i}`))))).toBe(`conv a${i}`);
    expect(str(await a.decrypt(await b.encrypt(text(`conv b${i}`))))).toBe(`conv b${i}`);
  }
  const [ka, kb] = await baseKeys(alice, bob);
  expect(ka).toBe(kb);
  // Converged for good: further messages in both directions are ordinary 'message's.
  const m = await a.encrypt(text('final a'));
  expect(m.type).toBe('message');
  expect(str(await b.decrypt(m))).toBe('final a');
  const r = await b.encrypt(text('final b'));
  expect(r.type).toBe('message');
  expect(str(await a.decrypt(r))).toBe('final b');
  expect(await baseKeys(alice, bob)).toEqual([ka, kb]);
}

describe('§6.11 simultaneous initiation', () => {
  it('both send PreKey messages at once, both decrypt the other\'s, and after alternating rounds both current states share one base key', async () => {
    const { alice, bob, a, b } = await crossedInitiation();
    const [ma, mb] = await Promise.all([a.encrypt(text('from alice')), b.encrypt(text('from bob'))]);
    expect([ma.type, mb.type]).toEqual(['prekey', 'prekey']);
    const [pa, pb] = await Promise.all([b.decrypt(ma), a.decrypt(mb)]);
    expect([str(pa), str(pb)]).toEqual(['from alice', 'from bob']);
    // Crossed: each side's current session is the one the other started.
    const [ka, kb] = await baseKeys(alice, bob);
    expect(ka).not.toBe(kb);
    await expectConvergence(alice, bob, a, b);
  });

  it('variant with a lost message: Alice\'s PreKey message never arrives, Bob\'s does; both still converge', async () => {
    const { alice, bob, a, b } = await crossedInitiation();
    await a.encrypt(text('lost')); // dropped by the network
    const mb = await b.encrypt(text('from bob'));
    expect(str(await a.decrypt(mb))).toBe('from bob');
    await expectConvergence(alice, bob, a, b);
  });

  it('variant with a lost message where Bob speaks first afterwards: both still converge', async () => {
    const { alice, bob, a, b } = await crossedInitiation();
    await a.encrypt(text('lost'));
    expect(str(await a.decrypt(await b.encrypt(text('from bob'))))).toBe('from bob');
    // Bob sends again before hearing from Alice (still PreKey messages), then alternate with Bob first.
    const again = await b.encrypt(text('bob again'));
    expect(again.type).toBe('prekey');
    expect(str(await a.decrypt(again))).toBe('bob again');
    expect(str(await b.decrypt(await a.encrypt(text('alice answers'))))).toBe('alice answers');
    await expectConvergence(alice, bob, a, b);
  });

  it('variant with repeated messages: duplicated PreKey messages fail as DuplicateMessage and both sides converge', async () => {
    const { alice, bob, a, b } = await crossedInitiation();
    const ma1 = await a.encrypt(text('a1'));
    const ma2 = await a.encrypt(text('a2'));
    const mb1 = await b.encrypt(text('b1'));
    const mb2 = await b.encrypt(text('b2'));
    expect(str(await b.decrypt(ma1))).toBe('a1');
    expect(str(await a.decrypt(mb2))).toBe('b2');
    await rejection(b.decrypt(ma1), 'DuplicateMessage', 'input');
    expect(str(await a.decrypt(mb1))).toBe('b1');
    await rejection(a.decrypt(mb2), 'DuplicateMessage', 'input');
    expect(str(await b.decrypt(ma2))).toBe('a2');
    await rejection(b.decrypt(ma2), 'DuplicateMessage', 'input');
    await rejection(a.decrypt(mb1), 'DuplicateMessage', 'input');
    await expectConvergence(alice, bob, a, b);
  });

  it('variant where both keep talking at once after the crossing (sessions swap) and then alternate: they converge', async () => {
    const { alice, bob, a, b } = await crossedInitiation();
    const [ma, mb] = await Promise.all([a.encrypt(text('pa')), b.encrypt(text('pb'))]);
    expect(str(await b.decrypt(ma))).toBe('pa');
    expect(str(await a.decrypt(mb))).toBe('pb');
    for (let i = 0; i < 3; i++) {
      const [xa, xb] = await Promise.all([a.encrypt(text(`sa${i}`)), b.encrypt(text(`sb${i}`))]);
      const [ya, yb] = await Promise.all([b.decrypt(xa), a.decrypt(xb)]);
      expect([str(ya), str(yb)]).toEqual([`sa${i}`, `sb${i}`]);
    }
    await expectConvergence(alice, bob, a, b);
  });

  it('variant with a lost and a repeated message together, plus a late PreKey message after convergence', async () => {
    const { alice, bob, a, b } = await crossedInitiation();
    const ma1 = await a.encrypt(text('a1'));
    await a.encrypt(text('a2 lost'));
    const mb1 = await b.encrypt(text('b1'));
    const mb2 = await b.encrypt(text('b2'));
    expect(str(await a.decrypt(mb1))).toBe('b1');
    await rejection(a.decrypt(mb1), 'DuplicateMessage', 'input');
    expect(str(await b.decrypt(ma1))).toBe('a1');
    await expectConvergence(alice, bob, a, b);
    // Bob's second PreKey message arrives late: it still decrypts on its (archived) session.
    expect(str(await a.decrypt(mb2))).toBe('b2');
    await expectConvergence(alice, bob, a, b, 1);
  });
});
