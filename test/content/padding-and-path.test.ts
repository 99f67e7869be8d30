/**
 * WhatsApp's random padding (1–16 bytes, each equal to the pad length) and its strict inverse,
 * then the content encryption path end to end: encryptContent → decryptContent over a 1:1
 * session (prekey and normal messages, both directions) and encryptGroupContent →
 * decryptGroupContent over a WhatsApp-format sender key. Tampered ciphertexts fail with a typed
 * error and give no content; content that decrypts but fails validation is 'InvalidMessage'.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type CiphertextMessage,
  type Content,
  type Context,
  decryptContent,
  decryptGroupContent,
  defaultContext,
  encryptContent,
  encryptGroupContent,
  GroupCipher,
  openContent,
  padRandom,
  processPreKeyBundle,
  ProtocolError,
  sealContent,
  type SessionCipher,
  unpad,
} from '../../src/index.js';
import { encodeContent } from '../../src/wire/content-codec.js';
import { createParty, type Party } from '../support/parties.js';
import { deterministicContext } from '../support/deterministic.js';
import { expectFailure, FIXTURES, hsm, pb, rawContentBytes, rejectionOf } from './content-fixtures.js';

/** A Context whose random bytes are all `byte` (the clock is irrelevant to padding). */
function constantContext(byte: number): Context {
  return { now: () => 0, randomBytes: (n) => new Uint8Array(n).fill(byte) };
}

function padLength(padded: Uint8Array, original: Uint8Array): number {
  return padded.length - original.length;
}

describe('padRandom', () => {
  const body = Uint8Array.from([0x0a, 0x02, 0x68, 0x69]);

  it('appends 1–16 bytes, each equal to the pad length, and leaves the input untouched', () => {
    for (let i = 0; i < 200; i++) {
      const before = Uint8Array.from(body);
      const padded = padRandom(body, defaultContext);
      const n = padLength(padded, body);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(16);
      expect(padded.subarray(0, body.length)).toEqual(body);
      expect([...padded.subarray(body.length)]).toEqual(new Array(n).fill(n));
      expect(body).toEqual(before);
    }
  });

  it('the default RNG covers every length 1..16 over many runs', () => {
    const counts = new Map<number, number>();
    for (let i = 0; i < 4000; i++) {
      const n = padLength(padRandom(body, defaultContext), body);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    // Roughly uniform: 250 expected per length; a 6-sigma band is 250 ± 90.
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(160);
      expect(count).toBeLessThan(340);
    }
  });

  it('every random byte 0..255 maps to length (byte & 0x0f) + 1: exactly 16 bytes per length (uniform)', () => {
    const perLength = new Map<number, number>();
    for (let byte = 0; byte < 256; byte++) {
      const n = padLength(padRandom(body, constantContext(byte)), body);
      expect(n).toBe((byte & 0x0f) + 1);
      perLength.set(n, (perLength.get(n) ?? 0) + 1);
    }
    expect(perLength.size).toBe(16);
    for (const count of perLength.values()) expect(count).toBe(16);
  });

  it('with a seeded context the lengths are exactly the seeded stream, one byte per call', () => {
    const ctx = deterministicContext('padding-lengths');
    const mirror = deterministicContext('padding-lengths');
    const seen = new Set<number>();
    for (let i = 0; i < 256; i++) {
      const expected = (mirror.randomBytes(1)[0]! & 0x0f) + 1;
      const n = padLength(padRandom(body, ctx), body);
      expect(n).toBe(expected);
      seen.add(n);
    }
    expect(ctx.bytesDrawn).toBe(256);
    expect(seen.size).toBe(16);
    // Same seed, same lengths: sealing is reproducible under a seeded context.
    const a = sealContent(FIXTURES['hsm']!, { context: deterministicContext(7) });
    const b = sealContent(FIXTURES['hsm']!, { context: deterministicContext(7) });
    expect(a).toEqual(b);
  });

  it('pads an empty input too (1–16 bytes of padding alone)', () => {
    const padded = padRandom(new Uint8Array(0), constantContext(0x0f));
    expect([...padded]).toEqual(new Array(16).fill(16));
    expect(unpad(padded)).toEqual(new Uint8Array(0));
  });
});

