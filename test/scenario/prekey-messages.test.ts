/**
 * RELIABILITY.md §6 scenarios 15 and 16: corrupted PreKey messages consume nothing; repeated PreKey
 * messages from the same sender decrypt through the existing session (failure mode F6).
 */
import { describe, expect, it } from 'vitest';
import { type CiphertextMessage, processPreKeyBundle, SessionCipher, toHex } from '../../src/index.js';
import { createParty, type Party } from '../support/parties.js';
import {
  buildPreKey,
  buildSignal,
  freshPublicKey,
  parsePreKey,
  parseSignal,
  type PreKeyParts,
  recordingStore,
  rejection,
  snapshots,
  str,
  text,
} from './helpers.js';

async function firstContact(): Promise<{ alice: Party; bob: Party; preKeyId: number; first: CiphertextMessage }> {
  const alice = await createParty('alice');
  const bob = await createParty('bob');
  const bundle = await bob.bundle();
  await processPreKeyBundle(alice.store, bob.address, bundle);
  const first = await alice.cipherFor(bob).encrypt(text('first'));
  expect(first.type).toBe('prekey');
  return { alice, bob, preKeyId: bundle.preKey!.id, first };
}

/** Corruptions of a PreKey message, each rebuilt from its decoded fields. */
const corruptions: Record<string, (p: PreKeyParts) => PreKeyParts> = {
  'flipped bit in the inner MAC': (p) => {
    const m = Uint8Array.from(p.message);
    m[m.length - 1]! ^= 0x80;
    return { ...p, message: m };
  },
  'flipped byte in the inner ciphertext': (p) => {
    const inner = parseSignal(p.message);
    const ciphertext = Uint8Array.from(inner.ciphertext);
    ciphertext[3]! ^= 0xff;
    return { ...p, message: buildSignal({ ...inner, ciphertext }) };
  },
  'changed inner counter': (p) => ({ ...p, message: buildSignal({ ...parseSignal(p.message), counter: 1 }) }),
  'changed inner ratchet key': (p) => ({ ...p, message: buildSignal({ ...parseSignal(p.message), ratchetKey: freshPublicKey() }) }),
  'another base key': (p) => ({ ...p, baseKey: freshPublicKey() }),
  'another identity key': (p) => ({ ...p, identityKey: freshPublicKey() }),
  'unknown signed prekey id': (p) => ({ ...p, signedPreKeyId: p.signedPreKeyId + 1000 }),
  'unknown one-time prekey id': (p) => ({ ...p, preKeyId: p.preKeyId! + 1000 }),
  'one-time prekey id removed': (p) => {
    const { preKeyId: _dropped, ...rest } = p;
    return rest;
  },
  'truncated inner message': (p) => ({ ...p, message: p.message.subarray(0, p.message.length - 3) }),
};

describe('§6.15 PreKey message with a corrupted body', () => {
  for (const [name, corrupt] of Object.entries(corruptions)) {
    it(`${name}: rejected with an input error; one-time prekey, signed prekey, identities and sessions untouched; the valid original then succeeds and removes the one-time prekey`, async () => {
      const { alice, bob, preKeyId, first } = await firstContact();
      const recorded = recordingStore(bob.store);
      const b = new SessionCipher(recorded, alice.address, bob.options);
      const corrupted = buildPreKey(corrupt(parsePreKey(first.body)));
      const before = snapshots(alice, bob);
      await rejection(b.decryptPreKeyMessage(corrupted), undefined, 'input');
      expect(snapshots(alice, bob)).toEqual(before);
      expect(recorded.writes).toEqual([]);
      expect(await bob.store.loadPreKey(preKeyId)).toBeDefined();
      expect(await bob.store.getIdentity(alice.address)).toBeUndefined();
      expect(await bob.store.loadSession(alice.address)).toBeUndefined();

      expect(str(await b.decrypt(first))).toBe('first');
      expect(await bob.store.loadPreKey(preKeyId)).toBeUndefined();
      expect(recorded.writes).toContain(`removePreKey ${preKeyId}`);
      expect(toHex((await bob.store.getIdentity(alice.address))!)).toBe(toHex(parsePreKey(first.body).identityKey));
      // The session is real: Bob's reply reaches Alice.
      expect(str(await alice.cipherFor(bob).decrypt(await b.encrypt(text('reply'))))).toBe('reply');
    });
  }

  it('with an established session, a corrupted PreKey message for a new session neither archives nor touches the existing one', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    const a = alice.cipherFor(bob);
    const b = bob.cipherFor(alice);
    expect(str(await b.decrypt(await a.encrypt(text('S1'))))).toBe('S1');
    expect(str(await a.decrypt(await b.encrypt(text('ack'))))).toBe('ack');
    // Alice starts a second session; its first message is corrupted in transit.
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    const s2 = await a.encrypt(text('S2'));
    const before = snapshots(alice, bob);
    for (const corrupt of Object.values(corruptions)) {
      await rejection(b.decryptPreKeyMessage(buildPreKey(corrupt(parsePreKey(s2.body)))), undefined, 'input');
    }
    expect(snapshots(alice, bob)).toEqual(before);
    expect((await bob.store.loadSession(alice.address))!.archivedCount).toBe(0);
    expect(str(await b.decrypt(s2))).toBe('S2');
    expect((await bob.store.loadSession(alice.address))!.archivedCount).toBe(1);
  });

  it('a corrupted copy arriving after the valid original is rejected and leaves the established session untouched', async () => {
    const { alice, bob, first } = await firstContact();
    const b = bob.cipherFor(alice);
    expect(str(await b.decrypt(first))).toBe('first');
    const before = snapshots(alice, bob);
    for (const corrupt of Object.values(corruptions)) {
      await rejection(b.decryptPreKeyMessage(buildPreKey(corrupt(parsePreKey(first.body)))), undefined, 'input');
    }
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await alice.cipherFor(bob).decrypt(await b.encrypt(text('reply'))))).toBe('reply');
  });
});

