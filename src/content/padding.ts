import type { Context } from '../context.js';
import { ProtocolError } from '../errors.js';

/**
 * WhatsApp's random padding before session encryption: 1–16 bytes, each equal to the pad length,
 * so the ciphertext length does not reveal the exact content length.
 */
export function padRandom(plaintext: Uint8Array, context: Context): Uint8Array {
  const length = (context.randomBytes(1)[0]! & 0x0f) + 1;
  const out = new Uint8Array(plaintext.length + length);
  out.set(plaintext);
  out.fill(length, plaintext.length);
  return out;
}

/** Strict inverse of {@link padRandom}: every padding byte must equal the pad length (1–16). */
export function unpad(padded: Uint8Array): Uint8Array {
  const length = padded.length === 0 ? 0 : padded[padded.length - 1]!;
  if (length < 1 || length > 16 || length > padded.length) {
    throw new ProtocolError('InvalidMessage', `padding length expected 1..16 within ${padded.length} bytes, got ${length}`, {
      field: 'padding',
      expected: '1..16',
      got: length,
    });
  }
  let mismatch = 0;
  for (let i = padded.length - length; i < padded.length; i++) mismatch |= padded[i]! ^ length;
  if (mismatch !== 0) {
    throw new ProtocolError('InvalidMessage', `padding bytes expected to equal ${length}`, { field: 'padding' });
  }
  return padded.subarray(0, padded.length - length);
}
