/**
 * RELIABILITY.md §6 scenarios 18 and 19: forged signed-prekey signatures (failure mode F9) and
 * identity-key changes (failure mode F8) are refused before any store write.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultContext,
  generateIdentityKeyPair,
  generateSignedPreKey,
  nobleCrypto,
  type PreKeyBundle,
  processPreKeyBundle,
  SessionCipher,
  sign,
  toHex,
} from '../../src/index.js';
import { createParty } from '../support/parties.js';
import { establish, freshPublicKey, randomBytes, recordingStore, rejection, snapshots, str, text } from './helpers.js';

describe('§6.18 bundle with a forged signed-prekey signature', () => {
  const forgeries: Record<string, (bundle: PreKeyBundle) => Uint8Array> = {
    'random 64 bytes': () => randomBytes(64),
    'all-zero signature (accepted by libsignal-node 6.0.0)': () => new Uint8Array(64),
    'single flipped bit': (b) => {
      const s = Uint8Array.from(b.signedPreKey.signature);
      s[17]! ^= 0x04;
      return s;
    },
    'flipped sign bit (bit 7 of byte 63)': (b) => {
      const s = Uint8Array.from(b.signedPreKey.signature);
      s[63]! ^= 0x80;
      return s;
    },
    'signature by a different identity key': (b) => sign(nobleCrypto, defaultContext, generateIdentityKeyPair().privateKey, b.signedPreKey.publicKey),
    "the bundle owner's signature over a different signed prekey": () => generateSignedPreKey(generateIdentityKeyPair(), 7).signature,
    '63 bytes': (b) => b.signedPreKey.signature.subarray(0, 63),
    '65 bytes': (b) => Uint8Array.of(...b.signedPreKey.signature, 0),
    empty: () => new Uint8Array(0),
  };

  for (const [name, forge] of Object.entries(forgeries)) {
    it(`${name}: rejected with BadSignature before any store write`, async () => {
      const alice = await createParty('alice');
      const bob = await createParty('bob');
      const bundle = await bob.bundle();
      const forged: PreKeyBundle = { ...bundle, signedPreKey: { ...bundle.signedPreKey, signature: forge(bundle) } };
      const recorded = recordingStore(alice.store);
      const before = snapshots(alice, bob);
      await rejection(processPreKeyBundle(recorded, bob.address, forged), 'BadSignature', 'input');
      expect(recorded.writes).toEqual([]);
      expect(snapshots(alice, bob)).toEqual(before);
      expect(await alice.cipherFor(bob).hasOpenSession()).toBe(false);
      // The genuine bundle still works.
      await processPreKeyBundle(alice.store, bob.address, bundle);
      expect(str(await bob.cipherFor(alice).decrypt(await alice.cipherFor(bob).encrypt(text('ok'))))).toBe('ok');
    });
  }

  it("a valid signature under a substituted identity key (attacker's signed prekey, victim's identity) is rejected before any write", async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const bundle = await bob.bundle();
    const attacker = generateIdentityKeyPair();
    const attackerSpk = generateSignedPreKey(attacker, 7);
    const forged: PreKeyBundle = {
      ...bundle,
      signedPreKey: { id: 7, publicKey: attackerSpk.keyPair.publicKey, signature: attackerSpk.signature },
    };
    const before = snapshots(alice, bob);
    await rejection(processPreKeyBundle(alice.store, bob.address, forged), 'BadSignature', 'input');
    expect(snapshots(alice, bob)).toEqual(before);
  });

  it('a forged bundle for an address with an existing session leaves that session current and usable', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const { a, b } = await establish(alice, bob);
    const bundle = await bob.bundle();
    const before = snapshots(alice, bob);
    await rejection(processPreKeyBundle(alice.store, bob.address, { ...bundle, signedPreKey: { ...bundle.signedPreKey, signature: randomBytes(64) } }), 'BadSignature');
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(await a.encrypt(text('still here'))))).toBe('still here');
  });
});

describe('§6.19 identity key change', () => {
  it('inbound PreKey message from a known address with a new identity: UntrustedIdentity before any write; after explicit trust the same message is accepted and the old session archived', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await establish(alice, bob);
    const oldIdentity = toHex((await bob.store.getIdentity(alice.address))!);
    // Alice reinstalls: same address, new identity key.
    const alice2 = await createParty('alice');
    const newIdentity = (await alice2.store.getIdentityKeyPair()).publicKey;
    expect(toHex(newIdentity)).not.toBe(oldIdentity);
    await processPreKeyBundle(alice2.store, bob.address, await bob.bundle());
    const message = await alice2.cipherFor(bob).encrypt(text('new phone'));
    expect(message.type).toBe('prekey');

    const recorded = recordingStore(bob.store);
    const b = new SessionCipher(recorded, alice.address, bob.options);
    const archivedBefore = (await bob.store.loadSession(alice.address))!.archivedCount;
    const before = snapshots(bob);
    const error = await rejection(b.decrypt(message), 'UntrustedIdentity', 'input');
    expect(error.details.address).toBe(alice.address.toString());
    expect(recorded.writes).toEqual([]);
    expect(snapshots(bob)).toEqual(before);
    expect(toHex((await bob.store.getIdentity(alice.address))!)).toBe(oldIdentity);

    // Explicit trust by the application, then the very same message is accepted.
    expect(await bob.store.saveIdentity(alice.address, newIdentity)).toBe(true);
    expect(str(await b.decrypt(message))).toBe('new phone');
    const record = (await bob.store.loadSession(alice.address))!;
    expect(record.archivedCount).toBe(archivedBefore + 1);
    expect(toHex(record.current!.remoteIdentityKey)).toBe(toHex(newIdentity));
    expect(str(await alice2.cipherFor(bob).decrypt(await b.encrypt(text('welcome back'))))).toBe('welcome back');
  });

  it('the untrusted PreKey message does not consume the one-time prekey', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await establish(alice, bob);
    const alice2 = await createParty('alice');
    const bundle = await bob.bundle();
    await processPreKeyBundle(alice2.store, bob.address, bundle);
    const message = await alice2.cipherFor(bob).encrypt(text('x'));
    await rejection(bob.cipherFor(alice).decrypt(message), 'UntrustedIdentity');
    expect(await bob.store.loadPreKey(bundle.preKey!.id)).toBeDefined();
  });

  it('outbound: a bundle with a changed identity is refused with UntrustedIdentity before any write; after explicit trust it is processed and the old session archived', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await establish(alice, bob);
    const bob2 = await createParty('bob');
    const bundle = await bob2.bundle();
    const recorded = recordingStore(alice.store);
    const before = snapshots(alice);
    await rejection(processPreKeyBundle(recorded, bob.address, bundle), 'UntrustedIdentity', 'input');
    expect(recorded.writes).toEqual([]);
    expect(snapshots(alice)).toEqual(before);

    await alice.store.saveIdentity(bob.address, bundle.identityKey);
    await processPreKeyBundle(alice.store, bob.address, bundle);
    expect((await alice.store.loadSession(bob.address))!.archivedCount).toBe(1);
    expect(str(await bob2.cipherFor(alice).decrypt(await alice.cipherFor(bob).encrypt(text('hi bob2'))))).toBe('hi bob2');
  });

  it('a store whose trust decision is an asynchronous false (resolved later) is honoured: nothing is written', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    const message = await alice.cipherFor(bob).encrypt(text('x'));
    const recorded = recordingStore(bob.store);
    // Distrust everything, answering only after a timer (an un-awaited Promise would be truthy).
    recorded.isTrustedIdentity = () => new Promise((resolve) => setTimeout(() => resolve(false), 5));
    const before = snapshots(bob);
    await rejection(new SessionCipher(recorded, alice.address, bob.options).decrypt(message), 'UntrustedIdentity');
    await rejection(processPreKeyBundle(recorded, alice.address, await alice.bundle()), 'UntrustedIdentity');
    expect(recorded.writes).toEqual([]);
    // (alice.bundle() stored a prekey in Alice's store, not Bob's.)
    expect(snapshots(bob)).toEqual(before);
  });

  it('an existing session whose identity became untrusted refuses to encrypt and to decrypt, writing nothing', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const { a, b } = await establish(alice, bob);
    const pending = await a.encrypt(text('pending'));
    // The application records a different key for Alice (e.g. a safety-number change it learnt of).
    await bob.store.saveIdentity(alice.address, freshPublicKey());
    const before = snapshots(alice, bob);
    await rejection(b.encrypt(text('x')), 'UntrustedIdentity');
    await rejection(b.decrypt(pending), 'UntrustedIdentity');
    expect(snapshots(alice, bob)).toEqual(before);
  });
});
