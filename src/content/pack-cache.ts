import { callStore, ProtocolError } from '../errors.js';
import { type LanguagePack, type LanguagePackOptions, resolveLanguagePackLimits, verifyLanguagePack } from './language-pack.js';

/**
 * A receiver's cache of verified language packs (shared/docs/BUSINESS.md §1.4, §9), keyed by
 * namespace + lg + lc.
 *
 * - `get` serves the cached pack at once. Without one it downloads, verifies and caches the pack;
 *   concurrent requests for the same pack share one download.
 * - A pack fetched `refreshIntervalMs` (default 31 days) ago or more is refreshed in the
 *   background; callers keep getting the cached one meanwhile. Age counts from when this cache
 *   fetched the pack (its clock), not from the pack's issue time, so a business clock cannot make
 *   packs stale or fresh.
 * - A failed download (fetcher or businessKey failure, a pack that does not verify, a pack for
 *   another namespace or language, or a version older than the cached one) leaves the cached pack
 *   in place, and no new download for that pack starts until `retryIntervalMs` (default 5 minutes)
 *   after the failure. A pack never fetched successfully makes `get` reject with the failure's
 *   error; during the back-off `get` rejects at once, with the same code, without fetching.
 * - A downloaded pack replaces the cached one only when its version is higher. The same version
 *   counts as a successful refresh and keeps the cached copy; a lower version is a failure.
 * - Everything runs on the injected clock. The optional scheduler starts refreshes and retries of
 *   cached packs without waiting for a `get`; each timer re-checks the clock when it fires, and no
 *   timer is longer than 2^31−1 ms (setTimeout's limit; 31 days is longer). With Node timers, pass
 *   a scheduler that unref()s them if they should not keep the process alive, and call dispose().
 * - At most `maxEntries` packs (and failure records) are kept; the least recently used entry
 *   without a download in flight is dropped first, and a dropped pack's version is forgotten.
 * - The fetcher is expected to time out on its own: a download that never settles blocks new
 *   downloads of that pack (cached copies are still served).
 */

export interface PackClock {
  now(): number;
}

/** setTimeout/clearTimeout-like; handles are opaque. */
export interface PackScheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Downloads the SignedLanguagePack bytes of one pack. */
export type PackFetcher = (namespace: string, lg: string, lc?: string) => Promise<Uint8Array>;

/** The business identity key (33 bytes, 0x05 ‖ u) that signs the packs of `namespace`. */
export type BusinessKeyLookup = (namespace: string) => Promise<Uint8Array> | Uint8Array;

export interface LanguagePackCacheOptions extends LanguagePackOptions {
  /** Age at which a cached pack is refreshed; default {@link LANGUAGE_PACK_REFRESH_MS}. */
  readonly refreshIntervalMs?: number;
  /** Earliest retry after a failed download; default {@link LANGUAGE_PACK_RETRY_MS}. */
  readonly retryIntervalMs?: number;
  /** Most packs kept; default 500. */
  readonly maxEntries?: number;
}

export interface LanguagePackCacheConfig {
  readonly fetcher: PackFetcher;
  readonly businessKey: BusinessKeyLookup;
  readonly clock: PackClock;
  readonly scheduler?: PackScheduler;
  readonly options?: LanguagePackCacheOptions;
}

/** What the cache knows about one pack (for diagnostics and tests). */
export interface PackCacheStatus {
  readonly version?: number;
  readonly fetchedAtMs?: number;
  /** When the cached pack becomes due for a refresh. */
  readonly refreshDueAtMs?: number;
  readonly lastFailureAtMs?: number;
  /** No download starts before this time. */
  readonly retryNotBeforeMs?: number;
  readonly downloading: boolean;
}

export const LANGUAGE_PACK_REFRESH_MS = 31 * 24 * 60 * 60 * 1000;
export const LANGUAGE_PACK_RETRY_MS = 5 * 60 * 1000;
const DEFAULT_MAX_ENTRIES = 500;
const MAX_TIMER_MS = 0x7fff_ffff;

const LANGUAGE = /^[a-z]{2,3}$/;
const REGION = /^(?:[A-Z]{2}|[0-9]{3})$/;

interface Failure {
  readonly atMs: number;
  readonly error: ProtocolError;
}

interface Entry {
  readonly namespace: string;
  readonly lg: string;
  readonly lc: string | undefined;
  pack: LanguagePack | undefined;
  fetchedAtMs: number;
  failure: Failure | undefined;
  inFlight: Promise<LanguagePack> | undefined;
  timer: { handle: unknown } | undefined;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ProtocolError('InvalidArgument', `"${name}" expected a positive integer, got ${String(value)}`, { field: name });
  }
  return value;
}

function label(entry: { namespace: string; lg: string; lc: string | undefined }): string {
  return `${entry.namespace.slice(0, 64)}/${entry.lc === undefined ? entry.lg : `${entry.lg}_${entry.lc}`}`;
}

