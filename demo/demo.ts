// Two parties run parley end to end: a business and a customer, each with its own store.
// Run with `npm run demo`.
import {
  createLanguagePack,
  decryptContent,
  decryptGroupContent,
  encryptContent,
  encryptGroupContent,
  generateIdentityKeyPair,
  GroupCipher,
  GroupSender,
  renderHsm,
  verifyLanguagePack,
  generatePreKeys,
  generateRegistrationId,
  generateSignedPreKey,
  ProtocolAddress,
  processPreKeyBundle,
  SessionCipher,
  toHex,
  VERSION_BYTE,
} from '../src/index.js';
import { InMemoryProtocolStore } from '../src/stores/memory-stores.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const log = (line: string) => console.log(line);
const kind = (type: string) => (type === 'prekey' ? 'PreKeySignalMessage' : 'SignalMessage');

async function device(name: string) {
  const identity = generateIdentityKeyPair();
  const registrationId = generateRegistrationId();
  const store = new InMemoryProtocolStore(identity, registrationId);
  const signedPreKey = generateSignedPreKey(identity, 1);
  const [preKey] = generatePreKeys(1, 1);
  await store.storeSignedPreKey(signedPreKey.id, signedPreKey);
  await store.storePreKey(preKey!.id, preKey!);
  const bundle = {
    registrationId,
    deviceId: 1,
    identityKey: identity.publicKey,
    signedPreKey: { id: signedPreKey.id, publicKey: signedPreKey.keyPair.publicKey, signature: signedPreKey.signature },
    preKey: { id: preKey!.id, publicKey: preKey!.keyPair.publicKey },
  };
  log(`${name}: identity ${toHex(identity.publicKey).slice(0, 16)}…, registration id ${registrationId}`);
  return { store, bundle, identity, address: new ProtocolAddress(name, 1) };
}

async function main(): Promise<void> {
  log(`parley demo — profile v3 (WhatsApp), version byte 0x${VERSION_BYTE.toString(16)}, Node ${process.version}`);
  const shop = await device('shop');
  const customer = await device('customer');

  // The customer fetches the shop's bundle from the server and starts a session (X3DH).
  await processPreKeyBundle(customer.store, shop.address, shop.bundle);
  log('customer: verified the shop bundle signature and started a session');
  const toShop = new SessionCipher(customer.store, shop.address);
  const toCustomer = new SessionCipher(shop.store, customer.address);

  const first = await toShop.encrypt(encoder.encode('Hi! Is my order #1234 on its way?'));
  log(`customer → shop: ${kind(first.type)}, ${first.body.length} bytes`);
  log(`shop: read "${decoder.decode(await toCustomer.decrypt(first))}" (one-time prekey used and removed: ${(await shop.store.loadPreKey(1)) === undefined})`);

  const reply = await toCustomer.encrypt(encoder.encode('Yes, it ships today. Tracking: PX-99.'));
  log(`shop → customer: ${kind(reply.type)}, ${reply.body.length} bytes`);
  log(`customer: read "${decoder.decode(await toShop.decrypt(reply))}"`);

  const next = await toShop.encrypt(encoder.encode('Thanks!'));
  log(`customer → shop: ${kind(next.type)} (session acknowledged), ${next.body.length} bytes`);
  await toCustomer.decrypt(next);

  const started = performance.now();
  for (let i = 0; i < 500; i++) {
    await toCustomer.decrypt(await toShop.encrypt(encoder.encode(`ping ${i}`)));
    await toShop.decrypt(await toCustomer.encrypt(encoder.encode(`pong ${i}`)));
  }
  const elapsed = performance.now() - started;
  const record = await customer.store.loadSession(shop.address);
  log(`1,000 ping-pong messages (a DH ratchet step each) in ${elapsed.toFixed(0)} ms with the pure-JS backend`);
  log(`customer's session record after them: ${record!.serialize().length} bytes (old chains pruned)`);

  // A template message, rendered by the customer from the shop's signed language pack.
  const pack = createLanguagePack(
    {
      namespace: 'shop_ns',
      lg: 'de',
      lc: 'DE',
      version: 1,
      elements: [{ name: 'order_total', category: 'utility', body: 'Ihre Bestellung über {{1}} kommt am {{2}}.', buttons: [] }],
    },
    shop.identity.privateKey,
  );
  const template = await encryptContent(toCustomer, {
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
  });
  const received = await decryptContent(toShop, template);
  log(`shop → customer: HSM template, ${template.body.length} bytes; language pack ${pack.length} bytes, signed by the shop`);
  if (received.kind === 'hsm') {
    const rendered = renderHsm(received.hsm, verifyLanguagePack(pack, shop.bundle.identityKey));
    log(`customer renders (${rendered.status}): ${rendered.status === 'rendered' ? rendered.body : rendered.missing}`);
  }

  // A broadcast to a group: one sender-key ciphertext for every member device.
  const sender = new GroupSender(shop.store, shop.address, 'shop-updates@g.us', 'whatsapp');
  const { messages } = await sender.distribute([customer.address]);
  const fromShop = new GroupCipher(customer.store, shop.address, 'shop-updates@g.us', 'whatsapp');
  await fromShop.processDistributionMessage(await toShop.decrypt(messages[0]!.message));
  const broadcast = await encryptGroupContent(sender.cipher, { kind: 'text', text: 'Winter sale starts now!' });
  const groupContent = await decryptGroupContent(fromShop, broadcast);
  log(`shop → group: sender-key message (WhatsApp format), ${broadcast.length} bytes; customer reads "${groupContent.kind === 'text' ? groupContent.text : groupContent.kind}"`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
