// Authenticated gateway envelopes (src/gateway/envelope.ts): seal → parse (gateway, no keys) →
// open (recipient) over real parley 1:1 sessions and a sender-key group; every header field changed
// by the gateway is detected; a header swapped in from another message is detected; class and
// category checks against the business's signed language pack; malformed envelopes are typed errors.
import { sha256 } from '@noble/hashes/sha2.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Content,
  createLanguagePack,
  encryptContent,
  encryptGroupContent,
  GroupCipher,
  type Hsm,
  type LanguagePack,
  LanguagePackCache,
  processPreKeyBundle,
  ProtocolAddress,
  ProtocolError,
  type SessionCipher,
  verifyLanguagePack,
} from '../../src/index.js';
import {
  ENVELOPE_DIGEST_CONTEXT,
  envelopeDigest,
  type EnvelopeFailureReason,
  type EnvelopePackLookup,
  groupAddress,
  MAX_ENVELOPE_HEADER_BYTES,
  openEnvelope,
  type OpenEnvelopeResult,
  parseEnvelope,
  type SealedEnvelope,
  sealEnvelope,
  serializeEnvelopeHeader,
} from '../../src/gateway/envelope.js';
import type { MessageClass } from '../../src/gateway/types.js';
import {
  decodeEnvelopeHeader,
  encodeEnvelope,
  encodeEnvelopeHeader,
  type EnvelopeCiphertextType,
  type WireEnvelopeHeader,
} from '../../src/wire/envelope-codec.js';
import { parley } from '../../src/wire/generated/gateway.js';
import { deterministicContext } from '../support/deterministic.js';
import { createParty, type Party } from '../support/parties.js';

const context = deterministicContext('gateway-envelope-tests', Date.UTC(2025, 6, 1));
const options = { context };
const NS = 'acme_5d1e_ns';
const GROUP_ID = '120363041234567890@g.us';

// ---------------------------------------------------------------------------------------------
// World: a business and two customers with 1:1 sessions, a group, the business's signed packs.

let business: Party;
let customer: Party;
let other: Party;
/** business → customer, and the customer's side of that session. */
let toCustomer: SessionCipher;
let fromBusiness: SessionCipher;
let toOther: SessionCipher;
let fromBusinessAtOther: SessionCipher;
let groupOut: GroupCipher;
let groupIn: GroupCipher;
let packEnUs: LanguagePack;
let packPt: LanguagePack;
const packs: EnvelopePackLookup = (namespace, lg, lc) => {
  for (const pack of [packEnUs, packPt]) if (pack.namespace === namespace && pack.lg === lg && pack.lc === lc) return pack;
  return undefined;
};

beforeAll(async () => {
  business = await createParty('15550001111', options);
  customer = await createParty('15559998888', options);
  other = await createParty('15557776666', options);
  await processPreKeyBundle(business.store, customer.address, await customer.bundle(), options);
  await processPreKeyBundle(business.store, other.address, await other.bundle(), options);
  toCustomer = business.cipherFor(customer);
  fromBusiness = customer.cipherFor(business);
  toOther = business.cipherFor(other);
  fromBusinessAtOther = other.cipherFor(business);

  groupOut = new GroupCipher(business.store, business.address, GROUP_ID, 'whatsapp', options);
  groupIn = new GroupCipher(customer.store, business.address, GROUP_ID, 'whatsapp', options);
  await groupIn.processDistributionMessage(await groupOut.createDistributionMessage());

  const identity = await business.store.getIdentityKeyPair();
  const elements = [
    { name: 'order_update', category: 'utility', body: 'Your order {{1}} has shipped.', buttons: [] },
    { name: 'summer_sale', category: 'marketing', body: 'Summer sale: {{1}} off everything!', buttons: [] },
    { name: 'otp_code', category: 'authentication', body: 'Your code is {{1}}.', buttons: [] },
    { name: 'legal_footer', category: 'utility', body: 'Acme Inc., 1 Main St.', buttons: [] },
    { name: 'promo_footer', category: 'marketing', body: 'Use code SUMMER for 20% off.', buttons: [] },
  ] as const;
  packEnUs = verifyLanguagePack(
    createLanguagePack({ namespace: NS, lg: 'en', lc: 'US', version: 1, elements }, identity.privateKey, options),
    identity.publicKey,
    options,
  );
  packPt = verifyLanguagePack(
    createLanguagePack({ namespace: NS, lg: 'pt', version: 1, elements }, identity.privateKey, options),
    identity.publicKey,
    options,
  );
});

// ---------------------------------------------------------------------------------------------
// Helpers

let nextId = 1;
const newId = (): string => `3EB0${String(nextId++).padStart(8, '0')}`;

/** An HSM of the business namespace; `lc` null for a language-only HSM. */
function hsm(elementName: string, lg = 'en', lc: string | null = 'US', namespace = NS): Hsm {
  return { namespace, elementName, params: ['A-1001'], localizableParams: [], deterministicLg: lg, ...(lc === null ? {} : { deterministicLc: lc }) };
}
const hsmContent = (elementName: string, lg?: string, lc?: string | null): Content => ({ kind: 'hsm', hsm: hsm(elementName, lg, lc) });
const textContent = (text: string): Content => ({ kind: 'text', text });
const template = (category: 'marketing' | 'utility' | 'authentication', templateName: string, language = 'en_US'): MessageClass => ({
  kind: 'template',
  category,
  templateName,
  language,
});
const SERVICE: MessageClass = { kind: 'service' };

function toCustomerEnvelope(messageClass: MessageClass, content: Content, extra: { messageId?: string } = {}): Promise<SealedEnvelope> {
  return sealEnvelope({ messageId: extra.messageId ?? newId(), sender: business.address, messageClass, content, cipher: toCustomer, options });
}

