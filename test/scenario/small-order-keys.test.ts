/**
 * RELIABILITY.md §6 scenario 20 (and §4.1): small-order, zero, non-canonical and torsioned X25519
 * inputs are rejected in bundles, in PreKey-message base and identity keys, and in ratchet keys.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import {
  agree,
  defaultContext,
  fromHex,
  generateIdentityKeyPair,
  isTorsionFreePublicKey,
  nobleCrypto,
  type PreKeyBundle,
  processPreKeyBundle,
  serializePublicKey,
  SessionCipher,
  sign,
  toHex,
} from '../../src/index.js';
import { nodeCrypto } from '../../src/crypto/node.js';
import { createParty } from '../support/parties.js';
import {
  buildPreKey,
  buildSignal,
  establish,
  parsePreKey,
  parseSignal,
  randomBytes,
  recordingStore,
  rejection,
  snapshots,
  str,
  text,
} from './helpers.js';

const Point = ed25519.Point;
const Fp = Point.Fp;
const P = Fp.ORDER;

function leBytes(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}
function leNumber(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/**
 * The five canonical u-coordinates of small order on Curve25519 and its twist (libsodium's
 * blocklist; Wycheproof x25519 "LowOrderPublic"/"ZeroSharedSecret" cases): 0 (order 4 on the twist
 * side / 2), 1 (order 4), the two order-8 points, and p − 1 (order 2).
 */
const SMALL_ORDER_U: Record<string, Uint8Array> = {
  'u = 0': leBytes(0n),
  'u = 1': leBytes(1n),
  'order-8 u = 0xe0eb7a7c…': fromHex('e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800'),
  'order-8 u = 0x5f9c95bc…': fromHex('5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157'),
  'u = p − 1': leBytes(P - 1n),
};

/** Edwards → Montgomery: u = (1 + y) / (1 − y). */
function montgomeryU(point: InstanceType<typeof Point>): Uint8Array {
  const { y } = point.toAffine();
  return leBytes(Fp.mul(Fp.add(1n, y), Fp.inv(Fp.sub(1n, y))));
}

/** An order-8 Edwards point: the torsion component L·Q of some point Q with a full-order torsion part. */
function orderEightPoint(): InstanceType<typeof Point> {
  const L = Point.Fn.ORDER;
  for (let i = 1n; ; i++) {
    let Q;
    try {
      Q = Point.fromBytes(leBytes(i * 0x1234_5678_9abc_def1n));
    } catch {
      continue;
    }
    const T = Q.multiplyUnsafe(L - 1n).add(Q); // = L·Q, the torsion part
    if (!T.double().double().is0()) return T; // 4T ≠ 0 → order 8
  }
}

/** A valid public key plus an order-8 point, serialized as 0x05 ‖ u. */
function torsionedKey(): Uint8Array {
  const clean = Point.BASE.multiply(BigInt(`0x${toHex(randomBytes(31))}`) + 1n);
  return serializePublicKey(montgomeryU(clean.add(orderEightPoint())));
}

const key = (u: Uint8Array) => serializePublicKey(u);

/** Every bad key by name: small order, non-canonical (u ≥ p, top bit set) and torsioned. */
function badKeys(): Record<string, Uint8Array> {
  const valid = generateIdentityKeyPair().publicKey;
  const highBit = Uint8Array.from(valid);
  highBit[32]! |= 0x80;
  return {
    ...Object.fromEntries(Object.entries(SMALL_ORDER_U).map(([name, u]) => [name, key(u)])),
    'u = p (non-canonical zero)': key(leBytes(P)),
    'u = p + 1 (non-canonical one)': key(leBytes(P + 1n)),
    'u = 2^255 − 1': key(leBytes(2n ** 255n - 1n)),
    'valid key with the high bit set (u ≥ 2^255)': highBit,
    'torsioned key (valid key + order-8 point)': torsionedKey(),
  };
}

const REJECTED = ['InvalidKey', 'NonContributoryKey'] as const;

describe('§6.20 test-vector sanity', () => {
  it('the five small-order u values really have small order and give an all-zero / refused X25519 result', () => {
    for (const [name, u] of Object.entries(SMALL_ORDER_U)) {
      const value = leNumber(u);
      if (value !== P - 1n) {
        // u ≠ −1 maps to an Edwards point; 8·point must be the identity.
        const y = Fp.mul(Fp.sub(value, 1n), Fp.inv(Fp.add(value, 1n)));
        const encoded = leBytes(y);
        let point;
        try {
          point = Point.fromBytes(encoded);
        } catch {
          encoded[31]! |= 0x80;
          point = Point.fromBytes(encoded);
        }
        expect(point.multiplyUnsafe(8n).is0(), name).toBe(true);
      }
      expect(() => agree(nobleCrypto, generateIdentityKeyPair().privateKey, key(u)), name).toThrow();
      expect(isTorsionFreePublicKey(key(u)), name).toBe(false);
    }
  });

  it("the native backend's one-ladder check (isPrimeOrderU) refuses every bad key and accepts good ones", () => {
    for (const [name, k] of Object.entries(badKeys())) expect(isTorsionFreePublicKey(k, nodeCrypto), name).toBe(false);
    for (let i = 0; i < 20; i++) {
      expect(isTorsionFreePublicKey(generateIdentityKeyPair().publicKey, nodeCrypto)).toBe(true);
      expect(isTorsionFreePublicKey(torsionedKey(), nodeCrypto)).toBe(false);
    }
  });

  it('the torsioned key is canonical and on the curve, but not torsion-free', () => {
    const k = torsionedKey();
    expect(k[32]! & 0x80).toBe(0);
    expect(isTorsionFreePublicKey(k)).toBe(false);
    // Clamped X25519 kills the torsion part, so agreement with it does NOT fail by itself: that is
    // exactly why handshake keys need the explicit torsion check.
    expect(agree(nobleCrypto, generateIdentityKeyPair().privateKey, k).length).toBe(32);
  });
});

