// GroupSender: fan-out of the sender's distribution message over 1:1 sessions, tracking of who has
// it, re-sending on identity change, missing sessions, and rotation on member removal
// (RELIABILITY.md §3 F11: invalidate tracking on device-list or identity changes, rotate on removal).
import { describe, expect, it } from 'vitest';
import {
  type DistributionTracking,
  type FanOutResult,
  GroupCipher,
  GroupSender,
  processPreKeyBundle,
  type ProtocolAddress,
  type SenderKeyFormat,
  SessionRecord,
  toHex,
} from '../../src/index.js';
import { decodeSenderKeyDistributionMessage } from '../../src/wire/sender-key-codec.js';
import { groupIdFor, rejection, str, text } from '../support/group-peers.js';
import { createParty, type Party } from '../support/parties.js';

const MAX = 1 << 20;
const key = (a: ProtocolAddress) => a.toString();
const sortedKeys = (addresses: readonly ProtocolAddress[]) => addresses.map(key).sort();

async function connect(from: Party, to: Party): Promise<void> {
  await processPreKeyBundle(from.store, to.address, await to.bundle(), from.options);
}

describe.each(['whatsapp', 'signal'] as const)('GroupSender fan-out, %s format', (format: SenderKeyFormat) => {
  const gid = groupIdFor(format);

  async function setup() {
    const boss = await createParty('boss', {}, 1);
    const devices: Party[] = [];
    for (const name of ['m1', 'm2', 'm3']) for (const id of [1, 2]) devices.push(await createParty(name, {}, id));
    for (const device of devices) await connect(boss, device);
    return { boss, devices };
  }

  /** Each recipient decrypts its message over the 1:1 session and processes the distribution. */
  async function receive(boss: Party, result: FanOutResult, recipients: readonly Party[]): Promise<number[]> {
    const chainIds: number[] = [];
    for (const { address, message } of result.messages) {
      const device = recipients.find((d) => key(d.address) === key(address));
      if (device === undefined) throw new Error(`message for unexpected device ${key(address)}`);
      const skdm = await device.cipherFor(boss).decrypt(message);
      chainIds.push(decodeSenderKeyDistributionMessage(skdm, format, MAX).chainId);
      await new GroupCipher(device.store, boss.address, gid, format).processDistributionMessage(skdm);
    }
    return chainIds;
  }

  const readerOf = (device: Party, boss: Party) => new GroupCipher(device.store, boss.address, gid, format);

  it('distributes exactly one encrypted SKDM per device, which each device decrypts and processes; a second distribute sends nothing', async () => {
    const { boss, devices } = await setup();
    const sender = new GroupSender(boss.store, boss.address, gid, format);
    const addresses = devices.map((d) => d.address);
    const result = await sender.distribute([...addresses, boss.address]); // our own address is skipped
    expect(result.rotated).toBe(false);
    expect(result.missingSession).toEqual([]);
    expect(sortedKeys(result.messages.map((m) => m.address))).toEqual(sortedKeys(addresses));
    const current = decodeSenderKeyDistributionMessage(await sender.cipher.createDistributionMessage(), format, MAX).chainId;
    expect(await receive(boss, result, devices)).toEqual(devices.map(() => current));
    for (const device of devices) expect(await sender.hasCurrentKey(device.address)).toBe(true);

    const groupMessage = await sender.encrypt(text('hello group'));
    for (const device of devices) expect(str(await readerOf(device, boss).decrypt(groupMessage))).toBe('hello group');

    const again = await sender.distribute(addresses);
    expect(again.messages).toEqual([]);
    expect(again.missingSession).toEqual([]);
    expect(again.rotated).toBe(false);
  });

  it('re-sends to a device whose identity changed (reinstalled, session re-established), and only to it', async () => {
    const { boss, devices } = await setup();
    const sender = new GroupSender(boss.store, boss.address, gid, format);
    const addresses = devices.map((d) => d.address);
    await receive(boss, await sender.distribute(addresses), devices);

    const index = devices.findIndex((d) => key(d.address) === 'm2.2');
    const reinstalled = await createParty('m2', {}, 2);
    const bundle = await reinstalled.bundle();
    const oldIdentity = await boss.store.getIdentity(reinstalled.address);
    expect(toHex(oldIdentity!)).not.toBe(toHex(bundle.identityKey));
    await boss.store.saveIdentity(reinstalled.address, bundle.identityKey); // the application accepts the new key
    await processPreKeyBundle(boss.store, reinstalled.address, bundle, boss.options);
    expect(toHex((await boss.store.getIdentity(reinstalled.address))!)).toBe(toHex(bundle.identityKey));
    devices[index] = reinstalled;

    const result = await sender.distribute(addresses);
    expect(result.rotated).toBe(false);
    expect(sortedKeys(result.messages.map((m) => m.address))).toEqual(['m2.2']);
    await receive(boss, result, devices);
    const groupMessage = await sender.encrypt(text('after reinstall'));
    for (const device of devices) expect(str(await readerOf(device, boss).decrypt(groupMessage))).toBe('after reinstall');
  });

  it('lists devices without a session in missingSession, sends them nothing, and sends once a session exists', async () => {
    const { boss, devices } = await setup();
    const newcomer = await createParty('m4', {}, 1);
    const sender = new GroupSender(boss.store, boss.address, gid, format);
    const addresses = [...devices.map((d) => d.address), newcomer.address];
    const result = await sender.distribute(addresses);
    expect(sortedKeys(result.missingSession)).toEqual(['m4.1']);
    expect(result.messages.map((m) => key(m.address))).not.toContain('m4.1');
    expect(result.messages).toHaveLength(devices.length);
    expect(Object.keys(sender.tracking)).not.toContain('m4.1');
    expect(await sender.hasCurrentKey(newcomer.address)).toBe(false);
    await receive(boss, result, devices);

    await connect(boss, newcomer);
    const next = await sender.distribute(addresses);
    expect(next.missingSession).toEqual([]);
    expect(next.rotated).toBe(false);
    expect(sortedKeys(next.messages.map((m) => m.address))).toEqual(['m4.1']);
    await receive(boss, next, [newcomer]);
    expect(str(await readerOf(newcomer, boss).decrypt(await sender.encrypt(text('welcome'))))).toBe('welcome');
  });

  it('removing a member rotates the key: the removed member cannot decrypt later messages, the others get the new distribution and can', async () => {
    const { boss, devices } = await setup();
    const sender = new GroupSender(boss.store, boss.address, gid, format);
    const first = await sender.distribute(devices.map((d) => d.address));
    const [oldChain] = await receive(boss, first, devices);
    const before = await sender.encrypt(text('before removal'));

    const removed = devices.filter((d) => d.name === 'm3');
    const remaining = devices.filter((d) => d.name !== 'm3');
    const result = await sender.distribute(remaining.map((d) => d.address));
    expect(result.rotated).toBe(true);
    expect(result.missingSession).toEqual([]);
    expect(sortedKeys(result.messages.map((m) => m.address))).toEqual(sortedKeys(remaining.map((d) => d.address)));
    const newChains = await receive(boss, result, remaining);
    expect(new Set(newChains).size).toBe(1);
    expect(newChains[0]).not.toBe(oldChain);
    for (const device of removed) expect(await sender.hasCurrentKey(device.address)).toBe(false);

    const after = await sender.encrypt(text('after removal'));
    for (const device of remaining) expect(str(await readerOf(device, boss).decrypt(after))).toBe('after removal');
    for (const device of removed) {
      const snapshot = device.store.snapshot();
      await rejection(readerOf(device, boss).decrypt(after), 'SessionNotFound');
      expect(device.store.snapshot()).toBe(snapshot);
      // what they received while members stays readable
      expect(str(await readerOf(device, boss).decrypt(before))).toBe('before removal');
    }
  });

  it('tracking survives via the `tracking` getter (JSON) and the constructor option', async () => {
    const { boss, devices } = await setup();
    const sender = new GroupSender(boss.store, boss.address, gid, format);
    const addresses = devices.map((d) => d.address);
    await receive(boss, await sender.distribute(addresses), devices);

    const saved = JSON.stringify(sender.tracking);
    const tracking = JSON.parse(saved) as DistributionTracking;
    expect(Object.keys(tracking).sort()).toEqual(sortedKeys(addresses));
    // the getter hands out a copy
    const copy = sender.tracking;
    delete (copy as Record<string, unknown>)['m1.1'];
    expect(JSON.stringify(sender.tracking)).toBe(saved);

    // a restarted sender given the tracking sends nothing …
    const restarted = new GroupSender(boss.store, boss.address, gid, format, { tracking });
    const again = await restarted.distribute(addresses);
    expect(again.messages).toEqual([]);
    expect(again.rotated).toBe(false);
    expect(JSON.stringify(restarted.tracking)).toBe(saved);
    // … whereas one without it would send to everyone again
    const amnesiac = new GroupSender(boss.store, boss.address, gid, format);
    expect(await amnesiac.hasCurrentKey(devices[0]!.address)).toBe(false);

    // and the restored tracking still knows who holds the key: a removal rotates
    const remaining = devices.filter((d) => d.name !== 'm1');
    const removal = await restarted.distribute(remaining.map((d) => d.address));
    expect(removal.rotated).toBe(true);
    expect(sortedKeys(removal.messages.map((m) => m.address))).toEqual(sortedKeys(remaining.map((d) => d.address)));
    await receive(boss, removal, remaining);
    const after = await restarted.encrypt(text('restarted'));
    for (const device of remaining) expect(str(await readerOf(device, boss).decrypt(after))).toBe('restarted');
    for (const device of devices.filter((d) => d.name === 'm1')) await rejection(readerOf(device, boss).decrypt(after), 'SessionNotFound');
  });

  it('a device that was sent the key and then invalidated (e.g. it reported a decrypt failure) still forces a rotation when it is removed', async () => {
    const { boss, devices } = await setup();
    const sender = new GroupSender(boss.store, boss.address, gid, format);
    await receive(boss, await sender.distribute(devices.map((d) => d.address)), devices);
    const leaver = devices.find((d) => key(d.address) === 'm3.1')!;
    sender.invalidate(leaver.address);

    const remaining = devices.filter((d) => d !== leaver);
    const result = await sender.distribute(remaining.map((d) => d.address));
    await receive(boss, result, remaining);
    const secret = await sender.encrypt(text('secret'));
    for (const device of remaining) expect(str(await readerOf(device, boss).decrypt(secret))).toBe('secret');
    // m3.1 holds the key it was sent: without a rotation it reads everything sent after its removal
    await rejection(readerOf(leaver, boss).decrypt(secret), 'SessionNotFound');
    expect(result.rotated).toBe(true);
  });

  it('a device that was sent the key, then lost its session (identity change, session archived) and was removed, still forces a rotation', async () => {
    const { boss, devices } = await setup();
    const sender = new GroupSender(boss.store, boss.address, gid, format);
    await receive(boss, await sender.distribute(devices.map((d) => d.address)), devices);
    const leaver = devices.find((d) => key(d.address) === 'm3.2')!;

    // the application learns of a new identity for m3.2 and archives its session, as on an identity change
    const newIdentity = (await createParty('m3', {}, 2)).store;
    await boss.store.saveIdentity(leaver.address, (await newIdentity.getIdentityKeyPair()).publicKey);
    const record = await boss.store.loadSession(leaver.address);
    await boss.store.storeSession(leaver.address, (record ?? SessionRecord.empty()).withCurrentArchived(40));
    const retry = await sender.distribute(devices.map((d) => d.address));
    expect(sortedKeys(retry.missingSession)).toEqual(['m3.2']);

    // m3 then leaves the group with that device only partly re-keyed
    const remaining = devices.filter((d) => d !== leaver);
    const result = await sender.distribute(remaining.map((d) => d.address));
    await receive(boss, result, remaining);
    const secret = await sender.encrypt(text('secret'));
    for (const device of remaining) expect(str(await readerOf(device, boss).decrypt(secret))).toBe('secret');
    // the old m3.2 install still holds the key it was sent: it must not read what follows its removal
    await rejection(readerOf(leaver, boss).decrypt(secret), 'SessionNotFound');
    expect(result.rotated).toBe(true);
  });
});
