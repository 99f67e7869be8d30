/**
 * RELIABILITY.md §6 scenario 22 (and §4.8): malformed wire input. Every malformed SignalMessage,
 * PreKeySignalMessage or session record gives a ProtocolError of family 'input' — never another
 * error type, never a hang — and leaves the stores byte-identical. A deterministic corpus first,
 * then fast-check properties over arbitrary and mutated bytes, and single-bit flips.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, generateIdentityKeyPair, processPreKeyBundle, ProtocolError, type SessionCipher, SessionRecord } from '../../src/index.js';
import { createParty, type Party } from '../support/parties.js';
import {
  buildPreKey,
  buildSignal,
  establish,
  flipBit,
  parsePreKey,
  parseSignal,
  seededShuffle,
  str,
  text,
} from '../scenario/helpers.js';

// ---------------------------------------------------------------------------------------------
// Raw protobuf building blocks (to write what parley's encoder never would).

function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}
function bytesField(field: number, payload: ArrayLike<number>): number[] {
  return [...varint((field << 3) | 2), ...varint(payload.length), ...Array.from(payload)];
}
function varintField(field: number, value: number | bigint): number[] {
  return [...varint(field << 3), ...varint(value)];
}
function concat(...parts: (ArrayLike<number> | Uint8Array)[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p instanceof Uint8Array ? p : Uint8Array.from(p as ArrayLike<number>), offset);
    offset += p.length;
  }
  return out;
}
const MAC = [1, 2, 3, 4, 5, 6, 7, 8];

/** A seeded byte source, so the corpus is the same on every run. */
function seededBytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fixture: Bob has a live session with Alice and an unused one-time prekey for Carol's first
// message; the valid messages below have not been delivered yet.

let alice: Party;
let bob: Party;
let bobFromAlice: SessionCipher;
let bobFromCarol: SessionCipher;
let validSignal: Uint8Array;
let validPreKey: Uint8Array;
let validRecord: Uint8Array;

beforeAll(async () => {
  alice = await createParty('alice');
  bob = await createParty('bob');
  const carol = await createParty('carol');
  const { a, b } = await establish(alice, bob);
  expect(str(await b.decrypt(await a.encrypt(text('warm-up'))))).toBe('warm-up');
  bobFromAlice = b;
  validSignal = (await a.encrypt(text('valid signal message'))).body;
  await processPreKeyBundle(carol.store, bob.address, await bob.bundle());
  const first = await carol.cipherFor(bob).encrypt(text('valid prekey message'));
  expect(first.type).toBe('prekey');
  validPreKey = first.body;
  bobFromCarol = bob.cipherFor(carol);
  validRecord = (await bob.store.loadSession(alice.address))!.serialize();
});

/** Runs `operation` and checks: ProtocolError of family 'input', Bob's store unchanged (the test timeout bounds its time). */
async function expectInputError(operation: () => Promise<unknown>, label: string): Promise<ProtocolError> {
  const before = bob.store.snapshot();
  let error: unknown;
  try {
    await operation();
  } catch (e) {
    error = e;
  }
  expect(error, `${label}: expected a rejection`).toBeDefined();
  expect(error, `${label}: ${String(error)}`).toBeInstanceOf(ProtocolError);
  expect((error as ProtocolError).family, `${label}: ${(error as ProtocolError).code}`).toBe('input');
  // Messages never carry key material or message bytes (no long hex runs).
  expect((error as ProtocolError).message, label).not.toMatch(/[0-9a-f]{32}/i);
  expect(bob.store.snapshot(), `${label}: store changed`).toBe(before);
  return error as ProtocolError;
}

const asSignal = (bytes: Uint8Array, label: string) => expectInputError(() => bobFromAlice.decryptMessage(bytes), `SignalMessage ${label}`);
const asPreKey = (bytes: Uint8Array, label: string) => expectInputError(() => bobFromCarol.decryptPreKeyMessage(bytes), `PreKeySignalMessage ${label}`);
const asBoth = async (bytes: Uint8Array, label: string) => {
  await asSignal(bytes, label);
  await asPreKey(bytes, label);
};

