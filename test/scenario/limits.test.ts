/**
 * RELIABILITY.md §6 scenarios 8, 9 and 10: forward-jump limit, skipped-key cache eviction, and
 * counters at the top of the uint32 range.
 */
import { describe, expect, it } from 'vitest';
import { type CiphertextMessage, DEFAULT_LIMITS, MAX_COUNTER, processPreKeyBundle, type ProtocolOptions, SessionRecord, toHex } from '../../src/index.js';
import { countingCrypto } from '../support/counting-crypto.js';
import { createParty } from '../support/parties.js';
import {
  buildPreKey,
  buildSignal,
  editCurrentState,
  establish,
  freshPublicKey,
  parsePreKey,
  parseSignal,
  randomBytes,
  rejection,
  snapshots,
  str,
  text,
} from './helpers.js';

const SMALL: ProtocolOptions = { limits: { maxForwardJump: 50 } };

/** Alice encrypts `count` messages on her current chain; returns them by counter. */
async function encryptMany(cipher: { encrypt(p: Uint8Array): Promise<CiphertextMessage> }, count: number, keep: (i: number) => boolean) {
  const kept = new Map<number, CiphertextMessage>();
  for (let i = 0; i < count; i++) {
    const m = await cipher.encrypt(text(`#${i}`));
    if (keep(i)) kept.set(i, m);
  }
  return kept;
}

