// 1:1 sessions between parley and libsignal-node 6.0.0 (the library behind Baileys), in both
// directions: setup, bursts, ping-pong, out-of-order across DH ratchet steps, archived sessions,
// byte-exact wire layout, and forged-bundle handling.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type CiphertextMessage,
  DEFAULT_LIMITS,
  type ErrorCode,
  generatePreKeys,
  processPreKeyBundle,
  ProtocolAddress,
  ProtocolError,
  SessionCipher,
  VERSION_BYTE,
} from '../../src/index.js';
import {
  decodePreKeySignalMessage,
  decodeSignalMessage,
  encodePreKeySignalMessage,
  encodeSignalMessageBody,
} from '../../src/wire/message-codec.js';
import { createParty } from '../support/parties.js';
import {
  createPair,
  type Endpoint,
  type InitiatorKind,
  libsignalNode,
  libsignalNodeProtobufs,
  LibsignalNodePeer,
  seededRandom,
  silenceLibsignalNodeLogs,
  str,
  text,
} from '../support/libsignal-node-peer.js';

const MAX = DEFAULT_LIMITS.maxMessageBytes;
const { WhisperMessage, PreKeyWhisperMessage } = libsignalNodeProtobufs;

let restoreConsole: () => void;
beforeAll(() => {
  restoreConsole = silenceLibsignalNodeLogs();
});
afterAll(() => restoreConsole());

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** The ratchet key of either kind of message (as parley parses it). */
function ratchetKeyOf(message: CiphertextMessage): string {
  const parsed = message.type === 'prekey' ? decodePreKeySignalMessage(message.body, MAX).message : decodeSignalMessage(message.body, MAX);
  return hex(parsed.ratchetKey);
}

function signalMessageOf(message: CiphertextMessage) {
  return message.type === 'prekey' ? decodePreKeySignalMessage(message.body, MAX).message : decodeSignalMessage(message.body, MAX);
}

async function send(from: Endpoint, to: Endpoint, plaintext: string): Promise<CiphertextMessage> {
  const message = await from.encrypt(text(plaintext));
  expect(str(await to.decrypt(message)), `${from.label} → ${to.label}: ${plaintext}`).toBe(plaintext);
  return message;
}

async function expectProtocolError(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(ProtocolError.is(error, code), `expected ProtocolError ${code}, got ${String(error)}`).toBe(true);
}

/** Top-level protobuf fields of `bytes` in order: [field number, wire type, varint value]. */
function protobufFields(bytes: Uint8Array): Array<[number, number, number | undefined]> {
  const out: Array<[number, number, number | undefined]> = [];
  let i = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++]!;
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
      shift += 7;
    }
  };
  while (i < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wireType = key & 7;
    if (wireType === 0) out.push([field, wireType, varint()]);
    else if (wireType === 2) {
      const length = varint();
      i += length;
      out.push([field, wireType, undefined]);
    } else throw new Error(`unexpected wire type ${wireType}`);
  }
  expect(i).toBe(bytes.length);
  return out;
}

const INITIATORS: readonly InitiatorKind[] = ['parley', 'libsignal-node'];

