// WhatsApp-format sender keys (PROTOCOL.md §5.2, §5.3) against Baileys 6.17.16's WASignalGroup, in
// both directions: distribution messages, shuffled delivery, late joiners, duplicates, forged
// signatures, Baileys' 0, 2, 4, … iterations, and byte-level parsing by the other side.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, toHex } from '../../src/index.js';
import { decodeSenderKeyDistributionMessage, decodeSenderKeyMessage } from '../../src/wire/sender-key-codec.js';
import {
  BaileysDevice,
  baileysGroup,
  parleyDevice,
  rejection,
  shuffled,
  storedStates,
  str,
  text,
  thrown,
  WHATSAPP_GROUP_ID,
  withFlippedSignatureByte,
} from '../support/group-peers.js';

const FORMAT = 'whatsapp';
const MAX = DEFAULT_LIMITS.maxMessageBytes;
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports
const BaileysSenderKeyMessage: any = require('baileys/WASignalGroup/sender_key_message.js');

interface Sent {
  n: number;
  bytes: Uint8Array;
}

async function messagesFrom(send: (plaintext: Uint8Array) => Promise<Uint8Array>, from: number, to: number): Promise<Sent[]> {
  const out: Sent[] = [];
  for (let n = from; n < to; n++) out.push({ n, bytes: await send(text(`wa message ${n}`)) });
  return out;
}

const iterationOf = (bytes: Uint8Array) => decodeSenderKeyMessage(bytes, FORMAT, MAX).iteration;

describe('Baileys → parley (WhatsApp format)', () => {
  it('parley processes Baileys\' distribution and decrypts 100 messages, sent at Baileys\' iterations 0, 2, 4, …, delivered in a seeded shuffled order', async () => {
    const alice = new BaileysDevice('15550001111', 1);
    const bob = parleyDevice('bob');
    const receiver = bob.group(alice.parleyAddress, FORMAT);
    const skdm = await alice.createDistribution();
    expect(decodeSenderKeyDistributionMessage(skdm, FORMAT, MAX).iteration).toBe(0);
    await receiver.processDistributionMessage(skdm);
    const messages = await messagesFrom((p) => alice.encrypt(p), 0, 100);
    // Baileys' quirk (PROTOCOL.md §5.3): iteration current+1 whenever current is non-zero
    expect(messages.map((m) => iterationOf(m.bytes))).toEqual(messages.map((_, i) => 2 * i));
    for (const { n, bytes } of shuffled(messages, 0xba11)) expect(str(await receiver.decrypt(bytes))).toBe(`wa message ${n}`);
    // the odd iterations Baileys never sent stay as skipped keys; the chain is past the last one
    const [state] = await storedStates(bob.store, alice.parleyAddress, WHATSAPP_GROUP_ID);
    expect(state!.iteration).toBe(199);
    expect(state!.skipped!.map((s) => s.iteration).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 99 }, (_, i) => 2 * i + 1));
  });

  it('a parley late joiner given Baileys\' distribution after 25 messages decrypts the later 75 and gets DuplicateMessage for the earlier ones', async () => {
    const alice = new BaileysDevice('15550001111', 1);
    const before = await (async () => {
      await alice.createDistribution();
      return messagesFrom((p) => alice.encrypt(p), 0, 25);
    })();
    expect(iterationOf(before.at(-1)!.bytes)).toBe(48);
    const lateSkdm = await alice.createDistribution();
    expect(decodeSenderKeyDistributionMessage(lateSkdm, FORMAT, MAX).iteration).toBe(49);
    const after = await messagesFrom((p) => alice.encrypt(p), 25, 100);
    expect(iterationOf(after[0]!.bytes)).toBe(50);

    const late = parleyDevice('late');
    const receiver = late.group(alice.parleyAddress, FORMAT);
    await receiver.processDistributionMessage(lateSkdm);
    for (const { n, bytes } of shuffled(after, 25)) expect(str(await receiver.decrypt(bytes))).toBe(`wa message ${n}`);
    const snapshot = late.store.snapshot();
    for (const { bytes } of before) await rejection(receiver.decrypt(bytes), 'DuplicateMessage');
    expect(late.store.snapshot()).toBe(snapshot);
  });

  it('redelivered Baileys messages are rejected as DuplicateMessage without changing the store', async () => {
    const alice = new BaileysDevice('15550001111', 1);
    const bob = parleyDevice('bob');
    const receiver = bob.group(alice.parleyAddress, FORMAT);
    await receiver.processDistributionMessage(await alice.createDistribution());
    const messages = await messagesFrom((p) => alice.encrypt(p), 0, 4);
    for (const { n, bytes } of messages) expect(str(await receiver.decrypt(bytes))).toBe(`wa message ${n}`);
    const before = bob.store.snapshot();
    for (const { bytes } of messages) await rejection(receiver.decrypt(bytes), 'DuplicateMessage');
    expect(bob.store.snapshot()).toBe(before);
  });

  it('a Baileys message with a flipped signature byte is rejected with BadSignature before the chain advances; the genuine one then decrypts', async () => {
    const alice = new BaileysDevice('15550001111', 1);
    const bob = parleyDevice('bob');
    const receiver = bob.group(alice.parleyAddress, FORMAT);
    await receiver.processDistributionMessage(await alice.createDistribution());
    const messages = await messagesFrom((p) => alice.encrypt(p), 0, 4); // iterations 0, 2, 4, 6
    const target = messages[3]!;
    expect(iterationOf(target.bytes)).toBe(6);
    const before = bob.store.snapshot();
    for (const index of [0, 20, 40, 63]) {
      await rejection(receiver.decrypt(withFlippedSignatureByte(target.bytes, index)), 'BadSignature');
      expect(bob.store.snapshot()).toBe(before);
    }
    expect(str(await receiver.decrypt(target.bytes))).toBe('wa message 3');
    for (const { n, bytes } of messages.slice(0, 3)) expect(str(await receiver.decrypt(bytes))).toBe(`wa message ${n}`);
  });
});

