// Issuing and verifying verified-name certificates (shared/docs/BUSINESS.md §3): the happy path,
// the two-step issuing flow, every refusal reason, forged / re-signed / truncated / replayed
// certificates, the platform's own account, and the localized name choice.
import { describe, expect, it } from 'vitest';
import {
  chooseLocalizedName,
  countersignCertificate,
  createRevocationList,
  decodeBusinessCertificate,
  prepareCertificateDetails,
  ProtocolError,
  signCertificateDetails,
  verifyRevocationList,
} from '../../src/index.js';
import { decodeCertificate, encodeCertificate } from '../../src/wire/business-codec.js';
import { parley } from '../../src/wire/generated/business.js';
import { DAY, details, NOW, world, withByte } from './helpers.js';

function thrown(run: () => unknown): ProtocolError {
  try {
    run();
  } catch (e) {
    if (ProtocolError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ProtocolError');
}

describe('issuing and verifying', () => {
  it('a certificate from a pinned issuer, signed by the session identity key, verifies with a ✅', () => {
    const w = world();
    const cert = w.issue({
      localizedNames: [{ lg: 'pt', lc: 'BR', verifiedName: 'Padaria Acme' }],
      templateNamespaces: ['acme_ns_1', 'acme_ns_2'],
    });
    const result = w.check(cert, { locale: { lg: 'pt', lc: 'BR' } });
    expect(result).toMatchObject({ status: 'verified', reasons: [], badge: '✅', level: 'high', official: false, displayName: 'Padaria Acme' });
    expect(result.details).toEqual({
      serial: 1001n,
      issuer: 'ent:wa',
      verifiedName: 'Acme Bakery',
      localizedNames: [{ lg: 'pt', lc: 'BR', verifiedName: 'Padaria Acme' }],
      issueTimeSeconds: NOW / 1000,
      expiresAtMs: NOW + 365 * DAY,
      level: 'high',
      officialPlatform: false,
      templateNamespaces: ['acme_ns_1', 'acme_ns_2'],
    });
    expect(w.check(cert).displayName).toBe('Acme Bakery');
  });

  it('levels unknown and low verify too, and report their level', () => {
    const w = world();
    expect(w.check(w.issue({ level: 'low' }))).toMatchObject({ status: 'verified', level: 'low', badge: '✅' });
    expect(w.check(w.issue({ level: 'unknown' }))).toMatchObject({ status: 'verified', level: 'unknown' });
    // Omitted on issue → absent on the wire → 'unknown'.
    expect(w.check(w.issue({ level: undefined as never }))).toMatchObject({ status: 'verified', level: 'unknown' });
  });

  it('a certificate without expiry verifies (WhatsApp certificates carry none)', () => {
    const w = world();
    const { expiresAtMs: _, ...rest } = details();
    expect(w.check(w.raw(rest)).status).toBe('verified');
  });

  it('two steps: the platform prepares, the business signs the exact bytes, the platform countersigns', () => {
    const w = world();
    const prepared = prepareCertificateDetails('ent:wa', { verifiedName: 'Acme Bakery', serial: 77n }, w.options);
    expect(decodeBusinessCertificate(encodeCertificate({ details: prepared })).details).toMatchObject({ serial: 77n, issuer: 'ent:wa', level: 'unknown' });
    const signature = signCertificateDetails(prepared, w.business, w.options);
    const cert = countersignCertificate({ details: prepared, signature }, w.issuer, w.business.publicKey, w.options);
    expect(w.check(cert)).toMatchObject({ status: 'verified', badge: '✅' });
    expect(decodeCertificate(cert).details).toEqual(prepared);
  });

  it('the platform refuses to countersign a signature by another key, details of another issuer, or a bad name', () => {
    const w = world();
    const prepared = prepareCertificateDetails('ent:wa', { verifiedName: 'Acme Bakery', serial: 5n }, w.options);
    const byOther = signCertificateDetails(prepared, w.identity(), w.options);
    expect(thrown(() => countersignCertificate({ details: prepared, signature: byOther }, w.issuer, w.business.publicKey, w.options)).code).toBe('BadSignature');
    const signature = signCertificateDetails(prepared, w.business, w.options);
    const wrongIssuer = thrown(() => countersignCertificate({ details: prepared, signature }, w.root, w.business.publicKey, w.options));
    expect(wrongIssuer).toMatchObject({ code: 'InvalidArgument', details: { field: 'details.issuer' } });
    const emoji = thrown(() => prepareCertificateDetails('ent:wa', { verifiedName: 'Acme 🍞' }, w.options));
    expect(emoji.code).toBe('InvalidArgument');
    expect(emoji.message).toContain('emoji');
    const lookalike = thrown(() => prepareCertificateDetails('ent:wa', { verifiedName: 'Parley Help' }, { ...w.options, nameRules: { platformName: 'Parley' } }));
    expect(lookalike.message).toContain('platform-lookalike');
    expect(() => prepareCertificateDetails('ent:wa', { verifiedName: 'Acme 🍞' }, { ...w.options, nameRules: false })).not.toThrow();
  });

  it('a business never signs bytes that are not Details', () => {
    const w = world();
    expect(() => signCertificateDetails(Uint8Array.of(0xff, 0xff), w.business, w.options)).toThrow(ProtocolError);
  });

  it('rejects bad issuing input', () => {
    const w = world();
    const bad = (input: object) => thrown(() => prepareCertificateDetails('ent:wa', { verifiedName: 'Acme Bakery', ...input }, w.options)).details.field;
    expect(bad({ serial: 0n })).toBe('serial');
    expect(bad({ serial: 1n << 64n })).toBe('serial');
    expect(bad({ expiresAtMs: NOW - 1 })).toBe('expiresAtMs');
    expect(bad({ level: 'gold' })).toBe('level');
    expect(bad({ localizedNames: [{ lg: 'Portuguese', verifiedName: 'x' }] })).toBe('localizedNames[0].lg');
    expect(bad({ templateNamespaces: ['a', 'a'] })).toBe('templateNamespaces');
    expect(thrown(() => prepareCertificateDetails('has space', { verifiedName: 'Acme Bakery' }, w.options)).details.field).toBe('issuer.name');
  });

  it('draws a random non-zero 63-bit serial when none is given', () => {
    const w = world();
    const serials = new Set<bigint>();
    for (let i = 0; i < 20; i++) {
      const { serial } = decodeBusinessCertificate(w.issue({ serial: undefined as never })).details;
      expect(serial > 0n && serial < 1n << 63n).toBe(true);
      serials.add(serial);
    }
    expect(serials.size).toBe(20);
  });

  it('keeps 64-bit serials exact', () => {
    const w = world();
    const cert = w.issue({ serial: (1n << 64n) - 1n });
    expect(w.check(cert).details?.serial).toBe((1n << 64n) - 1n);
  });
});

describe('refusal reasons', () => {
  it('malformed: garbage, empty, missing fields, zero serial, oversized', () => {
    const w = world();
    for (const bytes of [new Uint8Array(0), Uint8Array.of(0xff), Uint8Array.of(0x0a, 0x05, 1, 2)]) {
      expect(w.check(bytes)).toEqual({ status: 'invalid', reasons: ['malformed'], official: false });
    }
    const noName = parley.business.v1.VerifiedNameCertificate.Details.encode({ serial: 1, issuer: 'ent:wa', issueTime: 1 }).finish();
    expect(w.check(encodeCertificate({ details: noName, signature: new Uint8Array(64), serverSignature: new Uint8Array(64) })).reasons).toEqual(['malformed']);
    expect(w.check(w.raw(details({ serial: 0n }))).reasons).toEqual(['malformed']);
    expect(w.check(new Uint8Array(16 * 1024 + 1)).reasons).toEqual(['malformed']);
  });

  it('issuer-not-pinned → unverified; an unpinned issuer never resolves through the prototype', () => {
    const w = world();
    const stranger = { name: 'smb:wa', keyPair: w.identity() };
    expect(w.check(w.issue({}, stranger))).toEqual({ status: 'unverified', reasons: ['issuer-not-pinned'], official: false });
    for (const name of ['constructor', '__proto__', 'toString']) {
      const cert = w.issue({}, { name, keyPair: w.issuer.keyPair });
      expect(w.check(cert).reasons).toEqual(['issuer-not-pinned']);
    }
  });

  it('server-signature-invalid: missing, or by a key that is not the pinned one (re-signed under the issuer name)', () => {
    const w = world();
    const parts = decodeCertificate(w.issue());
    const unsigned = encodeCertificate({ details: parts.details, signature: parts.signature! });
    expect(w.check(unsigned)).toEqual({ status: 'invalid', reasons: ['server-signature-invalid'], official: false });
    const impostor = { name: 'ent:wa', keyPair: w.identity() };
    expect(w.check(w.issue({}, impostor)).reasons).toEqual(['server-signature-invalid']);
    // The issuer's signature over details alone (not details ‖ signature) is refused.
    const wrongMessage = encodeCertificate({ ...parts, serverSignature: signCertificateDetails(parts.details, w.issuer.keyPair, w.options) });
    expect(w.check(wrongMessage).reasons).toEqual(['server-signature-invalid']);
  });

  it('business-signature-invalid: the certificate is not bound to the session identity key', () => {
    const w = world();
    const cert = w.issue();
    // Same certificate, but the customer's session is with another identity.
    expect(w.check(cert, { remoteIdentityKey: w.identity().publicKey })).toEqual({ status: 'invalid', reasons: ['business-signature-invalid'], official: false });
    // Re-signed: a valid signature by the wrong identity key, countersigned by the genuine issuer.
    const attacker = w.identity();
    expect(w.check(w.issue({}, w.issuer, attacker)).reasons).toEqual(['business-signature-invalid']);
    // Missing business signature.
    const parts = decodeCertificate(cert);
    expect(w.check(encodeCertificate({ details: parts.details, serverSignature: parts.serverSignature! })).status).toBe('invalid');
  });

  it('identity-key-unknown → pending, without details', () => {
    const w = world();
    expect(w.check(w.issue(), { remoteIdentityKey: undefined })).toEqual({ status: 'pending', reasons: ['identity-key-unknown'], official: false });
  });

  it('revoked: the serial is in a verified revocation list of the issuer', () => {
    const w = world();
    const cert = w.issue();
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [w.revoke([5n, 1001n])] } })).toMatchObject({
      status: 'revoked',
      reasons: ['revoked'],
      official: false,
    });
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [w.revoke([5n])] } }).status).toBe('verified');
    // A list of another issuer does not apply.
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [w.revoke([1001n], 1, w.root)] } }).status).toBe('verified');
    // Lists are cumulative and never un-revoke: an older list without the serial does not help.
    const lists = [w.revoke([1001n], 2), w.revoke([], 1)];
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: lists } }).status).toBe('revoked');
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: lists } }).badge).toBeUndefined();
  });

  it('revocation-list-invalid: a forged list for the issuer, or an undecodable list, blocks the badge', () => {
    const w = world();
    const cert = w.issue();
    const forged = w.revoke([9n], 1, { name: 'ent:wa', keyPair: w.identity() });
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [forged] } })).toMatchObject({
      status: 'unverified',
      reasons: ['revocation-list-invalid'],
    });
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [Uint8Array.of(1, 2, 3)] } }).reasons).toEqual(['revocation-list-invalid']);
    // A list of an unpinned issuer, or one whose issuer name was tampered with, is not skipped silently.
    const unpinned = w.revoke([9n], 1, { name: 'smb:wa', keyPair: w.identity() });
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [unpinned] } }).reasons).toEqual(['revocation-list-invalid']);
    const genuine = w.revoke([1001n]);
    const renamedAt = Buffer.from(genuine).indexOf('ent:wa');
    expect(renamedAt).toBeGreaterThan(0);
    const renamed = withByte(genuine, renamedAt, 0x01); // "ent:wa" → "dnt:wa"
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [renamed] } }).reasons).toEqual(['revocation-list-invalid']);
    // A forged list that "revokes" the serial is not believed either (still no badge, but not 'revoked').
    const forgedRevoking = w.revoke([1001n], 1, { name: 'ent:wa', keyPair: w.identity() });
    expect(w.check(cert, { trustStore: { ...w.trustStore, revocationLists: [forgedRevoking] } }).reasons).toEqual(['revocation-list-invalid']);
  });

  it('expired: at and after expiresAtMs, not before', () => {
    const w = world();
    const cert = w.issue({ expiresAtMs: NOW + DAY });
    expect(w.check(cert, { now: NOW + DAY - 1 }).status).toBe('verified');
    expect(w.check(cert, { now: NOW + DAY })).toMatchObject({ status: 'expired', reasons: ['expired'] });
    w.context.advance(2 * DAY); // the injected clock is used when `now` is not given
    expect(w.check(cert).status).toBe('expired');
  });

  it('not-yet-valid: issued in the future beyond the clock skew → pending', () => {
    const w = world();
    const cert = w.issue({ issueTimeSeconds: NOW / 1000 + 3600 });
    expect(w.check(cert)).toMatchObject({ status: 'pending', reasons: ['not-yet-valid'] });
    expect(w.check(cert, { clockSkewMs: 3600 * 1000 }).status).toBe('verified');
    expect(w.check(w.issue({ issueTimeSeconds: NOW / 1000 + 60 })).status).toBe('verified');
  });

  it('name-rejected: the verified name or any localized name breaks the name rules', () => {
    const w = world();
    const caps = w.check(w.issue({ verifiedName: 'ACME BAKERY' }, w.issuer, w.business, { nameRules: false }));
    expect(caps).toMatchObject({ status: 'unverified', reasons: ['name-rejected'], nameViolations: ['all-caps'] });
    expect(caps.badge).toBeUndefined();
    const localized = w.check(w.issue({ localizedNames: [{ lg: 'ru', verifiedName: 'Aкме' }] }, w.issuer, w.business, { nameRules: false }));
    expect(localized).toMatchObject({ status: 'unverified', reasons: ['name-rejected'], nameViolations: ['mixed-script'] });
    const tight = w.check(w.issue(), { nameRules: { maxLength: 5 } });
    expect(tight).toMatchObject({ status: 'unverified', nameViolations: ['too-long'] });
  });

  it('platform-lookalike: a name like the platform from a non-root issuer, or without the official flag', () => {
    const w = world();
    for (const name of ['Parley Support', 'Pаrley', 'PARLEY', 'Par1ey Help', 'Pa rley']) {
      const result = w.check(w.issue({ verifiedName: name }, w.issuer, w.business, { nameRules: false }));
      expect(result.status, name).toBe('unverified');
      expect(result.reasons, name).toContain('platform-lookalike');
    }
    const rootButNotOfficial = w.check(w.issue({ verifiedName: 'Parley' }, w.root, w.business, { nameRules: false }));
    expect(rootButNotOfficial.reasons).toEqual(['platform-lookalike']);
  });

  it('official-not-root: the official-platform flag from a non-root issuer is invalid', () => {
    const w = world();
    const result = w.check(w.issue({ verifiedName: 'Parley', officialPlatform: true }, w.issuer, w.business, { nameRules: false }));
    expect(result.status).toBe('invalid');
    expect(result.reasons).toContain('official-not-root');
    expect(result.official).toBe(false);
    const ordinaryName = w.check(w.issue({ officialPlatform: true }));
    expect(ordinaryName).toMatchObject({ status: 'invalid', reasons: ['official-not-root'] });
  });

  it('the status is that of the most severe reason', () => {
    const w = world();
    const cert = w.issue({ verifiedName: 'ACME BAKERY', expiresAtMs: NOW + DAY }, w.issuer, w.business, { nameRules: false });
    const revocationLists = [w.revoke([1001n])];
    const all = w.check(cert, { now: NOW + 2 * DAY, trustStore: { ...w.trustStore, revocationLists } });
    expect(all.status).toBe('revoked');
    expect(all.reasons).toEqual(['revoked', 'expired', 'name-rejected']);
    expect(w.check(cert, { now: NOW + 2 * DAY }).status).toBe('expired');
    expect(w.check(cert, { now: NOW + 2 * DAY, remoteIdentityKey: undefined }).status).toBe('expired');
  });

  it('an unknown level number from a newer issuer reads as unknown, never higher', () => {
    const w = world();
    const bytes = parley.business.v1.VerifiedNameCertificate.Details.encode({
      serial: 3,
      issuer: 'ent:wa',
      verifiedName: 'Acme Bakery',
      issueTime: NOW / 1000,
      level: 7 as parley.business.v1.VerificationLevel,
    }).finish();
    const decoded = decodeBusinessCertificate(encodeCertificate({ details: bytes }));
    expect(decoded.details.level).toBe('unknown');
  });
});

