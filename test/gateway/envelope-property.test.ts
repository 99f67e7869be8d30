// fast-check properties of gateway envelopes (src/gateway/envelope.ts):
// - no single-byte change to the header bytes is ever accepted: it is either refused by
//   parseEnvelope / openEnvelope with a typed error (and then nothing was consumed), or it decodes
//   to a different header and the recipient reports 'envelope-tampered';
// - no single-byte change anywhere in an envelope (SignalMessage or sender-key framing) is accepted;
// - any valid header round-trips through serialize → parse, in exactly one encoding;
// - random bytes and truncated envelopes are typed ProtocolErrors.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Content,
  createLanguagePack,
  GroupCipher,
  processPreKeyBundle,
  ProtocolAddress,
  ProtocolError,
  type SessionCipher,
  type LanguagePack,
  verifyLanguagePack,
} from '../../src/index.js';
import {
  type EnvelopeHeader,
  type EnvelopePackLookup,
  groupAddress,
  openEnvelope,
  type OpenEnvelopeResult,
  parseEnvelope,
  type SealedEnvelope,
  sealEnvelope,
  serializeEnvelopeHeader,
} from '../../src/gateway/envelope.js';
import type { MessageClass } from '../../src/gateway/types.js';
import { encodeEnvelope, type EnvelopeCiphertextType } from '../../src/wire/envelope-codec.js';
import { deterministicContext } from '../support/deterministic.js';
import { createParty, type Party } from '../support/parties.js';

const context = deterministicContext('gateway-envelope-properties', Date.UTC(2025, 6, 1));
const options = { context };
const NS = 'acme_5d1e_ns';
const GROUP_ID = '120363049876543210@g.us';
const RUNS = 250;

let business: Party;
let acked: Party; // a customer who has replied: SignalMessage framing
let fresh: Party; // a customer who has not: PreKeySignalMessage framing
const out = new Map<string, SessionCipher>();
const inbound = new Map<string, SessionCipher>();
let groupOut: GroupCipher;
let groupIn: GroupCipher;
let pack: LanguagePack;
const packs: EnvelopePackLookup = (namespace, lg, lc) => (namespace === pack.namespace && lg === pack.lg && lc === pack.lc ? pack : undefined);

beforeAll(async () => {
  business = await createParty('15550001111', options);
  acked = await createParty('15559998888', options);
  fresh = await createParty('15557776666', options);
  for (const customer of [acked, fresh]) {
    await processPreKeyBundle(business.store, customer.address, await customer.bundle(), options);
    out.set(customer.name, business.cipherFor(customer));
    inbound.set(customer.name, customer.cipherFor(business));
  }
  const first = await out.get(acked.name)!.encrypt(new Uint8Array([1]));
  await inbound.get(acked.name)!.decrypt(first);
  await out.get(acked.name)!.decrypt(await inbound.get(acked.name)!.encrypt(new Uint8Array([2])));
  groupOut = new GroupCipher(business.store, business.address, GROUP_ID, 'whatsapp', options);
  groupIn = new GroupCipher(acked.store, business.address, GROUP_ID, 'whatsapp', options);
  await groupIn.processDistributionMessage(await groupOut.createDistributionMessage());
  const identity = await business.store.getIdentityKeyPair();
  pack = verifyLanguagePack(
    createLanguagePack(
      {
        namespace: NS,
        lg: 'en',
        lc: 'US',
        version: 1,
        elements: [
          { name: 'summer_sale', category: 'marketing', body: 'Summer sale: {{1}} off!', buttons: [] },
          { name: 'order_update', category: 'utility', body: 'Order {{1}} shipped.', buttons: [] },
        ],
      },
      identity.privateKey,
      options,
    ),
    identity.publicKey,
    options,
  );
});

type Route = 'acked' | 'fresh' | 'group';

interface Message {
  readonly messageId: string;
  readonly template: 'summer_sale' | 'order_update' | null;
}

function classAndContent(m: Message): { messageClass: MessageClass; content: Content } {
  if (m.template === null) return { messageClass: { kind: 'service' }, content: { kind: 'text', text: `hello ${m.messageId}` } };
  return {
    messageClass: {
      kind: 'template',
      category: m.template === 'summer_sale' ? 'marketing' : 'utility',
      templateName: m.template,
      language: 'en_US',
    },
    content: {
      kind: 'hsm',
      messageId: m.messageId,
      hsm: { namespace: NS, elementName: m.template, params: ['20%'], localizableParams: [], deterministicLg: 'en', deterministicLc: 'US' },
    },
  };
}

