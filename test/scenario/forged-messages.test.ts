/** RELIABILITY.md §6 scenarios 1 and 2: forged messages against a live session change nothing. */
import { describe, expect, it } from 'vitest';
import { SessionCipher } from '../../src/index.js';
import { createParty } from '../support/parties.js';
import {
  buildSignal,
  establish,
  freshPublicKey,
  parseSignal,
  randomBytes,
  recordingStore,
  rejection,
  snapshots,
  str,
  text,
} from './helpers.js';

async function liveSession() {
  const alice = await createParty('alice');
  const bob = await createParty('bob');
  const { a, b } = await establish(alice, bob);
  // One message on Alice's new sending chain, so Bob's current receiving chain is hers.
  expect(str(await b.decrypt(await a.encrypt(text('warm-up'))))).toBe('warm-up');
  return { alice, bob, a, b };
}

describe('§6.1 forged message (random MAC) on a live session', () => {
  it('a real message with a random MAC fails with BadMac and leaves both stores byte-identical', async () => {
    const { alice, bob, a, b } = await liveSession();
    const real = await a.encrypt(text('real'));
    expect(real.type).toBe('message');
    const forged = Uint8Array.from(real.body);
    forged.set(randomBytes(8), forged.length - 8);
    const before = snapshots(alice, bob);
    const error = await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    expect(error.message).not.toMatch(/[0-9a-f]{32}/); // no key material in messages
    expect(snapshots(alice, bob)).toEqual(before);
    // The untouched original still decrypts afterwards.
    expect(str(await b.decryptMessage(real.body))).toBe('real');
  });

  it('fully forged messages on the current receiving chain (random ciphertext and MAC, any counter) fail with BadMac and store no skipped keys', async () => {
    const { alice, bob, a, b } = await liveSession();
    const template = parseSignal((await a.encrypt(text('m0'))).body);
    const before = snapshots(alice, bob);
    for (const counter of [2, 3, 5, 40, 999]) {
      const forged = buildSignal({ ...template, counter, ciphertext: randomBytes(32), mac: randomBytes(8) });
      await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    }
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('a forged message performs no store write at all (write-recording store)', async () => {
    const { alice, bob, a } = await liveSession();
    const recorded = recordingStore(bob.store);
    const b = new SessionCipher(recorded, alice.address, bob.options);
    const real = await a.encrypt(text('x'));
    const forged = Uint8Array.from(real.body);
    forged[forged.length - 1]! ^= 0x01;
    const before = snapshots(alice, bob);
    await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    expect(recorded.writes).toEqual([]);
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('after 50 forged messages the session still works in both directions', async () => {
    const { alice, bob, a, b } = await liveSession();
    const template = parseSignal((await a.encrypt(text('held'))).body);
    const before = snapshots(alice, bob);
    for (let i = 0; i < 50; i++) {
      const forged = buildSignal({ ...template, counter: 2 + (i % 7), ciphertext: randomBytes(16 * (1 + (i % 3))), mac: randomBytes(8) });
      await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    }
    expect(snapshots(alice, bob)).toEqual(before);
    for (let i = 0; i < 3; i++) {
      expect(str(await b.decrypt(await a.encrypt(text(`a${i}`))))).toBe(`a${i}`);
      expect(str(await a.decrypt(await b.encrypt(text(`b${i}`))))).toBe(`b${i}`);
    }
  });
});

describe('§6.2 forged message with an unseen ratchet key', () => {
  it('is rejected with BadMac, keeps no new receiving chain or sending chain, and the next real message decrypts', async () => {
    const { alice, bob, a, b } = await liveSession();
    const chainsBefore = (await bob.store.loadSession(alice.address))!.current!.receiverChains.length;
    const before = snapshots(alice, bob);
    const forged = buildSignal({
      version: 0x33,
      ratchetKey: freshPublicKey(),
      counter: 0,
      previousCounter: 0,
      ciphertext: randomBytes(32),
      mac: randomBytes(8),
    });
    await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    const record = (await bob.store.loadSession(alice.address))!;
    expect(record.current!.receiverChains.length).toBe(chainsBefore);
    expect(str(await b.decrypt(await a.encrypt(text('next'))))).toBe('next');
    expect(str(await a.decrypt(await b.encrypt(text('reply'))))).toBe('reply');
  });

  it('forged unseen-ratchet-key messages with non-zero counters and a huge previous counter change nothing', async () => {
    const { alice, bob, a, b } = await liveSession();
    const before = snapshots(alice, bob);
    for (const [counter, previousCounter] of [
      [1, 0],
      [17, 3],
      [2_000, 0xffff_ffff],
      [24_999, 24_999],
    ] as const) {
      const forged = buildSignal({ version: 0x33, ratchetKey: freshPublicKey(), counter, previousCounter, ciphertext: randomBytes(48), mac: randomBytes(8) });
      await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    }
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(await a.encrypt(text('still fine'))))).toBe('still fine');
  });

  it('a forged unseen-ratchet-key message between real messages on a new chain does not disturb that chain', async () => {
    const { alice, bob, a, b } = await liveSession();
    expect(str(await a.decrypt(await b.encrypt(text('turn'))))).toBe('turn'); // Alice's next chain is new
    const m0 = await a.encrypt(text('c0'));
    const m1 = await a.encrypt(text('c1'));
    expect(str(await b.decrypt(m0))).toBe('c0');
    const before = snapshots(alice, bob);
    const forged = buildSignal({ ...parseSignal(m1.body), ratchetKey: freshPublicKey() });
    await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(m1))).toBe('c1');
  });
});
