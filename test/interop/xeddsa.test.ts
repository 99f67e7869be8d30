// XEdDSA ("curve25519 signatures") cross-verification between parley and both peers:
// @signalapp/libsignal-client 0.103.0 (Rust) and libsignal-node 6.0.0 (curve25519-js).
import { randomBytes } from 'node:crypto';
import { PrivateKey, PublicKey } from '@signalapp/libsignal-client';
import { describe, expect, it } from 'vitest';
import { defaultContext, generateIdentityKeyPair, nobleCrypto, sign, verify } from '../../src/index.js';
import { libsignalNode } from '../support/libsignal-node-peer.js';

const KEYS = 200;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
/** A fresh copy backed by its own ArrayBuffer (what libsignal-client's typings ask for). */
const own = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);
/** 1..96 random bytes; every fifth message is a 33-byte "public key", as in a signed prekey. */
const randomMessage = (i: number): Uint8Array<ArrayBuffer> =>
  i % 5 === 0 ? own(Uint8Array.of(5, ...randomBytes(32))) : own(randomBytes(1 + (randomBytes(1)[0]! % 96)));

const parleySign = (privateKey: Uint8Array, message: Uint8Array) => sign(nobleCrypto, defaultContext, privateKey, message);
const parleyVerify = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => verify(nobleCrypto, publicKey, message, signature);

function flipBit(signature: Uint8Array, bit: number): Uint8Array<ArrayBuffer> {
  const copy = own(signature);
  copy[bit >> 3]! ^= 1 << (bit & 7);
  return copy;
}

const signBitSet = (signature: Uint8Array) => (signature[63]! & 0x80) !== 0;

interface Sample {
  publicKey: Uint8Array<ArrayBuffer>;
  message: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
}

function describeSample(s: Sample): string {
  return `key=${hex(s.publicKey)} msg=${hex(s.message)} sig=${hex(s.signature)}`;
}

/** Every single-bit flip of a signature, and one random flip for each of the others, is rejected by parley. */
function expectParleyRejectsFlips(samples: readonly Sample[]): void {
  const [first, ...rest] = samples;
  for (let bit = 0; bit < 512; bit++) {
    expect(parleyVerify(first!.publicKey, first!.message, flipBit(first!.signature, bit)), `bit ${bit} flipped: ${describeSample(first!)}`).toBe(false);
  }
  for (const s of rest) {
    const bit = randomBytes(2).readUInt16LE() % 512;
    expect(parleyVerify(s.publicKey, s.message, flipBit(s.signature, bit)), `bit ${bit} flipped: ${describeSample(s)}`).toBe(false);
  }
}

describe('XEdDSA against @signalapp/libsignal-client', () => {
  it(`libsignal-client accepts parley's signatures from ${KEYS} fresh identities (about half with the sign bit set); parley rejects every bit flip of its own`, () => {
    const samples: Sample[] = [];
    for (let i = 0; i < KEYS; i++) {
      const identity = generateIdentityKeyPair();
      const message = randomMessage(i);
      const signature = own(parleySign(identity.privateKey, message));
      expect(signature).toHaveLength(64);
      const sample = { publicKey: own(identity.publicKey), message, signature };
      const key = PublicKey.deserialize(sample.publicKey);
      expect(key.verify(message, signature), describeSample(sample)).toBe(true);
      // And not for a different message (the oracle can say no).
      expect(key.verify(own(Uint8Array.of(...message, 0)), signature)).toBe(false);
      expect(parleyVerify(sample.publicKey, message, signature), describeSample(sample)).toBe(true);
      samples.push(sample);
    }
    const withSignBit = samples.filter((s) => signBitSet(s.signature)).length;
    expect(withSignBit).toBeGreaterThanOrEqual(KEYS * 0.3);
    expect(withSignBit).toBeLessThanOrEqual(KEYS * 0.7);
    expectParleyRejectsFlips(samples);
  });

  it(`parley accepts libsignal-client's signatures from ${KEYS} random keys, including the ~50% whose bit 7 of byte 63 (Edwards sign bit) is set, and rejects every bit flip`, () => {
    const samples: Sample[] = [];
    for (let i = 0; i < KEYS; i++) {
      const privateKey = PrivateKey.generate();
      const message = randomMessage(i);
      samples.push({ publicKey: privateKey.getPublicKey().serialize(), message, signature: privateKey.sign(message) });
    }
    const withSignBit = samples.filter((s) => signBitSet(s.signature));
    expect(withSignBit.length).toBeGreaterThanOrEqual(KEYS * 0.3);
    expect(withSignBit.length).toBeLessThanOrEqual(KEYS * 0.7);
    for (const s of samples) expect(parleyVerify(s.publicKey, s.message, s.signature), describeSample(s)).toBe(true);
    // The sign-bit samples in particular: clearing the bit (as spec XEdDSA would expect) breaks them.
    for (const s of withSignBit.slice(0, 10)) expect(parleyVerify(s.publicKey, s.message, flipBit(s.signature, 511))).toBe(false);
    expectParleyRejectsFlips([withSignBit[0]!, ...samples]);
  });
});

describe('XEdDSA against libsignal-node (curve25519-js)', () => {
  it(`libsignal-node's verifySignature accepts parley's signatures from ${KEYS} fresh identities`, () => {
    const verifySignature = libsignalNode.curve.verifySignature as (pubKey: Buffer, msg: Buffer, sig: Buffer) => boolean;
    for (let i = 0; i < KEYS; i++) {
      const identity = generateIdentityKeyPair();
      const message = randomMessage(i);
      const signature = own(parleySign(identity.privateKey, message));
      const sample = { publicKey: own(identity.publicKey), message, signature };
      // verifySignature reports a bad signature by returning false (it throws only on malformed lengths).
      expect(verifySignature(Buffer.from(identity.publicKey), Buffer.from(message), Buffer.from(signature)), describeSample(sample)).toBe(true);
      if (i < 20) expect(verifySignature(Buffer.from(identity.publicKey), Buffer.from(message), Buffer.from(flipBit(signature, i * 25)))).toBe(false);
    }
  });

  it(`parley accepts libsignal-node's signatures from ${KEYS} random keys and rejects every bit flip`, () => {
    const samples: Sample[] = [];
    for (let i = 0; i < KEYS; i++) {
      const keyPair = libsignalNode.curve.generateKeyPair() as { pubKey: Buffer; privKey: Buffer };
      const message = randomMessage(i);
      const signature = libsignalNode.curve.calculateSignature(keyPair.privKey, Buffer.from(message)) as Buffer;
      samples.push({ publicKey: own(keyPair.pubKey), message, signature: own(signature) });
    }
    for (const s of samples) expect(parleyVerify(s.publicKey, s.message, s.signature), describeSample(s)).toBe(true);
    // libsignal-node keys are stored unclamped and carry both sign-bit values too.
    const withSignBit = samples.filter((s) => signBitSet(s.signature)).length;
    expect(withSignBit).toBeGreaterThanOrEqual(KEYS * 0.3);
    expect(withSignBit).toBeLessThanOrEqual(KEYS * 0.7);
    expectParleyRejectsFlips(samples);
  });
});