function seal(route: Route, m: Message): Promise<SealedEnvelope> {
  const base = { messageId: m.messageId, sender: business.address, ...classAndContent(m), options };
  if (route === 'group') return sealEnvelope({ ...base, recipient: groupAddress(GROUP_ID), groupCipher: groupOut });
  const customer = route === 'acked' ? acked : fresh;
  return sealEnvelope({ ...base, cipher: out.get(customer.name)! });
}

function open(route: Route, envelopeBytes: Uint8Array): Promise<OpenEnvelopeResult> {
  if (route === 'group') {
    return openEnvelope({ envelopeBytes, groupCipher: groupIn, expectedSender: business.address, expectedRecipient: groupAddress(GROUP_ID), packs, options });
  }
  const customer = route === 'acked' ? acked : fresh;
  return openEnvelope({ envelopeBytes, cipher: inbound.get(customer.name)!, expectedRecipient: customer.address, packs, options });
}

/** The outcome of handing `bytes` to the gateway and then to the recipient. */
type Outcome = { kind: 'parse-error'; error: ProtocolError } | { kind: 'open-error'; error: ProtocolError } | { kind: 'result'; result: OpenEnvelopeResult };

async function deliver(route: Route, bytes: Uint8Array): Promise<Outcome> {
  try {
    parseEnvelope(bytes);
  } catch (e) {
    expect(ProtocolError.is(e), String(e)).toBe(true);
    return { kind: 'parse-error', error: e as ProtocolError };
  }
  try {
    return { kind: 'result', result: await open(route, bytes) };
  } catch (e) {
    expect(ProtocolError.is(e), String(e)).toBe(true);
    return { kind: 'open-error', error: e as ProtocolError };
  }
}

const messageArb: fc.Arbitrary<Message> = fc.record({
  messageId: fc.stringMatching(/^[A-Za-z0-9]{1,40}$/),
  template: fc.constantFrom<Message['template']>('summer_sale', 'order_update', null),
});

function flip(bytes: Uint8Array, position: number, mask: number): Uint8Array {
  const copy = bytes.slice();
  copy[position % copy.length]! ^= mask;
  return copy;
}