describe.each(INITIATORS)('%s initiates, the other library responds', (initiatorKind) => {
  it('sets up with a one-time prekey: PreKey messages name it until the first reply, the responder consumes it, and later messages are SignalMessages', async () => {
    const pair = await createPair(initiatorKind, { withPreKey: true });
    const { initiator: I, responder: R } = pair;
    expect(pair.preKeyId).toBeTypeOf('number');
    const first = await I.encrypt(text('hello'));
    const second = await I.encrypt(text('hello again'));
    for (const m of [first, second]) {
      expect(m.type).toBe('prekey');
      const parsed = decodePreKeySignalMessage(m.body, MAX);
      expect(parsed.versionByte).toBe(0x33);
      expect(parsed.preKeyId).toBe(pair.preKeyId);
      expect(parsed.signedPreKeyId).toBe(initiatorKind === 'parley' ? 5 : 7);
    }
    expect(str(await R.decrypt(first))).toBe('hello');
    // The one-time prekey is gone from the responder's store once the session exists.
    if (initiatorKind === 'parley') expect(pair.peer.preKeys.has(pair.preKeyId!)).toBe(false);
    else expect(await pair.party.store.loadPreKey(pair.preKeyId!)).toBeUndefined();
    // A second PreKey message on the same base key still decrypts without the one-time prekey.
    expect(str(await R.decrypt(second))).toBe('hello again');
    const reply = await R.encrypt(text('hi'));
    expect(reply.type).toBe('message');
    expect(str(await I.decrypt(reply))).toBe('hi');
    const third = await I.encrypt(text('acknowledged'));
    expect(third.type).toBe('message');
    expect(str(await R.decrypt(third))).toBe('acknowledged');
    // parley recorded the peer's identity.
    expect(hex((await pair.party.store.getIdentity(new ProtocolAddress(pair.peer.name, 1)))!)).toBe(hex(pair.peer.identityKey));
  });

  it('sets up without a one-time prekey: the PreKey message carries no preKeyId and the session works both ways', async () => {
    const pair = await createPair(initiatorKind, { withPreKey: false });
    const { initiator: I, responder: R } = pair;
    expect(pair.preKeyId).toBeUndefined();
    const first = await I.encrypt(text('no one-time prekey'));
    expect(first.type).toBe('prekey');
    expect(decodePreKeySignalMessage(first.body, MAX).preKeyId).toBeUndefined();
    const nodeView = PreKeyWhisperMessage.decode(first.body.subarray(1));
    expect(Object.prototype.hasOwnProperty.call(nodeView, 'preKeyId')).toBe(false);
    expect(str(await R.decrypt(first))).toBe('no one-time prekey');
    await send(R, I, 'reply');
    for (let i = 0; i < 3; i++) {
      await send(I, R, `i${i}`);
      await send(R, I, `r${i}`);
    }
  });

  it('round-trips binary plaintexts from 0 bytes to 256 KiB byte for byte, in both directions', async () => {
    const { initiator: I, responder: R } = await createPair(initiatorKind);
    const rng = seededRandom(0x5123);
    const sizes = [0, 1, 15, 16, 17, 255, 256, 4095, 65_536, 262_144];
    for (const size of sizes) {
      for (const [from, to] of [
        [I, R],
        [R, I],
      ] as const) {
        const plaintext = Uint8Array.from({ length: size }, () => rng.int(256));
        const message = await from.encrypt(plaintext);
        expect(hex(await to.decrypt(message)), `${size} bytes ${from.label} → ${to.label}`).toBe(hex(plaintext));
      }
    }
  });

  it('delivers a 200-message one-way burst in order, then a reply, from each side', async () => {
    const { initiator: I, responder: R } = await createPair(initiatorKind);
    for (let i = 0; i < 200; i++) {
      const m = await send(I, R, `burst from initiator #${i}`);
      expect(m.type).toBe('prekey'); // no reply yet
      expect(signalMessageOf(m).counter).toBe(i);
    }
    await send(R, I, 'reply to the initiator burst');
    for (let i = 0; i < 200; i++) {
      const m = await send(R, I, `burst from responder #${i} ${'x'.repeat(i % 33)}`);
      expect(m.type).toBe('message');
      expect(signalMessageOf(m).counter).toBe(i + 1);
    }
    const reply = await send(I, R, 'reply to the responder burst');
    expect(reply.type).toBe('message');
    expect(signalMessageOf(reply).previousCounter).toBe(199); // last counter of its previous chain
  });

  it('survives 100 ping-pong round trips, with a fresh ratchet key on every turn', async () => {
    const { initiator: I, responder: R } = await createPair(initiatorKind);
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      for (const [from, to] of [
        [I, R],
        [R, I],
      ] as const) {
        const m = await send(from, to, `${from.label} ping ${i}`);
        const key = ratchetKeyOf(m);
        expect(seen.has(key), `ratchet key reused at round ${i}`).toBe(false);
        seen.add(key);
      }
    }
    expect(seen.size).toBe(200);
  });

  it('decrypts messages held back across three DH ratchet steps (first and last of every chain) when they arrive at the very end', async () => {
    const { initiator: I, responder: R } = await createPair(initiatorKind);
    const held: Array<{ to: Endpoint; message: CiphertextMessage; plaintext: string }> = [];
    const previousCounters: number[] = [];
    // Each turn: 6 messages on one sending chain; deliver #3 then #2 now, hold back #0, #1 (the
    // chain's first messages) and #4, #5 (its last ones, recoverable on libsignal-node only
    // through the previous_counter of the sender's next chain).
    const turn = async (from: Endpoint, to: Endpoint, tag: string) => {
      const batch: Array<{ message: CiphertextMessage; plaintext: string }> = [];
      for (let i = 0; i < 6; i++) {
        const plaintext = `${tag}#${i}`;
        batch.push({ message: await from.encrypt(text(plaintext)), plaintext });
      }
      expect(new Set(batch.map((b) => ratchetKeyOf(b.message))).size).toBe(1);
      previousCounters.push(signalMessageOf(batch[0]!.message).previousCounter);
      for (const i of [3, 2]) expect(str(await to.decrypt(batch[i]!.message))).toBe(batch[i]!.plaintext);
      for (const i of [0, 1, 4, 5]) held.push({ to, ...batch[i]! });
    };
    const chains = ['I1', 'R1', 'I2', 'R2', 'I3', 'R3', 'I4'];
    for (const tag of chains) await turn(tag.startsWith('I') ? I : R, tag.startsWith('I') ? R : I, tag);
    // Every chain after the first of each side says its previous chain ended at counter 5.
    expect(previousCounters).toEqual([0, 0, 5, 5, 5, 5, 5]);
    expect(held).toHaveLength(28);
    const rng = seededRandom(0x0dd0_2024);
    for (const { to, message, plaintext } of rng.shuffle(held)) {
      expect(str(await to.decrypt(message)), `late ${plaintext} at ${to.label}`).toBe(plaintext);
    }
    for (let i = 0; i < 3; i++) {
      await send(I, R, `after i${i}`);
      await send(R, I, `after r${i}`);
    }
  });

  it.each(INITIATORS)(
    'when %s re-initiates with a new bundle, a late message on the old session still decrypts on parley, and on libsignal-node',
    async (reinitiator) => {
      // libsignal-node orders its sessions by a millisecond "last used" stamp and mutates every
      // session it tries (see the report); a strictly increasing clock makes its order deterministic.
      let clock = Date.now();
      const nowSpy = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 5));
      try {
        const pair = await createPair(initiatorKind);
        const { initiator: I, responder: R, parley, node, party, peer } = pair;
        const nodeAddress = new ProtocolAddress(peer.name, peer.deviceId);
        await send(I, R, 'S1 hello');
        await send(R, I, 'S1 hi');
        await send(I, R, 'S1 more');
        const oldBaseKey = hex((await party.store.loadSession(nodeAddress))!.currentBaseKey()!);
        const lateFromParley = await parley.encrypt(text('late from parley on S1'));
        const lateFromNode = await node.encrypt(text('late from node on S1'));

        let first: CiphertextMessage;
        if (reinitiator === 'parley') {
          peer.rotateSignedPreKey();
          await processPreKeyBundle(party.store, nodeAddress, peer.bundle());
          first = await send(parley, node, 'S2 first');
        } else {
          await peer.processBundle(party.address, await party.bundle());
          first = await send(node, parley, 'S2 first');
        }
        expect(first.type).toBe('prekey');
        const newBaseKey = hex(decodePreKeySignalMessage(first.body, MAX).baseKey);
        expect(newBaseKey).not.toBe(oldBaseKey);
        const record = (await party.store.loadSession(nodeAddress))!;
        expect(hex(record.currentBaseKey()!)).toBe(newBaseKey);
        expect(record.archivedCount).toBe(1);

        // The late libsignal-node message decrypts on parley through the archived session.
        expect(str(await parley.decrypt(lateFromNode))).toBe('late from node on S1');
        // The new session still works in both directions.
        for (let i = 0; i < 3; i++) {
          await send(node, parley, `S2 n${i}`);
          await send(parley, node, `S2 p${i}`);
        }
        expect(hex((await party.store.loadSession(nodeAddress))!.currentBaseKey()!)).toBe(newBaseKey);
        // The late parley message decrypts on libsignal-node through its closed session.
        expect(peer.sessionCount(party.address)).toBe(2);
        expect(str(await node.decrypt(lateFromParley))).toBe('late from parley on S1');
      } finally {
        nowSpy.mockRestore();
      }
    },
  );
});