/** Opens as the customer; `lookup` null opens without any pack lookup. */
function open(envelopeBytes: Uint8Array, lookup: EnvelopePackLookup | null = packs): Promise<OpenEnvelopeResult> {
  return openEnvelope({
    envelopeBytes,
    cipher: fromBusiness,
    expectedRecipient: customer.address,
    ...(lookup === null ? {} : { packs: lookup }),
    options,
  });
}

/** The gateway rewrites the header (a well-formed, canonical header with one field changed). */
function withHeader(sealed: SealedEnvelope, change: (h: WireEnvelopeHeader) => WireEnvelopeHeader): Uint8Array {
  return encodeEnvelope({
    header: encodeEnvelopeHeader(change(decodeEnvelopeHeader(sealed.headerBytes))),
    ciphertextType: sealed.ciphertextType,
    ciphertext: sealed.ciphertext,
  });
}

/**
 * A sender that skips sealEnvelope's checks (buggy or malicious): any header, any content, and the
 * right digest unless told otherwise.
 */
async function forge(
  header: Partial<WireEnvelopeHeader>,
  content: Content,
  digest: 'right' | 'none' | ((headerBytes: Uint8Array) => Uint8Array) = 'right',
): Promise<Uint8Array> {
  const full: WireEnvelopeHeader = {
    messageId: newId(),
    sender: { name: business.address.name, deviceId: business.address.deviceId },
    recipient: { name: customer.address.name, deviceId: customer.address.deviceId },
    timestampMs: context.now(),
    channel: 'pairwise',
    messageClass: { kind: 'service' },
    ...header,
  };
  const headerBytes = encodeEnvelopeHeader(full);
  const value = digest === 'right' ? envelopeDigest(headerBytes) : digest === 'none' ? undefined : digest(headerBytes);
  const message = await encryptContent(toCustomer, value === undefined ? content : { ...content, envelopeDigest: value }, options);
  return encodeEnvelope({ header: headerBytes, ciphertextType: message.type, ciphertext: message.body });
}

function expectFailure(result: OpenEnvelopeResult, reason: EnvelopeFailureReason): asserts result is Extract<OpenEnvelopeResult, { ok: false }> {
  expect(result.ok, result.ok ? 'accepted' : JSON.stringify({ reason: result.reason, detail: result.detail })).toBe(false);
  if (!result.ok) expect(result.reason, JSON.stringify(result.detail)).toBe(reason);
}

/** Runs `run` and returns what it threw (or undefined). */
async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  return undefined;
}

async function expectRejected(run: () => unknown, code: ProtocolError['code'], field?: string): Promise<ProtocolError> {
  const caught = await thrown(run);
  expect(ProtocolError.is(caught), String(caught)).toBe(true);
  const error = caught as ProtocolError;
  expect(error.code, error.message).toBe(code);
  if (field !== undefined) expect(error.details.field).toBe(field);
  return error;
}

const ENUM = parley.gateway.v1;

// ---------------------------------------------------------------------------------------------

