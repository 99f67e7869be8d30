// Sender-key records survive serialize → deserialize at any point of a conversation (fast-check
// over random schedules of send / deliver / redeliver / rotate / round-trip-a-store steps, both
// formats), and malformed records are refused with typed errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateIdentityKeyPair,
  GroupCipher,
  ProtocolAddress,
  ProtocolError,
  type SenderKeyFormat,
  SenderKeyRecord,
  toHex,
} from '../../src/index.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { seededPrivateKey } from '../../src/keys/curve.js';
import { InMemoryProtocolStore } from '../../src/stores/memory-stores.js';
import { parley as storageProto } from '../../src/wire/generated/storage.js';
import { groupIdFor, rejection, str, text } from '../support/group-peers.js';

const proto = storageProto.storage.v1;

type Step =
  | { readonly kind: 'send' }
  | { readonly kind: 'deliver'; readonly pick: number }
  | { readonly kind: 'redeliver'; readonly pick: number }
  | { readonly kind: 'rotate' }
  | { readonly kind: 'roundTrip'; readonly who: 'sender' | 'receiver' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Step>({ kind: 'send' }) },
  { weight: 4, arbitrary: fc.nat(1_000).map<Step>((pick) => ({ kind: 'deliver', pick })) },
  { weight: 1, arbitrary: fc.nat(1_000).map<Step>((pick) => ({ kind: 'redeliver', pick })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'rotate' }) },
  { weight: 3, arbitrary: fc.constantFrom<Step>({ kind: 'roundTrip', who: 'sender' }, { kind: 'roundTrip', who: 'receiver' }) },
);

/** A device whose store can be replaced by a freshly built one holding the deserialized record (a "restart"). */
class Device {
  readonly identity = generateIdentityKeyPair();
  store = new InMemoryProtocolStore(this.identity, 1);
  roundTrips = 0;

  /** Serializes the record, deserializes it into a brand-new store, and checks the bytes are stable. */
  async roundTrip(sender: ProtocolAddress, distributionId: string): Promise<void> {
    const record = await this.store.loadSenderKey(sender, distributionId);
    if (record === undefined) return;
    const bytes = record.serialize();
    const restored = SenderKeyRecord.deserialize(bytes);
    expect(toHex(restored.serialize())).toBe(toHex(bytes));
    const fresh = new InMemoryProtocolStore(this.identity, 1);
    await fresh.storeSenderKey(sender, distributionId, restored);
    expect(fresh.snapshot()).toBe(this.store.snapshot());
    this.store = fresh;
    this.roundTrips++;
  }
}

interface Pending {
  readonly n: number;
  readonly chain: number;
  readonly bytes: Uint8Array;
}

async function runSchedule(format: SenderKeyFormat, steps: readonly Step[]): Promise<void> {
  const gid = groupIdFor(format);
  const alice = new ProtocolAddress('alice', 1);
  const sender = new Device();
  const receiver = new Device();
  const sending = () => new GroupCipher(sender.store, alice, gid, format);
  const receiving = () => new GroupCipher(receiver.store, alice, gid, format);

  await receiving().processDistributionMessage(await sending().createDistributionMessage());
  let chain = 0; // number of the sender's current chain; the receiver keeps the last five
  let sent = 0;
  const pending: Pending[] = [];
  const delivered: Pending[] = [];
  const evicted = (p: Pending) => p.chain <= chain - 5;

  const deliver = async (p: Pending) => {
    if (evicted(p)) {
      await rejection(receiving().decrypt(p.bytes), 'SessionNotFound');
    } else {
      expect(str(await receiving().decrypt(p.bytes))).toBe(`m${p.n}`);
      delivered.push(p);
    }
  };

  for (const step of steps) {
    switch (step.kind) {
      case 'send':
        pending.push({ n: sent, chain, bytes: await sending().encrypt(text(`m${sent}`)) });
        sent++;
        break;
      case 'deliver': {
        if (pending.length === 0) break;
        const [p] = pending.splice(step.pick % pending.length, 1);
        await deliver(p!);
        break;
      }
      case 'redeliver': {
        if (delivered.length === 0) break;
        const p = delivered[step.pick % delivered.length]!;
        const before = receiver.store.snapshot();
        await rejection(receiving().decrypt(p.bytes), evicted(p) ? 'SessionNotFound' : 'DuplicateMessage');
        expect(receiver.store.snapshot()).toBe(before);
        break;
      }
      case 'rotate':
        await receiving().processDistributionMessage(await sending().rotate());
        chain++;
        break;
      case 'roundTrip':
        await (step.who === 'sender' ? sender : receiver).roundTrip(alice, gid);
        break;
    }
  }
  // whatever happened, the conversation goes on: everything still pending is delivered, in
  // reverse order (so skipped keys are exercised), across one more pair of round trips
  await sender.roundTrip(alice, gid);
  await receiver.roundTrip(alice, gid);
  for (const p of pending.reverse()) await deliver(p);
  const last: Pending = { n: sent, chain, bytes: await sending().encrypt(text(`m${sent}`)) };
  await deliver(last);
}

