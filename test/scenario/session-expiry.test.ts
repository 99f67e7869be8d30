/**
 * Deterministic-context tests: the seeded DRBG/clock helper itself, and the 30-day expiry of an
 * unacknowledged (initiated, never answered) session (limits.maxUnacknowledgedSessionAgeMs).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, processPreKeyBundle } from '../../src/index.js';
import { createDeterministicParty, DEFAULT_START_MS, deterministicContext } from '../support/deterministic.js';
import { rejection, snapshots, str, text, toHexes } from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;

describe('deterministic test context', () => {
  it('the same seed gives the same random stream regardless of how it is sliced; another seed does not', () => {
    const x = deterministicContext('seed');
    const y = deterministicContext('seed');
    const whole = x.randomBytes(100);
    const pieces = [y.randomBytes(1), y.randomBytes(31), y.randomBytes(33), y.randomBytes(35)];
    expect(Buffer.concat(pieces).toString('hex')).toBe(Buffer.from(whole).toString('hex'));
    expect(y.bytesDrawn).toBe(100);
    expect(Buffer.from(deterministicContext('other').randomBytes(100)).equals(Buffer.from(whole))).toBe(false);
  });

  it('the clock starts at the given time and only moves when told', () => {
    const ctx = deterministicContext(1, DEFAULT_START_MS);
    expect(ctx.now()).toBe(DEFAULT_START_MS);
    ctx.advance(1_500);
    expect(ctx.now()).toBe(DEFAULT_START_MS + 1_500);
    ctx.setNow(42);
    expect(ctx.now()).toBe(42);
  });

  it('two worlds from the same seed produce byte-identical stores and ciphertexts', async () => {
    const run = async () => {
      const alice = await createDeterministicParty('alice', { context: deterministicContext('w/alice') });
      const bob = await createDeterministicParty('bob', { context: deterministicContext('w/bob') });
      await processPreKeyBundle(alice.store, bob.address, await bob.bundle(), alice.options);
      const a = alice.cipherFor(bob);
      const b = bob.cipherFor(alice);
      const m1 = await a.encrypt(text('one'));
      await b.decrypt(m1);
      const m2 = await b.encrypt(text('two'));
      await a.decrypt(m2);
      return { bodies: toHexes([m1.body, m2.body]), stores: snapshots(alice, bob) };
    };
    expect(await run()).toEqual(await run());
  });
});

describe('unacknowledged-session expiry (maxUnacknowledgedSessionAgeMs, 30 days)', () => {
  async function initiated(limits?: { maxUnacknowledgedSessionAgeMs: number }) {
    const ctx = deterministicContext('expiry');
    const options = limits === undefined ? { context: ctx } : { context: ctx, limits };
    const alice = await createDeterministicParty('alice', options);
    const bob = await createDeterministicParty('bob', { context: deterministicContext('expiry/bob', ctx.now()) });
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle(), alice.options);
    return { ctx, alice, bob, a: alice.cipherFor(bob), b: bob.cipherFor(alice) };
  }

  it('encrypt works up to 30 days after processPreKeyBundle and fails with SessionNotFound (no state change) once the clock passes it', async () => {
    expect(DEFAULT_LIMITS.maxUnacknowledgedSessionAgeMs).toBe(30 * DAY);
    const { ctx, alice, bob, a, b } = await initiated();
    const early = await a.encrypt(text('day 0'));
    expect(early.type).toBe('prekey');
    ctx.advance(30 * DAY - 1);
    expect((await a.encrypt(text('day 29.99'))).type).toBe('prekey');
    ctx.advance(1); // exactly the limit: still allowed
    expect((await a.encrypt(text('day 30'))).type).toBe('prekey');
    ctx.advance(1);
    const before = snapshots(alice, bob);
    const error = await rejection(a.encrypt(text('too late')), 'SessionNotFound', 'usage');
    expect(error.details.operation).toBe('encrypt');
    expect(snapshots(alice, bob)).toEqual(before);
    // Messages sent before the expiry are still valid for the peer.
    expect(str(await b.decrypt(early))).toBe('day 0');
  });

  it('hasOpenSession reports false once the unacknowledged session has expired (it is no longer usable for sending)', async () => {
    const { ctx, a } = await initiated();
    expect(await a.hasOpenSession()).toBe(true);
    ctx.advance(30 * DAY + 1);
    await rejection(a.encrypt(text('x')), 'SessionNotFound');
    expect(await a.hasOpenSession()).toBe(false);
  });

  it('an acknowledged session never expires: after a reply, encrypt works 31 and 365 days later', async () => {
    const { ctx, a, b } = await initiated();
    expect(str(await b.decrypt(await a.encrypt(text('hello'))))).toBe('hello');
    expect(str(await a.decrypt(await b.encrypt(text('reply'))))).toBe('reply');
    ctx.advance(31 * DAY);
    const m = await a.encrypt(text('a month later'));
    expect(m.type).toBe('message');
    expect(str(await b.decrypt(m))).toBe('a month later');
    ctx.advance(334 * DAY);
    expect(str(await b.decrypt(await a.encrypt(text('a year later'))))).toBe('a year later');
  });

  it('a configured limit (1 s) is honoured, and a fresh bundle after the expiry gives a working session again', async () => {
    const { ctx, alice, bob, a, b } = await initiated({ maxUnacknowledgedSessionAgeMs: 1_000 });
    expect((await a.encrypt(text('now'))).type).toBe('prekey');
    ctx.advance(1_001);
    await rejection(a.encrypt(text('late')), 'SessionNotFound');
    await processPreKeyBundle(alice.store, bob.address, await bob.bundle(), alice.options);
    const fresh = await a.encrypt(text('fresh'));
    expect(fresh.type).toBe('prekey');
    expect(str(await b.decrypt(fresh))).toBe('fresh');
  });
});
