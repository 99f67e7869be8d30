// Signed language packs: create → verify round trip, signature checks over the exact pack bytes,
// and every template rule (BUSINESS.md §4.6) on both sides with a typed error naming the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLanguagePack,
  type LanguagePackData,
  type LanguagePackElement,
  type LanguagePackInput,
  verifyLanguagePack,
} from '../../src/content/language-pack.js';
import { ProtocolError } from '../../src/errors.js';
import { generateIdentityKeyPair } from '../../src/keys/identity.js';
import { sign } from '../../src/keys/curve.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import {
  decodeSignedLanguagePack,
  encodeLanguagePackData,
  encodeSignedLanguagePack,
} from '../../src/wire/language-pack-codec.js';
import { parley } from '../../src/wire/generated/language-pack.js';
import { deterministicContext } from '../support/deterministic.js';
import { LANGUAGE_PACK_SIGNATURE_CONTEXT } from '../../src/content/language-pack.js';

/** The bytes a pack signature covers: the domain-separation prefix, then the exact pack bytes. */
function withContext(pack: Uint8Array): Uint8Array {
  const out = new Uint8Array(LANGUAGE_PACK_SIGNATURE_CONTEXT.length + pack.length);
  out.set(LANGUAGE_PACK_SIGNATURE_CONTEXT);
  out.set(pack, LANGUAGE_PACK_SIGNATURE_CONTEXT.length);
  return out;
}

const context = deterministicContext('language-pack-tests');
const options = { context };
const business = generateIdentityKeyPair(options);
const stranger = generateIdentityKeyPair(options);

function samplePack(): LanguagePackInput {
  return {
    namespace: 'acme_2f9c_ns',
    lg: 'en',
    lc: 'US',
    version: 3,
    issuedAtMs: Date.UTC(2024, 0, 1),
    elements: [
      {
        name: 'order_shipped',
        category: 'utility',
        header: 'Order {{1}}',
        body: 'Hi {{2}},\nyour order {{1}} ships on {{3}}.',
        footer: 'Acme Inc.',
        buttons: [
          { type: 'quick-reply', text: 'Thanks' },
          { type: 'quick-reply', text: 'Stop updates' },
          { type: 'url', text: 'Track', url: 'https://acme.example/track/{{1}}' },
          { type: 'url', text: 'Help', url: 'https://acme.example/help' },
          { type: 'call', text: 'Call us', phoneNumber: '+14155550123' },
        ],
      },
      { name: 'otp_code', category: 'authentication', body: 'Your code is {{1}}.', buttons: [] },
      { name: 'spring_sale', category: 'marketing', body: '20% off everything 🌸', buttons: [] },
    ],
  };
}

/** Signs arbitrary data without create's checks, to test what a receiver rejects. */
function signRaw(data: LanguagePackData, key = business.privateKey): Uint8Array {
  const pack = encodeLanguagePackData(data);
  return encodeSignedLanguagePack(pack, sign(nobleCrypto, context, key, withContext(pack)));
}

function signProto(value: parley.languagepack.v1.LanguagePack.$Properties): Uint8Array {
  const pack = parley.languagepack.v1.LanguagePack.encode(value).finish().slice();
  return encodeSignedLanguagePack(pack, sign(nobleCrypto, context, business.privateKey, withContext(pack)));
}

function withData(pack: { elements: readonly LanguagePackElement[] } & object): LanguagePackData {
  return { issuedAtMs: 0, ...(pack as LanguagePackInput) } as LanguagePackData;
}