describe('§6.16 second and third PreKey messages from the same sender (same base key)', () => {
  it('decrypt through the existing session after the first consumed the one-time prekey; no second session is created', async () => {
    const { alice, bob, preKeyId, first } = await firstContact();
    const a = alice.cipherFor(bob);
    const second = await a.encrypt(text('second'));
    const third = await a.encrypt(text('third'));
    expect([second.type, third.type]).toEqual(['prekey', 'prekey']);
    expect(parsePreKey(second.body).baseKey).toEqual(parsePreKey(first.body).baseKey);
    expect(parsePreKey(third.body).preKeyId).toBe(preKeyId);
    const b = bob.cipherFor(alice);
    expect(str(await b.decrypt(first))).toBe('first');
    expect(await bob.store.loadPreKey(preKeyId)).toBeUndefined();
    const baseKey = toHex((await bob.store.loadSession(alice.address))!.currentBaseKey()!);
    expect(str(await b.decrypt(second))).toBe('second');
    expect(str(await b.decrypt(third))).toBe('third');
    const record = (await bob.store.loadSession(alice.address))!;
    expect(record.archivedCount).toBe(0);
    expect(toHex(record.currentBaseKey()!)).toBe(baseKey);
  });

  it('decrypt out of order (third before second), each exactly once', async () => {
    const { alice, bob, first } = await firstContact();
    const a = alice.cipherFor(bob);
    const second = await a.encrypt(text('second'));
    const third = await a.encrypt(text('third'));
    const b = bob.cipherFor(alice);
    expect(str(await b.decrypt(third))).toBe('third'); // the third one creates the session
    expect(str(await b.decrypt(first))).toBe('first');
    expect(str(await b.decrypt(second))).toBe('second');
    await rejection(b.decrypt(second), 'DuplicateMessage', 'input');
    expect((await bob.store.loadSession(alice.address))!.archivedCount).toBe(0);
  });

  it('a late second PreKey message still decrypts after Bob replied and Alice moved on to a new chain', async () => {
    const { alice, bob, first } = await firstContact();
    const a = alice.cipherFor(bob);
    const late = await a.encrypt(text('late'));
    const b = bob.cipherFor(alice);
    expect(str(await b.decrypt(first))).toBe('first');
    expect(str(await a.decrypt(await b.encrypt(text('reply'))))).toBe('reply');
    const next = await a.encrypt(text('next'));
    expect(next.type).toBe('message');
    expect(str(await b.decrypt(next))).toBe('next');
    expect(str(await b.decrypt(late))).toBe('late');
  });

  it('a late PreKey message for a session that has since been archived decrypts by its base key and that session is promoted', async () => {
    const { alice, bob, first } = await firstContact();
    const a = alice.cipherFor(bob);
    const late = await a.encrypt(text('late on S1'));
    const b = bob.cipherFor(alice);
    expect(str(await b.decrypt(first))).toBe('first');
    // Alice starts a second session S2, which Bob accepts: S1 is archived at Bob.
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    expect(str(await b.decrypt(await a.encrypt(text('S2'))))).toBe('S2');
    const bobRecord = (await bob.store.loadSession(alice.address))!;
    expect(bobRecord.archivedCount).toBe(1);
    expect(str(await b.decrypt(late))).toBe('late on S1');
    const after = (await bob.store.loadSession(alice.address))!;
    expect(after.archivedCount).toBe(1);
    expect(toHex(after.currentBaseKey()!)).toBe(toHex(parsePreKey(first.body).baseKey));
  });
});