describe("the platform's own account", () => {
  it('only a pinned root issuer can issue it; clients show it as the official account', () => {
    const w = world();
    const cert = w.issue({ verifiedName: 'Parley', officialPlatform: true }, w.root, w.business, { nameRules: { platformName: 'Parley' } });
    expect(w.check(cert)).toMatchObject({ status: 'verified', badge: '✅', official: true, displayName: 'Parley' });
    // The same root key, but not pinned as root: refused.
    const demoted = { ...w.trustStore, issuers: { ...w.trustStore.issuers, 'root:parley': { publicKey: w.root.keyPair.publicKey } } };
    expect(w.check(cert, { trustStore: demoted })).toMatchObject({ status: 'invalid', official: false });
    expect(w.check(cert, { trustStore: demoted }).reasons).toContain('official-not-root');
    // Still bound to the platform account's identity key.
    expect(w.check(cert, { remoteIdentityKey: w.identity().publicKey }).status).toBe('invalid');
  });
});

describe('forged, re-signed, truncated and replayed certificates', () => {
  it('a changed Details byte, a random signature or a swapped server signature never verifies', () => {
    const w = world();
    const cert = w.issue();
    const parts = decodeCertificate(cert);
    for (let i = 0; i < parts.details.length; i++) {
      const forged = encodeCertificate({ ...parts, details: withByte(parts.details, i, 0x01) });
      expect(w.check(forged).status, `details byte ${i}`).not.toBe('verified');
    }
    const random = encodeCertificate({ ...parts, signature: w.context.randomBytes(64) });
    expect(w.check(random).status).toBe('invalid');
    const other = decodeCertificate(w.issue({ serial: 1002n }));
    expect(w.check(encodeCertificate({ ...parts, serverSignature: other.serverSignature! })).reasons).toEqual(['server-signature-invalid']);
  });

  it('the business name cannot be swapped: new details with the old signatures fail both checks', () => {
    const w = world();
    const parts = decodeCertificate(w.issue());
    const renamed = w.raw(details({ verifiedName: 'Evil Bakery' }), w.identity(), { name: 'ent:wa', keyPair: w.identity() });
    const mixed = encodeCertificate({ ...decodeCertificate(renamed), signature: parts.signature!, serverSignature: parts.serverSignature! });
    expect(w.check(mixed)).toMatchObject({ status: 'invalid', reasons: ['server-signature-invalid', 'business-signature-invalid'] });
  });

  it('every truncation is refused as invalid', () => {
    const w = world();
    const cert = w.issue({ localizedNames: [{ lg: 'es', verifiedName: 'Panadería Acme' }] });
    for (let n = 0; n < cert.length; n++) {
      expect(w.check(cert.subarray(0, n)).status, `first ${n} of ${cert.length} bytes`).toBe('invalid');
    }
  });

  it('an old certificate replayed after its serial was revoked is refused', () => {
    const w = world();
    const old = w.issue({ serial: 1n, verifiedName: 'Acme Bakery' });
    const renamed = w.issue({ serial: 2n, verifiedName: 'Acme Bread Company' });
    const trustStore = { ...w.trustStore, revocationLists: [w.revoke([1n])] };
    expect(w.check(renamed, { trustStore }).status).toBe('verified');
    expect(w.check(old, { trustStore })).toMatchObject({ status: 'revoked', reasons: ['revoked'] });
  });

  it('a certificate of another business replayed in this chat is refused', () => {
    const w = world();
    const otherBusiness = w.identity();
    const theirs = w.issue({ verifiedName: 'Bank Of Acme', serial: 9n }, w.issuer, otherBusiness);
    expect(w.check(theirs)).toMatchObject({ status: 'invalid', reasons: ['business-signature-invalid'] });
  });
});