describe('unpad (strict)', () => {
  it('inverts padRandom for any input (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: 255 }), (bytes, byte) => {
        expect(unpad(padRandom(bytes, constantContext(byte)))).toEqual(bytes);
        expect(unpad(padRandom(bytes, defaultContext))).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every length 1..16 when each byte equals it', () => {
    for (let n = 1; n <= 16; n++) {
      const padded = Uint8Array.from([9, 9, 9, ...new Array<number>(n).fill(n)]);
      expect(unpad(padded)).toEqual(Uint8Array.from([9, 9, 9]));
    }
  });

  it.each<[string, number[]]>([
    ['empty input', []],
    ['last byte 0', [1, 2, 3, 0]],
    ['last byte 17', [...new Array<number>(20).fill(1), ...new Array<number>(17).fill(17)]],
    ['last byte 255', [1, 2, 255]],
    ['pad length longer than the input', [5, 5, 5, 5]],
    ['a single byte 2', [2]],
    ['mismatched padding byte (first of the pad)', [0x0a, 0x00, 3, 4, 4, 4]],
    ['mismatched padding byte (middle)', [0x0a, 0x00, 4, 4, 1, 4, 4]],
    ['pad of 16 whose first byte is 15', [0x0a, 0x01, 15, ...new Array<number>(15).fill(16)]],
  ])('rejects %s with InvalidMessage naming the padding', (_name, bytes) => {
    const error = expectFailure(() => unpad(Uint8Array.from(bytes)), 'InvalidMessage', 'padding');
    expect(error.family).toBe('input');
  });

  it('rejects any single corrupted padding byte (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.integer({ min: 2, max: 16 }),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (body, n, at, value) => {
          const padded = Uint8Array.from([...body, ...new Array<number>(n).fill(n)]);
          const index = body.length + (at % (n - 1)); // any pad byte but the last
          fc.pre(value !== n);
          padded[index] = value;
          expectFailure(() => unpad(padded), 'InvalidMessage', 'padding');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('openContent applies it: bad padding is InvalidMessage, padding alone is InvalidMessage (empty content)', () => {
    const encoded = encodeContent(FIXTURES['text']!);
    expectFailure(() => openContent(encoded), 'InvalidMessage');
    expectFailure(() => openContent(Uint8Array.from([...encoded, 3, 3])), 'InvalidMessage', 'padding');
    expectFailure(() => openContent(Uint8Array.of(1)), 'InvalidMessage');
    expectFailure(() => openContent(new Uint8Array(0)), 'InvalidMessage', 'padding');
  });
});

// ---------------------------------------------------------------------------------------------
// The encryption path

const KINDS: readonly Content[] = Object.values(FIXTURES);

interface Pair {
  alice: Party;
  bob: Party;
  aliceToBob: SessionCipher;
  bobToAlice: SessionCipher;
}

async function pair(): Promise<Pair> {
  const alice = await createParty('alice');
  const bob = await createParty('bob');
  await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
  return { alice, bob, aliceToBob: alice.cipherFor(bob), bobToAlice: bob.cipherFor(alice) };
}

/** Alice → Bob (prekey), Bob → Alice: from then on both directions send normal messages. */
async function establish(s: Pair): Promise<void> {
  await decryptContent(s.bobToAlice, await encryptContent(s.aliceToBob, FIXTURES['text']!));
  await decryptContent(s.aliceToBob, await encryptContent(s.bobToAlice, FIXTURES['text']!));
}

function flipped(message: CiphertextMessage, index: number): CiphertextMessage {
  const body = Uint8Array.from(message.body);
  body[index < 0 ? body.length + index : index]! ^= 0x01;
  return { type: message.type, body };
}

