// fast-check properties: no single-byte change to a certificate (anywhere: framing, details,
// either signature) ever yields 'verified', and no single-byte change to a revocation list or a
// profile gets past its signature.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessProfile, createBusinessProfile, ProtocolError, verifyBusinessProfile } from '../../src/index.js';
import { DAY, NOW, world, withByte } from './helpers.js';

const w = world('tamper');
const NAMES = ['Acme Bakery', 'Padaria Lisboa', 'مطعم السلام', 'Ресторан Москва', '東京ラーメン', 'IBM Consulting'];

const certificates = NAMES.map((verifiedName, i) =>
  w.issue({
    serial: BigInt(i + 1) * 0x1_0000_0001n,
    verifiedName,
    level: (['unknown', 'low', 'high'] as const)[i % 3]!,
    localizedNames: i % 2 === 0 ? [{ lg: 'pt', lc: 'BR', verifiedName: `${verifiedName} BR` }] : [],
    templateNamespaces: i % 3 === 0 ? [`ns_${i}`] : [],
    ...(i === 5 ? {} : { expiresAtMs: NOW + (i + 1) * DAY }),
  }),
);

describe('single-byte changes', () => {
  it('every untouched certificate verifies (the baseline)', () => {
    for (const cert of certificates) expect(w.check(cert).status).toBe('verified');
  });

  it('no single-byte change to a certificate yields verified', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...certificates),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (cert, position, mask) => {
          const tampered = withByte(cert, position % cert.length, mask);
          const result = w.check(tampered);
          expect(result.status).not.toBe('verified');
          expect(result.badge).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('no byte of a certificate can be flipped to verified (every position, one bit each)', () => {
    const cert = certificates[0]!;
    for (let i = 0; i < cert.length; i++) {
      for (const mask of [0x01, 0x80]) expect(w.check(withByte(cert, i, mask)).status, `byte ${i} ^ ${mask}`).not.toBe('verified');
    }
  });

  it('no single-byte change to a revocation list un-revokes a certificate', () => {
    const cert = certificates[1]!;
    const list = w.revoke([0x1_0000_0001n * 2n, 77n]);
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [list] } }).status).toBe('revoked');
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (position, mask) => {
        const tampered = withByte(list, position % list.length, mask);
        expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [tampered] } }).status).not.toBe('verified');
      }),
      { numRuns: 300 },
    );
  });

  it('no single-byte change to a signed profile verifies', () => {
    const profile: BusinessProfile = { version: 2, about: 'Fresh bread', email: 'a@acme.example', websites: ['https://acme.example'], vertical: 'RETAIL' };
    const signed = createBusinessProfile(profile, w.business, w.options);
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (position, mask) => {
        const tampered = withByte(signed, position % signed.length, mask);
        let error: unknown;
        try {
          verifyBusinessProfile(tampered, w.business.publicKey);
        } catch (e) {
          error = e;
        }
        expect(ProtocolError.is(error) && error.family === 'input').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
