// LanguagePackCache on a fake clock, a fake fetcher and a fake scheduler: 31-day refresh, 5-minute
// retry, stale-while-failing, coalesced downloads, forged and older packs never replacing good ones.
import { describe, expect, it, vi } from 'vitest';
import { createLanguagePack, type LanguagePack, type LanguagePackInput } from '../../src/content/language-pack.js';
import {
  LANGUAGE_PACK_REFRESH_MS,
  LANGUAGE_PACK_RETRY_MS,
  LanguagePackCache,
  type LanguagePackCacheOptions,
  type PackScheduler,
} from '../../src/content/pack-cache.js';
import { ProtocolError } from '../../src/errors.js';
import { generateIdentityKeyPair } from '../../src/keys/identity.js';
import { deterministicContext } from '../support/deterministic.js';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const NS = 'acme_ns';

const signer = deterministicContext('pack-cache-signer');
const business = generateIdentityKeyPair({ context: signer });
const forger = generateIdentityKeyPair({ context: signer });

function packBytes(version: number, opts: { key?: Uint8Array; lg?: string; lc?: string; namespace?: string } = {}): Uint8Array {
  const input: LanguagePackInput = {
    namespace: opts.namespace ?? NS,
    lg: opts.lg ?? 'en',
    ...(opts.lc !== undefined ? { lc: opts.lc } : {}),
    version,
    issuedAtMs: 1_000 * version,
    elements: [{ name: 'greeting', category: 'utility', body: `Hello {{1}} (v${version})`, buttons: [] }],
  };
  return createLanguagePack(input, opts.key ?? business.privateKey, { context: signer });
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run (the fetcher is async, then verification, then bookkeeping). */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

class FakeScheduler implements PackScheduler {
  timers = new Map<number, { at: number; callback: () => void; delay: number }>();
  #next = 1;
  constructor(private readonly clock: { now(): number }) {}
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#next++;
    this.timers.set(id, { at: this.clock.now() + ms, callback, delay: ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Fires every timer whose time has come on the fake clock. */
  runDue(): number {
    let fired = 0;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at <= this.clock.now()) {
        this.timers.delete(id);
        timer.callback();
        fired++;
      }
    }
    return fired;
  }
}

function setup(opts: { scheduler?: boolean; options?: LanguagePackCacheOptions } = {}) {
  const clock = deterministicContext('pack-cache-clock', Date.UTC(2024, 0, 1));
  const responses: (() => Promise<Uint8Array>)[] = [];
  const fetcher = vi.fn((_namespace: string, _lg: string, _lc?: string): Promise<Uint8Array> => {
    const next = responses.shift();
    if (next === undefined) return Promise.reject(new Error('no response queued'));
    return next();
  });
  const businessKey = vi.fn((_namespace: string): Promise<Uint8Array> | Uint8Array => business.publicKey);
  const scheduler = opts.scheduler === true ? new FakeScheduler(clock) : undefined;
  const cache = new LanguagePackCache({
    fetcher,
    businessKey,
    clock,
    ...(scheduler !== undefined ? { scheduler } : {}),
    ...(opts.options !== undefined ? { options: opts.options } : {}),
  });
  return {
    clock,
    cache,
    fetcher,
    businessKey,
    scheduler,
    serve: (bytes: Uint8Array) => responses.push(() => Promise.resolve(bytes)),
    fail: (error: unknown = new Error('offline')) => responses.push(() => Promise.reject(error)),
    hold: () => {
      const d = deferred<Uint8Array>();
      responses.push(() => d.promise);
      return d;
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<ProtocolError> {
  try {
    await promise;
  } catch (e) {
    if (ProtocolError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('LanguagePackCache', () => {
  it('downloads, verifies and caches a pack, then serves it without fetching', async () => {
    const t = setup();
    t.serve(packBytes(1, { lc: 'US' }));
    const pack = await t.cache.get(NS, 'en', 'US');
    expect(pack.version).toBe(1);
    expect(pack.element('greeting')?.body).toBe('Hello {{1}} (v1)');
    expect(t.fetcher).toHaveBeenCalledTimes(1);
    expect(t.fetcher).toHaveBeenCalledWith(NS, 'en', 'US');
    expect(t.businessKey).toHaveBeenCalledWith(NS);
    t.clock.advance(30 * DAY);
    expect(await t.cache.get(NS, 'en', 'US')).toBe(pack);
    expect(t.cache.peek(NS, 'en', 'US')).toBe(pack);
    expect(t.fetcher).toHaveBeenCalledTimes(1);
    expect(t.cache.status(NS, 'en', 'US')).toEqual({
      downloading: false,
      version: 1,
      fetchedAtMs: Date.UTC(2024, 0, 1),
      refreshDueAtMs: Date.UTC(2024, 0, 1) + 31 * DAY,
    });
  });

  it('keeps language-only and localized packs apart, and passes no locale for a language-only pack', async () => {
    const t = setup();
    t.serve(packBytes(1));
    t.serve(packBytes(2, { lc: 'GB' }));
    expect((await t.cache.get(NS, 'en')).version).toBe(1);
    expect(t.fetcher.mock.calls[0]).toEqual([NS, 'en']);
    expect((await t.cache.get(NS, 'en', 'GB')).version).toBe(2);
    expect(t.cache.peek(NS, 'en')?.version).toBe(1);
    expect(t.cache.peek(NS, 'en', 'US')).toBeUndefined();
    expect(t.cache.peek(NS, 'EN')).toBeUndefined();
  });

  it('coalesces concurrent requests for one pack onto one download', async () => {
    const t = setup();
    const held = t.hold();
    const gets = Array.from({ length: 5 }, () => t.cache.get(NS, 'en'));
    await flush();
    expect(t.fetcher).toHaveBeenCalledTimes(1);
    expect(t.cache.status(NS, 'en')?.downloading).toBe(true);
    held.resolve(packBytes(4));
    const packs = await Promise.all(gets);
    expect(new Set(packs).size).toBe(1);
    expect(packs[0]!.version).toBe(4);
    expect(t.fetcher).toHaveBeenCalledTimes(1);
    expect(t.cache.status(NS, 'en')?.downloading).toBe(false);
  });

  it('coalesced requests all see the failure of the shared download', async () => {
    const t = setup();
    const held = t.hold();
    const gets = [t.cache.get(NS, 'en'), t.cache.get(NS, 'en')];
    held.reject(new Error('offline'));
    const errors = await Promise.all(gets.map(rejection));
    expect(errors.map((e) => e.code)).toEqual(['StoreFailure', 'StoreFailure']);
    expect(t.fetcher).toHaveBeenCalledTimes(1);
  });

  it('refreshes a pack 31 days old in the background, serving the cached one meanwhile', async () => {
    const t = setup();
    t.serve(packBytes(1));
    const v1 = await t.cache.get(NS, 'en');
    t.clock.advance(31 * DAY - 1);
    expect(await t.cache.get(NS, 'en')).toBe(v1);
    expect(t.fetcher).toHaveBeenCalledTimes(1);

    t.clock.advance(1);
    const held = t.hold();
    expect(await t.cache.get(NS, 'en')).toBe(v1); // immediately, while the refresh is pending
    expect(t.fetcher).toHaveBeenCalledTimes(2);
    expect(await t.cache.get(NS, 'en')).toBe(v1); // the refresh in flight is not started twice
    expect(t.fetcher).toHaveBeenCalledTimes(2);

    held.resolve(packBytes(2));
    await flush();
    const v2 = await t.cache.get(NS, 'en');
    expect(v2.version).toBe(2);
    expect(t.cache.status(NS, 'en')?.fetchedAtMs).toBe(t.clock.now());
    t.clock.advance(31 * DAY - 1);
    expect(await t.cache.get(NS, 'en')).toBe(v2);
    expect(t.fetcher).toHaveBeenCalledTimes(2);
  });

  it('keeps serving the old pack when a refresh fails, and retries no sooner than 5 minutes later', async () => {
    const t = setup();
    t.serve(packBytes(1));
    const v1 = await t.cache.get(NS, 'en');
    t.clock.advance(40 * DAY);
    t.fail();
    expect(await t.cache.get(NS, 'en')).toBe(v1);
    await flush();
    const failedAt = t.clock.now();
    expect(t.cache.status(NS, 'en')).toMatchObject({ lastFailureAtMs: failedAt, retryNotBeforeMs: failedAt + 5 * MINUTE, version: 1 });

    for (const step of [1, MINUTE, 4 * MINUTE - 2]) {
      t.clock.advance(step);
      expect(await t.cache.get(NS, 'en')).toBe(v1);
    }
    expect(t.fetcher).toHaveBeenCalledTimes(2);

    t.clock.advance(1); // exactly 5 minutes after the failure
    t.serve(packBytes(2));
    expect(await t.cache.get(NS, 'en')).toBe(v1);
    expect(t.fetcher).toHaveBeenCalledTimes(3);
    await flush();
    expect((await t.cache.get(NS, 'en')).version).toBe(2);
    expect(t.cache.status(NS, 'en')?.lastFailureAtMs).toBeUndefined();
  });

  it('rejects a pack never fetched when its download fails, and backs off for 5 minutes without fetching', async () => {
    const t = setup();
    const cause = new Error('offline');
    t.fail(cause);
    const first = await rejection(t.cache.get(NS, 'en'));
    expect(first.code).toBe('StoreFailure');
    expect(first.details.operation).toBe('languagePackFetch');
    expect(first.cause).toBe(cause);

    t.clock.advance(5 * MINUTE - 1);
    const second = await rejection(t.cache.get(NS, 'en'));
    expect(second.code).toBe('StoreFailure');
    expect(second.cause).toBe(first);
    expect(second.message).toContain('next attempt not before');
    expect(t.fetcher).toHaveBeenCalledTimes(1);

    t.clock.advance(1);
    t.serve(packBytes(1));
    expect((await t.cache.get(NS, 'en')).version).toBe(1);
    expect(t.fetcher).toHaveBeenCalledTimes(2);
  });

  it('wraps a failing business-key lookup as StoreFailure and backs off the same way', async () => {
    const t = setup();
    t.businessKey.mockImplementationOnce(() => {
      throw new Error('directory down');
    });
    t.serve(packBytes(1)); // the download itself would succeed
    const e = await rejection(t.cache.get(NS, 'en'));
    expect(e.code).toBe('StoreFailure');
    expect(e.details.operation).toBe('languagePackBusinessKey');
    expect((await rejection(t.cache.get(NS, 'en'))).code).toBe('StoreFailure');
    expect(t.businessKey).toHaveBeenCalledTimes(1);

    // An async key lookup works too.
    t.clock.advance(5 * MINUTE);
    t.businessKey.mockImplementationOnce(async () => business.publicKey);
    t.serve(packBytes(1));
    expect((await t.cache.get(NS, 'en')).version).toBe(1);
  });

  it('never replaces a good pack with a forged one, and rejects a forged first pack with BadSignature', async () => {
    const t = setup();
    t.serve(packBytes(1));
    const good = await t.cache.get(NS, 'en');
    t.clock.advance(31 * DAY);
    t.serve(packBytes(9, { key: forger.privateKey }));
    expect(await t.cache.get(NS, 'en')).toBe(good);
    await flush();
    expect(await t.cache.get(NS, 'en')).toBe(good);
    expect(t.cache.peek(NS, 'en')).toBe(good);
    expect(t.cache.status(NS, 'en')?.lastFailureAtMs).toBe(t.clock.now());

    // A tampered byte is the same as a forgery.
    t.clock.advance(5 * MINUTE);
    const tampered = packBytes(10);
    const at = Buffer.from(tampered).indexOf('Hello', 0, 'utf8');
    tampered[at] = tampered[at]! ^ 0x01;
    t.serve(tampered);
    await t.cache.get(NS, 'en');
    await flush();
    expect(t.cache.peek(NS, 'en')).toBe(good);

    const fresh = setup();
    fresh.serve(packBytes(1, { key: forger.privateKey }));
    expect((await rejection(fresh.cache.get(NS, 'en'))).code).toBe('BadSignature');
    const again = await rejection(fresh.cache.get(NS, 'en'));
    expect(again.code).toBe('BadSignature');
    expect(fresh.fetcher).toHaveBeenCalledTimes(1);
  });

  it('never replaces a newer pack with an older version; the same version counts as a refresh', async () => {
    const t = setup();
    t.serve(packBytes(5));
    const v5 = await t.cache.get(NS, 'en');
    t.clock.advance(31 * DAY);
    t.serve(packBytes(4));
    await t.cache.get(NS, 'en');
    await flush();
    expect(t.cache.peek(NS, 'en')).toBe(v5);
    const status = t.cache.status(NS, 'en')!;
    expect(status.lastFailureAtMs).toBe(t.clock.now());
    expect(status.fetchedAtMs).toBe(Date.UTC(2024, 0, 1));

    t.clock.advance(5 * MINUTE);
    t.serve(packBytes(5));
    await t.cache.get(NS, 'en');
    await flush();
    expect(t.cache.peek(NS, 'en')).toBe(v5);
    expect(t.cache.status(NS, 'en')).toMatchObject({ fetchedAtMs: t.clock.now(), downloading: false });
    expect(t.cache.status(NS, 'en')?.lastFailureAtMs).toBeUndefined();
    expect(t.fetcher).toHaveBeenCalledTimes(3);
  });

  it('rejects a pack for another namespace, language or locale than requested', async () => {
    const cases: [Uint8Array, string, string | undefined, string][] = [
      [packBytes(1, { lg: 'de' }), 'en', undefined, 'lg'],
      [packBytes(1, { lc: 'GB' }), 'en', 'US', 'lc'],
      [packBytes(1, { lc: 'GB' }), 'en', undefined, 'lc'],
      [packBytes(1, { namespace: 'other_ns' }), 'en', undefined, 'namespace'],
    ];
    for (const [bytes, lg, lc, field] of cases) {
      const t = setup();
      t.serve(bytes);
      const e = await rejection(t.cache.get(NS, lg, lc));
      expect([e.code, e.details.field]).toEqual(['InvalidMessage', field]);
      expect(t.cache.peek(NS, lg, lc)).toBeUndefined();
    }
  });

  it('rejects malformed requests with InvalidArgument, and peek/status never throw', async () => {
    const t = setup();
    expect((await rejection(t.cache.get('', 'en'))).details.field).toBe('namespace');
    expect((await rejection(t.cache.get(NS, 'EN'))).details.field).toBe('lg');
    expect((await rejection(t.cache.get(NS, 'en', 'us'))).details.field).toBe('lc');
    expect(t.cache.peek(NS, 'english')).toBeUndefined();
    expect(t.cache.status('', 'en')).toBeUndefined();
    expect(t.fetcher).not.toHaveBeenCalled();
    expect(() => new LanguagePackCache({ fetcher: t.fetcher, businessKey: t.businessKey, clock: t.clock, options: { retryIntervalMs: 0 } })).toThrowError(
      expect.objectContaining({ code: 'InvalidArgument', details: expect.objectContaining({ field: 'retryIntervalMs' }) }),
    );
    expect(() => new LanguagePackCache({ fetcher: t.fetcher, businessKey: t.businessKey, clock: {} as { now(): number } })).toThrowError(
      expect.objectContaining({ code: 'InvalidArgument' }),
    );
  });

  it('uses configured intervals', async () => {
    const t = setup({ options: { refreshIntervalMs: 1_000, retryIntervalMs: 100 } });
    t.serve(packBytes(1));
    await t.cache.get(NS, 'en');
    t.clock.advance(1_000);
    t.fail();
    await t.cache.get(NS, 'en');
    await flush();
    t.clock.advance(99);
    await t.cache.get(NS, 'en');
    expect(t.fetcher).toHaveBeenCalledTimes(2);
    t.clock.advance(1);
    t.serve(packBytes(2));
    await t.cache.get(NS, 'en');
    await flush();
    expect(t.cache.peek(NS, 'en')?.version).toBe(2);
    expect(LANGUAGE_PACK_REFRESH_MS).toBe(31 * DAY);
    expect(LANGUAGE_PACK_RETRY_MS).toBe(5 * MINUTE);
  });

  it('drops the least recently used entries beyond maxEntries', async () => {
    const t = setup({ options: { maxEntries: 2 } });
    t.serve(packBytes(1, { lg: 'en' }));
    t.serve(packBytes(1, { lg: 'de' }));
    t.serve(packBytes(1, { lg: 'fr' }));
    await t.cache.get(NS, 'en');
    await t.cache.get(NS, 'de');
    await t.cache.get(NS, 'en'); // en is now the most recently used
    await t.cache.get(NS, 'fr');
    expect(t.cache.peek(NS, 'de')).toBeUndefined();
    expect(t.cache.peek(NS, 'en')?.lg).toBe('en');
    expect(t.cache.peek(NS, 'fr')?.lg).toBe('fr');
  });

  describe('with a scheduler', () => {
    it('refreshes when the pack is due without waiting for a get, re-arming timers longer than setTimeout allows', async () => {
      const t = setup({ scheduler: true });
      const scheduler = t.scheduler!;
      t.serve(packBytes(1));
      await t.cache.get(NS, 'en');
      expect([...scheduler.timers.values()].map((x) => x.delay)).toEqual([0x7fff_ffff]);

      t.clock.advance(0x7fff_ffff);
      expect(scheduler.runDue()).toBe(1);
      expect(t.fetcher).toHaveBeenCalledTimes(1); // not due yet: re-armed for the rest
      expect([...scheduler.timers.values()].map((x) => x.delay)).toEqual([31 * DAY - 0x7fff_ffff]);

      t.clock.advance(31 * DAY - 0x7fff_ffff);
      t.serve(packBytes(2));
      expect(scheduler.runDue()).toBe(1);
      expect(t.fetcher).toHaveBeenCalledTimes(2);
      await flush();
      expect(t.cache.peek(NS, 'en')?.version).toBe(2);
      expect(scheduler.timers.size).toBe(1);
    });

    it('retries a failed refresh 5 minutes later, and dispose() cancels everything', async () => {
      const t = setup({ scheduler: true });
      const scheduler = t.scheduler!;
      t.serve(packBytes(1));
      await t.cache.get(NS, 'en');
      t.clock.advance(31 * DAY);
      t.fail();
      scheduler.runDue();
      await flush();
      expect(t.fetcher).toHaveBeenCalledTimes(2);
      expect([...scheduler.timers.values()].map((x) => x.delay)).toEqual([5 * MINUTE]);

      t.clock.advance(5 * MINUTE);
      t.serve(packBytes(2));
      scheduler.runDue();
      await flush();
      expect(t.cache.peek(NS, 'en')?.version).toBe(2);

      t.cache.dispose();
      expect(scheduler.timers.size).toBe(0);
      t.clock.advance(40 * DAY);
      t.serve(packBytes(3));
      expect((await t.cache.get(NS, 'en')).version).toBe(2); // still refreshes lazily on get
      await flush();
      expect(t.cache.peek(NS, 'en')?.version).toBe(3);
      expect(scheduler.timers.size).toBe(0);
    });

    it('arms no timer for a pack that was never fetched', async () => {
      const t = setup({ scheduler: true });
      t.fail();
      await rejection(t.cache.get(NS, 'en'));
      expect(t.scheduler!.timers.size).toBe(0);
    });
  });

  it('produces no unhandled rejections from failed background refreshes', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const t = setup();
      t.serve(packBytes(1));
      await t.cache.get(NS, 'en');
      t.clock.advance(31 * DAY);
      t.fail();
      await t.cache.get(NS, 'en');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('returns packs that are usable by the renderer (frozen, with element lookup)', async () => {
    const t = setup();
    t.serve(packBytes(1));
    const pack: LanguagePack = await t.cache.get(NS, 'en');
    expect(Object.isFrozen(pack)).toBe(true);
    expect(pack.element('greeting')?.category).toBe('utility');
  });
});
