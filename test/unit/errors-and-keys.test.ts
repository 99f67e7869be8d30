import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, generateIdentityKeyPair, generateSignedPreKey, parsePublicKey, ProtocolAddress, ProtocolError, sign, verify, verifyPreKeyBundle, nobleCrypto } from '../../src/index.js';
import { resolveLimits } from '../../src/limits.js';
import { callStore } from '../../src/errors.js';

describe('ProtocolError', () => {
  it('carries a code and its family, and is recognised by name across copies', () => {
    const e = new ProtocolError('BadMac', 'message authentication failed');
    expect(e.family).toBe('input');
    expect(ProtocolError.is(e, 'BadMac')).toBe(true);
    expect(ProtocolError.is(e, 'DuplicateMessage')).toBe(false);
    const foreign = { name: 'ProtocolError', code: 'StoreFailure', message: 'x' };
    expect(ProtocolError.is(foreign, 'StoreFailure')).toBe(true);
    expect(ProtocolError.is(new Error('x'))).toBe(false);
    expect(ProtocolError.is({ name: 'ProtocolError', code: 'NotACode' })).toBe(false);
  });

  it('wraps store failures with the cause and the operation', async () => {
    const cause = new Error('disk full');
    const e = await callStore('storeSession', () => Promise.reject(cause)).catch((x: unknown) => x);
    expect(ProtocolError.is(e, 'StoreFailure')).toBe(true);
    expect((e as ProtocolError).family).toBe('store');
    expect((e as ProtocolError).cause).toBe(cause);
    expect((e as ProtocolError).details.operation).toBe('storeSession');
  });
});

describe('keys', () => {
  it('serializes public keys as 0x05 followed by 32 bytes', () => {
    const pair = generateIdentityKeyPair();
    expect(pair.publicKey.length).toBe(33);
    expect(pair.publicKey[0]).toBe(0x05);
    expect(pair.privateKey.length).toBe(32);
    // clamped
    expect(pair.privateKey[0]! & 7).toBe(0);
    expect(pair.privateKey[31]! & 0x80).toBe(0);
    expect(pair.privateKey[31]! & 0x40).toBe(0x40);
  });

  it('rejects wrong lengths, wrong type bytes and non-canonical u with InvalidKey', () => {
    const good = generateIdentityKeyPair().publicKey;
    expect(() => parsePublicKey(good.subarray(1))).toThrowError(expect.objectContaining({ code: 'InvalidKey' }));
    const wrongType = Uint8Array.from(good);
    wrongType[0] = 0x06;
    expect(() => parsePublicKey(wrongType)).toThrowError(expect.objectContaining({ code: 'InvalidKey' }));
    const nonCanonical = new Uint8Array(33).fill(0xff);
    nonCanonical[0] = 0x05;
    expect(() => parsePublicKey(nonCanonical)).toThrowError(expect.objectContaining({ code: 'InvalidKey' }));
  });

  it('signed prekeys verify with the identity key over the 33-byte serialized key', () => {
    const identity = generateIdentityKeyPair();
    const signed = generateSignedPreKey(identity, 3);
    expect(verify(nobleCrypto, identity.publicKey, signed.keyPair.publicKey, signed.signature)).toBe(true);
    expect(verify(nobleCrypto, identity.publicKey, signed.keyPair.publicKey.subarray(1), signed.signature)).toBe(false);
    expect(verify(nobleCrypto, generateIdentityKeyPair().publicKey, signed.keyPair.publicKey, signed.signature)).toBe(false);
  });

  it('a bundle signed by another identity is rejected with BadSignature', () => {
    const identity = generateIdentityKeyPair();
    const other = generateIdentityKeyPair();
    const signed = generateSignedPreKey(identity, 1);
    const bundle = {
      registrationId: 1,
      deviceId: 1,
      identityKey: other.publicKey,
      signedPreKey: { id: 1, publicKey: signed.keyPair.publicKey, signature: signed.signature },
    };
    expect(() => verifyPreKeyBundle(nobleCrypto, bundle)).toThrowError(expect.objectContaining({ code: 'BadSignature' }));
    expect(() => verifyPreKeyBundle(nobleCrypto, { ...bundle, identityKey: identity.publicKey })).not.toThrow();
    const forged = { ...bundle, identityKey: identity.publicKey, signedPreKey: { ...bundle.signedPreKey, signature: sign(nobleCrypto, { now: () => 0, randomBytes: (n) => new Uint8Array(n) }, other.privateKey, signed.keyPair.publicKey) } };
    expect(() => verifyPreKeyBundle(nobleCrypto, forged)).toThrowError(expect.objectContaining({ code: 'BadSignature' }));
  });
});

describe('limits and addresses', () => {
  it('defaults follow libsignal and overrides are validated', () => {
    expect(DEFAULT_LIMITS.maxForwardJump).toBe(25_000);
    expect(DEFAULT_LIMITS.maxSkippedKeysPerChain).toBe(2_000);
    expect(DEFAULT_LIMITS.maxReceiverChains).toBe(5);
    expect(DEFAULT_LIMITS.maxArchivedStates).toBe(40);
    expect(resolveLimits({ maxForwardJump: 10 }).maxForwardJump).toBe(10);
    expect(() => resolveLimits({ maxForwardJump: -1 })).toThrowError(expect.objectContaining({ code: 'InvalidArgument' }));
  });

  it('addresses validate their parts and print as name.device', () => {
    expect(new ProtocolAddress('15551234567', 2).toString()).toBe('15551234567.2');
    expect(() => new ProtocolAddress('', 1)).toThrow(ProtocolError);
    expect(() => new ProtocolAddress('x', -1)).toThrow(ProtocolError);
  });
});
