// parley through the bench adapter, for any crypto backend (parley-noble.ts, parley-node.ts).
// Stores: InMemoryProtocolStore (live SessionRecord objects in a Map) and InMemoryGatewayStore.
import {
  type Content,
  createBusinessCertificate,
  createLanguagePack,
  type CryptoBackend,
  decryptContent,
  decryptMedia,
  type EncryptedMedia,
  encryptContent,
  encryptMedia,
  generateIdentityKeyPair,
  generatePreKeys,
  generateRegistrationId,
  generateSignedPreKey,
  GroupCipher,
  type IdentityKeyPair,
  type PreKeyBundle,
  ProtocolAddress,
  type ProtocolOptions,
  processPreKeyBundle,
  renderHsm,
  type RenderResult,
  SessionCipher,
  type TrustStore,
  verifyBusinessCertificate,
  verifyLanguagePack,
  type CertificateVerification,
  type CiphertextMessage,
} from '../../src/index.js';
import { InMemoryProtocolStore } from '../../src/stores/memory-stores.js';
import { InMemoryGatewayStore } from '../../src/gateway/memory-store.js';
import type { Decision } from '../../src/gateway/policy.js';
import type { Adapter, CheckedOp, Conversation, GroupPair, ImplId, Side } from './adapter.js';

interface Device {
  readonly identity: IdentityKeyPair;
  readonly address: ProtocolAddress;
  readonly store: InMemoryProtocolStore;
  readonly bundle: PreKeyBundle;
}

let deviceCounter = 0;

async function device(name: string, options: ProtocolOptions): Promise<Device> {
  const identity = generateIdentityKeyPair(options);
  const registrationId = generateRegistrationId(options);
  const store = new InMemoryProtocolStore(identity, registrationId);
  const signed = generateSignedPreKey(identity, 1, options);
  const [preKey] = generatePreKeys(1, 1, options);
  await store.storeSignedPreKey(signed.id, signed);
  await store.storePreKey(preKey!.id, preKey!);
  return {
    identity,
    address: new ProtocolAddress(`${name}-${++deviceCounter}`, 1),
    store,
    bundle: {
      registrationId,
      deviceId: 1,
      identityKey: identity.publicKey,
      signedPreKey: { id: signed.id, publicKey: signed.keyPair.publicKey, signature: signed.signature },
      preKey: { id: preKey!.id, publicKey: preKey!.keyPair.publicKey },
    },
  };
}

/** A session A → B with one full round trip done (both sides past the PreKey message). */
async function connected(options: ProtocolOptions): Promise<{ a: Device; b: Device; toB: SessionCipher; toA: SessionCipher }> {
  const a = await device('alice', options);
  const b = await device('bob', options);
  await processPreKeyBundle(a.store, b.address, b.bundle, options);
  const toB = new SessionCipher(a.store, b.address, options);
  const toA = new SessionCipher(b.store, a.address, options);
  const hello = new Uint8Array(16);
  await toA.decrypt(await toB.encrypt(hello));
  await toB.decrypt(await toA.encrypt(hello));
  await toA.decrypt(await toB.encrypt(hello));
  return { a, b, toB, toA };
}

const NOW_DAY = 24 * 60 * 60 * 1000;