describe('revocation lists', () => {
  it('round-trip, deduplicated and sorted, verified against the pinned key', () => {
    const w = world();
    const signed = createRevocationList({ issuer: w.issuer, serials: [9n, 3n, 9n, (1n << 64n) - 1n], version: 4, issuedAtMs: NOW }, w.options);
    expect(verifyRevocationList(signed, w.trustStore.issuers, w.options)).toEqual({
      issuer: 'ent:wa',
      serials: [3n, 9n, (1n << 64n) - 1n],
      issuedAtMs: NOW,
      version: 4,
    });
  });

  it('refuses an unpinned issuer, a wrong key, and bad input', () => {
    const w = world();
    const stranger = { name: 'smb:wa', keyPair: w.identity() };
    expect(thrown(() => verifyRevocationList(w.revoke([1n], 1, stranger), w.trustStore.issuers)).code).toBe('UntrustedIssuer');
    const forged = w.revoke([1n], 1, { name: 'ent:wa', keyPair: w.identity() });
    expect(thrown(() => verifyRevocationList(forged, w.trustStore.issuers)).code).toBe('BadSignature');
    expect(thrown(() => verifyRevocationList(withByte(w.revoke([1n]), 8, 0x01), w.trustStore.issuers)).family).toBe('input');
    expect(thrown(() => createRevocationList({ issuer: w.issuer, serials: [0n], version: 1 })).code).toBe('InvalidArgument');
    expect(thrown(() => createRevocationList({ issuer: w.issuer, serials: [1n], version: 0 })).code).toBe('InvalidArgument');
  });
});