describe('seal → parse → open', () => {
  it('a utility template: PreKey framing first, the gateway sees the class, the recipient accepts it', async () => {
    const messageId = newId();
    const content: Content = { ...hsmContent('order_update'), messageId, timestampMs: context.now() };
    const sealed = await sealEnvelope({
      messageId,
      sender: business.address,
      messageClass: template('utility', 'order_update'),
      content,
      cipher: toCustomer,
      options,
    });
    expect(sealed.ciphertextType).toBe('prekey');
    expect(sealed.digest).toHaveLength(32);

    // The gateway: bytes only, no key, no store.
    const seen = parseEnvelope(sealed.envelope);
    expect(seen.ciphertextType).toBe('prekey');
    expect(seen.header).toEqual({
      messageId,
      sender: business.address,
      recipient: customer.address,
      timestampMs: context.now(),
      channel: 'pairwise',
      messageClass: { kind: 'template', category: 'utility', templateName: 'order_update', language: 'en_US' },
    });
    expect(Object.isFrozen(seen.header)).toBe(true);
    expect(seen.headerBytes).toEqual(sealed.headerBytes);

    const result = await open(sealed.envelope);
    expect(result.ok).toBe(true);
    expect(result.header).toEqual(seen.header);
    expect(result.content).toEqual({ ...content, envelopeDigest: sealed.digest });
  });

  it('the digest is SHA-256(0x00 ‖ context ‖ 0x00 ‖ exact header bytes)', async () => {
    const sealed = await toCustomerEnvelope(SERVICE, textContent('hello'));
    const prefix = new Uint8Array([0, ...new TextEncoder().encode(ENVELOPE_DIGEST_CONTEXT), 0]);
    expect(envelopeDigest(sealed.headerBytes)).toEqual(sha256(new Uint8Array([...prefix, ...sealed.headerBytes])));
    expect(sealed.digest).toEqual(envelopeDigest(sealed.headerBytes));
    expect((await open(sealed.envelope)).ok).toBe(true);
  });

  it('once the customer replied, envelopes use SignalMessage framing; a service text is accepted', async () => {
    const reply = await fromBusiness.encrypt(new TextEncoder().encode('ack'));
    await toCustomer.decrypt(reply);
    const sealed = await toCustomerEnvelope(SERVICE, textContent('Your table is ready.'));
    expect(sealed.ciphertextType).toBe('message');
    expect(parseEnvelope(sealed.envelope).ciphertextType).toBe('message');
    const result = await open(sealed.envelope);
    expect(result.ok).toBe(true);
    expect(result.content).toMatchObject({ kind: 'text', text: 'Your table is ready.' });
  });

  it('a marketing and an authentication template, a language-only pack, and a four-row template', async () => {
    expect((await open((await toCustomerEnvelope(template('marketing', 'summer_sale'), hsmContent('summer_sale'))).envelope)).ok).toBe(true);
    expect((await open((await toCustomerEnvelope(template('authentication', 'otp_code'), hsmContent('otp_code'))).envelope)).ok).toBe(true);
    expect((await open((await toCustomerEnvelope(template('utility', 'order_update', 'pt'), hsmContent('order_update', 'pt', null))).envelope)).ok).toBe(true);
    const fourRow: Content = {
      kind: 'template',
      template: { fourRow: { content: hsm('order_update'), footer: hsm('legal_footer'), buttons: [] } },
    };
    const result = await open((await toCustomerEnvelope(template('utility', 'order_update'), fourRow)).envelope);
    expect(result.ok).toBe(true);
  });

  it('a group message: one envelope for the group, sender-key framing', async () => {
    const sealed = await sealEnvelope({
      messageId: newId(),
      sender: business.address,
      recipient: groupAddress(GROUP_ID),
      messageClass: template('utility', 'order_update'),
      content: hsmContent('order_update'),
      groupCipher: groupOut,
      options,
    });
    expect(sealed.ciphertextType).toBe('group');
    const seen = parseEnvelope(sealed.envelope);
    expect(seen.header.channel).toBe('group');
    expect(seen.header.recipient).toEqual(new ProtocolAddress(GROUP_ID, 0));
    const result = await openEnvelope({
      envelopeBytes: sealed.envelope,
      groupCipher: groupIn,
      expectedSender: business.address,
      expectedRecipient: groupAddress(GROUP_ID),
      packs,
      options,
    });
    expect(result.ok).toBe(true);
  });

  it('a group header changed by the gateway is detected', async () => {
    const sealed = await sealEnvelope({
      messageId: newId(),
      sender: business.address,
      recipient: groupAddress(GROUP_ID),
      messageClass: template('marketing', 'summer_sale'),
      content: hsmContent('summer_sale'),
      groupCipher: groupOut,
      options,
    });
    const tampered = withHeader(sealed, (h) => ({ ...h, messageClass: { kind: 'template', category: 'utility', templateName: 'summer_sale', lg: 'en', lc: 'US' } }));
    expect(parseEnvelope(tampered).header.messageClass).toMatchObject({ category: 'utility' });
    const result = await openEnvelope({
      envelopeBytes: tampered,
      groupCipher: groupIn,
      expectedSender: business.address,
      expectedRecipient: groupAddress(GROUP_ID),
      packs,
      options,
    });
    expectFailure(result, 'envelope-tampered');
  });

  it('works with LanguagePackCache: peek after get, or get directly (async lookup)', async () => {
    const identity = await business.store.getIdentityKeyPair();
    const signed = createLanguagePack(
      { namespace: NS, lg: 'en', lc: 'US', version: 1, elements: [...packEnUs.elements] },
      identity.privateKey,
      options,
    );
    const cache = new LanguagePackCache({
      fetcher: async () => signed,
      businessKey: () => identity.publicKey,
      clock: context,
      options,
    });
    const sealed = await toCustomerEnvelope(template('marketing', 'summer_sale'), hsmContent('summer_sale'));
    // Not fetched yet: peek has nothing.
    const early = await toCustomerEnvelope(template('utility', 'order_update'), hsmContent('order_update'));
    expectFailure(await open(early.envelope, (ns, lg, lc) => cache.peek(ns, lg, lc)), 'category-unverifiable');
    await cache.get(NS, 'en', 'US');
    expect((await open(sealed.envelope, (ns, lg, lc) => cache.peek(ns, lg, lc))).ok).toBe(true);
    const later = await toCustomerEnvelope(template('utility', 'summer_sale'), hsmContent('summer_sale'));
    const result = await open(later.envelope, (ns, lg, lc) => cache.get(ns, lg, lc));
    expectFailure(result, 'category-mismatch');
    cache.dispose();
  });
});