describe.each(['whatsapp', 'signal'] as const)('sender-key record serialization, %s format', (format) => {
  it('group state survives SenderKeyRecord serialize → deserialize (into a fresh store) at any point of a conversation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 40 }), (steps) => runSchedule(format, steps)),
      { numRuns: 25 },
    );
  });

  it('a fixed schedule with skipped keys, several chains and round trips between every step', async () => {
    const steps: Step[] = [];
    for (let i = 0; i < 6; i++) steps.push({ kind: 'send' }, { kind: 'roundTrip', who: 'sender' });
    steps.push({ kind: 'deliver', pick: 5 }, { kind: 'roundTrip', who: 'receiver' }, { kind: 'deliver', pick: 1 }, { kind: 'roundTrip', who: 'receiver' });
    for (let i = 0; i < 6; i++) steps.push({ kind: 'rotate' }, { kind: 'send' }, { kind: 'roundTrip', who: 'sender' }, { kind: 'roundTrip', who: 'receiver' });
    steps.push({ kind: 'redeliver', pick: 0 }, { kind: 'redeliver', pick: 1 });
    await runSchedule(format, steps);
  });

  it('a restored record keeps the signing private key, the skipped keys and every state', async () => {
    const gid = groupIdFor(format);
    const alice = new ProtocolAddress('alice', 1);
    const sender = new Device();
    const receiver = new Device();
    const cipher = new GroupCipher(sender.store, alice, gid, format);
    await new GroupCipher(receiver.store, alice, gid, format).processDistributionMessage(await cipher.createDistributionMessage());
    const messages = [];
    for (let i = 0; i < 5; i++) messages.push(await cipher.encrypt(text(`m${i}`)));
    await new GroupCipher(receiver.store, alice, gid, format).decrypt(messages[4]!);

    const decodedSender = proto.SenderKeyRecord.decode((await sender.store.loadSenderKey(alice, gid))!.serialize());
    expect(decodedSender.formatVersion).toBe(1);
    expect(decodedSender.states).toHaveLength(1);
    expect(decodedSender.states[0]!.signingPrivate).toHaveLength(32);
    // The seed the signing key was expanded from (RFC 8032), kept for native Ed25519 signing.
    const seed = decodedSender.states[0]!.signingSeed!;
    expect(seed).toHaveLength(32);
    expect(Buffer.from(seededPrivateKey(nobleCrypto, seed)).equals(Buffer.from(decodedSender.states[0]!.signingPrivate!))).toBe(true);
    expect(decodedSender.states[0]!.iteration).toBe(5);
    const decodedReceiver = proto.SenderKeyRecord.decode((await receiver.store.loadSenderKey(alice, gid))!.serialize());
    expect(decodedReceiver.states[0]!.signingPrivate ?? new Uint8Array()).toHaveLength(0);
    expect(decodedReceiver.states[0]!.skipped!.map((s) => s.iteration)).toEqual([0, 1, 2, 3]);

    await receiver.roundTrip(alice, gid);
    for (const i of [2, 0, 3, 1]) expect(str(await new GroupCipher(receiver.store, alice, gid, format).decrypt(messages[i]!))).toBe(`m${i}`);
  });
});