describe('encryptContent → decryptContent over a 1:1 session', () => {
  let s: Pair;
  beforeEach(async () => {
    s = await pair();
  });

  it('prekey messages until the reply, then normal messages, both directions; every kind arrives intact', async () => {
    // Alice's first messages carry the X3DH header (prekey); Bob reads them all.
    for (const content of KINDS.slice(0, 3)) {
      const message = await encryptContent(s.aliceToBob, content);
      expect(message.type).toBe('prekey');
      expect(await decryptContent(s.bobToAlice, message)).toStrictEqual(content);
    }
    // Bob's reply is a normal message; after it, Alice's are too.
    const reply = await encryptContent(s.bobToAlice, FIXTURES['receipt']!);
    expect(reply.type).toBe('message');
    expect(await decryptContent(s.aliceToBob, reply)).toStrictEqual(FIXTURES['receipt']);
    for (const content of KINDS) {
      const message = await encryptContent(s.aliceToBob, content);
      expect(message.type).toBe('message');
      expect(await decryptContent(s.bobToAlice, message)).toStrictEqual(content);
      const back = await encryptContent(s.bobToAlice, content);
      expect(back.type).toBe('message');
      expect(await decryptContent(s.aliceToBob, back)).toStrictEqual(content);
    }
  });

  it('the padding hides the exact length: the same content gives ciphertexts of varying length', async () => {
    await establish(s);
    const lengths = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const message = await encryptContent(s.aliceToBob, FIXTURES['text']!);
      lengths.add(message.body.length);
      expect(await decryptContent(s.bobToAlice, message)).toStrictEqual(FIXTURES['text']);
    }
    // AES-CBC rounds to 16 bytes, so 1–16 bytes of padding give one or two block counts.
    expect(lengths.size).toBeGreaterThan(1);
  });

  it('invalid content is refused before encryption (InvalidArgument) and the session does not move', async () => {
    const first = await encryptContent(s.aliceToBob, FIXTURES['text']!);
    const error = await rejectionOf(encryptContent(s.aliceToBob, { kind: 'text', text: '' }));
    expect(error.code).toBe('InvalidArgument');
    expect(error.details.field).toBe('content.text');
    const second = await encryptContent(s.aliceToBob, FIXTURES['image']!);
    expect(await decryptContent(s.bobToAlice, first)).toStrictEqual(FIXTURES['text']);
    expect(await decryptContent(s.bobToAlice, second)).toStrictEqual(FIXTURES['image']);
  });

  it.each([
    ['prekey', 'first byte after the header', 40],
    ['prekey', 'last byte (MAC)', -1],
    ['message', 'a ciphertext byte', 20],
    ['message', 'last byte (MAC)', -1],
  ] as const)('a tampered %s message (%s) fails with a typed error, gives no content, and the genuine one still opens', async (type, _where, index) => {
    if (type === 'message') await establish(s);
    const genuine = await encryptContent(s.aliceToBob, FIXTURES['hsm']!);
    expect(genuine.type).toBe(type);
    let content: Content | undefined;
    const error = await rejectionOf(
      decryptContent(s.bobToAlice, flipped(genuine, index)).then((c) => {
        content = c;
        return c;
      }),
    );
    expect(content).toBeUndefined();
    expect(error.family).toBe('input');
    expect(await decryptContent(s.bobToAlice, genuine)).toStrictEqual(FIXTURES['hsm']);
  });

  it('any single flipped bit of a normal message is rejected with a typed error (fast-check)', async () => {
    await establish(s);
    const genuine = await encryptContent(s.aliceToBob, FIXTURES['text']!);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: genuine.body.length * 8 - 1 }), async (bit) => {
        const body = Uint8Array.from(genuine.body);
        body[bit >> 3]! ^= 1 << (bit & 7);
        const error = await rejectionOf(decryptContent(s.bobToAlice, { type: 'message', body }));
        expect(ProtocolError.is(error)).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect(await decryptContent(s.bobToAlice, genuine)).toStrictEqual(FIXTURES['text']);
  });

  it('content that fails validation after decryption is InvalidMessage naming the field; the message is consumed', async () => {
    await establish(s);
    const bad: Content = { kind: 'image', image: { ...(FIXTURES['image'] as Extract<Content, { kind: 'image' }>).image, caption: 'c'.repeat(1025) } };
    // A peer that skips validation: raw protobuf, padded, encrypted with the session directly.
    const message = await s.aliceToBob.encrypt(padRandom(rawContentBytes(bad), defaultContext));
    const error = await rejectionOf(decryptContent(s.bobToAlice, message));
    expect([error.code, error.details.field]).toEqual(['InvalidMessage', 'content.image.caption']);
    // It authenticated, so the session advanced: a retry is a duplicate, later messages still open.
    const retry = await rejectionOf(decryptContent(s.bobToAlice, message));
    expect(retry.code).toBe('DuplicateMessage');
    const next = await encryptContent(s.aliceToBob, FIXTURES['link-preview']!);
    expect(await decryptContent(s.bobToAlice, next)).toStrictEqual(FIXTURES['link-preview']);
  });

  it('after decryption: bad padding, an empty body, garbage and an unknown kind are typed errors', async () => {
    await establish(s);
    const cases: [Uint8Array, string, string | undefined][] = [
      [Uint8Array.from([...encodeContent(FIXTURES['text']!), 0]), 'InvalidMessage', 'padding'],
      [Uint8Array.from([...encodeContent(FIXTURES['text']!), 2, 3]), 'InvalidMessage', 'padding'],
      [Uint8Array.of(4, 4, 4, 4), 'InvalidMessage', undefined],
      [padRandom(Uint8Array.of(0x0a, 0x7f, 0x41), defaultContext), 'InvalidProtobuf', undefined],
      [padRandom(pb.Content.encode({ messageId: 'only-meta' }).finish(), defaultContext), 'InvalidMessage', 'content.kind'],
    ];
    for (const [plaintext, code, field] of cases) {
      const error = await rejectionOf(decryptContent(s.bobToAlice, await s.aliceToBob.encrypt(plaintext)));
      expect(error.code).toBe(code);
      if (field !== undefined) expect(error.details.field).toBe(field);
    }
  });
});