describe('the gateway changes one header field: detected', () => {
  const changes: readonly [string, (h: WireEnvelopeHeader) => WireEnvelopeHeader][] = [
    ['message id', (h) => ({ ...h, messageId: `${h.messageId}X` })],
    ['sender name', (h) => ({ ...h, sender: { ...h.sender, name: '15550002222' } })],
    ['sender device', (h) => ({ ...h, sender: { ...h.sender, deviceId: h.sender.deviceId + 1 } })],
    ['recipient name', (h) => ({ ...h, recipient: { ...h.recipient, name: '15557776666' } })],
    ['recipient device', (h) => ({ ...h, recipient: { ...h.recipient, deviceId: 0 } })],
    ['timestamp', (h) => ({ ...h, timestampMs: h.timestampMs + 1 })],
    ['class kind (template → service)', (h) => ({ ...h, messageClass: { kind: 'service' } })],
    ['category (marketing → utility)', (h) => ({ ...h, messageClass: { ...tpl(h), category: 'utility' } })],
    ['category (marketing → authentication)', (h) => ({ ...h, messageClass: { ...tpl(h), category: 'authentication' } })],
    ['template name', (h) => ({ ...h, messageClass: { ...tpl(h), templateName: 'order_update' } })],
    ['language (lg)', (h) => ({ ...h, messageClass: { ...tpl(h), lg: 'pt' } })],
    ['language (lc removed)', (h) => ({ ...h, messageClass: { kind: 'template', category: tpl(h).category, templateName: tpl(h).templateName, lg: tpl(h).lg } })],
    ['language (lc changed)', (h) => ({ ...h, messageClass: { ...tpl(h), lc: 'GB' } })],
  ];
  function tpl(h: WireEnvelopeHeader): Extract<WireEnvelopeHeader['messageClass'], { kind: 'template' }> {
    if (h.messageClass.kind !== 'template') throw new Error('expected a template header');
    return h.messageClass;
  }

  it.each(changes)('%s', async (_, change) => {
    const sealed = await toCustomerEnvelope(template('marketing', 'summer_sale'), hsmContent('summer_sale'));
    const tampered = withHeader(sealed, change);
    // The change is a valid header: the gateway (and anyone) parses it and sees the new value.
    const seen = parseEnvelope(tampered);
    expect(seen.header).not.toEqual(sealed.header);
    const result = await open(tampered);
    expectFailure(result, 'envelope-tampered');
    expect(result.detail).toEqual({ digest: 'mismatch' });
    // The content still came from the business; its message key is spent.
    expect(result.content.kind).toBe('hsm');
    await expectRejected(() => open(sealed.envelope), 'DuplicateMessage');
  });

  it('ciphertext type: a header channel that disagrees with the framing does not parse', async () => {
    const sealed = await toCustomerEnvelope(SERVICE, textContent('hi'));
    const tampered = withHeader(sealed, (h) => ({ ...h, channel: 'group' }));
    await expectRejected(() => parseEnvelope(tampered), 'InvalidMessage', 'channel');
    await expectRejected(() => open(tampered), 'InvalidMessage', 'channel');
    expect((await open(sealed.envelope)).ok).toBe(true); // nothing was consumed
  });

  it('ciphertext type: channel and framing both moved to group → typed error for either cipher', async () => {
    const sealed = await toCustomerEnvelope(SERVICE, textContent('hi'));
    const header = encodeEnvelopeHeader({ ...decodeEnvelopeHeader(sealed.headerBytes), channel: 'group' });
    const tampered = encodeEnvelope({ header, ciphertextType: 'group', ciphertext: sealed.ciphertext });
    expect(parseEnvelope(tampered).ciphertextType).toBe('group');
    await expectRejected(() => open(tampered), 'InvalidMessage', 'channel');
    const error = await thrown(() =>
      openEnvelope({ envelopeBytes: tampered, groupCipher: groupIn, expectedSender: business.address, expectedRecipient: groupAddress(GROUP_ID), options }),
    );
    expect(ProtocolError.is(error), String(error)).toBe(true);
    expect((error as ProtocolError).family).toBe('input');
    expect((await open(sealed.envelope)).ok).toBe(true);
  });

  it.each<[EnvelopeCiphertextType, EnvelopeCiphertextType]>([
    ['message', 'prekey'],
    ['prekey', 'message'],
  ])('ciphertext type: framing %s relabelled as %s → typed error, nothing consumed', async (from, to) => {
    // A fresh business device whose first messages are PreKey messages, and a customer session.
    const device = await createParty(from === 'prekey' ? '15550003333' : '15550004444', options, 7);
    await processPreKeyBundle(device.store, customer.address, await customer.bundle(), options);
    const out = device.cipherFor(customer);
    const inbound = customer.cipherFor(device);
    const seal = (): Promise<SealedEnvelope> =>
      sealEnvelope({ messageId: newId(), sender: device.address, messageClass: SERVICE, content: textContent('x'), cipher: out, options });
    const openHere = (bytes: Uint8Array): Promise<OpenEnvelopeResult> =>
      openEnvelope({ envelopeBytes: bytes, cipher: inbound, expectedRecipient: customer.address, options });
    let sealed = await seal();
    if (from === 'message') {
      expect((await openHere(sealed.envelope)).ok).toBe(true);
      await out.decrypt(await inbound.encrypt(new TextEncoder().encode('ack')));
      sealed = await seal();
    }
    expect(sealed.ciphertextType).toBe(from);
    const relabelled = encodeEnvelope({ header: sealed.headerBytes, ciphertextType: to, ciphertext: sealed.ciphertext });
    const error = await thrown(() => openHere(relabelled));
    expect(ProtocolError.is(error), String(error)).toBe(true);
    expect((error as ProtocolError).family).toBe('input');
    expect((await openHere(sealed.envelope)).ok).toBe(true);
  });

  it('a header swapped in from another message (same session) is detected', async () => {
    const marketing = await toCustomerEnvelope(template('marketing', 'summer_sale'), hsmContent('summer_sale'));
    const utility = await toCustomerEnvelope(template('utility', 'order_update'), hsmContent('order_update'));
    // The gateway bills the marketing message as the utility one.
    const swapped = encodeEnvelope({ header: utility.headerBytes, ciphertextType: marketing.ciphertextType, ciphertext: marketing.ciphertext });
    expect(parseEnvelope(swapped).header.messageClass).toMatchObject({ category: 'utility' });
    const first = await open(swapped);
    expectFailure(first, 'envelope-tampered');
    expect(first.content).toMatchObject({ kind: 'hsm', hsm: { elementName: 'summer_sale' } });
    const back = encodeEnvelope({ header: marketing.headerBytes, ciphertextType: utility.ciphertextType, ciphertext: utility.ciphertext });
    expectFailure(await open(back), 'envelope-tampered');
  });

  it("a header from another customer's envelope is detected", async () => {
    const mine = await toCustomerEnvelope(SERVICE, textContent('for the customer'));
    const theirs = await sealEnvelope({
      messageId: newId(),
      sender: business.address,
      messageClass: SERVICE,
      content: textContent('for someone else'),
      cipher: toOther,
      options,
    });
    const swapped = encodeEnvelope({ header: theirs.headerBytes, ciphertextType: mine.ciphertextType, ciphertext: mine.ciphertext });
    expectFailure(await open(swapped), 'envelope-tampered');
    expect(
      (await openEnvelope({ envelopeBytes: theirs.envelope, cipher: fromBusinessAtOther, expectedRecipient: other.address, options })).ok,
    ).toBe(true);
  });

  it('content without a digest → envelope-tampered (missing)', async () => {
    const result = await open(await forge({}, textContent('no digest'), 'none'));
    expectFailure(result, 'envelope-tampered');
    expect(result.detail).toEqual({ digest: 'missing' });
  });

  it('a digest without the context prefix (plain SHA-256 of the header) → envelope-tampered', async () => {
    const result = await open(await forge({}, textContent('plain hash'), (bytes) => sha256(bytes)));
    expectFailure(result, 'envelope-tampered');
    expect(result.detail).toEqual({ digest: 'mismatch' });
  });
});

