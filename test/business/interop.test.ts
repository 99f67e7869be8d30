// Verified-name certificates against WhatsApp's layout and other Signal implementations:
// - Baileys 6.17.16's WAProto `VerifiedNameCertificate` / `VerifiedNameCertificate.Details`
//   encodes certificates parley decodes, and decodes parley's, for the shared fields;
// - identity keys of @signalapp/libsignal-client and libsignal-node (npm `libsignal`) sign
//   certificate details that parley verifies (and parley's signatures verify there).
import { createRequire } from 'node:module';
import { PrivateKey, PublicKey } from '@signalapp/libsignal-client';
import { describe, expect, it } from 'vitest';
import { countersignCertificate, decodeBusinessCertificate, prepareCertificateDetails, signCertificateDetails } from '../../src/index.js';
import { decodeCertificate } from '../../src/wire/business-codec.js';
import { libsignalNode } from '../support/libsignal-node-peer.js';
import { NOW, world } from './helpers.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports
const { proto } = require('baileys') as { proto: any };
const WaCertificate = proto.VerifiedNameCertificate;
const WaDetails = proto.VerifiedNameCertificate.Details;

const MAX_U64 = (1n << 64n) - 1n;
const own = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);
const longString = (v: unknown) => (typeof v === 'number' ? String(v) : (v as { toString(): string }).toString());

describe('WhatsApp layout (Baileys WAProto)', () => {
  it('a certificate encoded by Baileys decodes in parley, shared fields intact (64-bit serial included)', () => {
    const details: Uint8Array = WaDetails.encode({
      serial: MAX_U64.toString(), // protobufjs writes decimal strings as 64-bit values
      issuer: 'smb:wa',
      verifiedName: 'Acme Bakery',
      localizedNames: [
        { lg: 'pt', lc: 'BR', verifiedName: 'Padaria Acme' },
        { lg: 'es', verifiedName: 'Panadería Acme' },
      ],
      issueTime: 1_736_899_200,
    }).finish();
    const signature = Uint8Array.from({ length: 64 }, (_, i) => i);
    const serverSignature = Uint8Array.from({ length: 64 }, (_, i) => 255 - i);
    const cert: Uint8Array = WaCertificate.encode({ details, signature, serverSignature }).finish();

    const decoded = decodeBusinessCertificate(cert);
    expect(decoded.parts).toEqual({ details: own(details), signature, serverSignature });
    expect(decoded.details).toEqual({
      serial: MAX_U64,
      issuer: 'smb:wa',
      verifiedName: 'Acme Bakery',
      localizedNames: [
        { lg: 'pt', lc: 'BR', verifiedName: 'Padaria Acme' },
        { lg: 'es', verifiedName: 'Panadería Acme' },
      ],
      issueTimeSeconds: 1_736_899_200,
      level: 'unknown',
      officialPlatform: false,
      templateNamespaces: [],
    });
  });

  it("a parley certificate decodes in Baileys; parley's additions are skipped as unknown fields", () => {
    const w = world();
    const cert = w.issue({
      serial: (1n << 63n) + 5n,
      localizedNames: [{ lg: 'pt', lc: 'BR', verifiedName: 'Padaria Acme' }],
      officialPlatform: false,
      templateNamespaces: ['acme_ns'],
    });
    const parts = decodeCertificate(cert);
    const wa = WaCertificate.decode(cert);
    expect(own(wa.details)).toEqual(parts.details);
    expect(own(wa.signature)).toEqual(parts.signature);
    expect(own(wa.serverSignature)).toEqual(parts.serverSignature);
    const d = WaDetails.decode(wa.details);
    expect(longString(d.serial)).toBe(((1n << 63n) + 5n).toString());
    expect(d.issuer).toBe('ent:wa');
    expect(d.verifiedName).toBe('Acme Bakery');
    expect(d.localizedNames.map((n: { lg: string; lc: string; verifiedName: string }) => ({ lg: n.lg, lc: n.lc, verifiedName: n.verifiedName }))).toEqual([
      { lg: 'pt', lc: 'BR', verifiedName: 'Padaria Acme' },
    ]);
    expect(longString(d.issueTime)).toBe(String(NOW / 1000));
    // Re-encoding the shared fields with Baileys gives bytes parley reads the same way.
    const reencoded: Uint8Array = WaDetails.encode({ serial: d.serial, issuer: d.issuer, verifiedName: d.verifiedName, localizedNames: d.localizedNames, issueTime: d.issueTime }).finish();
    const back = decodeBusinessCertificate(WaCertificate.encode({ details: reencoded }).finish()).details;
    expect(back).toMatchObject({ serial: (1n << 63n) + 5n, issuer: 'ent:wa', verifiedName: 'Acme Bakery', issueTimeSeconds: NOW / 1000 });
  });

  it('Details bytes produced by Baileys, signed and countersigned over those exact bytes, verify in parley', () => {
    const w = world();
    const details: Uint8Array = WaDetails.encode({ serial: 42, issuer: 'ent:wa', verifiedName: 'Acme Bakery', issueTime: NOW / 1000 }).finish();
    const signature = signCertificateDetails(details, w.business, w.options);
    const cert = countersignCertificate({ details, signature }, w.issuer, w.business.publicKey, w.options);
    expect(w.check(cert)).toMatchObject({ status: 'verified', badge: '✅', level: 'unknown' });
    // Wrapped by Baileys instead of parley: the same.
    const waCert: Uint8Array = WaCertificate.encode(WaCertificate.decode(cert)).finish();
    expect(w.check(waCert).status).toBe('verified');
  });
});