/** Parts of the valid fixtures, for field-level corruption. */
const sig = () => parseSignal(validSignal);
const pre = () => parsePreKey(validPreKey);
/** A SignalMessage body (version ‖ protobuf ‖ mac) from raw protobuf bytes. */
const rawSignal = (protobuf: ArrayLike<number>, version = 0x33) => concat([version], protobuf, MAC);
const rawPreKey = (protobuf: ArrayLike<number>, version = 0x33) => concat([version], protobuf);

// ---------------------------------------------------------------------------------------------

describe('§6.22 malformed wire input: deterministic corpus', () => {
  it('empty input', async () => {
    await asBoth(new Uint8Array(0), 'empty');
  });

  it('truncated below the minimum (< 9 bytes) and at every length of a valid message', async () => {
    for (let n = 0; n < 9; n++) await asBoth(validSignal.subarray(0, n), `prefix ${n}`);
    for (let n = 0; n < validSignal.length; n++) await asSignal(validSignal.subarray(0, n), `prefix ${n}/${validSignal.length}`);
    for (let n = 0; n < validPreKey.length; n++) await asPreKey(validPreKey.subarray(0, n), `prefix ${n}/${validPreKey.length}`);
  });

  it('wrong version nibbles (0x23, 0x43, 0x32 and others), on the outer and the inner message', async () => {
    for (const v of [0x23, 0x43, 0x32, 0x03, 0x13, 0x30, 0x31, 0x00, 0xf3, 0x44, 0x22]) {
      const e1 = await asSignal(Uint8Array.of(v, ...validSignal.subarray(1)), `version 0x${v.toString(16)}`);
      expect(e1.code).toBe('UnsupportedVersion');
      await asPreKey(Uint8Array.of(v, ...validPreKey.subarray(1)), `outer version 0x${v.toString(16)}`);
      const inner = Uint8Array.from(pre().message);
      inner[0] = v;
      await asPreKey(buildPreKey({ ...pre(), message: inner }), `inner version 0x${v.toString(16)}`);
    }
    // A valid sender nibble above 3 (0x34) passes the version check but not the MAC, which covers it.
    await asSignal(Uint8Array.of(0x34, ...validSignal.subarray(1)), 'version 0x34');
  });

  it('wrong key type bytes in ratchet, base and identity keys', async () => {
    for (const type of [0x00, 0x04, 0x06, 0x08, 0x85, 0xff]) {
      const ratchetKey = Uint8Array.from(sig().ratchetKey);
      ratchetKey[0] = type;
      expect((await asSignal(buildSignal({ ...sig(), ratchetKey }), `ratchet type ${type}`)).code).toBe('InvalidKey');
      for (const field of ['baseKey', 'identityKey'] as const) {
        const k = Uint8Array.from(pre()[field]);
        k[0] = type;
        expect((await asPreKey(buildPreKey({ ...pre(), [field]: k }), `${field} type ${type}`)).code).toBe('InvalidKey');
      }
      const innerKey = Uint8Array.from(parseSignal(pre().message).ratchetKey);
      innerKey[0] = type;
      await asPreKey(buildPreKey({ ...pre(), message: buildSignal({ ...parseSignal(pre().message), ratchetKey: innerKey }) }), `inner ratchet type ${type}`);
    }
  });

  it('32-byte (no type byte), 34-byte, empty and 65-byte keys', async () => {
    const variants = (k: Uint8Array): Record<string, Uint8Array> => ({
      '32 bytes': k.subarray(1),
      '34 bytes': Uint8Array.of(...k, 0),
      '0 bytes': new Uint8Array(0),
      '65 bytes': Uint8Array.of(...k, ...k.subarray(1)),
    });
    for (const [name, ratchetKey] of Object.entries(variants(sig().ratchetKey))) {
      expect((await asSignal(buildSignal({ ...sig(), ratchetKey }), `ratchet ${name}`)).code).toBe('InvalidKey');
    }
    for (const field of ['baseKey', 'identityKey'] as const) {
      for (const [name, k] of Object.entries(variants(pre()[field]))) {
        await asPreKey(buildPreKey({ ...pre(), [field]: k }), `${field} ${name}`);
      }
    }
  });

  it('oversized and overlong length prefixes', async () => {
    const lengths = [64, 2 ** 16, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2n ** 63n, 2n ** 64n - 1n];
    for (const length of lengths) {
      for (const field of [1, 4]) {
        await asSignal(rawSignal([...varint((field << 3) | 2), ...varint(length), 5, 1, 2, 3]), `field ${field} length ${length}`);
      }
      for (const field of [2, 3, 4]) {
        await asPreKey(rawPreKey([...varint((field << 3) | 2), ...varint(length), 5, 1, 2, 3]), `field ${field} length ${length}`);
      }
    }
    // An 11-byte varint (longer than any valid one) and an unterminated varint.
    await asBoth(rawSignal([0x0a, ...new Array(10).fill(0xff), 0x01, 5]), '11-byte varint');
    await asBoth(Uint8Array.of(0x33, 0x10, 0xff, 0xff, 0xff), 'unterminated varint');
    // The inner message field of a PreKey message claiming more bytes than remain.
    const p = pre();
    await asPreKey(
      rawPreKey([...bytesField(2, p.baseKey), ...bytesField(3, p.identityKey), ...varint((4 << 3) | 2), ...varint(p.message.length + 100), ...p.message, ...varintField(6, p.signedPreKeyId)]),
      'inner message length too long',
    );
  });

  it('deeply nested start-group tags (the protobufjs #2121 payload, ~21 KB and 2 MB) fail fast', async () => {
    for (const size of [21_000, 2 * 1024 * 1024 - 64]) {
      for (const tag of [0x0b, 0x13, 0x23, 0x3b]) {
        const groups = new Uint8Array(size).fill(tag);
        await asBoth(concat([0x33], groups, MAC), `groups 0x${tag.toString(16)} × ${size}`);
        await expectRecordError(groups, `record groups 0x${tag.toString(16)} × ${size}`);
      }
    }
    // Nested groups inside the PreKey message's inner message field.
    const nested = new Uint8Array(21_000).fill(0x0b);
    await asPreKey(buildPreKey({ ...pre(), message: concat([0x33], nested, MAC) }), 'nested groups in inner message');
  });

  it('end-group tags and unknown wire types (6, 7) at the top level', async () => {
    for (const tag of [0x0c, 0x14, 0x0e, 0x0f, 0x16, 0x17]) {
      await asBoth(rawSignal([tag, 0, 0, 0]), `tag 0x${tag.toString(16)}`);
    }
  });

  it('trailing garbage after a valid message', async () => {
    for (const tail of [[0xff], [0xff, 0xff, 0xff], [0x00], [0x0b, 0x0b], Array.from(seededBytes(7, 40))]) {
      await asSignal(concat(validSignal, tail), `signal + ${tail.length} bytes`);
      // The PreKey envelope is unauthenticated protobuf; these tails are not valid protobuf fields.
      if (tail[0] === 0xff || tail[0] === 0x0b || tail[0] === 0x00) await asPreKey(concat(validPreKey, tail), `prekey + ${tail.length} bytes`);
    }
    await asPreKey(buildPreKey({ ...pre(), message: concat(pre().message, [0xff, 0xff]) }), 'inner message + garbage');
  });

  it('missing required fields', async () => {
    const s = sig();
    await asSignal(rawSignal([...varintField(2, 0), ...varintField(3, 0), ...bytesField(4, s.ciphertext)]), 'no ratchetKey');
    await asSignal(rawSignal([...bytesField(1, s.ratchetKey), ...varintField(3, 0), ...bytesField(4, s.ciphertext)]), 'no counter');
    await asSignal(rawSignal([...bytesField(1, s.ratchetKey), ...varintField(2, 0), ...varintField(3, 0)]), 'no ciphertext');
    await asSignal(rawSignal([]), 'no fields');
    const p = pre();
    const fields = {
      preKeyId: varintField(1, p.preKeyId!),
      baseKey: bytesField(2, p.baseKey),
      identityKey: bytesField(3, p.identityKey),
      message: bytesField(4, p.message),
      registrationId: varintField(5, p.registrationId),
      signedPreKeyId: varintField(6, p.signedPreKeyId),
    };
    for (const missing of ['baseKey', 'identityKey', 'message', 'signedPreKeyId'] as const) {
      const body = Object.entries(fields).flatMap(([name, bytes]) => (name === missing ? [] : bytes));
      await asPreKey(rawPreKey(body), `no ${missing}`);
    }
    await asPreKey(rawPreKey([]), 'no fields');
  });

  it('fields with the wrong wire type (counter as bytes, ratchet key as varint)', async () => {
    const s = sig();
    await asSignal(rawSignal([...bytesField(1, s.ratchetKey), ...bytesField(2, [0]), ...bytesField(4, s.ciphertext)]), 'counter as bytes');
    await asSignal(rawSignal([...varintField(1, 5), ...varintField(2, 0), ...bytesField(4, s.ciphertext)]), 'ratchetKey as varint');
  });

  it('ciphertext lengths that are not a non-zero multiple of the AES block', async () => {
    for (const n of [0, 1, 15, 17, 31]) {
      expect((await asSignal(buildSignal({ ...sig(), ciphertext: seededBytes(n, n) }), `ciphertext ${n}`)).code).toBe('InvalidMessage');
    }
  });

  it('a message larger than maxMessageBytes is refused with MessageTooLarge before decoding', async () => {
    const huge = new Uint8Array(DEFAULT_LIMITS.maxMessageBytes + 1);
    huge[0] = 0x33;
    expect((await asSignal(huge, 'too large')).code).toBe('MessageTooLarge');
    expect((await asPreKey(huge, 'too large')).code).toBe('MessageTooLarge');
  });

  it('a SignalMessage sent as a PreKey message and the other way round', async () => {
    await asPreKey(validSignal, 'signal as prekey');
    await asSignal(validPreKey, 'prekey as signal');
  });

  it('200 seeded random garbage inputs of 0..600 bytes, raw and behind a valid version byte', async () => {
    for (let i = 0; i < 200; i++) {
      const bytes = seededBytes(1_000 + i, (i * 37) % 601);
      await asBoth(bytes, `random #${i}`);
      if (bytes.length > 0) {
        bytes[0] = 0x33;
        await asBoth(bytes, `random #${i} after 0x33`);
      }
    }
  });

  it('after the whole corpus the valid messages still decrypt', async () => {
    expect(str(await bobFromAlice.decryptMessage(validSignal))).toBe('valid signal message');
    expect(str(await bobFromCarol.decryptPreKeyMessage(validPreKey))).toBe('valid prekey message');
    // Re-create the undelivered fixtures for the property tests below.
    const a = alice.cipherFor(bob);
    validSignal = (await a.encrypt(text('valid signal message 2'))).body;
  });
});