describe('class and category against the signed language pack', () => {
  it('marketing declared as utility → category-mismatch { declared, packCategory }', async () => {
    // sealEnvelope has no packs: a business can declare any category; the recipient checks it.
    const sealed = await toCustomerEnvelope(template('utility', 'summer_sale'), hsmContent('summer_sale'));
    expect(parseEnvelope(sealed.envelope).header.messageClass).toMatchObject({ category: 'utility' });
    const result = await open(sealed.envelope);
    expectFailure(result, 'category-mismatch');
    expect(result.detail).toEqual({
      declared: 'utility',
      packCategory: 'marketing',
      element: { at: 'content.hsm', namespace: NS, elementName: 'summer_sale', lg: 'en', lc: 'US' },
    });
    expect(result.content.kind).toBe('hsm');
  });

  it('authentication declared as marketing, and utility declared as authentication → category-mismatch', async () => {
    const a = await open((await toCustomerEnvelope(template('marketing', 'otp_code'), hsmContent('otp_code'))).envelope);
    expectFailure(a, 'category-mismatch');
    expect(a.detail).toMatchObject({ declared: 'marketing', packCategory: 'authentication' });
    const b = await open((await toCustomerEnvelope(template('authentication', 'order_update'), hsmContent('order_update'))).envelope);
    expectFailure(b, 'category-mismatch');
    expect(b.detail).toMatchObject({ declared: 'authentication', packCategory: 'utility' });
  });

  it('a utility four-row template with a marketing footer element → category-mismatch at the footer', async () => {
    const content: Content = {
      kind: 'template',
      template: { fourRow: { content: hsm('order_update'), footer: hsm('promo_footer'), buttons: [] } },
    };
    const result = await open((await toCustomerEnvelope(template('utility', 'order_update'), content)).envelope);
    expectFailure(result, 'category-mismatch');
    expect(result.detail).toMatchObject({ declared: 'utility', packCategory: 'marketing', element: { at: 'content.template.fourRow.footer', elementName: 'promo_footer' } });
  });

  it('a service class carrying a template → class-mismatch (and sealEnvelope refuses to build it)', async () => {
    await expectRejected(() => toCustomerEnvelope(SERVICE, hsmContent('summer_sale')), 'InvalidArgument', 'messageClass');
    const result = await open(await forge({ messageClass: { kind: 'service' } }, hsmContent('summer_sale')));
    expectFailure(result, 'class-mismatch');
    expect(result.detail).toEqual({ field: 'messageClass', at: 'content', expected: 'service', got: 'hsm' });
  });

  it('a service class carrying a template inside translations → class-mismatch', async () => {
    const content: Content = {
      kind: 'translations',
      translations: {
        variants: [
          { lg: 'en', content: { kind: 'text', text: 'Hello' } },
          { lg: 'pt', content: { kind: 'hsm', hsm: hsm('summer_sale', 'pt', null) } },
        ],
        default: { lg: 'en' },
        fallbackChain: [],
      },
    };
    await expectRejected(() => toCustomerEnvelope(SERVICE, content), 'InvalidArgument', 'content.translations.variants[1].content');
    const result = await open(await forge({}, content));
    expectFailure(result, 'class-mismatch');
    expect(result.detail).toMatchObject({ field: 'messageClass', at: 'content.translations.variants[1].content', got: 'hsm' });
  });

  it('a template class with free-form content → class-mismatch', async () => {
    const cls = { kind: 'template', category: 'utility', templateName: 'order_update', lg: 'en', lc: 'US' } as const;
    await expectRejected(() => toCustomerEnvelope(template('utility', 'order_update'), textContent('BUY NOW')), 'InvalidArgument', 'messageClass');
    const result = await open(await forge({ messageClass: cls }, textContent('BUY NOW')));
    expectFailure(result, 'class-mismatch');
    expect(result.detail).toEqual({ field: 'messageClass', at: 'content', expected: 'template', got: 'text' });
  });

  it('a template name other than the element name → class-mismatch', async () => {
    await expectRejected(() => toCustomerEnvelope(template('utility', 'order_update'), hsmContent('summer_sale')), 'InvalidArgument', 'content.hsm');
    const cls = { kind: 'template', category: 'utility', templateName: 'order_update', lg: 'en', lc: 'US' } as const;
    const result = await open(await forge({ messageClass: cls }, hsmContent('summer_sale')));
    expectFailure(result, 'class-mismatch');
    expect(result.detail).toEqual({ field: 'templateName', at: 'content.hsm', expected: 'order_update', got: 'summer_sale' });
  });

  it("a language other than the HSM's deterministic lg/lc → class-mismatch", async () => {
    const cls = { kind: 'template', category: 'utility', templateName: 'order_update', lg: 'en', lc: 'US' } as const;
    const a = await open(await forge({ messageClass: cls }, hsmContent('order_update', 'pt', null)));
    expectFailure(a, 'class-mismatch');
    expect(a.detail).toEqual({ field: 'language', at: 'content.hsm', expected: 'en_US', got: 'pt' });
    const noLanguage: Content = { kind: 'hsm', hsm: { namespace: NS, elementName: 'order_update', params: [], localizableParams: [] } };
    const b = await open(await forge({ messageClass: cls }, noLanguage));
    expectFailure(b, 'class-mismatch');
    expect(b.detail).toMatchObject({ field: 'language', got: 'none' });
    // A four-row part in another language or namespace.
    const mixed: Content = { kind: 'template', template: { fourRow: { content: hsm('order_update'), footer: hsm('legal_footer', 'pt', null), buttons: [] } } };
    const c = await open(await forge({ messageClass: cls }, mixed));
    expectFailure(c, 'class-mismatch');
    expect(c.detail).toMatchObject({ field: 'language', at: 'content.template.fourRow.footer' });
    const foreign: Content = { kind: 'template', template: { fourRow: { content: hsm('order_update'), footer: hsm('legal_footer', 'en', 'US', 'other_ns'), buttons: [] } } };
    const d = await open(await forge({ messageClass: cls }, foreign));
    expectFailure(d, 'class-mismatch');
    expect(d.detail).toEqual({ field: 'namespace', at: 'content.template.fourRow.footer', expected: NS, got: 'other_ns' });
  });

  it('a hydrated-only template names no element → class-mismatch', async () => {
    const hydrated: Content = { kind: 'template', template: { hydratedFourRow: { contentText: 'Big sale today', buttons: [] } } };
    await expectRejected(() => toCustomerEnvelope(template('utility', 'order_update'), hydrated), 'InvalidArgument', 'content.template');
    const cls = { kind: 'template', category: 'utility', templateName: 'order_update', lg: 'en', lc: 'US' } as const;
    const result = await open(await forge({ messageClass: cls }, hydrated));
    expectFailure(result, 'class-mismatch');
    expect(result.detail).toMatchObject({ field: 'templateName', got: 'none' });
  });

  it('missing pack → category-unverifiable (no lookup, undefined, a throwing or rejecting lookup, a pack for another locale)', async () => {
    const lookups: (EnvelopePackLookup | null)[] = [
      null,
      () => undefined,
      () => {
        throw new Error('offline');
      },
      () => Promise.reject(new Error('offline')),
      () => packPt, // asked for en_US, given pt
    ];
    for (const lookup of lookups) {
      const sealed = await toCustomerEnvelope(template('marketing', 'summer_sale'), hsmContent('summer_sale'));
      const result = await open(sealed.envelope, lookup);
      expectFailure(result, 'category-unverifiable');
      expect(result.detail).toEqual({ missing: 'pack', element: { at: 'content.hsm', namespace: NS, elementName: 'summer_sale', lg: 'en', lc: 'US' } });
    }
  });

  it('an element the signed pack does not have → category-unverifiable (element); a mismatch elsewhere wins', async () => {
    const a = await open((await toCustomerEnvelope(template('utility', 'new_template'), hsmContent('new_template'))).envelope);
    expectFailure(a, 'category-unverifiable');
    expect(a.detail).toMatchObject({ missing: 'element', element: { elementName: 'new_template' } });
    const content: Content = {
      kind: 'template',
      template: { fourRow: { content: hsm('new_template'), footer: hsm('promo_footer'), buttons: [] } },
    };
    const b = await open((await toCustomerEnvelope(template('utility', 'new_template'), content)).envelope);
    expectFailure(b, 'category-mismatch');
  });

  it('content message id or timestamp other than the header → mismatch (sealEnvelope refuses it)', async () => {
    const messageId = newId();
    await expectRejected(() => toCustomerEnvelope(SERVICE, { ...textContent('x'), messageId: 'other' }, { messageId }), 'InvalidArgument', 'messageId');
    const a = await open(await forge({ messageId }, { ...textContent('x'), messageId: 'other' }));
    expectFailure(a, 'message-id-mismatch');
    expect(a.detail).toEqual({ expected: messageId, got: 'other' });
    const b = await open(await forge({ timestampMs: 1000 }, { ...textContent('x'), timestampMs: 2000 }));
    expectFailure(b, 'timestamp-mismatch');
    expect(b.detail).toEqual({ expected: 1000, got: 2000 });
  });

  it('an authenticated header naming other devices → address-mismatch', async () => {
    const a = await open(await forge({ sender: { name: 'impostor', deviceId: 1 } }, textContent('x')));
    expectFailure(a, 'address-mismatch');
    expect(a.detail).toEqual({ field: 'sender', expected: business.address.toString(), got: 'impostor.1' });
    const b = await open(await forge({ recipient: { name: customer.address.name, deviceId: 9 } }, textContent('x')));
    expectFailure(b, 'address-mismatch');
    expect(b.detail).toMatchObject({ field: 'recipient', got: `${customer.address.name}.9` });
  });
});