describe('wire layout against libsignal-node', () => {
  it("libsignal-node's PreKeySignalMessages and SignalMessages re-encode byte-for-byte with parley's encoders", async () => {
    const checked = { prekey: 0, prekeyWithoutId: 0, signal: 0 };
    for (const withPreKey of [true, false]) {
      const { node, parley } = await createPair('libsignal-node', { withPreKey });
      const messages: CiphertextMessage[] = [];
      for (let i = 0; i < 3; i++) messages.push(await send(node, parley, `prekey ${i}`));
      await send(parley, node, 'reply');
      // 140 messages: counters up to 2-byte varints; then ratchet steps give non-zero previous counters.
      for (let i = 0; i < 140; i++) messages.push(await send(node, parley, `m${i}`.repeat(i % 7)));
      for (let i = 0; i < 4; i++) {
        await send(parley, node, `turn ${i}`);
        messages.push(await send(node, parley, `after turn ${i}`));
      }
      for (const m of messages) {
        expect(m.body[0]).toBe(0x33);
        if (m.type === 'prekey') {
          const proto = PreKeyWhisperMessage.decode(m.body.subarray(1));
          const hasPreKeyId = Object.prototype.hasOwnProperty.call(proto, 'preKeyId');
          expect(hasPreKeyId).toBe(withPreKey);
          const reencoded = encodePreKeySignalMessage({
            registrationId: proto.registrationId,
            signedPreKeyId: proto.signedPreKeyId,
            baseKey: proto.baseKey,
            identityKey: proto.identityKey,
            message: proto.message,
            ...(hasPreKeyId ? { preKeyId: proto.preKeyId } : {}),
          });
          expect(hex(reencoded)).toBe(hex(m.body));
          if (withPreKey) checked.prekey++;
          else checked.prekeyWithoutId++;
          continue;
        }
        const proto = WhisperMessage.decode(m.body.subarray(1, m.body.length - 8));
        const body = encodeSignalMessageBody({
          ratchetKey: proto.ephemeralKey,
          counter: proto.counter,
          previousCounter: proto.previousCounter,
          ciphertext: proto.ciphertext,
        });
        const reencoded = new Uint8Array([...body, ...m.body.subarray(m.body.length - 8)]);
        expect(hex(reencoded)).toBe(hex(m.body));
        checked.signal++;
      }
    }
    expect(checked).toEqual({ prekey: 3, prekeyWithoutId: 3, signal: 288 });
  });

  it("parley's outgoing messages decode with libsignal-node's protobufs and have the same field layout (0x33, counters written even when 0)", async () => {
    for (const withPreKey of [true, false]) {
      const { parley, node } = await createPair('parley', { withPreKey });
      const nodeSide = await createPair('libsignal-node', { withPreKey });
      const first = await send(parley, node, 'first');
      const nodeFirst = await send(nodeSide.node, nodeSide.parley, 'first');
      expect(first.type).toBe('prekey');
      expect(first.body[0]).toBe(VERSION_BYTE);
      expect(VERSION_BYTE).toBe(0x33);
      // PreKeySignalMessage: identical field sequence to libsignal-node's own, and re-encoding
      // parley's decoded fields with libsignal-node's encoder reproduces parley's bytes.
      const preKeyFields = protobufFields(first.body.subarray(1)).map(([f, w]) => [f, w]);
      expect(preKeyFields).toEqual(protobufFields(nodeFirst.body.subarray(1)).map(([f, w]) => [f, w]));
      expect(preKeyFields).toEqual(withPreKey ? [[1, 0], [2, 2], [3, 2], [4, 2], [5, 0], [6, 0]] : [[2, 2], [3, 2], [4, 2], [5, 0], [6, 0]]);
      const preKeyProto = PreKeyWhisperMessage.decode(first.body.subarray(1));
      expect(hex(PreKeyWhisperMessage.encode(preKeyProto).finish())).toBe(hex(first.body.subarray(1)));
      const parsed = decodePreKeySignalMessage(first.body, MAX);
      expect(preKeyProto.registrationId).toBe(parsed.registrationId);
      expect(preKeyProto.signedPreKeyId).toBe(5);
      expect(hex(preKeyProto.baseKey)).toBe(hex(parsed.baseKey));
      expect(hex(preKeyProto.identityKey)).toBe(hex(parsed.identityKey));
      // The inner SignalMessage: counter 0 and previous counter 0 are both written.
      const inner: Uint8Array = preKeyProto.message;
      expect(inner[0]).toBe(0x33);
      expect(protobufFields(inner.subarray(1, inner.length - 8))).toEqual([
        [1, 2, undefined],
        [2, 0, 0],
        [3, 0, 0],
        [4, 2, undefined],
      ]);
      await send(node, parley, 'reply');
      const later: CiphertextMessage[] = [];
      for (let i = 0; i < 130; i++) later.push(await send(parley, node, `later ${i}`));
      for (const m of later) {
        expect(m.type).toBe('message');
        expect(m.body[0]).toBe(0x33);
        const protoBytes = m.body.subarray(1, m.body.length - 8);
        const proto = WhisperMessage.decode(protoBytes);
        const ours = decodeSignalMessage(m.body, MAX);
        expect(hex(proto.ephemeralKey)).toBe(hex(ours.ratchetKey));
        expect(proto.counter).toBe(ours.counter);
        expect(proto.previousCounter).toBe(ours.previousCounter);
        expect(hex(WhisperMessage.encode(proto).finish())).toBe(hex(protoBytes));
        expect(protobufFields(protoBytes).map(([f, w]) => [f, w])).toEqual([
          [1, 2],
          [2, 0],
          [3, 0],
          [4, 2],
        ]);
      }
      expect(signalMessageOf(later[0]!).counter).toBe(0);
      expect(signalMessageOf(later[129]!).counter).toBe(129);
    }
  });

  it('parley and libsignal-node SignalMessages have the same total length for the same plaintext length', async () => {
    for (const initiatorKind of INITIATORS) {
      const { initiator: I, responder: R } = await createPair(initiatorKind);
      await send(I, R, 'open');
      // Both sides now send on a chain with counters from 0 and previous counter 0.
      const lengths = [0, 1, 15, 16, 17, 31, 32, 100, 127, 128, 500];
      const fromResponder = [];
      for (const n of lengths) fromResponder.push(await send(R, I, 'r'.repeat(n)));
      const fromInitiator = [];
      for (const n of lengths) fromInitiator.push(await send(I, R, 'i'.repeat(n)));
      for (let k = 0; k < lengths.length; k++) {
        const a = signalMessageOf(fromInitiator[k]!);
        const b = signalMessageOf(fromResponder[k]!);
        expect([a.counter, a.previousCounter]).toEqual([b.counter, b.previousCounter]);
        expect(fromInitiator[k]!.type).toBe('message');
        expect(fromResponder[k]!.type).toBe('message');
        expect(fromInitiator[k]!.body.length, `plaintext length ${lengths[k]}`).toBe(fromResponder[k]!.body.length);
      }
    }
  });
});