describe('options', () => {
  it('bad options are usage errors; bad certificate bytes never throw', () => {
    const w = world();
    const cert = w.issue();
    expect(thrown(() => w.check(cert, { remoteIdentityKey: new Uint8Array(32) })).code).toBe('InvalidArgument');
    expect(thrown(() => w.check(cert, { trustStore: { issuers: {}, platformName: '' } })).code).toBe('InvalidArgument');
    expect(thrown(() => w.check('cert' as never)).code).toBe('InvalidArgument');
    const badPin = { ...w.trustStore, issuers: { 'ent:wa': { publicKey: new Uint8Array(33) } } };
    expect(thrown(() => w.check(cert, { trustStore: badPin })).code).toBe('InvalidArgument');
  });
});

describe('localized name choice (§3.4)', () => {
  const names = {
    verifiedName: 'Acme',
    localizedNames: [
      { lg: 'pt', verifiedName: 'Acme PT' },
      { lg: 'pt', lc: 'BR', verifiedName: 'Acme BR' },
      { lg: 'pt', lc: 'AO', verifiedName: 'Acme AO' },
      { lg: 'es', lc: 'MX', verifiedName: 'Acme MX' },
      { lg: 'es', verifiedName: 'Acme ES' },
    ],
  };

  it('prefers an exact lc match, stopping at the first one', () => {
    expect(chooseLocalizedName(names, { lg: 'pt', lc: 'BR' })).toBe('Acme BR');
    expect(chooseLocalizedName(names, { lg: 'PT', lc: 'ao' })).toBe('Acme AO');
    const twice = { ...names, localizedNames: [...names.localizedNames, { lg: 'pt', lc: 'BR', verifiedName: 'Second BR' }] };
    expect(chooseLocalizedName(twice, { lg: 'pt', lc: 'BR' })).toBe('Acme BR');
  });

  it('falls back to the first lg match, then to the default name', () => {
    expect(chooseLocalizedName(names, { lg: 'pt', lc: 'PT' })).toBe('Acme PT');
    expect(chooseLocalizedName(names, { lg: 'pt' })).toBe('Acme PT');
    expect(chooseLocalizedName(names, { lg: 'es', lc: 'AR' })).toBe('Acme MX');
    expect(chooseLocalizedName(names, { lg: 'de', lc: 'DE' })).toBe('Acme');
    expect(chooseLocalizedName(names, undefined)).toBe('Acme');
  });
});