// ---------------------------------------------------------------------------------------------

async function expectRecordError(bytes: Uint8Array, label: string): Promise<void> {
  let error: unknown;
  try {
    SessionRecord.deserialize(bytes);
  } catch (e) {
    error = e;
  }
  expect(error, `${label}: expected a rejection`).toBeInstanceOf(ProtocolError);
  expect((error as ProtocolError).family, label).toBe('input');
}

describe('§6.22 malformed session records (deterministic corpus)', () => {
  it('empty, wrong format version, truncated groups, oversized lengths and a record above maxRecordBytes are rejected with input errors', async () => {
    await expectRecordError(new Uint8Array(0), 'empty (format version 0)');
    await expectRecordError(Uint8Array.of(...varintField(1, 2)), 'format version 2');
    await expectRecordError(Uint8Array.of(...varintField(1, 1), 0x12, ...varint(2 ** 32 - 1), 1, 2), 'current with oversized length');
    await expectRecordError(Uint8Array.of(...varintField(1, 1), 0x12, 0x00), 'current without sender chain');
    await expectRecordError(Uint8Array.of(0x0c), 'end-group tag');
    await expectRecordError(new Uint8Array(DEFAULT_LIMITS.maxRecordBytes + 1), 'above maxRecordBytes');
    let error: unknown;
    try {
      SessionRecord.deserialize(validRecord, validRecord.length - 1);
    } catch (e) {
      error = e;
    }
    expect(ProtocolError.is(error, 'MessageTooLarge')).toBe(true);
  });

  it('every truncation of a valid record either parses or fails with an input error', () => {
    for (let n = 0; n < validRecord.length; n++) {
      try {
        SessionRecord.deserialize(validRecord.subarray(0, n)).serialize();
      } catch (e) {
        expect(e, `prefix ${n}`).toBeInstanceOf(ProtocolError);
        expect((e as ProtocolError).family).toBe('input');
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * A counter biased towards the interesting edges: small, just past the jump limit, the top of
 * uint32. (Jumps just inside the 25,000 limit cost ~0.1 s each and are covered in limits.test.ts.)
 */
const counterArb = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 8 }) },
  { weight: 1, arbitrary: fc.nat({ max: 2_500 }) },
  { weight: 1, arbitrary: fc.integer({ min: DEFAULT_LIMITS.maxForwardJump + 1, max: DEFAULT_LIMITS.maxForwardJump + 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0xffff_fff0, max: 0xffff_ffff }) },
  { weight: 2, arbitrary: fc.nat({ max: 0xffff_ffff }) },
);

/**
 * Structure-aware SignalMessages: the valid one with its counter, previous counter, ciphertext,
 * MAC and/or ratchet key replaced, so inputs get past decoding into the ratchet.
 */
function structuredSignal(valid: () => Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .record(
      {
        counter: counterArb,
        previousCounter: counterArb,
        ciphertext: fc.integer({ min: 1, max: 8 }).chain((blocks) => fc.uint8Array({ minLength: 16 * blocks, maxLength: 16 * blocks })),
        mac: fc.uint8Array({ minLength: 8, maxLength: 8 }),
        freshRatchetKey: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    .map(({ freshRatchetKey, ...fields }) => {
      const parts = parseSignal(valid());
      return buildSignal({ ...parts, ...fields, ...(freshRatchetKey === true ? { ratchetKey: generateIdentityKeyPair().publicKey } : {}) });
    });
}

/** Structure-aware PreKey messages: ids and keys swapped, inner message structurally mutated. */
function structuredPreKey(valid: () => Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .record(
      {
        preKeyId: fc.nat({ max: 200 }),
        signedPreKeyId: fc.constantFrom(0, 6, 7, 8),
        freshBaseKey: fc.boolean(),
        freshIdentityKey: fc.boolean(),
        message: structuredSignal(() => parsePreKey(valid()).message),
      },
      { requiredKeys: [] },
    )
    .map(({ freshBaseKey, freshIdentityKey, ...fields }) => {
      const parts = parsePreKey(valid());
      return buildPreKey({
        ...parts,
        ...fields,
        ...(freshBaseKey === true ? { baseKey: generateIdentityKeyPair().publicKey } : {}),
        ...(freshIdentityKey === true ? { identityKey: generateIdentityKeyPair().publicKey } : {}),
      });
    });
}

/**
 * Byte arrays biased towards almost-valid messages: raw, version-prefixed, a valid one with a few
 * bytes edited / cut / extended, or (when given) a structure-aware variant. Never the valid bytes.
 */
function messageBytes(valid: () => Uint8Array, structured?: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  const mutated = fc
    .record({
      edits: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 3 }),
      cut: fc.option(fc.nat(), { nil: undefined, freq: 4 }),
      tail: fc.oneof(fc.constant(new Uint8Array(0)), fc.uint8Array({ maxLength: 16 })),
    })
    .map(({ edits, cut, tail }) => {
      let bytes = Uint8Array.from(valid());
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1));
      return concat(bytes, tail);
    });
  const arbitraries = [
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 4096 }) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 4096 }).map((b) => concat([0x33], b)) },
    { weight: 4, arbitrary: mutated },
    ...(structured === undefined ? [] : [{ weight: 4, arbitrary: structured }]),
  ];
  return fc.oneof(...arbitraries).filter((bytes) => !sameBytes(bytes, valid()));
}

