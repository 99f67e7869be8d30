import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSignalMessageBody, encodeSignalMessageWithMacSlot, MAC_LENGTH } from '../../src/wire/message-codec.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('the message-path SignalMessage encoder', () => {
  it('writes exactly what protobufjs writes, followed by an 8-byte MAC slot (counters up to 2^32 − 1, ciphertexts up to 20 KB)', () => {
    const counter = fc.oneof(fc.constantFrom(0, 1, 127, 128, 16_383, 16_384, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1), fc.nat({ max: 2 ** 32 - 1 }));
    const ciphertext = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 300 }),
      fc.integer({ min: 16_370, max: 20_000 }).map((n) => new Uint8Array(n).fill(7)),
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 33, maxLength: 33 }), counter, counter, ciphertext, (ratchetKey, c, p, ct) => {
        const fields = { ratchetKey, counter: c, previousCounter: p, ciphertext: ct };
        const { message, macInput } = encodeSignalMessageWithMacSlot(fields);
        expect(hex(macInput)).toBe(hex(encodeSignalMessageBody(fields)));
        expect(message.length).toBe(macInput.length + MAC_LENGTH);
        expect(macInput.buffer).toBe(message.buffer);
        expect(message.subarray(macInput.length).every((b) => b === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