describe('encryptGroupContent → decryptGroupContent over a WhatsApp-format sender key', () => {
  const GROUP = '120363041234567890@g.us';

  async function group(): Promise<{ send: GroupCipher; bob: GroupCipher; carol: GroupCipher }> {
    const alice = await createParty('alice');
    const bob = await createParty('bob');
    const carol = await createParty('carol');
    const send = new GroupCipher(alice.store, alice.address, GROUP, 'whatsapp');
    const distribution = await send.createDistributionMessage();
    const bobView = new GroupCipher(bob.store, alice.address, GROUP, 'whatsapp');
    const carolView = new GroupCipher(carol.store, alice.address, GROUP, 'whatsapp');
    await bobView.processDistributionMessage(distribution);
    await carolView.processDistributionMessage(distribution);
    return { send, bob: bobView, carol: carolView };
  }

  it('every kind arrives intact at every member', async () => {
    const g = await group();
    expect(g.send.format).toBe('whatsapp');
    for (const content of KINDS) {
      const message = await encryptGroupContent(g.send, content);
      expect(await decryptGroupContent(g.bob, message)).toStrictEqual(content);
      expect(await decryptGroupContent(g.carol, message)).toStrictEqual(content);
    }
  });

  it('random valid contents round-trip through the group path (fast-check)', async () => {
    const g = await group();
    const { anyContentArb } = await import('./content-arbitraries.js');
    await fc.assert(
      fc.asyncProperty(anyContentArb, async (content) => {
        expect(await decryptGroupContent(g.bob, await encryptGroupContent(g.send, content))).toStrictEqual(content);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['the signature', -1],
    ['the ciphertext', -70],
    ['the version byte', 0],
  ] as const)('a tampered group message (%s) fails with a typed error and gives no content; the genuine one still opens', async (_where, index) => {
    const g = await group();
    const genuine = await encryptGroupContent(g.send, FIXTURES['template (four-row)']!);
    const body = Uint8Array.from(genuine);
    body[index < 0 ? body.length + index : index]! ^= 0x10;
    let content: Content | undefined;
    const error = await rejectionOf(
      decryptGroupContent(g.bob, body).then((c) => {
        content = c;
        return c;
      }),
    );
    expect(content).toBeUndefined();
    expect(error.family).toBe('input');
    expect(await decryptGroupContent(g.bob, genuine)).toStrictEqual(FIXTURES['template (four-row)']);
  });

  it('invalid content after group decryption is InvalidMessage naming the field', async () => {
    const g = await group();
    const bad: Content = {
      kind: 'hsm',
      hsm: hsm('appointment', [], {
        localizableParams: [{ default: '31 April', dateTime: { components: { year: 2025, month: 4, dayOfMonth: 31 } } }],
      }),
    };
    const message = await g.send.encrypt(padRandom(rawContentBytes(bad), defaultContext));
    const error = await rejectionOf(decryptGroupContent(g.bob, message));
    expect([error.code, error.details.field]).toEqual(['InvalidMessage', 'content.hsm.localizableParams[0].dateTime.components.dayOfMonth']);
    // Carol has the same state; the same invalid message is refused the same way.
    const again = await rejectionOf(decryptGroupContent(g.carol, message));
    expect(again.details.field).toBe(error.details.field);
  });

  it('invalid content is refused before group encryption (InvalidArgument)', async () => {
    const g = await group();
    const error = await rejectionOf(encryptGroupContent(g.send, { kind: 'receipt', receipt: { type: 'read', messageIds: [] } }));
    expect([error.code, error.details.field]).toEqual(['InvalidArgument', 'content.receipt.messageIds']);
  });
});