describe('§6.22 fast-check properties', () => {
  it('arbitrary byte arrays (≤ 4 KiB) fed to decryptMessage throw a ProtocolError (input) and leave the store unchanged — 600 cases', async () => {
    await fc.assert(
      fc.asyncProperty(messageBytes(() => validSignal, structuredSignal(() => validSignal)), async (bytes) => {
        await expectInputError(() => bobFromAlice.decryptMessage(bytes), 'decryptMessage');
      }),
      { numRuns: 600 },
    );
  });

  it('arbitrary byte arrays (≤ 4 KiB) fed to decryptPreKeyMessage throw a ProtocolError (input) and leave the store unchanged — 600 cases', async () => {
    // A PreKey message from a new sender whose one-time prekey is still in Bob's store. The PreKey
    // envelope is not authenticated (only the inner SignalMessage is): a mutation that only changes
    // the registration id or appends an unknown field is semantically neutral and may decrypt; then
    // it must yield exactly the original plaintext, and the fixture is rebuilt.
    // Each fixture is a new sender at a new address: after a neutral mutation decrypted, Bob trusts
    // that sender's identity, and a new identity at the same address would be (rightly) untrusted.
    let senders = 0;
    const fresh = async () => {
      const dave = await createParty(`dave-${++senders}`);
      await processPreKeyBundle(dave.store, bob.address, await bob.bundle());
      return { first: (await dave.cipherFor(bob).encrypt(text('dave'))).body, fromDave: bob.cipherFor(dave) };
    };
    let fixture = await fresh();
    let neutral = 0;
    await fc.assert(
      fc.asyncProperty(messageBytes(() => fixture.first, structuredPreKey(() => fixture.first)), fc.boolean(), async (bytes, existingSender) => {
        // Also through the address that has an established session (Alice's).
        const cipher = existingSender ? bobFromAlice : fixture.fromDave;
        const before = bob.store.snapshot();
        let plaintext: Uint8Array | undefined;
        try {
          plaintext = await cipher.decryptPreKeyMessage(bytes);
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(ProtocolError);
          expect((e as ProtocolError).family, (e as ProtocolError).code).toBe('input');
          expect(bob.store.snapshot()).toBe(before);
          return;
        }
        expect(existingSender).toBe(false);
        expect(str(plaintext)).toBe('dave');
        const mutated = parsePreKey(bytes);
        const original = parsePreKey(fixture.first);
        // libsignal reads only the high nibble of the (unauthenticated) outer version byte.
        expect({ ...mutated, registrationId: 0, version: mutated.version >> 4 }).toEqual({ ...original, registrationId: 0, version: original.version >> 4 });
        neutral++;
        fixture = await fresh();
      }),
      { numRuns: 600 },
    );
    expect(neutral).toBeLessThan(60);
    expect(str(await fixture.fromDave.decryptPreKeyMessage(fixture.first))).toBe('dave');
  });

  it('arbitrary byte arrays (≤ 4 KiB) fed to SessionRecord.deserialize either parse (and then re-serialize stably) or throw a ProtocolError (input) — 800 cases', () => {
    fc.assert(
      fc.property(messageBytes(() => validRecord), (bytes) => {
        let record: SessionRecord;
        try {
          record = SessionRecord.deserialize(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(ProtocolError);
          expect((e as ProtocolError).family).toBe('input');
          return;
        }
        const once = record.serialize();
        expect(SessionRecord.deserialize(once).serialize()).toEqual(once);
      }),
      { numRuns: 800 },
    );
  });

  it('flipping any single bit of a valid SignalMessage makes decryption fail with a ProtocolError (input) and leaves the store unchanged — 300 cases', async () => {
    const bits = validSignal.length * 8;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bits - 1 }), async (bit) => {
        await expectInputError(() => bobFromAlice.decryptMessage(flipBit(validSignal, bit)), `bit ${bit}`);
      }),
      { numRuns: 300 },
    );
  });

  it('exhaustively: every single-bit flip of a valid SignalMessage fails and changes nothing; the original then decrypts', async () => {
    const bits = validSignal.length * 8;
    for (const bit of seededShuffle([...Array(bits).keys()], 22)) {
      await expectInputError(() => bobFromAlice.decryptMessage(flipBit(validSignal, bit)), `bit ${bit}`);
    }
    expect(str(await bobFromAlice.decryptMessage(validSignal))).toBe('valid signal message 2');
  });
});