describe('identity keys of other Signal implementations', () => {
  it('@signalapp/libsignal-client: PrivateKey.sign(details) verifies in parley, and parley signatures verify there', () => {
    const w = world();
    for (let i = 0; i < 10; i++) {
      const privateKey = PrivateKey.generate();
      const publicKey = privateKey.getPublicKey().serialize();
      const details = prepareCertificateDetails('ent:wa', { verifiedName: 'Acme Bakery', serial: BigInt(100 + i), level: 'high' }, w.options);
      const signature = privateKey.sign(own(details));
      const cert = countersignCertificate({ details, signature }, w.issuer, publicKey, w.options);
      expect(w.check(cert, { remoteIdentityKey: publicKey })).toMatchObject({ status: 'verified', badge: '✅' });
      expect(w.check(cert).status).toBe('invalid'); // not the world's business key
    }
    const details = prepareCertificateDetails('ent:wa', { verifiedName: 'Acme Bakery' }, w.options);
    const parleySignature = signCertificateDetails(details, w.business, w.options);
    expect(PublicKey.deserialize(own(w.business.publicKey)).verify(own(details), own(parleySignature))).toBe(true);
  });

  it('libsignal-node: curve.calculateSignature(privKey, details) verifies in parley, and parley signatures verify there', () => {
    const w = world();
    for (let i = 0; i < 10; i++) {
      const pair = libsignalNode.keyhelper.generateIdentityKeyPair() as { pubKey: Buffer; privKey: Buffer };
      const publicKey = new Uint8Array(pair.pubKey);
      const details = prepareCertificateDetails('ent:wa', { verifiedName: 'Acme Bakery', serial: BigInt(200 + i) }, w.options);
      const signature = new Uint8Array(libsignalNode.curve.calculateSignature(pair.privKey, Buffer.from(details)) as Buffer);
      const cert = countersignCertificate({ details, signature }, w.issuer, publicKey, w.options);
      expect(w.check(cert, { remoteIdentityKey: publicKey })).toMatchObject({ status: 'verified', badge: '✅' });
    }
    const details = prepareCertificateDetails('ent:wa', { verifiedName: 'Acme Bakery' }, w.options);
    const parleySignature = signCertificateDetails(details, w.business, w.options);
    expect(libsignalNode.curve.verifySignature(Buffer.from(w.business.publicKey), Buffer.from(details), Buffer.from(parleySignature))).toBe(true);
  });
});
