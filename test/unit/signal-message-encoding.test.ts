import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import { ProtocolError } from '../../src/errors.js';
import { parley } from '../../src/wire/generated/wire.js';
import { encodeSenderKeyMessageBody, encodeSenderKeyMessageWithSignatureSlot } from '../../src/wire/sender-key-codec.js';
import { encodeSignalMessageBody, encodeSignalMessageWithMacSlot, MAC_LENGTH, readSignalMessageFields } from '../../src/wire/message-codec.js';

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

describe('the message-path SignalMessage reader', () => {
  const Proto = parley.wire.v1.SignalMessage;
  const view = (fields: ReturnType<typeof readSignalMessageFields>) => ({
    ratchetKey: fields.ratchetKey === undefined ? undefined : hex(fields.ratchetKey),
    counter: fields.counter,
    previousCounter: fields.previousCounter,
    ciphertext: fields.ciphertext === undefined ? undefined : hex(fields.ciphertext),
  });
  const viaProtobufjs = (bytes: Uint8Array) => {
    const m = Proto.decode(bytes);
    const has = (f: string) => Object.prototype.hasOwnProperty.call(m, f);
    return {
      ratchetKey: has('ratchetKey') ? hex(m.ratchetKey) : undefined,
      counter: has('counter') ? m.counter : undefined,
      previousCounter: has('previousCounter') ? m.previousCounter : undefined,
      ciphertext: has('ciphertext') ? hex(m.ciphertext) : undefined,
    };
  };

  it('reads what protobufjs writes, with fields in any order, repeated and unknown fields (wire types 0, 1, 2, 5)', () => {
    const field = fc.oneof(
      fc.record({ n: fc.constant(1), bytes: fc.uint8Array({ maxLength: 40 }) }),
      fc.record({ n: fc.constant(2), value: fc.nat({ max: 2 ** 32 - 1 }) }),
      fc.record({ n: fc.constant(3), value: fc.nat({ max: 2 ** 32 - 1 }) }),
      fc.record({ n: fc.constant(4), bytes: fc.uint8Array({ maxLength: 300 }) }),
      fc.record({ n: fc.integer({ min: 5, max: 5000 }), value: fc.nat(), wire: fc.constantFrom(0, 1, 2, 5), unknown: fc.constant(true) }),
    );
    fc.assert(
      fc.property(fc.array(field, { maxLength: 8 }), (fields) => {
        const w = protobuf.Writer.create();
        for (const f of fields) {
          if ('bytes' in f) w.uint32((f.n << 3) | 2).bytes(f.bytes);
          else if (!('unknown' in f)) w.uint32(f.n << 3).uint32(f.value);
          else if (f.wire === 0) w.uint32(f.n << 3).uint32(f.value);
          else if (f.wire === 1) w.uint32((f.n << 3) | 1).fixed64(f.value);
          else if (f.wire === 2) w.uint32((f.n << 3) | 2).bytes(new Uint8Array(f.value % 50));
          else w.uint32((f.n << 3) | 5).fixed32(f.value);
        }
        const bytes = w.finish();
        expect(view(readSignalMessageFields(bytes, 'SignalMessage'))).toEqual(viaProtobufjs(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary bytes and mutations of real messages it accepts only what protobufjs accepts, with the same values', () => {
    const real = encodeSignalMessageWithMacSlot({ ratchetKey: new Uint8Array(33).fill(5), counter: 300, previousCounter: 7, ciphertext: new Uint8Array(32).fill(9) }).macInput.subarray(1);
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 120 }),
      fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 1, max: 255 })).map(([i, x]) => {
        const m = Uint8Array.from(real);
        m[i]! ^= x;
        return m;
      }),
      fc.nat(real.length).map((n) => real.subarray(0, n)),
      // Tags and varints at their limits: continuation bytes, 5th bytes around 0x07 / 0x0f / 0x10.
      fc
        .array(fc.constantFrom(0x80, 0xff, 0x8f, 0x08, 0x10, 0x18, 0x22, 0x0a, 0x0f, 0x07, 0x00, 0x01, 0x02, 0x10, 0x70, 0x7f), { maxLength: 40 })
        .map((b) => Uint8Array.from(b)),
    );
    fc.assert(
      fc.property(inputs, (bytes) => {
        let mine;
        try {
          mine = view(readSignalMessageFields(bytes, 'SignalMessage'));
        } catch (e) {
          expect(ProtocolError.is(e, 'InvalidProtobuf')).toBe(true);
          return;
        }
        expect(mine).toEqual(viaProtobufjs(bytes));
      }),
      { numRuns: 6000 },
    );
  });
});

describe('the group message-path SenderKeyMessage encoder', () => {
  it('writes exactly what protobufjs writes for both formats, followed by a 64-byte signature slot', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('whatsapp' as const, 'signal' as const),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.nat({ max: 2 ** 32 - 1 }),
        fc.nat({ max: 2 ** 32 - 1 }),
        fc.uint8Array({ maxLength: 400 }),
        (format, uuid, chainId, iteration, ciphertext) => {
          const fields = { format, chainId, iteration, ciphertext, ...(format === 'signal' ? { distributionId: uuid } : {}) };
          const { message, signedPart } = encodeSenderKeyMessageWithSignatureSlot(fields);
          expect(hex(signedPart)).toBe(hex(encodeSenderKeyMessageBody(fields)));
          expect(message.length).toBe(signedPart.length + 64);
          expect(message.subarray(signedPart.length).every((b) => b === 0)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
