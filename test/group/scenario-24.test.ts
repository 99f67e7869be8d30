// RELIABILITY.md §6 scenario 24 (sender keys), parley ↔ parley, in both wire formats: 100 shuffled
// messages, late joiner, the 25,000 forward-jump limit, duplicates, forged signatures rejected
// before the chain advances, records keyed per device (F11), eviction of the oldest of six states,
// re-distribution with the same / another signing key, iteration overflow at 2^32−1 and the
// 2,000 stored-key cap. Far iterations are reached by stepping the sender's stored chain key
// (group-peers advanceOwnChain), never by sending thousands of messages.
import { createCipheriv } from 'node:crypto';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  defaultContext,
  generateIdentityKeyPair,
  MAX_COUNTER,
  MAX_SENDER_KEY_STATES,
  nobleCrypto,
  type SenderKeyFormat,
  sign,
} from '../../src/index.js';
import {
  decodeSenderKeyDistributionMessage,
  decodeSenderKeyMessage,
  encodeSenderKeyDistributionMessage,
  encodeSenderKeyMessageBody,
} from '../../src/wire/sender-key-codec.js';
import {
  advanceOwnChain,
  editLatestState,
  groupIdFor,
  nextSenderChainKey,
  type ParleyDevice,
  parleyDevice,
  rejection,
  senderKeyHex,
  shuffled,
  storedStates,
  str,
  text,
  withFlippedByte,
  withFlippedSignatureByte,
} from '../support/group-peers.js';

const MAX = DEFAULT_LIMITS.maxMessageBytes;

interface Sent {
  n: number;
  bytes: Uint8Array;
}

async function send(sender: ParleyDevice, format: SenderKeyFormat, from: number, to: number, label = 'msg'): Promise<Sent[]> {
  const cipher = sender.sending(format);
  const out: Sent[] = [];
  for (let n = from; n < to; n++) out.push({ n, bytes: await cipher.encrypt(text(`${label} ${n}`)) });
  return out;
}

function uuidBytesOf(format: SenderKeyFormat): { distributionId?: Uint8Array } {
  if (format === 'whatsapp') return {};
  return { distributionId: Uint8Array.from(Buffer.from(groupIdFor(format).replace(/-/g, ''), 'hex')) };
}

/**
 * A message on `chainId` at `iteration`, signed with `signingPrivate`. With `chainKey` (the chain
 * key at `iteration`) the ciphertext is a real encryption of `plaintext` (PROTOCOL.md §5.3, computed
 * independently of parley), so only an explicit check can refuse it; otherwise it is a random block.
 */
function craftMessage(
  format: SenderKeyFormat,
  chainId: number,
  iteration: number,
  signingPrivate: Uint8Array,
  chainKey?: Uint8Array,
  plaintext = text('crafted'),
): Uint8Array {
  let ciphertext = defaultContext.randomBytes(16);
  if (chainKey !== undefined) {
    const seed = hmac(sha256, chainKey, Uint8Array.of(0x01));
    const keys = hkdf(sha256, seed, new Uint8Array(32), text('WhisperGroup'), 48);
    const aes = createCipheriv('aes-256-cbc', keys.subarray(16, 48), keys.subarray(0, 16));
    ciphertext = Uint8Array.from(Buffer.concat([aes.update(plaintext), aes.final()]));
  }
  const body = encodeSenderKeyMessageBody({ format, ...uuidBytesOf(format), chainId, iteration, ciphertext });
  const signature = sign(nobleCrypto, defaultContext, signingPrivate, body);
  return Uint8Array.from([...body, ...signature]);
}

async function ownState(device: ParleyDevice, format: SenderKeyFormat) {
  const [state] = await storedStates(device.store, device.address, groupIdFor(format));
  if (state === undefined) throw new Error('no own state');
  return state;
}