describe('input checks', () => {
  it('sealEnvelope: exactly one cipher, the recipient of a pairwise cipher, valid header fields', async () => {
    const base = { messageId: newId(), sender: business.address, messageClass: SERVICE, content: textContent('x'), options };
    await expectRejected(() => sealEnvelope({ ...base, cipher: toCustomer, groupCipher: groupOut } as never), 'InvalidArgument', 'cipher');
    await expectRejected(() => sealEnvelope({ ...base } as never), 'InvalidArgument', 'cipher');
    await expectRejected(() => sealEnvelope({ ...base, cipher: toCustomer, recipient: other.address }), 'InvalidArgument', 'recipient');
    await expectRejected(() => sealEnvelope({ ...base, groupCipher: groupOut } as never), 'InvalidArgument', 'recipient');
    await expectRejected(() => sealEnvelope({ ...base, messageId: '', cipher: toCustomer }), 'InvalidArgument', 'messageId');
    await expectRejected(() => sealEnvelope({ ...base, messageId: 'x'.repeat(129), cipher: toCustomer }), 'InvalidArgument', 'messageId');
    await expectRejected(() => sealEnvelope({ ...base, timestampMs: -1, cipher: toCustomer }), 'InvalidArgument', 'timestampMs');
    await expectRejected(() => sealEnvelope({ ...base, timestampMs: 1.5, cipher: toCustomer }), 'InvalidArgument', 'timestampMs');
    const bad: [MessageClass, string][] = [
      [{ kind: 'promo' } as unknown as MessageClass, 'messageClass.kind'],
      [{ ...template('utility', 'order_update'), category: 'service' } as unknown as MessageClass, 'messageClass.category'],
      [template('utility', 'Order-Update'), 'messageClass.templateName'],
      [template('utility', 'order_update', 'en-US'), 'messageClass.language'],
      [template('utility', 'order_update', 'EN'), 'messageClass.language'],
    ];
    for (const [messageClass, field] of bad) {
      await expectRejected(() => sealEnvelope({ ...base, messageClass, content: hsmContent('order_update'), cipher: toCustomer }), 'InvalidArgument', field);
    }
    // Nothing above reached the cipher: the next envelope still opens.
    expect((await open((await toCustomerEnvelope(SERVICE, textContent('still fine'))).envelope)).ok).toBe(true);
  });

  it('serializeEnvelopeHeader is canonical and capped', () => {
    const header = {
      messageId: 'id-1',
      sender: business.address,
      recipient: customer.address,
      timestampMs: 5,
      channel: 'pairwise',
      messageClass: template('utility', 'order_update', 'pt_BR'),
    } as const;
    const bytes = serializeEnvelopeHeader(header);
    expect(serializeEnvelopeHeader({ ...header })).toEqual(bytes);
    expect(decodeEnvelopeHeader(bytes).messageClass).toEqual({ kind: 'template', category: 'utility', templateName: 'order_update', lg: 'pt', lc: 'BR' });
    expect(bytes.length).toBeLessThan(MAX_ENVELOPE_HEADER_BYTES);
  });

  it('openEnvelope: expected sender must be the cipher peer; a group needs its sender', async () => {
    const sealed = await toCustomerEnvelope(SERVICE, textContent('x'));
    await expectRejected(
      () => openEnvelope({ envelopeBytes: sealed.envelope, cipher: fromBusiness, expectedSender: other.address, expectedRecipient: customer.address }),
      'InvalidArgument',
      'expectedSender',
    );
    await expectRejected(
      () => openEnvelope({ envelopeBytes: sealed.envelope, groupCipher: groupIn, expectedRecipient: customer.address } as never),
      'InvalidArgument',
      'expectedSender',
    );
    expect((await open(sealed.envelope)).ok).toBe(true);
  });
});

