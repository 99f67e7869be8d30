// The one interface every implementation is benchmarked through (bench/scenarios.ts drives it).
// Wire messages and plaintexts are opaque to the scenarios: each adapter keeps its library's own
// types (Buffer for libsignal-node, native handles for libsignal-client), so no conversion work is
// timed that the library itself would not do. Everything an adapter returns from a `prepare…` or
// `connect` call is untimed setup; only the functions it hands back are timed.

export const IMPLS = ['parley-node', 'parley-noble', 'libsignal-node', 'libsignal-client'] as const;
export type ImplId = (typeof IMPLS)[number];

/** Which side of a two-party conversation. */
export type Side = 'a' | 'b';

/** An established 1:1 session between two fresh devices A and B (a full round trip already done). */
export interface Conversation {
  /** Converts bytes to the library's native plaintext type, once, outside any timed region. */
  plaintext(bytes: Uint8Array): unknown;
  /** `from` encrypts for the other side; the result includes serializing to wire bytes. */
  encrypt(from: Side, plaintext: unknown): Promise<unknown>;
  /** `at` decrypts a message from the other side; includes parsing the wire bytes. */
  decrypt(at: Side, message: unknown): Promise<Uint8Array>;
  /** Bytes of `side`'s serialized session record towards the other side. */
  recordBytes(side: Side): Promise<number>;
}

/** One sender and one recipient of a group (sender key distributed, nothing sent yet). */
export interface GroupPair {
  plaintext(bytes: Uint8Array): unknown;
  encrypt(plaintext: unknown): Promise<unknown>;
  decrypt(message: unknown): Promise<Uint8Array>;
}

/** parley's WhatsApp media path (encryptMedia / decryptMedia). */
export interface MediaPath {
  encrypt(plaintext: Uint8Array): unknown;
  decrypt(encrypted: unknown): Uint8Array;
}

/** A timed operation and a check run on its last result afterwards (outside the timed region). */
export interface CheckedOp {
  run(): Promise<unknown> | unknown;
  check(last: unknown): void;
}

/** Scenarios only parley has. */
export interface ParleyOnly {
  /** encryptContent (encode + pad + encrypt) → decryptContent (decrypt + unpad + decode + validate) → renderHsm. */
  contentTemplate(): Promise<CheckedOp>;
  /** verifyBusinessCertificate of a valid certificate (two XEdDSA verifications, decode, name rules). */
  certVerify(): Promise<CheckedOp>;
  /** Gateway.decideOutbound over the in-memory gateway store. */
  gatewayDecision(): Promise<CheckedOp>;
}

export interface Adapter {
  readonly impl: ImplId;
  /** Package and version, for the report. */
  readonly library: string;
  /**
   * Untimed: fresh identities for both devices and the responder's prekey bundle. The returned
   * function is timed: bundle processed → first message encrypted → decrypted by the responder;
   * it resolves to the decrypted plaintext.
   */
  prepareSetup(payload: Uint8Array): Promise<() => Promise<Uint8Array>>;
  connect(): Promise<Conversation>;
  /** Absent when the library has no group (sender-key) API. */
  readonly group?: () => Promise<GroupPair>;
  /** parley's media path; peers use a 1 MiB session message instead. */
  readonly media?: MediaPath;
  readonly parleyOnly?: ParleyOnly;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function assertBytes(label: string, got: unknown, want: Uint8Array): void {
  if (!(got instanceof Uint8Array) || !sameBytes(got, want)) {
    throw new Error(`${label}: the decrypted plaintext differs from the original`);
  }
}
