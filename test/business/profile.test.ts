// Signed business profiles (shared/docs/BUSINESS.md §5): field limits, signature by the identity
// key with a context prefix, and version ordering.
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_VERTICALS,
  type BusinessProfile,
  createBusinessProfile,
  PROFILE_LIMITS,
  PROFILE_SIGNATURE_CONTEXT,
  ProtocolError,
  shouldReplaceProfile,
  sign,
  nobleCrypto,
  verifyBusinessProfile,
} from '../../src/index.js';
import { decodeSignedBusinessProfile, encodeBusinessProfile, encodeSignedBusinessProfile } from '../../src/wire/business-codec.js';
import { world, withByte } from './helpers.js';

const full: BusinessProfile = {
  version: 3,
  about: 'Fresh bread every morning 🥖',
  address: 'Rua das Flores 12\n1200-195 Lisboa',
  description: 'Family bakery since 1952.\nOrders by message.',
  email: 'orders@acme-bakery.example',
  websites: ['https://acme-bakery.example', 'http://acme.example/menu?x=1'],
  vertical: 'RESTAURANT',
  photo: { sha256: new Uint8Array(32).fill(7), width: 640, height: 640, size: 81_920 },
};

function code(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (ProtocolError.is(e)) return `${e.code}:${e.details.field ?? ''}`;
    throw e;
  }
  return 'no error';
}

describe('business profile', () => {
  it('round-trips every field through a signature by the identity key', () => {
    const w = world();
    const signed = createBusinessProfile(full, w.business, w.options);
    expect(verifyBusinessProfile(signed, w.business.publicKey, w.options)).toEqual(full);
    const minimal: BusinessProfile = { version: 1, about: 'Hi', websites: [] };
    expect(verifyBusinessProfile(createBusinessProfile(minimal, w.business, w.options), w.business.publicKey)).toEqual(minimal);
  });

  it('every vertical of the Cloud API list round-trips', () => {
    const w = world();
    expect(BUSINESS_VERTICALS).toHaveLength(17);
    for (const vertical of BUSINESS_VERTICALS) {
      const p = { version: 1, about: 'About us', websites: [], vertical };
      expect(verifyBusinessProfile(createBusinessProfile(p, w.business, w.options), w.business.publicKey).vertical).toBe(vertical);
    }
  });

  it('is refused when signed by another key, forged, or signed without the profile context', () => {
    const w = world();
    const signed = createBusinessProfile(full, w.business, w.options);
    expect(code(() => verifyBusinessProfile(signed, w.identity().publicKey))).toBe('BadSignature:signature');
    const { profile } = decodeSignedBusinessProfile(signed);
    const changed = encodeSignedBusinessProfile(withByte(profile, 5, 0x01), decodeSignedBusinessProfile(signed).signature!);
    expect(code(() => verifyBusinessProfile(changed, w.business.publicKey))).toBe('BadSignature:signature');
    // A signature over the bare profile bytes (as a language pack or certificate would be signed) is not accepted.
    const bare = encodeSignedBusinessProfile(profile, sign(nobleCrypto, w.context, w.business.privateKey, profile));
    expect(code(() => verifyBusinessProfile(bare, w.business.publicKey))).toBe('BadSignature:signature');
    expect(code(() => verifyBusinessProfile(encodeSignedBusinessProfile(profile, new Uint8Array(0)), w.business.publicKey))).toBe('BadSignature:signature');
  });

  it('enforces the limits when building (InvalidArgument)', () => {
    const w = world();
    const build = (patch: object) => code(() => createBusinessProfile({ ...full, ...patch } as BusinessProfile, w.business, w.options));
    expect(PROFILE_LIMITS).toMatchObject({ aboutMax: 139, addressMax: 256, descriptionMax: 512, emailMax: 128, websitesMax: 2, websiteMax: 256 });
    expect(build({ about: '' })).toBe('InvalidArgument:about');
    expect(build({ about: '   ' })).toBe('InvalidArgument:about');
    expect(build({ about: 'a'.repeat(139) })).toBe('no error');
    expect(build({ about: 'a'.repeat(140) })).toBe('InvalidArgument:about');
    expect(build({ about: 'two\nlines' })).toBe('InvalidArgument:about');
    expect(build({ address: 'a'.repeat(257) })).toBe('InvalidArgument:address');
    expect(build({ description: 'a'.repeat(512) })).toBe('no error');
    expect(build({ description: 'a'.repeat(513) })).toBe('InvalidArgument:description');
    expect(build({ description: 'evil \u202E text' })).toBe('InvalidArgument:description');
    expect(build({ email: 'not-an-email' })).toBe('InvalidArgument:email');
    expect(build({ email: 'a@b' })).toBe('InvalidArgument:email');
    expect(build({ email: `${'a'.repeat(64)}@${'b'.repeat(60)}.com` })).toBe('InvalidArgument:email');
    expect(build({ websites: ['https://a.example', 'https://b.example', 'https://c.example'] })).toBe('InvalidArgument:websites');
    expect(build({ websites: ['ftp://a.example'] })).toBe('InvalidArgument:websites[0]');
    expect(build({ websites: ['acme.example'] })).toBe('InvalidArgument:websites[0]');
    expect(build({ websites: [`https://a.example/${'x'.repeat(240)}`] })).toBe('InvalidArgument:websites[0]');
    expect(build({ vertical: 'BAKERY' })).toBe('InvalidArgument:vertical');
    expect(build({ photo: { ...full.photo, sha256: new Uint8Array(31) } })).toBe('InvalidArgument:photo.sha256');
    expect(build({ photo: { ...full.photo, width: 0 } })).toBe('InvalidArgument:photo.width');
    expect(build({ photo: { ...full.photo, size: 1.5 } })).toBe('InvalidArgument:photo.size');
    expect(build({ version: 0 })).toBe('InvalidArgument:version');
    expect(build({ verifiedName: 'Acme' })).toBe('InvalidArgument:name');
  });

  it('enforces the same limits on receipt (InvalidMessage), after the signature', () => {
    const w = world();
    const bytes = encodeBusinessProfile({ ...full, websites: ['https://a.example', 'https://b.example', 'https://c.example'] });
    const signed = createBusinessProfile(full, w.business, w.options);
    const { signature } = decodeSignedBusinessProfile(signed);
    // Unsigned tampering is a signature failure first…
    expect(code(() => verifyBusinessProfile(encodeSignedBusinessProfile(bytes, signature!), w.business.publicKey))).toBe('BadSignature:signature');
    // …and a business that signs a rule-breaking profile is still refused.
    const contextPrefixed = new Uint8Array([...PROFILE_SIGNATURE_CONTEXT, ...bytes]);
    const validlySigned = encodeSignedBusinessProfile(bytes, sign(nobleCrypto, w.context, w.business.privateKey, contextPrefixed));
    expect(code(() => verifyBusinessProfile(validlySigned, w.business.publicKey))).toBe('InvalidMessage:websites');
  });
});