describe('§6.20 bad X25519 keys in bundles', () => {
  for (const field of ['identityKey', 'signedPreKey', 'preKey'] as const) {
    for (const [name, bad] of Object.entries(badKeys())) {
      it(`bundle ${field} = ${name}: rejected with InvalidKey before any store write`, async () => {
        const alice = await createParty('alice');
        const bob = await createParty('bob');
        const bundle = await bob.bundle();
        const bobIdentity = await bob.store.getIdentityKeyPair();
        let crafted: PreKeyBundle;
        if (field === 'identityKey') {
          crafted = { ...bundle, identityKey: bad };
        } else if (field === 'signedPreKey') {
          // Properly signed by Bob, so only the key check can refuse it.
          const signature = sign(nobleCrypto, defaultContext, bobIdentity.privateKey, bad);
          crafted = { ...bundle, signedPreKey: { ...bundle.signedPreKey, publicKey: bad, signature } };
        } else {
          crafted = { ...bundle, preKey: { id: bundle.preKey!.id, publicKey: bad } };
        }
        const recorded = recordingStore(alice.store);
        const before = snapshots(alice, bob);
        await rejection(processPreKeyBundle(recorded, bob.address, crafted), REJECTED, 'input');
        expect(recorded.writes).toEqual([]);
        expect(snapshots(alice, bob)).toEqual(before);
      });
    }
  }
});

describe('§6.20 bad X25519 keys in PreKey messages', () => {
  for (const field of ['baseKey', 'identityKey'] as const) {
    for (const [name, bad] of Object.entries(badKeys())) {
      it(`PreKey message ${field} = ${name}: rejected, one-time prekey and stores untouched`, async () => {
        const alice = await createParty('alice');
        const bob = await createParty('bob');
        const bundle = await bob.bundle();
        await processPreKeyBundle(alice.store, bob.address, bundle);
        const first = await alice.cipherFor(bob).encrypt(text('first'));
        const crafted = buildPreKey({ ...parsePreKey(first.body), [field]: bad });
        const recorded = recordingStore(bob.store);
        const b = new SessionCipher(recorded, alice.address, bob.options);
        const before = snapshots(alice, bob);
        await rejection(b.decryptPreKeyMessage(crafted), REJECTED, 'input');
        expect(recorded.writes).toEqual([]);
        expect(snapshots(alice, bob)).toEqual(before);
        expect(str(await b.decrypt(first))).toBe('first');
      });
    }
  }
});

describe('§6.20 bad X25519 keys as ratchet keys', () => {
  const canonicalOrSmall = Object.entries(badKeys()).filter(([name]) => !name.startsWith('torsioned'));

  for (const [name, bad] of canonicalOrSmall) {
    it(`SignalMessage ratchet key = ${name}: rejected with InvalidKey/NonContributoryKey, session unchanged`, async () => {
      const alice = await createParty('alice');
      const bob = await createParty('bob');
      const { a, b } = await establish(alice, bob);
      const real = await a.encrypt(text('real'));
      const before = snapshots(alice, bob);
      await rejection(b.decryptMessage(buildSignal({ ...parseSignal(real.body), ratchetKey: bad })), REJECTED, 'input');
      expect(snapshots(alice, bob)).toEqual(before);
      expect(str(await b.decrypt(real))).toBe('real');
    });

    it(`ratchet key = ${name} inside a PreKey message: rejected, nothing consumed`, async () => {
      const alice = await createParty('alice');
      const bob = await createParty('bob');
      await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
      const first = await alice.cipherFor(bob).encrypt(text('first'));
      const outer = parsePreKey(first.body);
      const crafted = buildPreKey({ ...outer, message: buildSignal({ ...parseSignal(outer.message), ratchetKey: bad }) });
      const b = bob.cipherFor(alice);
      const before = snapshots(alice, bob);
      await rejection(b.decryptPreKeyMessage(crafted), REJECTED, 'input');
      expect(snapshots(alice, bob)).toEqual(before);
      expect(str(await b.decrypt(first))).toBe('first');
    });
  }

  it('a torsioned ratchet key in a forged message is rejected (BadMac: clamped X25519 removes the torsion, as in libsignal) and changes nothing', async () => {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const { a, b } = await establish(alice, bob);
    const real = await a.encrypt(text('real'));
    const before = snapshots(alice, bob);
    await rejection(b.decryptMessage(buildSignal({ ...parseSignal(real.body), ratchetKey: torsionedKey(), mac: randomBytes(8) })), undefined, 'input');
    expect(snapshots(alice, bob)).toEqual(before);
    expect(str(await b.decrypt(real))).toBe('real');
  });
});