function caught(run: () => unknown): ProtocolError {
  try {
    run();
  } catch (e) {
    if (ProtocolError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ProtocolError, nothing was thrown');
}

function indexOfText(bytes: Uint8Array, needle: string): number {
  const at = Buffer.from(bytes).indexOf(needle, 0, 'utf8');
  if (at < 0) throw new Error(`${needle} not found`);
  return at;
}

function plainData(pack: LanguagePackData): LanguagePackData {
  const { namespace, lg, lc, version, issuedAtMs, elements } = pack;
  return JSON.parse(JSON.stringify({ namespace, lg, lc, version, issuedAtMs, elements })) as LanguagePackData;
}

describe('createLanguagePack / verifyLanguagePack', () => {
  it('round-trips every field and looks elements up by name', () => {
    const input = samplePack();
    const signed = createLanguagePack(input, business.privateKey, options);
    const pack = verifyLanguagePack(signed, business.publicKey, options);
    expect(plainData(pack)).toEqual(JSON.parse(JSON.stringify(input)));
    expect(pack.element('otp_code')?.category).toBe('authentication');
    expect(pack.element('order_shipped')?.buttons).toHaveLength(5);
    expect(pack.element('nope')).toBeUndefined();
    expect(Object.isFrozen(pack)).toBe(true);
    expect(Object.isFrozen(pack.elements[0]!.buttons[0])).toBe(true);
  });

  it('keeps optional fields absent, and takes the issue time from the context clock by default', () => {
    const { lc: _lc, issuedAtMs: _t, ...rest } = samplePack();
    const pack = verifyLanguagePack(createLanguagePack({ ...rest, lg: 'pt' }, business.privateKey, options), business.publicKey);
    expect(pack.lc).toBeUndefined();
    expect('lc' in pack).toBe(false);
    expect(pack.issuedAtMs).toBe(context.now());
    expect('header' in pack.element('otp_code')!).toBe(false);
    expect('footer' in pack.element('otp_code')!).toBe(false);
  });

  it('signs the context prefix and exactly the pack bytes in the container with the business identity key', () => {
    const signed = createLanguagePack(samplePack(), business.privateKey, options);
    const { pack, signature } = decodeSignedLanguagePack(signed, 1 << 20);
    expect(nobleCrypto.xeddsaVerify(business.publicKey.subarray(1), withContext(pack), signature)).toBe(true);
    // Without the prefix the signature is worthless: it cannot be replayed as a signature over bare protobuf.
    expect(nobleCrypto.xeddsaVerify(business.publicKey.subarray(1), pack, signature)).toBe(false);
    const bare = encodeSignedLanguagePack(pack, sign(nobleCrypto, context, business.privateKey, pack));
    expect(() => verifyLanguagePack(bare, business.publicKey, options)).toThrowError(expect.objectContaining({ code: 'BadSignature' }));
    expect(parley.languagepack.v1.LanguagePack.decode(pack).formatVersion).toBe(1);
  });

  describe('signatures', () => {
    const signed = createLanguagePack(samplePack(), business.privateKey, options);
    const parts = decodeSignedLanguagePack(signed, 1 << 20);

    it('rejects a forged signature with BadSignature', () => {
      const forged = encodeSignedLanguagePack(parts.pack, context.randomBytes(64));
      let result: unknown;
      const e = caught(() => (result = verifyLanguagePack(forged, business.publicKey)));
      expect(e.code).toBe('BadSignature');
      expect(e.details.field).toBe('signature');
      expect(result).toBeUndefined();
    });

    it('rejects a pack signed by another key with BadSignature', () => {
      const other = createLanguagePack(samplePack(), stranger.privateKey, options);
      expect(caught(() => verifyLanguagePack(other, business.publicKey)).code).toBe('BadSignature');
      // …and the stranger's own key verifies it, so the signature itself is fine.
      expect(verifyLanguagePack(other, stranger.publicKey).version).toBe(3);
    });

    it('rejects a tampered pack byte with BadSignature', () => {
      const tampered = Uint8Array.from(parts.pack);
      tampered[indexOfText(tampered, 'Hi {{2}}') + 1] = 'J'.charCodeAt(0); // "Hi" → "HJ"

      const bytes = encodeSignedLanguagePack(tampered, parts.signature);
      expect(caught(() => verifyLanguagePack(bytes, business.publicKey)).code).toBe('BadSignature');
      // The same change in place inside the container is caught too.
      const inPlace = Uint8Array.from(signed);
      inPlace[indexOfText(inPlace, 'Hi {{2}}') + 1] = 'J'.charCodeAt(0);
      expect(caught(() => verifyLanguagePack(inPlace, business.publicKey)).code).toBe('BadSignature');
    });

    it('rejects a signature of the wrong length or a missing one with BadSignature', () => {
      const short = encodeSignedLanguagePack(parts.pack, parts.signature.subarray(0, 63));
      const e = caught(() => verifyLanguagePack(short, business.publicKey));
      expect(e.code).toBe('BadSignature');
      expect(e.details).toMatchObject({ field: 'signature', expected: 64, got: 63 });
      const none = parley.languagepack.v1.SignedLanguagePack.encode({ pack: parts.pack }).finish().slice();
      expect(caught(() => verifyLanguagePack(none, business.publicKey)).details.field).toBe('signature');
    });

    it('rejects a container without pack bytes with InvalidMessage naming the field', () => {
      const bytes = parley.languagepack.v1.SignedLanguagePack.encode({ signature: parts.signature }).finish().slice();
      const e = caught(() => verifyLanguagePack(bytes, business.publicKey));
      expect(e.code).toBe('InvalidMessage');
      expect(e.details.field).toBe('pack');
    });

    it('rejects garbage with InvalidProtobuf and oversized input with MessageTooLarge before decoding', () => {
      expect(caught(() => verifyLanguagePack(Uint8Array.of(0x0a, 0xff, 0xff), business.publicKey)).code).toBe('InvalidProtobuf');
      expect(caught(() => verifyLanguagePack(new Uint8Array(0), business.publicKey)).code).toBe('InvalidMessage');
      const e = caught(() => verifyLanguagePack(signed, business.publicKey, { packLimits: { maxPackBytes: signed.length - 1 } }));
      expect(e.code).toBe('MessageTooLarge');
      expect(e.details).toMatchObject({ expected: signed.length - 1, got: signed.length });
      expect(verifyLanguagePack(signed, business.publicKey, { packLimits: { maxPackBytes: signed.length } }).version).toBe(3);
    });

    it('checks the business key and the argument types', () => {
      expect(caught(() => verifyLanguagePack(signed, business.publicKey.subarray(1))).code).toBe('InvalidKey');
      expect(caught(() => verifyLanguagePack('x' as unknown as Uint8Array, business.publicKey)).code).toBe('InvalidArgument');
      expect(caught(() => createLanguagePack(samplePack(), business.privateKey.subarray(1))).code).toBe('InvalidArgument');
      expect(caught(() => createLanguagePack(null as unknown as LanguagePackInput, business.privateKey)).code).toBe('InvalidArgument');
      expect(caught(() => verifyLanguagePack(signed, business.publicKey, { packLimits: { maxElements: 0 } })).code).toBe('InvalidArgument');
    });

    it('verifies the signature before decoding the pack', () => {
      // Undecodable pack bytes under a bad signature report the signature, not the protobuf.
      const junk = encodeSignedLanguagePack(Uint8Array.of(0x0a, 0xff, 0xff), parts.signature);
      expect(caught(() => verifyLanguagePack(junk, business.publicKey)).code).toBe('BadSignature');
      // Signed junk gets as far as the decoder.
      const pack = Uint8Array.of(0x0a, 0xff, 0xff);
      const signedJunk = encodeSignedLanguagePack(pack, sign(nobleCrypto, context, business.privateKey, withContext(pack)));
      expect(caught(() => verifyLanguagePack(signedJunk, business.publicKey)).code).toBe('InvalidProtobuf');
    });
  });

  describe('format version and structure of received packs', () => {
    const base = samplePack();
    const element = { name: 'x', category: parley.languagepack.v1.Category.UTILITY, body: 'hello' };

    it('rejects another format version with UnsupportedVersion', () => {
      const e = caught(() =>
        verifyLanguagePack(signProto({ formatVersion: 2, namespace: 'n', lg: 'en', version: 1, issuedAtMs: 1, elements: [element] }), business.publicKey),
      );
      expect(e.code).toBe('UnsupportedVersion');
      expect(e.details).toMatchObject({ field: 'formatVersion', expected: 1, got: 2 });
      const none = caught(() => verifyLanguagePack(signProto({ namespace: 'n', lg: 'en', version: 1, elements: [element] }), business.publicKey));
      expect(none.details).toMatchObject({ field: 'formatVersion', got: 0 });
    });

    it('rejects an unknown category or a button of no kind with InvalidMessage naming the field', () => {
      const category = caught(() =>
        verifyLanguagePack(signProto({ formatVersion: 1, namespace: 'n', lg: 'en', version: 1, elements: [{ ...element, category: 9 as parley.languagepack.v1.Category }] }), business.publicKey),
      );
      expect(category.code).toBe('InvalidMessage');
      expect(category.details.field).toBe('elements[0].category');
      const button = caught(() =>
        verifyLanguagePack(signProto({ formatVersion: 1, namespace: 'n', lg: 'en', version: 1, elements: [{ ...element, buttons: [{}] }] }), business.publicKey),
      );
      expect(button.code).toBe('InvalidMessage');
      expect(button.details.field).toBe('elements[0].buttons[0]');
    });

    it('ignores unknown fields (they are signed, and later versions may add some)', () => {
      const pack = encodeLanguagePackData(withData(base));
      const extended = new Uint8Array([...pack, 0xfa, 0x01, 0x02, 0x68, 0x69]); // field 31, "hi"
      const signed = encodeSignedLanguagePack(extended, sign(nobleCrypto, context, business.privateKey, withContext(extended)));
      expect(verifyLanguagePack(signed, business.publicKey).version).toBe(3);
    });
  });

  describe('template rules, on create (InvalidArgument) and on receive (InvalidMessage)', () => {
    type Mutation = (p: Mutable) => void;
    type Mutable = { -readonly [K in keyof LanguagePackInput]: LanguagePackInput[K] } & { elements: MutableElement[] };
    type MutableElement = Record<string, unknown> & { buttons: Record<string, unknown>[] };
    const fresh = (): Mutable => JSON.parse(JSON.stringify(samplePack())) as Mutable;
    const el = (p: Mutable, i = 0): MutableElement => p.elements[i]!;
    const quick = (text: string) => ({ type: 'quick-reply', text });
    const url = (u: string) => ({ type: 'url', text: 'Open', url: u });

    const cases: [string, string, Mutation][] = [
      ['empty namespace', 'namespace', (p) => (p.namespace = '')],
      ['namespace over 256 characters', 'namespace', (p) => (p.namespace = 'n'.repeat(257))],
      ['namespace with a control character', 'namespace', (p) => (p.namespace = 'a\u0001b')],
      ['upper-case language', 'lg', (p) => (p.lg = 'EN')],
      ['language with a region', 'lg', (p) => (p.lg = 'en_US')],
      ['lower-case locale', 'lc', (p) => (p.lc = 'us')],
      ['empty locale', 'lc', (p) => (p.lc = '')],
      ['version 0', 'version', (p) => (p.version = 0)],
      ['fractional issue time', 'issuedAtMs', (p) => (p.issuedAtMs = 1.5)],
      ['negative issue time', 'issuedAtMs', (p) => (p.issuedAtMs = -1)],
      ['no elements', 'elements', (p) => (p.elements = [])],
      ['duplicate element names', 'elements[1].name', (p) => (el(p, 1).name = 'order_shipped')],
      ['element name with capitals', 'elements[0].name', (p) => (el(p).name = 'Order')],
      ['element name over 512 characters', 'elements[0].name', (p) => (el(p).name = 'a'.repeat(513))],
      ['empty element name', 'elements[0].name', (p) => (el(p).name = '')],
      ['header over 60 characters', 'elements[0].header', (p) => (el(p).header = 'h'.repeat(61))],
      ['empty header', 'elements[0].header', (p) => (el(p).header = '')],
      ['header with two placeholders', 'elements[0].header', (p) => (el(p).header = '{{1}} and {{1}}')],
      ['header placeholder other than {{1}}', 'elements[0].header', (p) => (el(p).header = 'Order {{2}}')],
      ['header with a line feed', 'elements[0].header', (p) => (el(p).header = 'a\nb')],
      ['body over 1024 characters', 'elements[0].body', (p) => (el(p).body = 'b'.repeat(1025) + '{{1}}{{2}}{{3}}')],
      ['empty body', 'elements[1].body', (p) => (el(p, 1).body = '')],
      ['body with a gap in placeholders', 'elements[0].body', (p) => (el(p).body = '{{1}} {{3}}')],
      ['body placeholder {{0}}', 'elements[1].body', (p) => (el(p, 1).body = 'code {{0}}')],
      ['body placeholder with a leading zero', 'elements[1].body', (p) => (el(p, 1).body = 'code {{01}}')],
      ['body placeholder with spaces', 'elements[1].body', (p) => (el(p, 1).body = 'code {{ 1 }}')],
      ['named body placeholder', 'elements[1].body', (p) => (el(p, 1).body = 'code {{code}}')],
      ['unbalanced braces in body', 'elements[1].body', (p) => (el(p, 1).body = 'code {{1}} }}')],
      ['body with a control character', 'elements[1].body', (p) => (el(p, 1).body = 'code {{1}}\u0007')],
      ['body with a carriage return', 'elements[1].body', (p) => (el(p, 1).body = 'code\r\n{{1}}')],
      ['footer over 60 characters', 'elements[0].footer', (p) => (el(p).footer = 'f'.repeat(61))],
      ['footer with a placeholder', 'elements[0].footer', (p) => (el(p).footer = 'Acme {{1}}')],
      ['11 buttons', 'elements[1].buttons', (p) => (el(p, 1).buttons = Array.from({ length: 11 }, (_, i) => quick(`b${i}`)))],
      ['3 URL buttons', 'elements[1].buttons', (p) => (el(p, 1).buttons = [url('https://a.example/'), url('https://b.example/'), url('https://c.example/')])],
      ['2 call buttons', 'elements[1].buttons', (p) => (el(p, 1).buttons = [1, 2].map(() => ({ type: 'call', text: 'Call', phoneNumber: '+14155550123' })))],
      ['button text over 25 characters', 'elements[0].buttons[0].text', (p) => (el(p).buttons[0]!.text = 't'.repeat(26))],
      ['empty button text', 'elements[0].buttons[1].text', (p) => (el(p).buttons[1]!.text = '')],
      ['button text with a placeholder', 'elements[0].buttons[0].text', (p) => (el(p).buttons[0]!.text = 'Hi {{1}}')],
      ['quick replies split by another button', 'elements[1].buttons[1]', (p) => (el(p, 1).buttons = [quick('a'), url('https://a.example/'), quick('b')])],
      ['non-http URL', 'elements[1].buttons[0].url', (p) => (el(p, 1).buttons = [url('ftp://a.example/')])],
      ['javascript URL', 'elements[1].buttons[0].url', (p) => (el(p, 1).buttons = [url('javascript:alert(1)')])],
      ['URL placeholder in the host', 'elements[1].buttons[0].url', (p) => (el(p, 1).buttons = [url('https://{{1}}')])],
      ['URL placeholder right after the host', 'elements[1].buttons[0].url', (p) => (el(p, 1).buttons = [url('https://a.example{{1}}')])],
      ['URL placeholder not at the end', 'elements[1].buttons[0].url', (p) => (el(p, 1).buttons = [url('https://a.example/{{1}}/x')])],
      ['URL placeholder {{2}}', 'elements[1].buttons[0].url', (p) => (el(p, 1).buttons = [url('https://a.example/{{2}}')])],
      ['URL with a space', 'elements[1].buttons[0].url', (p) => (el(p, 1).buttons = [url('https://a.example/a b')])],
      ['URL over 2000 characters', 'elements[1].buttons[0].url', (p) => (el(p, 1).buttons = [url(`https://a.example/${'x'.repeat(2000)}`)])],
      ['phone number without +', 'elements[0].buttons[4].phoneNumber', (p) => (el(p).buttons[4]!.phoneNumber = '14155550123')],
      ['phone number with spaces', 'elements[0].buttons[4].phoneNumber', (p) => (el(p).buttons[4]!.phoneNumber = '+1 415 555 0123')],
      ['phone number over 15 digits', 'elements[0].buttons[4].phoneNumber', (p) => (el(p).buttons[4]!.phoneNumber = '+1234567890123456')],
    ];

    it.each(cases)('%s → field %s', (_name, field, mutate) => {
      const p = fresh();
      mutate(p);
      const created = caught(() => createLanguagePack(p as LanguagePackInput, business.privateKey, options));
      expect(created.code).toBe('InvalidArgument');
      expect(created.family).toBe('usage');
      expect(created.details.field).toBe(field);
      expect(created.message).toContain('expected');

      const received = caught(() => verifyLanguagePack(signRaw(withData(p)), business.publicKey));
      expect(received.code).toBe('InvalidMessage');
      expect(received.family).toBe('input');
      expect(received.details.field).toBe(field);
    });

    it('enforces maxElements and the create-only rules (types, unpaired surrogates, categories)', () => {
      const three = fresh();
      const e = caught(() => createLanguagePack(three as LanguagePackInput, business.privateKey, { ...options, packLimits: { maxElements: 2 } }));
      expect(e.details).toMatchObject({ field: 'elements', got: 3 });
      const received = caught(() => verifyLanguagePack(signRaw(withData(three)), business.publicKey, { packLimits: { maxElements: 2 } }));
      expect(received.code).toBe('InvalidMessage');

      const createOnly: [string, Mutation][] = [
        ['elements[0].category', (p) => (el(p).category = 'promotional')],
        ['elements[0].body', (p) => (el(p).body = 'x\ud800 {{1}}{{2}}{{3}}')],
        ['elements[0].buttons[0].type', (p) => (el(p).buttons[0]!.type = 'copy-code')],
        ['elements[0].buttons', (p) => (el(p).buttons = 'none' as unknown as [])],
        ['version', (p) => (p.version = 2 ** 32)],
        ['namespace', (p) => (p.namespace = 7 as unknown as string)],
      ];
      for (const [field, mutate] of createOnly) {
        const p = fresh();
        mutate(p);
        const err = caught(() => createLanguagePack(p as LanguagePackInput, business.privateKey, options));
        expect([err.code, err.details.field]).toEqual(['InvalidArgument', field]);
      }
    });

    it('accepts the limits themselves', () => {
      const p = fresh();
      el(p).header = `${'h'.repeat(55)}{{1}}`;
      el(p).body = `${'b'.repeat(1009)}{{1}}{{2}}{{3}}`;
      el(p).footer = 'f'.repeat(60);
      el(p, 1).buttons = [
        ...Array.from({ length: 7 }, (_, i) => quick(`${i}`.padEnd(25, 'q'))),
        url('https://a.example/x?y={{1}}'),
        url('http://[::1]:8080/#{{1}}'),
        { type: 'call', text: 'Call', phoneNumber: '+123456789012345' },
      ];
      el(p, 1).name = 'a'.repeat(512);
      p.namespace = 'n'.repeat(256);
      p.lc = '419';
      p.version = 2 ** 32 - 1;
      const pack = verifyLanguagePack(createLanguagePack(p as LanguagePackInput, business.privateKey, options), business.publicKey);
      expect(pack.element('a'.repeat(512))?.buttons).toHaveLength(10);
      expect(pack.lc).toBe('419');
    });

    it('rejects an encoded pack above maxPackBytes on create', () => {
      const e = caught(() => createLanguagePack(samplePack(), business.privateKey, { ...options, packLimits: { maxPackBytes: 100 } }));
      expect(e.code).toBe('MessageTooLarge');
    });

    it('never puts key bytes in messages', () => {
      const e = caught(() => verifyLanguagePack(createLanguagePack(samplePack(), stranger.privateKey, options), business.publicKey));
      const hex = Buffer.from(business.publicKey).toString('hex');
      expect(e.message).not.toContain(hex.slice(2, 18));
      expect(JSON.stringify(e.details)).not.toContain(hex.slice(2, 18));
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const textUnit = fc.constantFrom('a', 'Z', '7', ' ', '.', '{', '}', 'é', 'ß', '€', '日', 'م', 'ש', '😀', '\u200c');
function text(maxLength: number, newlines = false): fc.Arbitrary<string> {
  const unit = newlines ? fc.oneof(textUnit, fc.constant('\n')) : textUnit;
  return fc
    .string({ unit, minLength: 1, maxLength })
    .filter((s) => s.length <= maxLength && !s.includes('{{') && !s.includes('}}') && !s.startsWith('}') && !s.endsWith('{'));
}
const withPlaceholders = (max: number, count: number): fc.Arbitrary<string> =>
  fc.array(text(Math.floor(max / (count + 1)) - 6, true), { minLength: count + 1, maxLength: count + 1 }).map((parts) =>
    parts.map((part, i) => (i < count ? `${part}{{${i + 1}}}` : part)).join(''),
  );

const buttonArb = fc.oneof(
  fc.record({ type: fc.constant('quick-reply' as const), text: text(25) }),
  fc.record({ type: fc.constant('url' as const), text: text(25), url: fc.constantFrom('https://a.example/', 'https://a.example/t/{{1}}', 'http://x.example:8080/?q={{1}}') }),
  fc.record({ type: fc.constant('call' as const), text: text(25), phoneNumber: fc.stringMatching(/^\+[1-9][0-9]{6,14}$/) }),
);

const elementArb: fc.Arbitrary<LanguagePackElement> = fc
  .record({
    name: fc.stringMatching(/^[a-z0-9_]{1,30}$/),
    category: fc.constantFrom('marketing' as const, 'utility' as const, 'authentication' as const),
    header: fc.option(fc.oneof(text(60), text(50).map((t) => `${t}{{1}}`)), { nil: undefined }),
    body: fc.integer({ min: 1, max: 4 }).chain((n) => withPlaceholders(1024, n)),
    footer: fc.option(text(60), { nil: undefined }),
    buttons: fc.array(buttonArb, { maxLength: 10 }),
  })
  .map(({ header, footer, buttons, ...rest }) => {
    // Meta's button rules: ≤ 2 URL, ≤ 1 call, quick replies first and together.
    const quick = buttons.filter((b) => b.type === 'quick-reply');
    const urls = buttons.filter((b) => b.type === 'url').slice(0, 2);
    const calls = buttons.filter((b) => b.type === 'call').slice(0, 1);
    return {
      ...rest,
      buttons: [...quick, ...urls, ...calls],
      ...(header !== undefined ? { header } : {}),
      ...(footer !== undefined ? { footer } : {}),
    };
  });

const packArb: fc.Arbitrary<LanguagePackInput> = fc
  .record({
    namespace: text(40),
    lg: fc.stringMatching(/^[a-z]{2,3}$/),
    lc: fc.option(fc.stringMatching(/^(?:[A-Z]{2}|[0-9]{3})$/), { nil: undefined }),
    version: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
    issuedAtMs: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    elements: fc.uniqueArray(elementArb, { minLength: 1, maxLength: 4, selector: (e) => e.name }),
  })
  .map(({ lc, ...rest }) => (lc === undefined ? rest : { ...rest, lc }));

describe('properties', () => {
  it('random valid packs round-trip through create and verify', () => {
    fc.assert(
      fc.property(packArb, (input) => {
        const pack = verifyLanguagePack(createLanguagePack(input, business.privateKey, options), business.publicKey);
        expect(plainData(pack)).toEqual(JSON.parse(JSON.stringify(input)));
        for (const element of input.elements) expect(pack.element(element.name)?.body).toBe(element.body);
      }),
      { numRuns: 60 },
    );
  });

  it('any single-byte change to a signed pack is rejected', () => {
    const signed = createLanguagePack(samplePack(), business.privateKey, options);
    fc.assert(
      fc.property(fc.nat({ max: signed.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, delta) => {
        const changed = Uint8Array.from(signed);
        changed[index] = (changed[index]! + delta) & 0xff;
        const e = caught(() => verifyLanguagePack(changed, business.publicKey));
        expect(['BadSignature', 'InvalidMessage', 'InvalidProtobuf']).toContain(e.code);
      }),
      { numRuns: 300 },
    );
  });
});
