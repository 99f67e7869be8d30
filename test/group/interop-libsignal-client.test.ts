// Signal-format sender keys (PROTOCOL.md §5.1, §5.3) against @signalapp/libsignal-client 0.103.0,
// in both directions: distribution messages, shuffled delivery, late joiners, duplicates, forged
// signatures and byte-level parsing by the other side's deserializer.
import {
  ErrorCode,
  LibSignalErrorBase,
  PublicKey,
  SenderKeyDistributionMessage as SignalSkdm,
  SenderKeyMessage as SignalSenderKeyMessage,
} from '@signalapp/libsignal-client';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, toHex } from '../../src/index.js';
import { decodeSenderKeyDistributionMessage, decodeSenderKeyMessage } from '../../src/wire/sender-key-codec.js';
import {
  own,
  parleyDevice,
  rejection,
  SIGNAL_DISTRIBUTION_ID,
  SignalClientDevice,
  shuffled,
  str,
  text,
  thrown,
  withFlippedSignatureByte,
} from '../support/group-peers.js';

const FORMAT = 'signal';
const MAX = DEFAULT_LIMITS.maxMessageBytes;
const uuidBytes = (uuid: string) => toHex(Uint8Array.from(Buffer.from(uuid.replace(/-/g, ''), 'hex')));

/** libsignal-client's error code, or fails when `e` is not a libsignal-client error. */
function libsignalCode(e: Error): ErrorCode {
  expect(e, `expected a libsignal-client error, got ${e.name}: ${e.message}`).toBeInstanceOf(LibSignalErrorBase);
  return (e as LibSignalErrorBase).code;
}

async function messagesFrom(send: (plaintext: Uint8Array) => Promise<Uint8Array>, from: number, to: number): Promise<{ n: number; bytes: Uint8Array }[]> {
  const out: { n: number; bytes: Uint8Array }[] = [];
  for (let n = from; n < to; n++) out.push({ n, bytes: await send(text(`group message ${n}`)) });
  return out;
}