describe('bundles from and for libsignal-node: forged signatures and peer flaws', () => {
  const forgeries: ReadonlyArray<[string, (peer: LibsignalNodePeer) => Promise<{ bundle: ReturnType<LibsignalNodePeer['bundle']>; victimCanDecrypt: boolean }>]> = [
    [
      'an all-zero signature',
      async (peer) => {
        const bundle = peer.bundle();
        return { bundle: { ...bundle, signedPreKey: { ...bundle.signedPreKey, signature: new Uint8Array(64) } }, victimCanDecrypt: true };
      },
    ],
    [
      'a valid signature by a different identity',
      async (peer) => {
        const bundle = peer.bundle();
        const other = libsignalNode.keyhelper.generateIdentityKeyPair();
        const signature = libsignalNode.curve.calculateSignature(other.privKey, Buffer.from(bundle.signedPreKey.publicKey));
        return { bundle: { ...bundle, signedPreKey: { ...bundle.signedPreKey, signature: new Uint8Array(signature) } }, victimCanDecrypt: true };
      },
    ],
    [
      "the identity's genuine signature over a substituted signed prekey",
      async (peer) => {
        const bundle = peer.bundle();
        const substitute = libsignalNode.curve.generateKeyPair();
        return { bundle: { ...bundle, signedPreKey: { ...bundle.signedPreKey, publicKey: new Uint8Array(substitute.pubKey) } }, victimCanDecrypt: false };
      },
    ],
  ];

  it.each(forgeries)('with %s: parley rejects it with BadSignature and writes nothing; libsignal-node initOutgoing accepts it', async (_name, forge) => {
    const victim = new LibsignalNodePeer('victim');
    const victimAddress = new ProtocolAddress(victim.name, victim.deviceId);
    const { bundle, victimCanDecrypt } = await forge(victim);
    // Control: the genuine bundle's signature does verify.
    expect(libsignalNode.curve.verifySignature(victim.identity.pubKey, victim.signedPreKeys.get(5)!.keyPair.pubKey, victim.signedPreKeys.get(5)!.signature)).toBe(true);

    const alice = await createParty('alice-forged');
    const before = alice.store.snapshot();
    await expectProtocolError(processPreKeyBundle(alice.store, victimAddress, bundle), 'BadSignature');
    expect(alice.store.snapshot()).toBe(before);
    const cipher = new SessionCipher(alice.store, victimAddress);
    expect(await cipher.hasOpenSession()).toBe(false);
    await expectProtocolError(cipher.encrypt(text('x')), 'SessionNotFound');

    // libsignal-node's initOutgoing calls verifySignature(..., isInit = true), which skips the check.
    const carol = new LibsignalNodePeer('carol-forged');
    await expect(carol.processBundle(victimAddress, bundle)).resolves.toBeUndefined();
    expect(await carol.hasOpenSession(victimAddress)).toBe(true);
    const message = await carol.encrypt(victimAddress, text('sent over a forged bundle'));
    expect(message.type).toBe('prekey');
    if (victimCanDecrypt) {
      expect(str(await victim.decrypt(new ProtocolAddress(carol.name, carol.deviceId), message))).toBe('sent over a forged bundle');
    }
  });

  it('libsignal-node flaw: it silently omits one-time prekey id 0 from its PreKey message; parley then fails the MAC and changes nothing', async () => {
    const bob = await createParty('bob-prekey-zero');
    const node = new LibsignalNodePeer('node-prekey-zero');
    const [preKey] = generatePreKeys(0, 1);
    await bob.store.storePreKey(0, preKey!);
    const bundle = { ...(await bob.bundle({ withPreKey: false })), preKey: { id: 0, publicKey: preKey!.keyPair.publicKey } };
    // libsignal-node uses the prekey in its X3DH but writes preKeyId only when it is truthy.
    await node.processBundle(bob.address, bundle);
    const message = await node.encrypt(bob.address, text('zero'));
    expect(message.type).toBe('prekey');
    expect(Object.prototype.hasOwnProperty.call(PreKeyWhisperMessage.decode(message.body.subarray(1)), 'preKeyId')).toBe(false);
    const before = bob.store.snapshot();
    await expectProtocolError(new SessionCipher(bob.store, new ProtocolAddress(node.name, node.deviceId)).decrypt(message), 'BadMac');
    expect(bob.store.snapshot()).toBe(before);
  });

  it('parley accepts the same genuine libsignal-node bundle (control)', async () => {
    const victim = new LibsignalNodePeer('genuine');
    const alice = await createParty('alice-genuine');
    const address = new ProtocolAddress(victim.name, victim.deviceId);
    await processPreKeyBundle(alice.store, address, victim.bundle());
    const m = await new SessionCipher(alice.store, address).encrypt(text('genuine'));
    expect(str(await victim.decrypt(alice.address, m))).toBe('genuine');
  });
});
