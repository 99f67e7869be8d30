import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processPreKeyBundle, ProtocolError, SessionRecord } from '../../src/index.js';
import { createParty, type Party } from '../support/parties.js';

const text = (s: string) => new TextEncoder().encode(s);

async function roundTripStore(party: Party, peer: Party): Promise<void> {
  const record = await party.store.loadSession(peer.address);
  if (record === undefined) return;
  const bytes = record.serialize();
  const restored = SessionRecord.deserialize(bytes);
  expect(restored.serialize()).toEqual(bytes);
  await party.store.storeSession(peer.address, restored);
}

describe('session record serialization', () => {
  it('survives serialize → deserialize at any point of a conversation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 12 }), async (steps) => {
        const alice = await createParty('alice');
        const bob = await createParty('bob');
        await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
        const a = alice.cipherFor(bob);
        const b = bob.cipherFor(alice);
        await b.decrypt(await a.encrypt(text('hello')));
        let n = 0;
        for (const [aliceSends, roundTrip] of steps) {
          const [from, to] = aliceSends ? [a, b] : [b, a];
          const message = await from.encrypt(text(`m${n}`));
          if (roundTrip) {
            await roundTripStore(alice, bob);
            await roundTripStore(bob, alice);
          }
          expect(new TextDecoder().decode(await to.decrypt(message))).toBe(`m${n}`);
          n++;
        }
      }),
      { numRuns: 15 },
    );
  });

  it('rejects a record from a newer format version with UnsupportedVersion', () => {
    // field 1 (format_version) = 2
    expect(() => SessionRecord.deserialize(Uint8Array.of(0x08, 0x02))).toThrowError(
      expect.objectContaining({ code: 'UnsupportedVersion' }),
    );
  });

  it('rejects garbage and oversized records with typed errors', () => {
    const garbage = Uint8Array.of(0x12, 0xff, 0xff, 0xff, 0xff, 0x0f);
    expect(() => SessionRecord.deserialize(garbage)).toThrow(ProtocolError);
    expect(() => SessionRecord.deserialize(new Uint8Array(100), 10)).toThrowError(
      expect.objectContaining({ code: 'MessageTooLarge' }),
    );
  });

  it('stays small after 1,000 ping-pong messages because old chains are pruned', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    const a = alice.cipherFor(bob);
    const b = bob.cipherFor(alice);
    for (let i = 0; i < 500; i++) {
      await b.decrypt(await a.encrypt(text(`ping ${i}`)));
      await a.decrypt(await b.encrypt(text(`pong ${i}`)));
    }
    const aliceRecord = (await alice.store.loadSession(bob.address))!;
    const bobRecord = (await bob.store.loadSession(alice.address))!;
    // libsignal-node's record grows to ~53 KB here; parley keeps 5 receiving chains at most.
    expect(aliceRecord.serialize().length).toBeLessThanOrEqual(1_500);
    expect(bobRecord.serialize().length).toBeLessThanOrEqual(1_500);
    expect(aliceRecord.current!.receiverChains.length).toBe(5);
  }, 60_000);
});