export class LanguagePackCache {
  readonly #fetcher: PackFetcher;
  readonly #businessKey: BusinessKeyLookup;
  readonly #clock: PackClock;
  readonly #scheduler: PackScheduler | undefined;
  readonly #verifyOptions: LanguagePackOptions;
  readonly #refreshMs: number;
  readonly #retryMs: number;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, Entry>();
  #disposed = false;

  constructor(config: LanguagePackCacheConfig) {
    if (typeof config !== 'object' || config === null) {
      throw new ProtocolError('InvalidArgument', '"config" expected an object', { field: 'config' });
    }
    for (const name of ['fetcher', 'businessKey'] as const) {
      if (typeof config[name] !== 'function') {
        throw new ProtocolError('InvalidArgument', `"${name}" expected a function, got ${typeof config[name]}`, { field: name });
      }
    }
    if (typeof config.clock?.now !== 'function') {
      throw new ProtocolError('InvalidArgument', '"clock" expected an object with now()', { field: 'clock' });
    }
    const scheduler = config.scheduler;
    if (scheduler !== undefined && (typeof scheduler.setTimeout !== 'function' || typeof scheduler.clearTimeout !== 'function')) {
      throw new ProtocolError('InvalidArgument', '"scheduler" expected setTimeout and clearTimeout functions', { field: 'scheduler' });
    }
    const options = config.options ?? {};
    this.#fetcher = config.fetcher;
    this.#businessKey = config.businessKey;
    this.#clock = config.clock;
    this.#scheduler = scheduler;
    this.#refreshMs = positive(options.refreshIntervalMs, LANGUAGE_PACK_REFRESH_MS, 'refreshIntervalMs');
    this.#retryMs = positive(options.retryIntervalMs, LANGUAGE_PACK_RETRY_MS, 'retryIntervalMs');
    this.#maxEntries = positive(options.maxEntries, DEFAULT_MAX_ENTRIES, 'maxEntries');
    resolveLanguagePackLimits(options.packLimits); // fail now rather than on the first download
    this.#verifyOptions = options;
  }

  /**
   * The verified pack for namespace + lg (+ lc), from the cache or downloaded.
   * @throws (rejects) ProtocolError 'InvalidArgument' for a malformed namespace/lg/lc; when no pack
   *   is cached and the download fails, the failure: 'StoreFailure' (fetcher or businessKey threw),
   *   'BadSignature', 'InvalidMessage', 'InvalidProtobuf', 'MessageTooLarge', 'UnsupportedVersion',
   *   'InvalidKey'. During the retry back-off it rejects at once with the last failure's code.
   */
  async get(namespace: string, lg: string, lc?: string): Promise<LanguagePack> {
    const key = this.#key(namespace, lg, lc, true)!;
    let entry = this.#touch(key);
    const now = this.#clock.now();
    if (entry?.pack !== undefined) {
      if (entry.inFlight === undefined && this.#refreshDue(entry, now) && this.#mayAttempt(entry, now)) this.#start(key, entry);
      return entry.pack;
    }
    if (entry?.inFlight !== undefined) return entry.inFlight;
    if (entry !== undefined && !this.#mayAttempt(entry, now)) {
      const failure = entry.failure!;
      throw new ProtocolError(
        failure.error.code,
        `language pack ${label(entry)} unavailable: its last download failed (${failure.error.code}); next attempt not before ${failure.atMs + this.#retryMs}`,
        { ...failure.error.details },
        { cause: failure.error },
      );
    }
    if (entry === undefined) {
      entry = { namespace, lg, lc, pack: undefined, fetchedAtMs: 0, failure: undefined, inFlight: undefined, timer: undefined };
      this.#entries.set(key, entry);
      this.#evict();
    }
    return this.#start(key, entry);
  }

  /** The cached pack, if any, without downloading or refreshing anything. Never throws. */
  peek(namespace: string, lg: string, lc?: string): LanguagePack | undefined {
    const key = this.#key(namespace, lg, lc, false);
    return key === undefined ? undefined : this.#entries.get(key)?.pack;
  }

  /** What the cache holds for one pack, or undefined when it knows nothing about it. */
  status(namespace: string, lg: string, lc?: string): PackCacheStatus | undefined {
    const key = this.#key(namespace, lg, lc, false);
    const entry = key === undefined ? undefined : this.#entries.get(key);
    if (entry === undefined) return undefined;
    return {
      downloading: entry.inFlight !== undefined,
      ...(entry.pack !== undefined
        ? { version: entry.pack.version, fetchedAtMs: entry.fetchedAtMs, refreshDueAtMs: entry.fetchedAtMs + this.#refreshMs }
        : {}),
      ...(entry.failure !== undefined
        ? { lastFailureAtMs: entry.failure.atMs, retryNotBeforeMs: entry.failure.atMs + this.#retryMs }
        : {}),
    };
  }

  /** Cancels every scheduled refresh; later `get` calls still work, without timers. */
  dispose(): void {
    this.#disposed = true;
    for (const entry of this.#entries.values()) this.#cancelTimer(entry);
  }

  #key(namespace: string, lg: string, lc: string | undefined, strict: boolean): string | undefined {
    const bad = (field: string, expected: string): undefined => {
      if (strict) throw new ProtocolError('InvalidArgument', `"${field}" expected ${expected}`, { field, expected });
      return undefined;
    };
    if (typeof namespace !== 'string' || namespace.length < 1 || namespace.length > 256 || /[\x00-\x1f\x7f-\x9f]/.test(namespace)) {
      return bad('namespace', '1..256 characters without control characters');
    }
    if (typeof lg !== 'string' || !LANGUAGE.test(lg)) return bad('lg', 'a lower-case ISO 639 code');
    if (lc !== undefined && (typeof lc !== 'string' || !REGION.test(lc))) return bad('lc', 'an upper-case region code');
    return `${lg}\u0000${lc ?? ''}\u0000${namespace}`;
  }

  /** Marks the entry most recently used. */
  #touch(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  #evict(): void {
    if (this.#entries.size <= this.#maxEntries) return;
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries) return;
      if (entry.inFlight !== undefined) continue;
      this.#cancelTimer(entry);
      this.#entries.delete(key);
    }
  }

  #refreshDue(entry: Entry, now: number): boolean {
    // A clock that went backwards also counts as due: one download puts things right.
    return now - entry.fetchedAtMs >= this.#refreshMs || now < entry.fetchedAtMs;
  }