describe.each(['whatsapp', 'signal'] as const)('scenario 24, %s format', (format) => {
  const gid = groupIdFor(format);

  /** A sender (with its distribution created) and `n` receivers who processed it. */
  async function group(receivers = 1, options = {}) {
    const sender = parleyDevice('alice', 1);
    const skdm = await sender.sending(format).createDistributionMessage();
    const members: ParleyDevice[] = [];
    for (let i = 0; i < receivers; i++) {
      const member = parleyDevice(`member${i}`, 1, options);
      await member.group(sender.address, format).processDistributionMessage(skdm);
      members.push(member);
    }
    const cipherOf = (member: ParleyDevice) => member.group(sender.address, format);
    return { sender, skdm, members, cipherOf };
  }

  it('100 messages delivered in two different seeded shuffled orders decrypt on two members', async () => {
    const { sender, members, cipherOf } = await group(2);
    const messages = await send(sender, format, 0, 100);
    for (const [i, member] of members.entries()) {
      const cipher = cipherOf(member);
      for (const { n, bytes } of shuffled(messages, 1000 + i)) expect(str(await cipher.decrypt(bytes))).toBe(`msg ${n}`);
    }
  });

  it('a late joiner (distribution at iteration 50) reads 50..99 and gets DuplicateMessage, with no state change, for 0..49', async () => {
    const { sender, members, cipherOf } = await group(1);
    const before = await send(sender, format, 0, 50);
    const lateSkdm = await sender.sending(format).createDistributionMessage();
    expect(decodeSenderKeyDistributionMessage(lateSkdm, format, MAX).iteration).toBe(50);
    const after = await send(sender, format, 50, 100);
    const late = parleyDevice('late');
    await late.group(sender.address, format).processDistributionMessage(lateSkdm);
    for (const { n, bytes } of shuffled(after, 24)) expect(str(await late.group(sender.address, format).decrypt(bytes))).toBe(`msg ${n}`);
    const snapshot = late.store.snapshot();
    for (const { bytes } of before) await rejection(late.group(sender.address, format).decrypt(bytes), 'DuplicateMessage');
    expect(late.store.snapshot()).toBe(snapshot);
    for (const { n, bytes } of shuffled([...before, ...after], 25)) expect(str(await cipherOf(members[0]!).decrypt(bytes))).toBe(`msg ${n}`);
  });

  it('a jump of 25,001 is rejected with TooFarInFuture and no state change; exactly 25,000 succeeds', async () => {
    const { sender, members, cipherOf } = await group(1);
    const member = members[0]!;
    await advanceOwnChain(sender.store, sender.address, gid, 25_000);
    const [atLimit, beyond] = await send(sender, format, 25_000, 25_002);
    expect(decodeSenderKeyMessage(beyond!.bytes, format, MAX).iteration).toBe(25_001);
    const before = member.store.snapshot();
    const error = await rejection(cipherOf(member).decrypt(beyond!.bytes), 'TooFarInFuture');
    expect(error.details).toMatchObject({ gap: 25_001, max: 25_000 });
    expect(member.store.snapshot()).toBe(before);

    const started = performance.now();
    expect(str(await cipherOf(member).decrypt(atLimit!.bytes))).toBe('msg 25000');
    expect(performance.now() - started, 'worst-case jump took too long').toBeLessThan(5_000);
    expect(str(await cipherOf(member).decrypt(beyond!.bytes))).toBe('msg 25001');
    const [state] = await storedStates(member.store, sender.address, gid);
    expect(state!.iteration).toBe(25_002);
    expect(state!.skipped).toHaveLength(DEFAULT_LIMITS.maxSkippedKeysPerChain);
  });

  it('the forward-jump limit is configurable: with maxForwardJump 100, a jump of 100 succeeds and 101 is rejected', async () => {
    const limits = { limits: { maxForwardJump: 100 } };
    const { sender, members } = await group(2, limits);
    await advanceOwnChain(sender.store, sender.address, gid, 100);
    const [atLimit, beyond] = await send(sender, format, 100, 102);
    const [first, second] = members as [ParleyDevice, ParleyDevice];
    const before = second.store.snapshot();
    await rejection(second.group(sender.address, format, gid, limits).decrypt(beyond!.bytes), 'TooFarInFuture');
    expect(second.store.snapshot()).toBe(before);
    expect(str(await first.group(sender.address, format, gid, limits).decrypt(atLimit!.bytes))).toBe('msg 100');
    expect(str(await first.group(sender.address, format, gid, limits).decrypt(beyond!.bytes))).toBe('msg 101');
  });

  it('duplicates are rejected with DuplicateMessage and no state change, immediately, after later messages, and for a used skipped key', async () => {
    const { sender, members, cipherOf } = await group(1);
    const member = members[0]!;
    const cipher = cipherOf(member);
    const messages = await send(sender, format, 0, 8);
    expect(str(await cipher.decrypt(messages[0]!.bytes))).toBe('msg 0');
    let snapshot = member.store.snapshot();
    await rejection(cipher.decrypt(messages[0]!.bytes), 'DuplicateMessage');
    expect(member.store.snapshot()).toBe(snapshot);

    expect(str(await cipher.decrypt(messages[5]!.bytes))).toBe('msg 5'); // skips 1..4
    expect(str(await cipher.decrypt(messages[3]!.bytes))).toBe('msg 3'); // a skipped key, used once
    for (const m of messages.slice(6)) await cipher.decrypt(m.bytes);
    snapshot = member.store.snapshot();
    for (const i of [0, 3, 5, 7]) {
      const error = await rejection(cipher.decrypt(messages[i]!.bytes), 'DuplicateMessage');
      expect(error.family).toBe('input');
    }
    expect(member.store.snapshot()).toBe(snapshot);
    // the still-unread skipped ones remain readable
    for (const i of [1, 2, 4]) expect(str(await cipher.decrypt(messages[i]!.bytes))).toBe(`msg ${i}`);
  });

  it('forged messages are rejected with BadSignature before the chain advances (even at a far iteration); the genuine ones still decrypt', async () => {
    const { sender, members, cipherOf } = await group(1);
    const member = members[0]!;
    const cipher = cipherOf(member);
    const messages = await send(sender, format, 0, 6);
    const target = messages[5]!.bytes;
    const { chainId } = await ownState(sender, format);
    const stranger = generateIdentityKeyPair();
    const before = member.store.snapshot();

    await rejection(cipher.decrypt(withFlippedSignatureByte(target, 0)), 'BadSignature');
    await rejection(cipher.decrypt(withFlippedSignatureByte(target, 63)), 'BadSignature');
    // the ciphertext's last byte changed under the genuine signature
    await rejection(cipher.decrypt(withFlippedByte(target, target.length - 65)), 'BadSignature');
    // correctly formed, signed by someone else's key, same chain id
    await rejection(cipher.decrypt(craftMessage(format, chainId!, 5, stranger.privateKey)), 'BadSignature');
    // beyond the jump limit: the signature is checked first, so this is BadSignature, not TooFarInFuture
    await rejection(cipher.decrypt(craftMessage(format, chainId!, 30_000, stranger.privateKey)), 'BadSignature');
    expect(member.store.snapshot()).toBe(before);

    expect(str(await cipher.decrypt(target))).toBe('msg 5');
    for (const { n, bytes } of messages.slice(0, 5)) expect(str(await cipher.decrypt(bytes))).toBe(`msg ${n}`);
  });

  it('records are keyed per device: alice.1 and alice.2 have separate records, and a distribution from device 2 disturbs neither device 1\'s received state nor its own signing state (F11)', async () => {
    const alice1 = parleyDevice('alice', 1);
    const alice2 = parleyDevice('alice', 2);
    const bob = parleyDevice('bob', 1);
    const skdm1 = await alice1.sending(format).createDistributionMessage();
    const skdm2 = await alice2.sending(format).createDistributionMessage();

    await bob.group(alice1.address, format).processDistributionMessage(skdm1);
    const [fromOne] = await send(alice1, format, 0, 1, 'one');
    expect(str(await bob.group(alice1.address, format).decrypt(fromOne!.bytes))).toBe('one 0');
    const device1Record = await senderKeyHex(bob.store, alice1.address, gid);
    await bob.group(alice2.address, format).processDistributionMessage(skdm2);
    expect(await senderKeyHex(bob.store, alice1.address, gid)).toBe(device1Record);
    expect(await senderKeyHex(bob.store, alice2.address, gid)).toBeDefined();
    expect(await senderKeyHex(bob.store, alice2.address, gid)).not.toBe(device1Record);

    const [fromTwo] = await send(alice2, format, 0, 1, 'two');
    // device 2's message is not readable as device 1's (its chain is not in device 1's record)
    await rejection(bob.group(alice1.address, format).decrypt(fromTwo!.bytes), 'SessionNotFound');
    expect(str(await bob.group(alice2.address, format).decrypt(fromTwo!.bytes))).toBe('two 0');

    // alice.1 is a member too: it receives its sibling's distribution, even one that reuses
    // alice.1's own chain id, and its own record (with the private key) stays byte-identical
    const ownRecord = await senderKeyHex(alice1.store, alice1.address, gid);
    const own = await ownState(alice1, format);
    expect(own.signingPrivate).toHaveLength(32);
    const sibling = decodeSenderKeyDistributionMessage(skdm2, format, MAX);
    const reusingChainId = encodeSenderKeyDistributionMessage({ ...sibling, chainId: own.chainId! });
    await alice1.group(alice2.address, format).processDistributionMessage(skdm2);
    await alice1.group(alice2.address, format).processDistributionMessage(reusingChainId);
    expect(await senderKeyHex(alice1.store, alice1.address, gid)).toBe(ownRecord);
    const [later] = await send(alice1, format, 1, 2, 'one');
    expect(str(await bob.group(alice1.address, format).decrypt(later!.bytes))).toBe('one 1');
    expect(str(await alice1.group(alice2.address, format).decrypt(fromTwo!.bytes))).toBe('two 0');
  });

  it(`a sixth distribution (six chain ids for one sender device) evicts the oldest state: its messages then fail with SessionNotFound`, async () => {
    const sender = parleyDevice('alice', 1);
    const cipher = sender.sending(format);
    const distributions: Uint8Array[] = [await cipher.createDistributionMessage()];
    const messages: Uint8Array[] = [await cipher.encrypt(text('chain 0'))];
    for (let i = 1; i < 6; i++) {
      distributions.push(await cipher.rotate());
      messages.push(await cipher.encrypt(text(`chain ${i}`)));
    }
    const chainIds = distributions.map((d) => decodeSenderKeyDistributionMessage(d, format, MAX).chainId);
    expect(new Set(chainIds).size).toBe(6);
    expect(await storedStates(sender.store, sender.address, gid)).toHaveLength(1); // rotate drops the old own state

    const five = parleyDevice('five');
    for (const d of distributions.slice(0, 5)) await five.group(sender.address, format).processDistributionMessage(d);
    expect(str(await five.group(sender.address, format).decrypt(messages[0]!))).toBe('chain 0');

    const six = parleyDevice('six');
    for (const d of distributions) await six.group(sender.address, format).processDistributionMessage(d);
    const states = await storedStates(six.store, sender.address, gid);
    expect(states).toHaveLength(MAX_SENDER_KEY_STATES);
    expect(states.map((s) => s.chainId)).toEqual(chainIds.slice(1).reverse());
    const before = six.store.snapshot();
    await rejection(six.group(sender.address, format).decrypt(messages[0]!), 'SessionNotFound');
    expect(six.store.snapshot()).toBe(before);
    for (let i = 1; i < 6; i++) expect(str(await six.group(sender.address, format).decrypt(messages[i]!))).toBe(`chain ${i}`);
  });

  it('a distribution with the same chain id and signing key does not replace the state; the same chain id with another signing key does', async () => {
    const { sender, skdm, members, cipherOf } = await group(1);
    const member = members[0]!;
    const cipher = cipherOf(member);
    const old = await send(sender, format, 0, 4, 'old');
    for (const m of old.slice(0, 3)) await cipher.decrypt(m.bytes);

    // same chain id and key: the original one, and a later one at iteration 4 — nothing changes
    const laterSkdm = await sender.sending(format).createDistributionMessage();
    expect(decodeSenderKeyDistributionMessage(laterSkdm, format, MAX).iteration).toBe(4);
    const before = member.store.snapshot();
    await cipher.processDistributionMessage(skdm);
    await cipher.processDistributionMessage(laterSkdm);
    expect(member.store.snapshot()).toBe(before);
    await rejection(cipher.decrypt(old[1]!.bytes), 'DuplicateMessage'); // consumed messages stay duplicates

    // the sender reinstalls with the same chain id but a new signing key and chain key
    const { chainId } = await ownState(sender, format);
    const fresh = generateIdentityKeyPair();
    await editLatestState(sender.store, sender.address, gid, (state) => {
      state.signingPublic = fresh.publicKey;
      state.signingPrivate = fresh.privateKey;
      state.signingSeed = new Uint8Array(0); // a key without a seed: signed with XEdDSA
      state.chainKey = defaultContext.randomBytes(32);
      state.iteration = 0;
    });
    const replacing = await sender.sending(format).createDistributionMessage();
    expect(decodeSenderKeyDistributionMessage(replacing, format, MAX).chainId).toBe(chainId);
    const renewed = await send(sender, format, 0, 2, 'new');
    await cipher.processDistributionMessage(replacing);
    const states = await storedStates(member.store, sender.address, gid);
    expect(states).toHaveLength(1);
    expect(Buffer.from(states[0]!.signingPublic!).equals(Buffer.from(fresh.publicKey))).toBe(true);
    for (const { n, bytes } of renewed.reverse()) expect(str(await cipher.decrypt(bytes))).toBe(`new ${n}`);
    // the unread message under the replaced key no longer verifies
    await rejection(cipher.decrypt(old[3]!.bytes), 'BadSignature');
  });

  it('iteration 2^32−1 is rejected cleanly (message, distribution and sender side), without wrap-around or state change', async () => {
    const { sender, members, cipherOf } = await group(0);
    const last = MAX_COUNTER - 1;
    expect(MAX_COUNTER).toBe(0xffff_ffff);
    // stepping the chain 2^32 times is out of reach; the chain key's value does not matter here
    await editLatestState(sender.store, sender.address, gid, (state) => {
      state.iteration = last;
    });
    const skdm = await sender.sending(format).createDistributionMessage();
    expect(decodeSenderKeyDistributionMessage(skdm, format, MAX).iteration).toBe(last);
    expect(members).toHaveLength(0);
    const member = parleyDevice('member');
    const cipher = cipherOf(member);
    await cipher.processDistributionMessage(skdm);
    const { chainId, signingPrivate, chainKey } = await ownState(sender, format);
    // correctly signed and encrypted under the key the chain would give at 2^32−1
    const overflow = craftMessage(format, chainId!, MAX_COUNTER, signingPrivate!, nextSenderChainKey(chainKey!), text('wrapped'));
    expect(decodeSenderKeyMessage(overflow, format, MAX).iteration).toBe(0xffff_ffff);

    let before = member.store.snapshot();
    await rejection(cipher.decrypt(overflow), 'InvalidMessage');
    expect(member.store.snapshot()).toBe(before);

    const [final] = await send(sender, format, last, last + 1);
    expect(decodeSenderKeyMessage(final!.bytes, format, MAX).iteration).toBe(last);
    expect(str(await cipher.decrypt(final!.bytes))).toBe(`msg ${last}`);
    before = member.store.snapshot();
    await rejection(cipher.decrypt(overflow), 'InvalidMessage');
    await rejection(cipher.decrypt(final!.bytes), 'DuplicateMessage');
    expect(member.store.snapshot()).toBe(before);

    const senderBefore = sender.store.snapshot();
    await rejection(sender.sending(format).encrypt(text('one too many')), 'InvalidState');
    expect(sender.store.snapshot()).toBe(senderBefore);

    const exhausted = decodeSenderKeyDistributionMessage(skdm, format, MAX);
    const atMax = encodeSenderKeyDistributionMessage({ ...exhausted, chainId: (exhausted.chainId + 1) % 0x7fff_ffff, iteration: MAX_COUNTER });
    const other = parleyDevice('other');
    const otherBefore = other.store.snapshot();
    await rejection(other.group(sender.address, format).processDistributionMessage(atMax), 'InvalidMessage');
    expect(other.store.snapshot()).toBe(otherBefore);
  });

  it('at most 2,000 skipped keys are kept: after skipping 2,300, the oldest 300 are gone (DuplicateMessage) and the newest 2,000 still decrypt', async () => {
    const { sender, members, cipherOf } = await group(2);
    const [member, accumulating] = members as [ParleyDevice, ParleyDevice];
    const at: Record<number, Uint8Array> = {};
    for (const iteration of [0, 298, 299, 300, 1000, 1500, 2299, 2300]) {
      await advanceOwnChain(sender.store, sender.address, gid, iteration);
      at[iteration] = (await send(sender, format, iteration, iteration + 1))[0]!.bytes;
    }
    // one jump of 2,300
    const cipher = cipherOf(member);
    expect(str(await cipher.decrypt(at[2300]!))).toBe('msg 2300');
    const [state] = await storedStates(member.store, sender.address, gid);
    expect(state!.skipped).toHaveLength(2_000);
    expect(Math.min(...state!.skipped!.map((s) => s.iteration!))).toBe(300);
    for (const i of [2299, 1000, 300]) expect(str(await cipher.decrypt(at[i]!))).toBe(`msg ${i}`);
    const before = member.store.snapshot();
    for (const i of [299, 0]) await rejection(cipher.decrypt(at[i]!), 'DuplicateMessage');
    expect(member.store.snapshot()).toBe(before);

    // two jumps (1,500 then 800) that together skip 2,299 keys: the oldest 299 are evicted
    const second = cipherOf(accumulating);
    expect(str(await second.decrypt(at[1500]!))).toBe('msg 1500');
    expect(str(await second.decrypt(at[2300]!))).toBe('msg 2300');
    const [accumulated] = await storedStates(accumulating.store, sender.address, gid);
    expect(accumulated!.skipped).toHaveLength(2_000);
    for (const i of [299, 2299, 1000]) expect(str(await second.decrypt(at[i]!))).toBe(`msg ${i}`);
    const snapshot = accumulating.store.snapshot();
    for (const i of [298, 0]) await rejection(second.decrypt(at[i]!), 'DuplicateMessage');
    expect(accumulating.store.snapshot()).toBe(snapshot);
  });
});
