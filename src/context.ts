import { ProtocolError } from './errors.js';

/** Clock and randomness, injectable so tests can be deterministic. */
export interface Context {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Fills a new array with cryptographically secure random bytes. Must throw rather than degrade. */
  randomBytes(length: number): Uint8Array;
}

function secureRandomBytes(length: number): Uint8Array {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues === undefined) {
    throw new ProtocolError('Internal', 'no secure random source: globalThis.crypto.getRandomValues is missing');
  }
  const out = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let offset = 0; offset < length; offset += 65_536) {
    c.getRandomValues(out.subarray(offset, Math.min(length, offset + 65_536)));
  }
  return out;
}

export const defaultContext: Context = Object.freeze({
  now: () => Date.now(),
  randomBytes: secureRandomBytes,
});