describe('malformed envelopes → typed ProtocolError, before any key is used', () => {
  let sample: SealedEnvelope;
  beforeAll(async () => {
    sample = await toCustomerEnvelope(template('utility', 'order_update'), hsmContent('order_update'));
  });

  it('empty, garbage, not bytes', async () => {
    await expectRejected(() => parseEnvelope(new Uint8Array(0)), 'InvalidMessage');
    await expectRejected(() => parseEnvelope(new Uint8Array([0xff, 0xff, 0xff])), 'InvalidProtobuf');
    await expectRejected(() => parseEnvelope(new TextEncoder().encode('not a protobuf at all')), 'InvalidProtobuf');
    await expectRejected(() => parseEnvelope('envelope' as unknown as Uint8Array), 'InvalidArgument');
    await expectRejected(() => open(new Uint8Array([0x0a, 0x00])), 'InvalidMessage');
  });

  it('every truncation of a valid envelope', async () => {
    for (let n = 0; n < sample.envelope.length; n++) {
      const caught = await thrown(() => parseEnvelope(sample.envelope.subarray(0, n)));
      expect(ProtocolError.is(caught), `prefix of ${n} bytes`).toBe(true);
      expect((caught as ProtocolError).family).toBe('input');
    }
  });

  it('size caps: the envelope and the header', async () => {
    await expectRejected(() => parseEnvelope(sample.envelope, { limits: { maxMessageBytes: 16 } }), 'MessageTooLarge');
    const bigHeader = new Uint8Array(MAX_ENVELOPE_HEADER_BYTES + 1);
    await expectRejected(() => parseEnvelope(encodeEnvelope({ header: bigHeader, ciphertextType: 'message', ciphertext: new Uint8Array(1) })), 'MessageTooLarge');
  });

  it('missing header or ciphertext, two ciphertexts, empty ciphertext', async () => {
    const E = ENUM.Envelope;
    const encode = (v: parley.gateway.v1.Envelope.$Properties): Uint8Array => E.encode(v).finish().slice();
    await expectRejected(() => parseEnvelope(encode({ prekeyMessage: sample.ciphertext })), 'InvalidMessage', 'header');
    await expectRejected(() => parseEnvelope(encode({ header: sample.headerBytes })), 'InvalidMessage', 'ciphertext');
    // protobufjs keeps the last member of a oneof; the canonical check refuses the second spelling.
    await expectRejected(() => parseEnvelope(encode({ header: sample.headerBytes, prekeyMessage: sample.ciphertext, signalMessage: sample.ciphertext })), 'InvalidMessage', 'envelope');
    await expectRejected(() => parseEnvelope(encode({ header: sample.headerBytes, prekeyMessage: new Uint8Array(0) })), 'InvalidMessage');
  });

  it('non-canonical encodings: a duplicated header, an unknown field, an explicit default, reordered fields', async () => {
    const tag = (field: number, bytes: Uint8Array): number[] => [...varint((field << 3) | 2), ...varint(bytes.length), ...bytes];
    // Duplicate header: protobuf's "last one wins" would show two parsers two different headers.
    const other = await toCustomerEnvelope(template('marketing', 'summer_sale'), hsmContent('summer_sale'));
    const dup = new Uint8Array([...tag(1, other.headerBytes), ...sample.envelope]);
    await expectRejected(() => parseEnvelope(dup), 'InvalidMessage', 'envelope');
    await expectRejected(() => parseEnvelope(new Uint8Array([...sample.envelope, ...tag(99, new Uint8Array([1]))])), 'InvalidMessage', 'envelope');
    const reordered = new Uint8Array([...tag(2, sample.ciphertext), ...tag(1, sample.headerBytes)]);
    await expectRejected(() => parseEnvelope(reordered), 'InvalidMessage', 'envelope');
    // Inside the header.
    const H = ENUM.EnvelopeHeader;
    const wrap = (header: Uint8Array): Uint8Array => encodeEnvelope({ header, ciphertextType: sample.ciphertextType, ciphertext: sample.ciphertext });
    const decoded = H.decode(sample.headerBytes);
    const withUnknown = new Uint8Array([...sample.headerBytes, ...tag(50, new Uint8Array([7]))]);
    await expectRejected(() => parseEnvelope(wrap(withUnknown)), 'InvalidMessage', 'header');
    const explicitZero = new Uint8Array([...sample.headerBytes.subarray(0, 2), 0x30, 0x00, ...sample.headerBytes.subarray(2)]);
    await expectRejected(() => parseEnvelope(wrap(explicitZero)), 'InvalidMessage', 'header');
    const dupHeaderField = new Uint8Array([...sample.headerBytes, ...tag(2, new TextEncoder().encode('other-id'))]);
    await expectRejected(() => parseEnvelope(wrap(dupHeaderField)), 'InvalidMessage', 'header');
    expect(decoded.messageId).toBe(sample.header.messageId);
  });

  it('header structure: version, missing fields, unknown enums, both or neither class, bad names', async () => {
    const H = ENUM.EnvelopeHeader;
    const valid: parley.gateway.v1.EnvelopeHeader.$Properties = {
      formatVersion: 1,
      messageId: 'm1',
      sender: { name: 'a', deviceId: 1 },
      recipient: { name: 'b', deviceId: 2 },
      timestampMs: 10,
      channel: ENUM.Channel.PAIRWISE,
      service: {},
    };
    const parse = (v: parley.gateway.v1.EnvelopeHeader.$Properties): ReturnType<typeof parseEnvelope> =>
      parseEnvelope(encodeEnvelope({ header: H.encode(v).finish().slice(), ciphertextType: 'message', ciphertext: new Uint8Array([1]) }));
    expect(parse(valid).header.messageId).toBe('m1');
    await expectRejected(() => parse({ ...valid, formatVersion: 2 }), 'UnsupportedVersion');
    await expectRejected(() => parse({ ...valid, formatVersion: 0 }), 'UnsupportedVersion');
    await expectRejected(() => parse({ ...valid, messageId: '' }), 'InvalidMessage', 'messageId');
    await expectRejected(() => parse({ ...valid, sender: null }), 'InvalidMessage', 'sender');
    await expectRejected(() => parse({ ...valid, recipient: { name: '', deviceId: 1 } }), 'InvalidMessage', 'recipient.name');
    await expectRejected(() => parse({ ...valid, sender: { name: 'a\u0000b', deviceId: 1 } }), 'InvalidMessage', 'sender.name');
    await expectRejected(() => parse({ ...valid, sender: { name: 'a', deviceId: 0x8000_0000 } }), 'InvalidMessage', 'sender.deviceId');
    await expectRejected(() => parse({ ...valid, channel: 0 }), 'InvalidMessage', 'channel');
    await expectRejected(() => parse({ ...valid, channel: 9 as parley.gateway.v1.Channel }), 'InvalidMessage', 'channel');
    await expectRejected(() => parse({ ...valid, timestampMs: 1.5 }), 'InvalidMessage', 'timestampMs');
    await expectRejected(() => parse({ ...valid, timestampMs: -5 }), 'InvalidMessage', 'timestampMs');
    await expectRejected(() => parse({ ...valid, service: null }), 'InvalidMessage', 'messageClass');
    const t = { category: ENUM.Category.UTILITY, templateName: 'order_update', lg: 'en', lc: 'US' };
    // Both members of the oneof: the decoder keeps one, the canonical check refuses the bytes.
    await expectRejected(() => parse({ ...valid, template: t }), 'InvalidMessage', 'header');
    const { service: _, ...noService } = valid;
    expect(parse({ ...noService, template: t }).header.messageClass).toEqual(template('utility', 'order_update'));
    await expectRejected(() => parse({ ...noService, template: { ...t, category: 0 } }), 'InvalidMessage', 'template.category');
    await expectRejected(() => parse({ ...noService, template: { ...t, templateName: 'Bad Name' } }), 'InvalidMessage', 'messageClass.templateName');
    await expectRejected(() => parse({ ...noService, template: { ...t, lg: 'en_GB' } }), 'InvalidMessage', 'messageClass.lg');
    await expectRejected(() => parse({ ...noService, template: { ...t, lc: 'us' } }), 'InvalidMessage', 'messageClass.lc');
    await expectRejected(() => parse({ ...noService, template: { ...t, lg: '' } }), 'InvalidMessage', 'messageClass.lg');
    await expectRejected(() => parse({ ...valid, channel: ENUM.Channel.GROUP }), 'InvalidMessage', 'channel');
  });
});

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