it('the profile signature context is 0x00 ‖ "parley business profile v1" ‖ 0x00 (proto/README.md)', () => {
  expect(PROFILE_SIGNATURE_CONTEXT).toEqual(new Uint8Array([0, ...new TextEncoder().encode('parley business profile v1'), 0]));
});

describe('profile versions', () => {
  const v = (version: number): BusinessProfile => ({ version, about: `Version ${version}`, websites: [] });

  it('a newer version replaces an older one; an older or equal one never replaces a newer', () => {
    expect(shouldReplaceProfile(undefined, v(1))).toBe(true);
    expect(shouldReplaceProfile(v(1), v(2))).toBe(true);
    expect(shouldReplaceProfile(v(2), v(1))).toBe(false);
    expect(shouldReplaceProfile(v(2), v(2))).toBe(false);
    expect(shouldReplaceProfile(v(2), { ...v(2), about: 'Same version, other text' })).toBe(false);
  });

  it('applied to verified profiles arriving out of order, the newest wins', () => {
    const w = world();
    const signed = [3, 1, 5, 2, 5, 4].map((n) => createBusinessProfile(v(n), w.business, w.options));
    let current: BusinessProfile | undefined;
    for (const bytes of signed) {
      const incoming = verifyBusinessProfile(bytes, w.business.publicKey);
      if (shouldReplaceProfile(current, incoming)) current = incoming;
    }
    expect(current).toEqual(v(5));
  });
});