describe('§6.8 forward jump limit (configured maxForwardJump = 50)', () => {
  it('on a known chain, a jump of exactly the limit decrypts and limit + 1 fails with TooFarInFuture without a state change', async () => {
    const alice = await createParty('alice', SMALL);
    const bob = await createParty('bob', SMALL);
    const { a, b } = await establish(alice, bob);
    // Alice's new chain: counter 0 delivered, so Bob's chain index is 1.
    const msgs = await encryptMany(a, 53, () => true);
    expect(str(await b.decrypt(msgs.get(0)!))).toBe('#0');
    const before = snapshots(alice, bob);
    const error = await rejection(b.decrypt(msgs.get(52)!), 'TooFarInFuture', 'input');
    expect(error.details).toMatchObject({ gap: 51, max: 50, counter: 52 });
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(msgs.get(51)!))).toBe('#51'); // gap 50: exactly at the limit
    expect(str(await b.decrypt(msgs.get(52)!))).toBe('#52'); // now gap 0
    for (let i = 1; i <= 50; i++) expect(str(await b.decrypt(msgs.get(i)!))).toBe(`#${i}`);
  });

  it('on a new chain (unseen ratchet key), counter = limit decrypts and limit + 1 fails with TooFarInFuture before any DH step', async () => {
    const alice = await createParty('alice', SMALL);
    const bob = await createParty('bob', SMALL);
    const { a, b } = await establish(alice, bob);
    const msgs = await encryptMany(a, 52, (i) => i >= 50);
    const before = snapshots(alice, bob);
    await rejection(b.decrypt(msgs.get(51)!), 'TooFarInFuture', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(msgs.get(50)!))).toBe('#50');
    expect(str(await b.decrypt(msgs.get(51)!))).toBe('#51');
  });

  it('the first PreKey message with a counter beyond the limit fails and consumes nothing (no session, one-time prekey kept)', async () => {
    const alice = await createParty('alice', SMALL);
    const bob = await createParty('bob', SMALL);
    const bundle = await bob.bundle();
    await processPreKeyBundle(alice.store, bob.address, bundle, SMALL);
    const msgs = await encryptMany(alice.cipherFor(bob), 52, (i) => i >= 50);
    const b = bob.cipherFor(alice);
    const before = snapshots(alice, bob);
    await rejection(b.decrypt(msgs.get(51)!), 'TooFarInFuture', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    expect(await bob.store.loadPreKey(bundle.preKey!.id)).toBeDefined();
    expect(str(await b.decrypt(msgs.get(50)!))).toBe('#50');
    expect(await bob.store.loadPreKey(bundle.preKey!.id)).toBeUndefined();
  });

  it('a huge counter (2^32 − 2) is rejected with TooFarInFuture before any key derivation or DH, without a state change, on a known and on an unseen ratchet key', async () => {
    const { backend, counts } = countingCrypto();
    const alice = await createParty('alice');
    const bob = await createParty('bob', { crypto: backend });
    const { a, b } = await establish(alice, bob);
    const template = parseSignal((await a.encrypt(text('known'))).body);
    expect(str(await b.decryptMessage(buildSignal(template)))).toBe('known');
    const before = snapshots(alice, bob);
    const work = { ...counts };
    for (const ratchetKey of [template.ratchetKey, freshPublicKey()]) {
      const huge = buildSignal({ ...template, ratchetKey, counter: 0xffff_fffe, mac: randomBytes(8) });
      const error = await rejection(b.decryptMessage(huge), 'TooFarInFuture', 'input');
      expect(error.details.counter).toBe(0xffff_fffe);
    }
    expect(counts).toEqual(work);
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('a huge previous counter (2^32 − 1) causes no extra work: the forged message fails on its MAC and changes nothing', async () => {
    const { backend, counts } = countingCrypto();
    const alice = await createParty('alice');
    const bob = await createParty('bob', { crypto: backend });
    const { a, b } = await establish(alice, bob);
    const template = parseSignal((await a.encrypt(text('x'))).body);
    const before = snapshots(alice, bob);
    const hmacsBefore = counts.hmac;
    for (const ratchetKey of [template.ratchetKey, freshPublicKey()]) {
      await rejection(b.decryptMessage(buildSignal({ ...template, ratchetKey, previousCounter: MAX_COUNTER, mac: randomBytes(8) })), 'BadMac', 'input');
    }
    // Two attempts, each: a few chain steps, the MAC, and (unseen key) one DH step's KDFs.
    expect(counts.hmac - hmacsBefore).toBeLessThan(40);
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('default limit (25,000): a jump of exactly 25,000 decrypts with one chain walk, 25,001 fails without a state change', async () => {
    // The sender encrypts and discards 25,000 messages (about 1 s with the pure-JS backend).
    expect(DEFAULT_LIMITS.maxForwardJump).toBe(25_000);
    const { backend, counts } = countingCrypto();
    const alice = await createParty('alice');
    const bob = await createParty('bob', { crypto: backend });
    const { a, b } = await establish(alice, bob);
    const keep = new Set([0, 1, 23_000, 23_001, 25_000, 25_001, 25_002]);
    const msgs = await encryptMany(a, 25_003, (i) => keep.has(i));
    expect(str(await b.decrypt(msgs.get(0)!))).toBe('#0'); // chain index is now 1
    const before = snapshots(alice, bob);
    const error = await rejection(b.decrypt(msgs.get(25_002)!), 'TooFarInFuture', 'input');
    expect(error.details).toMatchObject({ gap: 25_001, max: 25_000 });
    expect(snapshots(alice, bob)).toEqual(before);
    const hmacsBefore = counts.hmac;
    expect(str(await b.decrypt(msgs.get(25_001)!))).toBe('#25001'); // gap exactly 25,000
    // Two HMACs per chain step (seed and next key), plus the MAC and HKDF's own HMACs.
    expect(counts.hmac - hmacsBefore).toBeLessThanOrEqual(2 * 25_001 + 20);
    expect(str(await b.decrypt(msgs.get(25_002)!))).toBe('#25002');
    // Only the newest maxSkippedKeysPerChain (2,000) skipped keys were kept: 23,001..25,000.
    const chains = (await bob.store.loadSession(alice.address))!.current!.receiverChains;
    expect(chains.at(-1)!.skipped.size).toBe(DEFAULT_LIMITS.maxSkippedKeysPerChain);
    expect(str(await b.decrypt(msgs.get(23_001)!))).toBe('#23001');
    expect(str(await b.decrypt(msgs.get(25_000)!))).toBe('#25000');
    await rejection(b.decrypt(msgs.get(23_000)!), 'DuplicateMessage', 'input');
    await rejection(b.decrypt(msgs.get(1)!), 'DuplicateMessage', 'input');
  });
});

describe('§6.9 skipped-key cache eviction (maxSkippedKeysPerChain = 2,000, default)', () => {
  it('after 2,300 sent and #1000 then #2299 decrypted first, #5 (evicted) fails with DuplicateMessage and changes nothing', async () => {
    expect(DEFAULT_LIMITS.maxSkippedKeysPerChain).toBe(2_000);
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const { a, b } = await establish(alice, bob);
    const msgs = await encryptMany(a, 2_300, () => true); // counters 0..2299 on a chain new to Bob
    expect(str(await b.decrypt(msgs.get(1_000)!))).toBe('#1000');
    expect(str(await b.decrypt(msgs.get(2_299)!))).toBe('#2299');
    const chain = (await bob.store.loadSession(alice.address))!.current!.receiverChains.at(-1)!;
    expect(chain.skipped.size).toBe(2_000);
    // Stored keys are the newest 2,000 of the 2,298 skipped: 298..999 and 1001..2298.
    expect(Math.min(...chain.skipped.keys())).toBe(298);
    const before = snapshots(alice, bob);
    const error = await rejection(b.decrypt(msgs.get(5)!), 'DuplicateMessage', 'input');
    expect(error.details.counter).toBe(5);
    await rejection(b.decrypt(msgs.get(297)!), 'DuplicateMessage', 'input');
    await rejection(b.decrypt(msgs.get(1_000)!), 'DuplicateMessage', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(msgs.get(298)!))).toBe('#298');
    expect(str(await b.decrypt(msgs.get(2_298)!))).toBe('#2298');
    expect(str(await b.decrypt(msgs.get(1_001)!))).toBe('#1001');
  });
});

describe('§6.10 counters at 2^32 − 1', () => {
  it('a SignalMessage with counter 0xFFFFFFFF is rejected with a typed input error before anything changes (known and unseen ratchet key)', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const { a, b } = await establish(alice, bob);
    const real = parseSignal((await a.encrypt(text('real'))).body);
    expect(str(await b.decryptMessage(buildSignal(real)))).toBe('real');
    const before = snapshots(alice, bob);
    for (const ratchetKey of [real.ratchetKey, freshPublicKey()]) {
      // MAC is the original (now wrong): the counter check must come first and be typed.
      const error = await rejection(b.decryptMessage(buildSignal({ ...real, ratchetKey, counter: MAX_COUNTER })), undefined, 'input');
      expect(['InvalidMessage', 'TooFarInFuture']).toContain(error.code);
    }
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('a PreKey message whose inner counter is 0xFFFFFFFF is rejected and consumes nothing', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const bundle = await bob.bundle();
    await processPreKeyBundle(alice.store, bob.address, bundle);
    const first = await alice.cipherFor(bob).encrypt(text('first'));
    const outer = parsePreKey(first.body);
    const crafted = buildPreKey({ ...outer, message: buildSignal({ ...parseSignal(outer.message), counter: MAX_COUNTER }) });
    const b = bob.cipherFor(alice);
    const before = snapshots(alice, bob);
    await rejection(b.decryptPreKeyMessage(crafted), undefined, 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(first))).toBe('first');
  });

  it('a sending chain at index 2^32 − 1 refuses to encrypt with InvalidState and no state change; index 2^32 − 2 encrypts once, without wrap-around', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const { a, b } = await establish(alice, bob);
    const record = (await alice.store.loadSession(bob.address))!;

    await alice.store.storeSession(bob.address, editCurrentState(record, (s) => void (s.senderChain!.chainKey!.index = MAX_COUNTER)));
    expect((await alice.store.loadSession(bob.address))!.current!.senderChain.chainKey.index).toBe(MAX_COUNTER);
    let before = snapshots(alice, bob);
    const error = await rejection(a.encrypt(text('overflow')), 'InvalidState', 'usage');
    expect(error.details.counter).toBe(MAX_COUNTER);
    expect(snapshots(alice, bob)).toEqual(before);

    await alice.store.storeSession(bob.address, editCurrentState(record, (s) => void (s.senderChain!.chainKey!.index = MAX_COUNTER - 1)));
    const last = await a.encrypt(text('last'));
    expect(parseSignal(last.body).counter).toBe(MAX_COUNTER - 1);
    expect((await alice.store.loadSession(bob.address))!.current!.senderChain.chainKey.index).toBe(MAX_COUNTER);
    before = snapshots(alice, bob);
    await rejection(a.encrypt(text('wrapped?')), 'InvalidState', 'usage');
    expect(snapshots(alice, bob)).toEqual(before);
    // The receiver treats counter 2^32 − 2 as a jump far beyond the limit, not as a wrapped 0.
    await rejection(b.decrypt(last), 'TooFarInFuture', 'input');
  });

  it('end to end at the top of the range: both chains moved to index 2^32 − 16 deliver every counter up to 2^32 − 2 (out of order too), then stop cleanly on both sides', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const { a, b } = await establish(alice, bob);
    expect(str(await b.decrypt(await a.encrypt(text('on the chain'))))).toBe('on the chain');
    // Give Alice's sending chain and Bob's matching receiving chain the same (key, index): the two
    // sides stay consistent because a chain is just HMAC iterations from that key.
    const start = MAX_COUNTER - 15;
    const key = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
    const aliceRecord = (await alice.store.loadSession(bob.address))!;
    const ratchetPublic = aliceRecord.current!.senderChain.ratchetKeyPair.publicKey;
    await alice.store.storeSession(bob.address, editCurrentState(aliceRecord, (s) => void (s.senderChain!.chainKey = { key, index: start })));
    const bobRecord = (await bob.store.loadSession(alice.address))!;
    await bob.store.storeSession(
      alice.address,
      editCurrentState(bobRecord, (s) => {
        const chain = s.receiverChains!.find((c) => toHex(c.ratchetPublic!) === toHex(ratchetPublic))!;
        chain.chainKey = { key, index: start };
      }),
    );
    const msgs: CiphertextMessage[] = [];
    for (let c = start; c < MAX_COUNTER; c++) msgs.push(await a.encrypt(text(`#${c}`)));
    expect(parseSignal(msgs.at(-1)!.body).counter).toBe(MAX_COUNTER - 1);
    await rejection(a.encrypt(text('one more')), 'InvalidState');
    // Deliver the last first (skipping 14 keys), then the rest in reverse.
    for (const m of [...msgs].reverse()) expect(str(await b.decrypt(m))).toBe(`#${parseSignal(m.body).counter}`);
    const chain = (await bob.store.loadSession(alice.address))!.current!.receiverChains.find((c) => toHex(c.ratchetPublic) === toHex(ratchetPublic))!;
    expect(chain.chainKey.index).toBe(MAX_COUNTER);
    expect(chain.skipped.size).toBe(0);
    // Nothing can follow on that chain: 0xFFFFFFFF is refused before any change, lower ones are duplicates.
    const before = snapshots(alice, bob);
    const last = parseSignal(msgs.at(-1)!.body);
    await rejection(b.decryptMessage(buildSignal({ ...last, counter: MAX_COUNTER })), undefined, 'input');
    await rejection(b.decrypt(msgs[0]!), 'DuplicateMessage');
    expect(snapshots(alice, bob)).toEqual(before);
    // The conversation continues on fresh chains after a DH ratchet step.
    expect(str(await a.decrypt(await b.encrypt(text('new chain please'))))).toBe('new chain please');
    expect(str(await b.decrypt(await a.encrypt(text('fresh chain'))))).toBe('fresh chain');
  });

  it('a crafted record survives the serialize/deserialize round trip with index 2^32 − 1 intact', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await establish(alice, bob);
    const record = (await alice.store.loadSession(bob.address))!;
    const crafted = editCurrentState(record, (s) => void (s.senderChain!.chainKey!.index = MAX_COUNTER));
    expect(SessionRecord.deserialize(crafted.serialize()).current!.senderChain.chainKey.index).toBe(MAX_COUNTER);
  });
});