describe('single-byte changes are never accepted', () => {
  it(`header bytes: refused with a typed error, or envelope-tampered (${RUNS} runs)`, async () => {
    const seen = { 'parse-error': 0, 'open-error': 0, tampered: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Route>('acked', 'fresh', 'group'),
        messageArb,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (route, m, position, mask) => {
          const sealed = await seal(route, m);
          const header = flip(sealed.headerBytes, position, mask);
          const bytes = encodeEnvelope({ header, ciphertextType: sealed.ciphertextType, ciphertext: sealed.ciphertext });
          const outcome = await deliver(route, bytes);
          if (outcome.kind === 'result') {
            // It decoded: as another header (one encoding per header), and the recipient noticed.
            expect(parseEnvelope(bytes).header).not.toEqual(sealed.header);
            expect(outcome.result.ok).toBe(false);
            if (!outcome.result.ok) expect(outcome.result.reason).toBe('envelope-tampered');
            seen.tampered++;
            // The message key is spent: the original is now a duplicate.
            await expect(open(route, sealed.envelope)).rejects.toMatchObject({ code: 'DuplicateMessage' });
          } else {
            if (outcome.kind === 'parse-error') expect(outcome.error.family).toBe('input');
            expect(outcome.error.family).not.toBe('internal');
            seen[outcome.kind]++;
            // Refused before anything was committed: the original still opens.
            expect((await open(route, sealed.envelope)).ok).toBe(true);
          }
        },
      ),
      { numRuns: RUNS, seed: 0x5eed_e7e1 },
    );
    expect(seen['parse-error'] + seen['open-error'] + seen.tampered).toBe(RUNS);
    // Both ways of failing actually occur.
    expect(seen['parse-error']).toBeGreaterThan(0);
    expect(seen.tampered).toBeGreaterThan(0);
  });

  it(`anywhere in a SignalMessage or sender-key envelope (${RUNS} runs)`, async () => {
    // PreKey framing is left out on purpose: the outer fields of a PreKeySignalMessage (the
    // registration id; the prekey ids once the recipient holds the session) are not covered by the
    // inner SignalMessage's MAC (as in libsignal), so such a change can still decrypt the same,
    // authentic content under the same, authentic header. (Checked: it does, within 600 runs.)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Route>('acked', 'group'), messageArb, fc.nat(), fc.integer({ min: 1, max: 255 }), async (route, m, position, mask) => {
        const sealed = await seal(route, m);
        const outcome = await deliver(route, flip(sealed.envelope, position, mask));
        if (outcome.kind === 'result') {
          expect(outcome.result.ok).toBe(false);
          if (!outcome.result.ok) expect(outcome.result.reason).toBe('envelope-tampered');
        } else {
          // parseEnvelope refuses with input errors; the ciphers with their own typed errors
          // (BadMac, BadSignature, SessionNotFound for a sender-key chain id that is not known, …).
          if (outcome.kind === 'parse-error') expect(outcome.error.family).toBe('input');
          expect(outcome.error.family).not.toBe('internal');
          // A ciphertext refused by the cipher changed nothing.
          const original = await open(route, sealed.envelope).catch((e: unknown) => e);
          if (ProtocolError.is(original)) expect(original.code).toBe('DuplicateMessage');
          else expect((original as OpenEnvelopeResult).ok).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: 0x0e17_e10e },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Header encoding

const CHARS = ['a', 'Z', '0', '_', '-', '.', '@', ' ', 'é', 'ß', '中', 'ع', '😀', '\u200d'];
const textArb = (max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: max }).map((a) => a.join('')).filter((s) => s.length <= max);
const addressArb = fc.record({ name: textArb(256), deviceId: fc.integer({ min: 0, max: 0x7fff_ffff }) }).map(({ name, deviceId }) => new ProtocolAddress(name, deviceId));
const classArb: fc.Arbitrary<MessageClass> = fc.oneof(
  fc.constant<MessageClass>({ kind: 'service' }),
  fc
    .record({
      category: fc.constantFrom('marketing', 'utility', 'authentication'),
      templateName: fc.stringMatching(/^[a-z0-9_]{1,60}$/),
      lg: fc.stringMatching(/^[a-z]{2,3}$/),
      lc: fc.option(fc.stringMatching(/^(?:[A-Z]{2}|[0-9]{3})$/), { nil: undefined }),
    })
    .map(({ category, templateName, lg, lc }): MessageClass => ({ kind: 'template', category, templateName, language: lc === undefined ? lg : `${lg}_${lc}` })),
);
const headerArb: fc.Arbitrary<EnvelopeHeader> = fc.record({
  messageId: textArb(128),
  sender: addressArb,
  recipient: addressArb,
  timestampMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  channel: fc.constantFrom('pairwise', 'group'),
  messageClass: classArb,
});
const framingFor = (header: EnvelopeHeader, prekey: boolean): EnvelopeCiphertextType => (header.channel === 'group' ? 'group' : prekey ? 'prekey' : 'message');

describe('header encoding', () => {
  it('every valid header round-trips in exactly one encoding (300 runs)', () => {
    fc.assert(
      fc.property(headerArb, fc.boolean(), fc.uint8Array({ minLength: 1, maxLength: 64 }), (header, prekey, ciphertext) => {
        const headerBytes = serializeEnvelopeHeader(header);
        const envelope = encodeEnvelope({ header: headerBytes, ciphertextType: framingFor(header, prekey), ciphertext });
        const parsed = parseEnvelope(envelope);
        expect(parsed.header).toEqual(header);
        expect(parsed.headerBytes).toEqual(headerBytes);
        expect(parsed.ciphertext).toEqual(ciphertext);
        expect(serializeEnvelopeHeader(parsed.header)).toEqual(headerBytes);
      }),
      { numRuns: 300, seed: 0x00c0_ffee },
    );
  });

  it('every strict prefix of a valid envelope is a typed error (100 envelopes)', () => {
    fc.assert(
      fc.property(headerArb, fc.uint8Array({ minLength: 1, maxLength: 16 }), (header, ciphertext) => {
        const envelope = encodeEnvelope({ header: serializeEnvelopeHeader(header), ciphertextType: framingFor(header, false), ciphertext });
        for (let n = 0; n < envelope.length; n++) {
          expect(() => parseEnvelope(envelope.subarray(0, n))).toThrow(ProtocolError);
        }
      }),
      { numRuns: 100, seed: 0x7a11 },
    );
  });

  it('random bytes are a typed input error, or an envelope in canonical form (1000 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        let parsed;
        try {
          parsed = parseEnvelope(bytes);
        } catch (e) {
          expect(ProtocolError.is(e), String(e)).toBe(true);
          expect((e as ProtocolError).family).toBe('input');
          return;
        }
        expect(encodeEnvelope({ header: parsed.headerBytes, ciphertextType: parsed.ciphertextType, ciphertext: parsed.ciphertext })).toEqual(bytes);
      }),
      { numRuns: 1000, seed: 0xba5e },
    );
  });
});
