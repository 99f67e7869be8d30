import { describe, expect, it } from 'vitest';
import { processPreKeyBundle } from '../../src/index.js';
import { createParty } from '../support/parties.js';
import { LibsignalNodePeer } from '../support/libsignal-node-peer.js';

const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

describe('parley ↔ parley', () => {
  it('bundle → first message → reply → more messages both ways', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
    const a = alice.cipherFor(bob);
    const b = bob.cipherFor(alice);
    const first = await a.encrypt(text('hello'));
    expect(first.type).toBe('prekey');
    expect(str(await b.decrypt(first))).toBe('hello');
    const reply = await b.encrypt(text('hi'));
    expect(reply.type).toBe('message');
    expect(str(await a.decrypt(reply))).toBe('hi');
    for (let i = 0; i < 5; i++) {
      expect(str(await b.decrypt(await a.encrypt(text(`a${i}`))))).toBe(`a${i}`);
      expect(str(await a.decrypt(await b.encrypt(text(`b${i}`))))).toBe(`b${i}`);
    }
  });
});

describe('parley ↔ libsignal-node', () => {
  it('parley initiates, libsignal-node replies', async () => {
    const alice = await createParty('alice');
    const bob = new LibsignalNodePeer('bob');
    await processPreKeyBundle(alice.store, { name: 'bob', deviceId: 1, toString: () => 'bob.1' } as never, bob.bundle());
    const a = alice.cipherFor({ address: { name: 'bob', deviceId: 1, toString: () => 'bob.1' } as never });
    const first = await a.encrypt(text('hello node'));
    expect(str(await bob.decrypt({ name: 'alice', deviceId: 1 }, first))).toBe('hello node');
    const reply = await bob.encrypt({ name: 'alice', deviceId: 1 }, text('hello parley'));
    expect(str(await a.decrypt(reply))).toBe('hello parley');
    for (let i = 0; i < 5; i++) {
      expect(str(await bob.decrypt({ name: 'alice', deviceId: 1 }, await a.encrypt(text(`a${i}`))))).toBe(`a${i}`);
      expect(str(await a.decrypt(await bob.encrypt({ name: 'alice', deviceId: 1 }, text(`b${i}`))))).toBe(`b${i}`);
    }
  });

  it('libsignal-node initiates, parley replies', async () => {
    const bob = await createParty('bob');
    const alice = new LibsignalNodePeer('alice');
    await alice.processBundle(bob.address, await bob.bundle());
    const b = bob.cipherFor({ address: { name: 'alice', deviceId: 1, toString: () => 'alice.1' } as never });
    const first = await alice.encrypt(bob.address, text('hi from node'));
    expect(first.type).toBe('prekey');
    expect(str(await b.decrypt(first))).toBe('hi from node');
    const reply = await b.encrypt(text('hi from parley'));
    expect(str(await alice.decrypt(bob.address, reply))).toBe('hi from parley');
    for (let i = 0; i < 5; i++) {
      expect(str(await b.decrypt(await alice.encrypt(bob.address, text(`a${i}`))))).toBe(`a${i}`);
      expect(str(await alice.decrypt(bob.address, await b.encrypt(text(`b${i}`))))).toBe(`b${i}`);
    }
  });
});
