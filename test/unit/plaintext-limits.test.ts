import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_LIMITS, DEFAULT_LIMITS, GroupCipher, processPreKeyBundle, sealContent } from '../../src/index.js';
import { createParty } from '../support/parties.js';

describe('plaintext and content size limits', () => {
  it('encrypt refuses plaintext over maxPlaintextBytes with MessageTooLarge and stores nothing', async () => {
    const options = { limits: { maxPlaintextBytes: 64 } };
    const alice = await createParty('alice', options);
    const bob = await createParty('bob', options);
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle(), options);
    const cipher = alice.cipherFor(bob);
    const before = alice.store.snapshot();
    await expect(cipher.encrypt(new Uint8Array(65))).rejects.toMatchObject({ code: 'MessageTooLarge', details: { expected: 64, got: 65 } });
    expect(alice.store.snapshot()).toBe(before);
    await expect(cipher.encrypt(new Uint8Array(64))).resolves.toMatchObject({ type: 'prekey' });
  });

  it('group encrypt refuses plaintext over maxPlaintextBytes the same way', async () => {
    const alice = await createParty('alice');
    const group = new GroupCipher(alice.store, alice.address, 'g@g.us', 'whatsapp', { limits: { maxPlaintextBytes: 16 } });
    await group.createDistributionMessage();
    const before = alice.store.snapshot();
    await expect(group.encrypt(new Uint8Array(17))).rejects.toMatchObject({ code: 'MessageTooLarge' });
    expect(alice.store.snapshot()).toBe(before);
  });

  it('the default plaintext limit holds a maximal encoded content plus padding', () => {
    expect(DEFAULT_LIMITS.maxPlaintextBytes).toBeGreaterThanOrEqual(DEFAULT_CONTENT_LIMITS.maxContentBytes + 16);
  });

  it('a receipt may name at most maxReceiptIds messages', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);
    const receipt = (n: number) => ({ kind: 'receipt' as const, receipt: { type: 'read' as const, messageIds: ids(n) } });
    expect(() => sealContent(receipt(DEFAULT_CONTENT_LIMITS.maxReceiptIds))).not.toThrow();
    expect(() => sealContent(receipt(DEFAULT_CONTENT_LIMITS.maxReceiptIds + 1))).toThrowError(
      expect.objectContaining({ code: 'InvalidArgument', details: expect.objectContaining({ field: 'content.receipt.messageIds' }) }),
    );
  });
});