describe('parley → Baileys (WhatsApp format)', () => {
  it('Baileys processes parley\'s distribution and decrypts 100 messages delivered in a seeded shuffled order', async () => {
    const alice = parleyDevice('15550002222', 1);
    const sender = alice.sending(FORMAT);
    const bob = new BaileysDevice('15550003333', 1);
    await bob.process(alice.address, await sender.createDistributionMessage());
    const messages = await messagesFrom((p) => sender.encrypt(p), 0, 100);
    expect(messages.map((m) => iterationOf(m.bytes))).toEqual(messages.map((m) => m.n));
    for (const { n, bytes } of shuffled(messages, 0x1234)) expect(str(await bob.decrypt(alice.address, bytes))).toBe(`wa message ${n}`);
    // Baileys sees redeliveries as old counters
    expect((await thrown(bob.decrypt(alice.address, messages[17]!.bytes))).message).toMatch(/old counter/);
  });

  it('a Baileys late joiner given parley\'s distribution at iteration 50 decrypts 50..99 and not the earlier ones', async () => {
    const alice = parleyDevice('15550002222', 1);
    const sender = alice.sending(FORMAT);
    await sender.createDistributionMessage();
    const before = await messagesFrom((p) => sender.encrypt(p), 0, 50);
    const lateSkdm = await sender.createDistributionMessage();
    const skdmView = new baileysGroup.SenderKeyDistributionMessage(null, null, null, null, Buffer.from(lateSkdm));
    expect(skdmView.getIteration()).toBe(50);
    const after = await messagesFrom((p) => sender.encrypt(p), 50, 100);

    const late = new BaileysDevice('15550004444', 2);
    await late.process(alice.address, lateSkdm);
    for (const { n, bytes } of shuffled(after, 77)) expect(str(await late.decrypt(alice.address, bytes))).toBe(`wa message ${n}`);
    for (const { bytes } of [before[0]!, before[49]!]) {
      expect((await thrown(late.decrypt(alice.address, bytes))).message).toMatch(/old counter/);
    }
  });

  it('Baileys rejects a parley message with a flipped signature byte and then accepts the genuine one', async () => {
    const alice = parleyDevice('15550002222', 1);
    const sender = alice.sending(FORMAT);
    const bob = new BaileysDevice('15550003333', 1);
    await bob.process(alice.address, await sender.createDistributionMessage());
    const [, second] = await messagesFrom((p) => sender.encrypt(p), 0, 2);
    const before = bob.store.snapshot();
    expect((await thrown(bob.decrypt(alice.address, withFlippedSignatureByte(second!.bytes, 12)))).message).toMatch(/signature/i);
    expect(bob.store.snapshot()).toBe(before);
    expect(str(await bob.decrypt(alice.address, second!.bytes))).toBe('wa message 1');
  });
});