describe('libsignal-client → parley (Signal format)', () => {
  it('parley processes libsignal-client\'s distribution message and decrypts 100 messages delivered in a seeded shuffled order', async () => {
    const alice = new SignalClientDevice('alice', 1);
    const bob = parleyDevice('bob');
    await bob.group(alice.parleyAddress, FORMAT).processDistributionMessage(await alice.createDistribution());
    const messages = await messagesFrom((p) => alice.encrypt(p), 0, 100);
    const receiver = bob.group(alice.parleyAddress, FORMAT);
    for (const { n, bytes } of shuffled(messages, 0x5e11)) {
      expect(str(await receiver.decrypt(bytes))).toBe(`group message ${n}`);
    }
    // every iteration was consumed exactly once: each one is now a duplicate, and nothing changes
    const before = bob.store.snapshot();
    for (const { bytes } of shuffled(messages, 7).slice(0, 10)) await rejection(receiver.decrypt(bytes), 'DuplicateMessage');
    expect(bob.store.snapshot()).toBe(before);
  });

  it('a parley late joiner given libsignal-client\'s distribution at iteration 50 decrypts 50..99 and gets DuplicateMessage for 0..49', async () => {
    const alice = new SignalClientDevice('alice', 1);
    const early = parleyDevice('early');
    await early.group(alice.parleyAddress, FORMAT).processDistributionMessage(await alice.createDistribution());
    const before = await messagesFrom((p) => alice.encrypt(p), 0, 50);
    const lateSkdm = await alice.createDistribution();
    expect(SignalSkdm.deserialize(own(lateSkdm)).iteration()).toBe(50);
    expect(decodeSenderKeyDistributionMessage(lateSkdm, FORMAT, MAX).iteration).toBe(50);
    const after = await messagesFrom((p) => alice.encrypt(p), 50, 100);

    const late = parleyDevice('late');
    const receiver = late.group(alice.parleyAddress, FORMAT);
    await receiver.processDistributionMessage(lateSkdm);
    for (const { n, bytes } of shuffled(after, 50)) expect(str(await receiver.decrypt(bytes))).toBe(`group message ${n}`);
    const snapshot = late.store.snapshot();
    for (const { bytes } of before) {
      const error = await rejection(receiver.decrypt(bytes), 'DuplicateMessage');
      expect(error.family).toBe('input');
    }
    expect(late.store.snapshot()).toBe(snapshot);

    // the early member reads everything
    const earlyReceiver = early.group(alice.parleyAddress, FORMAT);
    for (const { n, bytes } of shuffled([...before, ...after], 99)) expect(str(await earlyReceiver.decrypt(bytes))).toBe(`group message ${n}`);
  });

  it('a forged libsignal-client message (one signature byte flipped) is rejected with BadSignature, changes nothing, and the genuine one still decrypts', async () => {
    const alice = new SignalClientDevice('alice', 1);
    const bob = parleyDevice('bob');
    const receiver = bob.group(alice.parleyAddress, FORMAT);
    await receiver.processDistributionMessage(await alice.createDistribution());
    const messages = await messagesFrom((p) => alice.encrypt(p), 0, 6);
    const target = messages[5]!; // iteration 5: a forged message that advanced the chain would consume it
    expect(decodeSenderKeyMessage(target.bytes, FORMAT, MAX).signature).toHaveLength(64);
    const before = bob.store.snapshot();
    for (const index of [0, 31, 32, 63]) {
      await rejection(receiver.decrypt(withFlippedSignatureByte(target.bytes, index)), 'BadSignature');
      expect(bob.store.snapshot()).toBe(before);
    }
    expect(str(await receiver.decrypt(target.bytes))).toBe('group message 5');
    // and the earlier iterations, skipped only by the genuine message, are still readable
    for (const { n, bytes } of messages.slice(0, 5).reverse()) expect(str(await receiver.decrypt(bytes))).toBe(`group message ${n}`);
  });

  it('libsignal-client messages are rejected as duplicates on redelivery, and one for another distribution id is rejected', async () => {
    const alice = new SignalClientDevice('alice', 1);
    const bob = parleyDevice('bob');
    const receiver = bob.group(alice.parleyAddress, FORMAT);
    await receiver.processDistributionMessage(await alice.createDistribution());
    const [first] = await messagesFrom((p) => alice.encrypt(p), 0, 1);
    expect(str(await receiver.decrypt(first!.bytes))).toBe('group message 0');
    const before = bob.store.snapshot();
    await rejection(receiver.decrypt(first!.bytes), 'DuplicateMessage');
    expect(bob.store.snapshot()).toBe(before);

    const otherId = '0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d';
    await alice.createDistribution(otherId);
    const foreign = await alice.encrypt(text('other group'), otherId);
    await rejection(receiver.decrypt(foreign), 'InvalidMessage');
    expect(bob.store.snapshot()).toBe(before);
  });
});

