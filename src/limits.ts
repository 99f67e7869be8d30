import { ProtocolError } from './errors.js';

/**
 * Every bound on work or memory that untrusted input can drive, in one place. Defaults follow
 * libsignal (PROTOCOL.md §4.4); all are configurable per cipher.
 */
export interface Limits {
  /** Keys a single message may skip ahead within one receiving chain (libsignal MAX_FORWARD_JUMPS). */
  readonly maxForwardJump: number;
  /** Skipped message keys kept per receiving chain; the oldest are evicted first (MAX_MESSAGE_KEYS). */
  readonly maxSkippedKeysPerChain: number;
  /** Receiving chains kept per session state; older chains are pruned (MAX_RECEIVER_CHAINS). */
  readonly maxReceiverChains: number;
  /** Archived (previous) session states kept per address (ARCHIVED_STATES_MAX_LENGTH). */
  readonly maxArchivedStates: number;
  /** Largest serialized SignalMessage / PreKeySignalMessage accepted off the wire. */
  readonly maxMessageBytes: number;
  /** Largest plaintext accepted for encryption. */
  readonly maxPlaintextBytes: number;
  /** Largest serialized session record accepted by deserialize. */
  readonly maxRecordBytes: number;
  /**
   * An initiated session that has had no reply for this long is not used for sending
   * (libsignal MAX_UNACKNOWLEDGED_SESSION_AGE, 30 days).
   */
  readonly maxUnacknowledgedSessionAgeMs: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxForwardJump: 25_000,
  maxSkippedKeysPerChain: 2_000,
  maxReceiverChains: 5,
  maxArchivedStates: 40,
  maxMessageBytes: 2 * 1024 * 1024 + 1024,
  maxPlaintextBytes: 2 * 1024 * 1024,
  maxRecordBytes: 8 * 1024 * 1024,
  maxUnacknowledgedSessionAgeMs: 30 * 24 * 60 * 60 * 1000,
});

/** Largest value a uint32 counter or iteration may take. */
export const MAX_COUNTER = 0xffff_ffff;

export function resolveLimits(overrides?: Partial<Limits>): Limits {
  if (overrides === undefined) return DEFAULT_LIMITS;
  const merged = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new ProtocolError('InvalidArgument', `limit "${name}" expected a positive integer, got ${String(value)}`, {
        field: name,
      });
    }
  }
  return Object.freeze(merged);
}

/** Plaintext handed to an encrypt call: a Uint8Array within maxPlaintextBytes. */
export function assertPlaintext(plaintext: unknown, limits: Limits): asserts plaintext is Uint8Array {
  if (!(plaintext instanceof Uint8Array)) {
    throw new ProtocolError('InvalidArgument', '"plaintext" expected Uint8Array', { field: 'plaintext' });
  }
  const max = limits.maxPlaintextBytes;
  if (plaintext.length > max) {
    throw new ProtocolError('MessageTooLarge', `plaintext expected at most ${max} bytes, got ${plaintext.length}`, { expected: max, got: plaintext.length });
  }
}