export function parleyAdapter(impl: ImplId, crypto: CryptoBackend): Adapter {
  const options: ProtocolOptions = { crypto };

  const conversation = async (): Promise<Conversation> => {
    const { a, b, toB, toA } = await connected(options);
    return {
      plaintext: (bytes) => bytes,
      encrypt: (from: Side, plaintext) => (from === 'a' ? toB : toA).encrypt(plaintext as Uint8Array),
      decrypt: (at: Side, message) => (at === 'a' ? toB : toA).decrypt(message as CiphertextMessage),
      async recordBytes(side: Side) {
        const record = side === 'a' ? await a.store.loadSession(b.address) : await b.store.loadSession(a.address);
        if (record === undefined) throw new Error('no session record');
        return record.serialize().length;
      },
    };
  };

  const group = async (): Promise<GroupPair> => {
    const groupId = '120363041234567890@g.us';
    const sender = await device('group-sender', options);
    const recipient = await device('group-member', options);
    const sending = new GroupCipher(sender.store, sender.address, groupId, 'whatsapp', options);
    const receiving = new GroupCipher(recipient.store, sender.address, groupId, 'whatsapp', options);
    await receiving.processDistributionMessage(await sending.createDistributionMessage());
    return {
      plaintext: (bytes) => bytes,
      encrypt: (plaintext) => sending.encrypt(plaintext as Uint8Array),
      decrypt: (message) => receiving.decrypt(message as Uint8Array),
    };
  };

  const contentTemplate = async (): Promise<CheckedOp> => {
    // A shop sends a customer an HSM template with localizable params (currency, date); the
    // customer decrypts, validates and renders it from the shop's signed, already verified pack.
    const { a: shop, toA: toShop, toB: toCustomer } = await connected(options);
    const pack = verifyLanguagePack(
      createLanguagePack(
        {
          namespace: 'shop_ns',
          lg: 'de',
          lc: 'DE',
          version: 1,
          elements: [{ name: 'order_total', category: 'utility', body: 'Ihre Bestellung über {{1}} kommt am {{2}}.', buttons: [] }],
        },
        shop.identity.privateKey,
        options,
      ),
      shop.identity.publicKey,
      options,
    );
    const template: Content = {
      kind: 'hsm',
      messageId: 'order-1234',
      hsm: {
        namespace: 'shop_ns',
        elementName: 'order_total',
        params: [],
        localizableParams: [
          { default: '€12.50', currency: { code: 'EUR', amount1000: 12_500 } },
          { default: 'Monday', dateTime: { components: { year: 2026, month: 11, dayOfMonth: 30 } } },
        ],
        deterministicLg: 'de',
        deterministicLc: 'DE',
      },
    };
    return {
      async run() {
        const received = await decryptContent(toShop, await encryptContent(toCustomer, template, options), options);
        if (received.kind !== 'hsm') throw new Error(`expected an hsm, got ${received.kind}`);
        return renderHsm(received.hsm, pack);
      },
      check(last) {
        const result = last as RenderResult;
        if (result.status !== 'rendered' || !result.body.includes('12')) throw new Error(`template did not render: ${JSON.stringify(result)}`);
      },
    };
  };

  const certVerify = async (): Promise<CheckedOp> => {
    const issuerKeys = generateIdentityKeyPair(options);
    const business = generateIdentityKeyPair(options);
    const now = Date.now();
    const certificate = createBusinessCertificate(
      {
        issuer: { name: 'ent:wa', keyPair: issuerKeys },
        business,
        details: { serial: 1001n, verifiedName: 'Acme Bakery', level: 'high', expiresAtMs: now + 365 * NOW_DAY },
      },
      options,
    );
    const trustStore: TrustStore = { issuers: { 'ent:wa': { publicKey: issuerKeys.publicKey } }, platformName: 'Parley' };
    const verifyOptions = { ...options, remoteIdentityKey: business.publicKey, trustStore, now };
    return {
      run: () => verifyBusinessCertificate(certificate, verifyOptions),
      check(last) {
        const result = last as CertificateVerification;
        if (result.status !== 'verified') throw new Error(`certificate not verified: ${result.status} ${result.reasons.join(', ')}`);
      },
    };
  };

  const gatewayDecision = async (): Promise<CheckedOp> => {
    // 1,000 customers of one business, all opted in to utility templates; every other one wrote
    // within the last hour (window open: a reply), the rest did not (business-initiated: an
    // opt-in check plus a messaging-limit reservation in the store). Decisions cycle through them.
    const { Gateway } = await import('../../src/gateway/gateway.js');
    const store = new InMemoryGatewayStore();
    const now = Date.now();
    const gateway = new Gateway({ store, clock: { now: () => now } });
    const business = 'biz-1';
    await store.setTier(business, 100_000);
    const customers: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      const customer = `cust-${i}`;
      customers.push(customer);
      await gateway.optIn(business, customer, 'utility', 'website', now - NOW_DAY);
      if (i % 2 === 0) await store.recordCustomerActivity(business, customer, now - 3_600_000, false);
    }
    const message = { kind: 'template', category: 'utility', templateName: 'order_update', language: 'en' } as const;
    let next = 0;
    return {
      run: () => gateway.decideOutbound(business, customers[next++ % customers.length]!, message),
      check(last) {
        const decision = last as Decision;
        if (!decision.allowed) throw new Error(`gateway refused: ${decision.reason}`);
      },
    };
  };

  return {
    impl,
    library: `parley 0.1.0 (${crypto.name} backend)`,
    async prepareSetup(payload) {
      const alice = await device('alice', options);
      const bob = await device('bob', options);
      return async () => {
        await processPreKeyBundle(alice.store, bob.address, bob.bundle, options);
        const first = await new SessionCipher(alice.store, bob.address, options).encrypt(payload);
        return new SessionCipher(bob.store, alice.address, options).decrypt(first);
      };
    },
    connect: conversation,
    group,
    media: {
      encrypt: (plaintext) => encryptMedia(plaintext, 'image', options),
      decrypt(encrypted) {
        const e = encrypted as EncryptedMedia;
        return decryptMedia(
          e.blob,
          { mediaKey: e.mediaKey, type: 'image', fileSha256: e.fileSha256, fileEncSha256: e.fileEncSha256, fileLength: e.fileLength },
          options,
        );
      },
    },
    parleyOnly: { contentTemplate, certVerify, gatewayDecision },
  };
}