describe('parley → libsignal-client (Signal format)', () => {
  it('libsignal-client processes parley\'s distribution message and decrypts 100 messages delivered in a seeded shuffled order', async () => {
    const alice = parleyDevice('alice', 1);
    const bob = new SignalClientDevice('bob', 1);
    const sender = alice.sending(FORMAT);
    await bob.process(alice.address, await sender.createDistributionMessage());
    const messages = await messagesFrom((p) => sender.encrypt(p), 0, 100);
    for (const { n, bytes } of shuffled(messages, 0xb0b)) expect(str(await bob.decrypt(alice.address, bytes))).toBe(`group message ${n}`);
    // libsignal-client sees parley's redeliveries as duplicates
    const error = await thrown(bob.decrypt(alice.address, messages[42]!.bytes));
    expect(libsignalCode(error)).toBe(ErrorCode.DuplicatedMessage);
  });

  it('a libsignal-client late joiner given parley\'s distribution at iteration 50 decrypts 50..99 and not 0..49', async () => {
    const alice = parleyDevice('alice', 1);
    const sender = alice.sending(FORMAT);
    const early = new SignalClientDevice('early', 1);
    await early.process(alice.address, await sender.createDistributionMessage());
    const before = await messagesFrom((p) => sender.encrypt(p), 0, 50);
    const lateSkdm = await sender.createDistributionMessage();
    expect(SignalSkdm.deserialize(own(lateSkdm)).iteration()).toBe(50);
    const after = await messagesFrom((p) => sender.encrypt(p), 50, 100);

    const late = new SignalClientDevice('late', 2);
    await late.process(alice.address, lateSkdm);
    for (const { n, bytes } of shuffled(after, 51)) expect(str(await late.decrypt(alice.address, bytes))).toBe(`group message ${n}`);
    for (const { bytes } of [before[0]!, before[49]!]) {
      expect(libsignalCode(await thrown(late.decrypt(alice.address, bytes)))).toBe(ErrorCode.DuplicatedMessage);
    }
    for (const { n, bytes } of shuffled([...before, ...after], 3)) expect(str(await early.decrypt(alice.address, bytes))).toBe(`group message ${n}`);
  });

  it('libsignal-client rejects a parley message with a flipped signature byte and then accepts the genuine one', async () => {
    const alice = parleyDevice('alice', 1);
    const sender = alice.sending(FORMAT);
    const bob = new SignalClientDevice('bob', 1);
    await bob.process(alice.address, await sender.createDistributionMessage());
    const [, second] = await messagesFrom((p) => sender.encrypt(p), 0, 2);
    const before = bob.store.snapshot();
    const error = await thrown(bob.decrypt(alice.address, withFlippedSignatureByte(second!.bytes, 10)));
    expect(error).toBeInstanceOf(LibSignalErrorBase);
    expect(error.message).toMatch(/signature/i);
    expect(bob.store.snapshot()).toBe(before);
    expect(str(await bob.decrypt(alice.address, second!.bytes))).toBe('group message 1');
  });
});