describe('malformed sender-key records give typed errors', () => {
  const valid = () => {
    const key = generateIdentityKeyPair();
    return {
      chainId: 1234,
      iteration: 7,
      chainKey: new Uint8Array(32).fill(1),
      signingPublic: key.publicKey,
      signingPrivate: key.privateKey,
      skipped: [{ iteration: 3, seed: new Uint8Array(32).fill(2) }],
    };
  };
  const encode = (record: storageProto.storage.v1.SenderKeyRecord.$Properties) => proto.SenderKeyRecord.encode(record).finish();

  it('a well-formed crafted record is accepted (so the failures below are about the one change each makes)', () => {
    const record = SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [valid()] }));
    expect(record.isEmpty()).toBe(false);
  });

  const cases: [string, () => unknown, ProtocolError['code'][]][] = [
    ['not a protobuf', () => SenderKeyRecord.deserialize(Uint8Array.of(0xff, 0xff, 0xff)), ['InvalidProtobuf']],
    ['empty bytes (no format version)', () => SenderKeyRecord.deserialize(new Uint8Array(0)), ['UnsupportedVersion']],
    ['a newer format version', () => SenderKeyRecord.deserialize(encode({ formatVersion: 2, states: [valid()] })), ['UnsupportedVersion']],
    ['a 32-byte signing public key', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), signingPublic: new Uint8Array(32).fill(9) }] })), ['InvalidProtobuf', 'InvalidKey']],
    ['a signing public key with type byte 0x06', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), signingPublic: Uint8Array.of(6, ...new Uint8Array(32).fill(9)) }] })), ['InvalidKey']],
    ['a missing signing public key', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), signingPublic: new Uint8Array(0) }] })), ['InvalidProtobuf', 'InvalidKey']],
    ['a 31-byte chain key', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), chainKey: new Uint8Array(31) }] })), ['InvalidProtobuf']],
    ['a 16-byte skipped seed', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), skipped: [{ iteration: 1, seed: new Uint8Array(16) }] }] })), ['InvalidProtobuf']],
    ['a 31-byte signing private key', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), signingPrivate: new Uint8Array(31) }] })), ['InvalidProtobuf']],
    ['a signing seed that does not expand to the signing private key', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), signingSeed: new Uint8Array(32).fill(3) }] })), ['InvalidProtobuf']],
    ['a signing seed without a signing private key', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), signingPrivate: new Uint8Array(0), signingSeed: new Uint8Array(32).fill(3) }] })), ['InvalidProtobuf']],
    ['a 31-byte signing seed', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [{ ...valid(), signingSeed: new Uint8Array(31) }] })), ['InvalidProtobuf']],
    ['a record larger than the limit', () => SenderKeyRecord.deserialize(encode({ formatVersion: 1, states: [valid()] }), 16), ['MessageTooLarge']],
    ['not a Uint8Array', () => SenderKeyRecord.deserialize('not bytes' as unknown as Uint8Array), ['InvalidArgument']],
  ];

  it.each(cases)('%s', async (_name, run, codes) => {
    await rejection(run, codes);
  });

  it('every truncation and random mutation of a real record either loads or fails with a ProtocolError', async () => {
    const alice = new ProtocolAddress('alice', 1);
    const sender = new Device();
    const cipher = new GroupCipher(sender.store, alice, groupIdFor('whatsapp'), 'whatsapp');
    await cipher.createDistributionMessage();
    const receiver = new Device();
    const rx = new GroupCipher(receiver.store, alice, groupIdFor('whatsapp'), 'whatsapp');
    await rx.processDistributionMessage(await cipher.createDistributionMessage());
    await rx.decrypt((await Promise.all([cipher.encrypt(text('a')), cipher.encrypt(text('b')), cipher.encrypt(text('c'))]))[2]!);
    const bytes = (await receiver.store.loadSenderKey(alice, groupIdFor('whatsapp')))!.serialize();

    const loadsOrTyped = (candidate: Uint8Array) => {
      try {
        SenderKeyRecord.deserialize(candidate);
      } catch (e) {
        if (!ProtocolError.is(e)) throw new Error(`untyped error for ${toHex(candidate)}: ${String(e)}`, { cause: e });
        expect(e.family).not.toBe('internal');
      }
    };
    for (let length = 0; length < bytes.length; length++) loadsOrTyped(bytes.subarray(0, length));
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (index, xor) => {
        const mutated = Uint8Array.from(bytes);
        mutated[index]! ^= xor;
        loadsOrTyped(mutated);
      }),
      { numRuns: 500 },
    );
  });
});
