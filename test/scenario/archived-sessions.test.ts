/** RELIABILITY.md §6 scenario 3: a message for an archived state (regression for failure mode F1). */
import { describe, expect, it } from 'vitest';
import { processPreKeyBundle, type SessionCipher, toHex } from '../../src/index.js';
import { countingCrypto } from '../support/counting-crypto.js';
import { createParty, type Party } from '../support/parties.js';
import { buildSignal, freshPublicKey, parseSignal, randomBytes, rejection, snapshots, stateHexes, str, text } from './helpers.js';

/**
 * Three sessions S1, S2, S3 between Alice (initiator of all three) and Bob, each acknowledged by a
 * reply. Before starting the next session Alice encrypts one 'message' on the current one and
 * holds it back. Afterwards both records hold S3 as current and S2, S1 archived.
 */
async function threeSessions(): Promise<{
  alice: Party;
  bob: Party;
  a: SessionCipher;
  b: SessionCipher;
  baseKeys: string[];
  held: Uint8Array[];
}> {
  const alice = await createParty('alice');
  const bob = await createParty('bob');
  const a = alice.cipherFor(bob);
  const b = bob.cipherFor(alice);
  const baseKeys: string[] = [];
  const held: Uint8Array[] = [];
  for (let s = 1; s <= 3; s++) {
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    baseKeys.push(toHex((await alice.store.loadSession(bob.address))!.currentBaseKey()!));
    expect(str(await b.decrypt(await a.encrypt(text(`S${s} hello`))))).toBe(`S${s} hello`);
    expect(str(await a.decrypt(await b.encrypt(text(`S${s} ack`))))).toBe(`S${s} ack`);
    const late = await a.encrypt(text(`S${s} late`));
    expect(late.type).toBe('message');
    held.push(late.body);
  }
  const bobRecord = (await bob.store.loadSession(alice.address))!;
  expect(bobRecord.archivedCount).toBe(2);
  expect(toHex(bobRecord.currentBaseKey()!)).toBe(baseKeys[2]);
  return { alice, bob, a, b, baseKeys, held };
}