describe('Signal-format bytes: each side parses the other\'s', () => {
  it('parley\'s SKDM is 96 bytes like libsignal-client\'s, and each parses the other\'s SKDM with the same fields', async () => {
    // Both draw a 31-bit chain id; its varint takes 5 bytes (total 96) when it is ≥ 2^28, i.e. 7 times
    // in 8, and fewer bytes otherwise. Take the first sender of each whose chain id is that large,
    // and check the general length formula on every one tried.
    const varintLength = (n: number) => (n < 2 ** 7 ? 1 : n < 2 ** 14 ? 2 : n < 2 ** 21 ? 3 : n < 2 ** 28 ? 4 : 5);
    const expectedLength = (chainId: number) => 91 + varintLength(chainId);
    let parleySkdm: Uint8Array | undefined;
    let signalSkdm: Uint8Array | undefined;
    for (let i = 0; i < 40 && (parleySkdm === undefined || signalSkdm === undefined); i++) {
      const fromParley = await parleyDevice('alice', 1).sending(FORMAT).createDistributionMessage();
      const parleyChain = decodeSenderKeyDistributionMessage(fromParley, FORMAT, MAX).chainId;
      expect(fromParley).toHaveLength(expectedLength(parleyChain));
      if (parleyChain >= 2 ** 28) parleySkdm ??= fromParley;
      const fromSignal = await new SignalClientDevice('carol', 3).createDistribution();
      const signalChain = SignalSkdm.deserialize(own(fromSignal)).chainId();
      expect(fromSignal).toHaveLength(expectedLength(signalChain));
      if (signalChain >= 2 ** 28) signalSkdm ??= fromSignal;
    }
    if (parleySkdm === undefined || signalSkdm === undefined) throw new Error('no chain id ≥ 2^28 in 40 draws: the chain ids are not 31-bit random');
    expect(signalSkdm).toHaveLength(96);
    expect(parleySkdm).toHaveLength(96);
    expect(parleySkdm[0]).toBe(0x33);
    expect(signalSkdm[0]).toBe(0x33);

    // libsignal-client reads parley's
    const mine = decodeSenderKeyDistributionMessage(parleySkdm, FORMAT, MAX);
    const theirView = SignalSkdm.deserialize(own(parleySkdm));
    expect(theirView.chainId()).toBe(mine.chainId);
    expect(theirView.iteration()).toBe(0);
    expect(toHex(theirView.chainKey())).toBe(toHex(mine.chainKey));
    expect(theirView.distributionId()).toBe(SIGNAL_DISTRIBUTION_ID);
    expect(toHex(theirView.serialize())).toBe(toHex(parleySkdm));
    expect(mine.chainId).toBeLessThan(2 ** 31);

    // parley reads libsignal-client's
    const signalView = SignalSkdm.deserialize(own(signalSkdm));
    const parsed = decodeSenderKeyDistributionMessage(signalSkdm, FORMAT, MAX);
    expect(parsed.chainId).toBe(signalView.chainId());
    expect(parsed.iteration).toBe(signalView.iteration());
    expect(toHex(parsed.chainKey)).toBe(toHex(signalView.chainKey()));
    expect(toHex(parsed.distributionId!)).toBe(uuidBytes(signalView.distributionId()));
    expect(parsed.signingKey).toHaveLength(33);
    expect(parsed.signingKey[0]).toBe(0x05);
  });

  it('parley\'s SenderKeyMessage parses and verifies with libsignal-client, and libsignal-client\'s parses with parley\'s decoder', async () => {
    const alice = parleyDevice('alice', 1);
    const sender = alice.sending(FORMAT);
    const skdm = decodeSenderKeyDistributionMessage(await sender.createDistributionMessage(), FORMAT, MAX);
    await sender.encrypt(text('zero'));
    const parleyMessage = await sender.encrypt(text('one'));

    const theirView = SignalSenderKeyMessage.deserialize(own(parleyMessage));
    const mine = decodeSenderKeyMessage(parleyMessage, FORMAT, MAX);
    expect(theirView.chainId()).toBe(skdm.chainId);
    expect(theirView.iteration()).toBe(1);
    expect(mine.iteration).toBe(1);
    expect(theirView.distributionId()).toBe(SIGNAL_DISTRIBUTION_ID);
    expect(toHex(theirView.ciphertext())).toBe(toHex(mine.ciphertext));
    expect(toHex(theirView.serialize())).toBe(toHex(parleyMessage));
    const signingKey = PublicKey.deserialize(own(skdm.signingKey));
    expect(theirView.verifySignature(signingKey)).toBe(true);
    expect(SignalSenderKeyMessage.deserialize(own(withFlippedSignatureByte(parleyMessage, 5))).verifySignature(signingKey)).toBe(false);

    const carol = new SignalClientDevice('carol', 3);
    const carolSkdm = SignalSkdm.deserialize(own(await carol.createDistribution()));
    await carol.encrypt(text('a'));
    await carol.encrypt(text('b'));
    const signalMessage = await carol.encrypt(text('c'));
    expect(signalMessage[0]).toBe(0x33);
    const signalView = SignalSenderKeyMessage.deserialize(own(signalMessage));
    const parsed = decodeSenderKeyMessage(signalMessage, FORMAT, MAX);
    expect(parsed.chainId).toBe(carolSkdm.chainId());
    expect(parsed.iteration).toBe(2);
    expect(parsed.iteration).toBe(signalView.iteration());
    expect(toHex(parsed.ciphertext)).toBe(toHex(signalView.ciphertext()));
    expect(toHex(parsed.distributionId!)).toBe(uuidBytes(signalView.distributionId()));
    expect(toHex(parsed.signedPart)).toBe(toHex(signalMessage.subarray(0, signalMessage.length - 64)));
    expect(parsed.signature).toHaveLength(64);
  });
});
