import { bytesEqual } from '../bytes.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { decodeSessionRecord, encodeSessionRecord } from '../wire/storage-codec.js';
import type { SessionState } from './session-state.js';

/**
 * All sessions with one remote address: the current state plus archived ones (most recent first).
 * Immutable: every change produces a new record, so a record a store handed out is never
 * modified by the library, and a failed operation cannot leave a half-applied change behind.
 */
export class SessionRecord {
  readonly #current: SessionState | undefined;
  readonly #archived: readonly SessionState[];

  private constructor(current: SessionState | undefined, archived: readonly SessionState[]) {
    this.#current = current;
    this.#archived = archived;
  }

  static empty(): SessionRecord {
    return new SessionRecord(undefined, []);
  }

  /** Parses bytes from {@link serialize}; throws InvalidProtobuf / UnsupportedVersion on bad input. */
  static deserialize(bytes: Uint8Array, maxBytes = DEFAULT_LIMITS.maxRecordBytes): SessionRecord {
    const value = decodeSessionRecord(bytes, maxBytes);
    return new SessionRecord(value.current, value.archived);
  }

  serialize(): Uint8Array {
    return encodeSessionRecord({ current: this.#current, archived: this.#archived });
  }

  /** @internal */
  get current(): SessionState | undefined {
    return this.#current;
  }

  /** @internal */
  get archived(): readonly SessionState[] {
    return this.#archived;
  }

  /** True when there is a current session that can be used for sending. */
  hasCurrentState(): boolean {
    return this.#current !== undefined;
  }

  /** Number of archived (previous) session states. */
  get archivedCount(): number {
    return this.#archived.length;
  }

  /** The current session's base key (identifies one session on both sides), if any. */
  currentBaseKey(): Uint8Array | undefined {
    return this.#current?.aliceBaseKey;
  }

  /** @internal All states, current first, with their position: 0 = current, i > 0 = archived[i-1]. */
  states(): SessionState[] {
    return this.#current === undefined ? [...this.#archived] : [this.#current, ...this.#archived];
  }

  /** @internal Position in {@link states} of the state with this base key and version, or -1. */
  findByBaseKey(baseKey: Uint8Array, version: number): number {
    return this.states().findIndex((s) => s.version === version && bytesEqual(s.aliceBaseKey, baseKey));
  }

  /** @internal Replaces the state at `position` (from {@link states}) and makes it current. */
  withPromoted(position: number, state: SessionState): SessionRecord {
    const all = this.states();
    all.splice(position, 1);
    return new SessionRecord(state, all);
  }

  /** @internal Archives the current state (if any) and installs `state`, pruning to `maxArchived`. */
  withNewCurrent(state: SessionState, maxArchived: number): SessionRecord {
    const archived = this.#current === undefined ? [...this.#archived] : [this.#current, ...this.#archived];
    return new SessionRecord(state, archived.slice(0, maxArchived));
  }

  /** @internal Archives the current state, leaving none (e.g. after a reset). */
  withCurrentArchived(maxArchived: number): SessionRecord {
    if (this.#current === undefined) return this;
    return new SessionRecord(undefined, [this.#current, ...this.#archived].slice(0, maxArchived));
  }
}