  #mayAttempt(entry: Entry, now: number): boolean {
    const failure = entry.failure;
    if (failure === undefined) return true;
    return !(failure.atMs <= now && now < failure.atMs + this.#retryMs);
  }

  #start(key: string, entry: Entry): Promise<LanguagePack> {
    const download = this.#download(key, entry);
    entry.inFlight = download;
    const settle = (): void => {
      if (entry.inFlight === download) entry.inFlight = undefined;
    };
    // Also marks the promise handled, so a failed background refresh is no unhandled rejection.
    download.then(settle, settle);
    return download;
  }

  async #download(key: string, entry: Entry): Promise<LanguagePack> {
    const { namespace, lg, lc } = entry;
    try {
      // Both start at once, so the fetcher is called before get() returns.
      const [identityKey, bytes] = await Promise.all([
        callStore('languagePackBusinessKey', () => this.#businessKey(namespace)),
        callStore('languagePackFetch', () => (lc === undefined ? this.#fetcher(namespace, lg) : this.#fetcher(namespace, lg, lc))),
      ]);
      const pack = verifyLanguagePack(bytes, identityKey, this.#verifyOptions);
      for (const [field, expected, got] of [
        ['namespace', namespace, pack.namespace],
        ['lg', lg, pack.lg],
        ['lc', lc ?? 'none', pack.lc ?? 'none'],
      ] as const) {
        if (expected !== got) {
          throw new ProtocolError('InvalidMessage', `language pack ${field} expected ${expected.slice(0, 64)}, got ${got.slice(0, 64)}`, {
            field,
            expected: expected.slice(0, 64),
            got: got.slice(0, 64),
          });
        }
      }
      const cached = entry.pack;
      if (cached !== undefined && pack.version < cached.version) {
        throw new ProtocolError('InvalidMessage', `language pack version expected at least ${cached.version}, got ${pack.version}`, {
          field: 'version',
          expected: cached.version,
          got: pack.version,
        });
      }
      if (cached === undefined || pack.version > cached.version) entry.pack = pack;
      entry.fetchedAtMs = this.#clock.now();
      entry.failure = undefined;
      this.#schedule(key, entry);
      return entry.pack!;
    } catch (e) {
      const error = ProtocolError.is(e)
        ? e
        : new ProtocolError('Internal', `language pack ${label(entry)} download failed unexpectedly`, {}, { cause: e });
      entry.failure = { atMs: this.#clock.now(), error };
      this.#schedule(key, entry);
      throw error;
    }
  }

  /** Arms the entry's timer for its next refresh or retry (cached packs only). */
  #schedule(key: string, entry: Entry): void {
    this.#cancelTimer(entry);
    const scheduler = this.#scheduler;
    if (scheduler === undefined || this.#disposed || entry.pack === undefined) return;
    let dueAt = entry.fetchedAtMs + this.#refreshMs;
    if (entry.failure !== undefined) dueAt = Math.max(dueAt, entry.failure.atMs + this.#retryMs);
    const delay = Math.min(Math.max(0, dueAt - this.#clock.now()), MAX_TIMER_MS);
    const timer: { handle: unknown } = { handle: undefined };
    entry.timer = timer;
    timer.handle = scheduler.setTimeout(() => {
      if (entry.timer !== timer) return;
      entry.timer = undefined;
      this.#onTimer(key, entry);
    }, delay);
  }

  #onTimer(key: string, entry: Entry): void {
    if (this.#disposed || this.#entries.get(key) !== entry || entry.pack === undefined || entry.inFlight !== undefined) return;
    const now = this.#clock.now();
    if (this.#refreshDue(entry, now) && this.#mayAttempt(entry, now)) this.#start(key, entry);
    else this.#schedule(key, entry);
  }

  #cancelTimer(entry: Entry): void {
    const timer = entry.timer;
    if (timer === undefined) return;
    entry.timer = undefined;
    this.#scheduler?.clearTimeout(timer.handle);
  }
}