describe('§6.3 record with several archived states, message matching an older one', () => {
  it('a message for the oldest archived state decrypts, the states tried first are left byte-identical, and the matching state becomes current', async () => {
    const { alice, bob, b, baseKeys, held } = await threeSessions();
    const [s3Before, s2Before, s1Before] = stateHexes(await bob.store.loadSession(alice.address));
    expect(str(await b.decryptMessage(held[0]!))).toBe('S1 late');
    const after = await bob.store.loadSession(alice.address);
    expect(toHex(after!.currentBaseKey()!)).toBe(baseKeys[0]);
    expect(after!.archivedCount).toBe(2);
    const [s1After, s3After, s2After] = stateHexes(after);
    // S3 and S2 were tried (and failed) first: not a byte of them changed; S1 advanced.
    expect(s3After).toBe(s3Before);
    expect(s2After).toBe(s2Before);
    expect(s1After).not.toBe(s1Before);
  });

  it('a message for the middle state is found after the current and the other archived state fail, and promoted', async () => {
    const { alice, bob, b, baseKeys, held } = await threeSessions();
    const [s3Before, , s1Before] = stateHexes(await bob.store.loadSession(alice.address));
    expect(str(await b.decryptMessage(held[1]!))).toBe('S2 late');
    const after = await bob.store.loadSession(alice.address);
    expect(toHex(after!.currentBaseKey()!)).toBe(baseKeys[1]);
    const [, s3After, s1After] = stateHexes(after);
    expect(s3After).toBe(s3Before);
    expect(s1After).toBe(s1Before);
  });

  it('late messages for every archived state decrypt in any order, then both sides converge on one session', async () => {
    const { alice, bob, a, b, held } = await threeSessions();
    expect(str(await b.decryptMessage(held[1]!))).toBe('S2 late');
    expect(str(await b.decryptMessage(held[0]!))).toBe('S1 late');
    expect(str(await b.decryptMessage(held[2]!))).toBe('S3 late');
    // Bob's current is now S3 again (the last one that matched); replies reach Alice on S3.
    for (let i = 0; i < 3; i++) {
      expect(str(await a.decrypt(await b.encrypt(text(`b${i}`))))).toBe(`b${i}`);
      expect(str(await b.decrypt(await a.encrypt(text(`a${i}`))))).toBe(`a${i}`);
    }
    const aliceBase = (await alice.store.loadSession(bob.address))!.currentBaseKey()!;
    const bobBase = (await bob.store.loadSession(alice.address))!.currentBaseKey()!;
    expect(toHex(aliceBase)).toBe(toHex(bobBase));
  });

  it('a reply on the promoted older state is found in the peer\'s archive and promoted there too', async () => {
    const { alice, bob, a, b, baseKeys, held } = await threeSessions();
    expect(str(await b.decryptMessage(held[0]!))).toBe('S1 late');
    const reply = await b.encrypt(text('on S1'));
    expect(reply.type).toBe('message');
    const [aliceS3Before, aliceS2Before] = stateHexes(await alice.store.loadSession(bob.address));
    expect(str(await a.decrypt(reply))).toBe('on S1');
    const aliceAfter = (await alice.store.loadSession(bob.address))!;
    expect(toHex(aliceAfter.currentBaseKey()!)).toBe(baseKeys[0]);
    const [, aliceS3After, aliceS2After] = stateHexes(aliceAfter);
    expect(aliceS3After).toBe(aliceS3Before);
    expect(aliceS2After).toBe(aliceS2Before);
    expect(str(await b.decrypt(await a.encrypt(text('both on S1'))))).toBe('both on S1');
    expect(toHex((await bob.store.loadSession(alice.address))!.currentBaseKey()!)).toBe(baseKeys[0]);
  });

  it('a forged message that matches no state fails and leaves all three states untouched', async () => {
    const { alice, bob, b, held } = await threeSessions();
    const before = snapshots(alice, bob);
    for (const body of held) {
      const forged = buildSignal({ ...parseSignal(body), mac: randomBytes(8) });
      await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    }
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('a full record (current + 40 archived): a forged max-jump message with an unseen ratchet key is tried on all 41 states, costs at most one full jump plus 40 short ones, and leaves every state untouched', async () => {
    // Default limits. Archived states may skip at most maxSkippedKeysPerChain (2,000) keys for an
    // unseen ratchet key, so the forged message costs 25,000 + 40 × 2,000 chain steps, not 41 × 25,000.
    const { backend, counts } = countingCrypto();
    const alice = await createParty('alice');
    const bob = await createParty('bob', { crypto: backend });
    const a = alice.cipherFor(bob);
    const b = bob.cipherFor(alice);
    for (let s = 0; s < 41; s++) {
      await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
      expect(str(await b.decrypt(await a.encrypt(text(`S${s}`))))).toBe(`S${s}`);
    }
    expect((await bob.store.loadSession(alice.address))!.archivedCount).toBe(40);
    const before = snapshots(alice, bob);
    const forged = buildSignal({ version: 0x33, ratchetKey: freshPublicKey(), counter: 2_000, previousCounter: 0, ciphertext: randomBytes(16), mac: randomBytes(8) });
    const hmacs = counts.hmac;
    await rejection(b.decryptMessage(forged), 'BadMac', 'input');
    expect(counts.hmac - hmacs).toBeGreaterThan(41 * 2 * 2_000); // every state really was tried
    expect(snapshots(alice, bob)).toEqual(before);
    const deep = buildSignal({ version: 0x33, ratchetKey: freshPublicKey(), counter: 25_000, previousCounter: 0, ciphertext: randomBytes(16), mac: randomBytes(8) });
    const hmacsDeep = counts.hmac;
    await rejection(b.decryptMessage(deep), 'BadMac', 'input');
    const perStateOverhead = 40; // DH-step and message-key KDFs, MAC
    expect(counts.hmac - hmacsDeep).toBeLessThanOrEqual(2 * (25_001 + 40 * 2_001) + 41 * perStateOverhead);
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(await a.encrypt(text('still current'))))).toBe('still current');
  });

  it('a duplicate of a message already decrypted on an archived state fails with DuplicateMessage and changes nothing', async () => {
    const { alice, bob, b, held } = await threeSessions();
    expect(str(await b.decryptMessage(held[0]!))).toBe('S1 late');
    expect(str(await b.decryptMessage(held[2]!))).toBe('S3 late'); // S1 is archived again
    const before = snapshots(alice, bob);
    await rejection(b.decryptMessage(held[0]!), 'DuplicateMessage', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
  });
});