describe('WhatsApp-format bytes: each side parses the other\'s', () => {
  it('Baileys reads parley\'s SKDM and SenderKeyMessage (and verifies the signature); parley reads Baileys\'', async () => {
    const alice = parleyDevice('15550002222', 1);
    const sender = alice.sending(FORMAT);
    const skdm = await sender.createDistributionMessage();
    const mine = decodeSenderKeyDistributionMessage(skdm, FORMAT, MAX);
    const view = new baileysGroup.SenderKeyDistributionMessage(null, null, null, null, Buffer.from(skdm));
    expect(skdm[0]).toBe(0x33);
    expect(view.getId()).toBe(mine.chainId);
    expect(view.getIteration()).toBe(0);
    expect(toHex(view.getChainKey())).toBe(toHex(mine.chainKey));
    expect(toHex(view.getSignatureKey())).toBe(toHex(mine.signingKey));
    expect(mine.chainId).toBeLessThan(0x7fff_ffff);

    await sender.encrypt(text('zero'));
    const message = await sender.encrypt(text('one'));
    const messageView = new BaileysSenderKeyMessage(null, null, null, null, Buffer.from(message));
    expect(messageView.getKeyId()).toBe(mine.chainId);
    expect(messageView.getIteration()).toBe(1);
    expect(toHex(messageView.getCipherText())).toBe(toHex(decodeSenderKeyMessage(message, FORMAT, MAX).ciphertext));
    expect(() => messageView.verifySignature(Buffer.from(mine.signingKey))).not.toThrow();
    const forgedView = new BaileysSenderKeyMessage(null, null, null, null, Buffer.from(withFlippedSignatureByte(message, 0)));
    expect(() => forgedView.verifySignature(Buffer.from(mine.signingKey))).toThrow(/signature/i);

    const carol = new BaileysDevice('15550005555', 3);
    const carolSkdm = await carol.createDistribution();
    const carolView = new baileysGroup.SenderKeyDistributionMessage(null, null, null, null, Buffer.from(carolSkdm));
    const parsed = decodeSenderKeyDistributionMessage(carolSkdm, FORMAT, MAX);
    expect(parsed.chainId).toBe(carolView.getId());
    expect(parsed.iteration).toBe(0);
    expect(toHex(parsed.chainKey)).toBe(toHex(carolView.getChainKey()));
    expect(toHex(parsed.signingKey)).toBe(toHex(carolView.getSignatureKey()));
    expect(parsed.distributionId).toBeUndefined();
    const carolMessage = await carol.encrypt(text('c'));
    const parsedMessage = decodeSenderKeyMessage(carolMessage, FORMAT, MAX);
    const carolMessageView = new BaileysSenderKeyMessage(null, null, null, null, Buffer.from(carolMessage));
    expect(parsedMessage.chainId).toBe(carolMessageView.getKeyId());
    expect(parsedMessage.iteration).toBe(0);
    expect(toHex(parsedMessage.ciphertext)).toBe(toHex(carolMessageView.getCipherText()));
    expect(toHex(parsedMessage.signedPart)).toBe(toHex(carolMessage.subarray(0, carolMessage.length - 64)));
  });

  it('the two formats do not cross: a Baileys message is not accepted by a Signal-format cipher', async () => {
    const alice = new BaileysDevice('15550001111', 1);
    const bob = parleyDevice('bob');
    await bob.group(alice.parleyAddress, FORMAT).processDistributionMessage(await alice.createDistribution());
    const message = await alice.encrypt(text('hello'));
    const before = bob.store.snapshot();
    await rejection(bob.group(alice.parleyAddress, 'signal').decrypt(message));
    expect(bob.store.snapshot()).toBe(before);
  });
});
