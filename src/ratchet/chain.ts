import type { CryptoBackend } from '../crypto/backend.js';
import { ProtocolError } from '../errors.js';
import type { Limits } from '../limits.js';
import { chainStep, nextChainKey } from './kdf.js';

/** A symmetric KDF chain as receivers keep it: its next key and the seeds of skipped counters. */
export interface ReceivingChain {
  readonly chainKey: { readonly key: Uint8Array; readonly index: number };
  /** Message-key seeds of skipped counters, oldest first (Map insertion order). Never mutated. */
  readonly skipped: ReadonlyMap<number, Uint8Array>;
}

type ChainLimits = Pick<Limits, 'maxForwardJump' | 'maxSkippedKeysPerChain'>;

/**
 * The message-key seed for `counter` and the chain as it would be after using it: a stored
 * skipped seed for a past counter (DuplicateMessage when it is gone), or a forward derivation
 * bounded by maxForwardJump that keeps at most maxSkippedKeysPerChain skipped seeds, oldest
 * evicted first. Pure: the input chain is not changed. Shared by 1:1 chains and sender keys.
 */
export function takeMessageKeySeed<C extends ReceivingChain>(
  crypto: CryptoBackend,
  limits: ChainLimits,
  chain: C,
  counter: number,
): { seed: Uint8Array; chain: C } {
  const index = chain.chainKey.index;
  if (counter < index) {
    const seed = chain.skipped.get(counter);
    if (seed === undefined) {
      throw new ProtocolError('DuplicateMessage', `message with counter ${counter} was already received (chain index ${index})`, {
        counter,
        chainIndex: index,
      });
    }
    const skipped = new Map(chain.skipped);
    skipped.delete(counter);
    return { seed, chain: { ...chain, skipped } };
  }
  assertJumpWithinLimit(counter, index, limits.maxForwardJump);
  let key = chain.chainKey.key;
  let skipped = chain.skipped;
  if (counter > index) {
    const grown = new Map(chain.skipped);
    // Seeds that would be evicted at once are derived but never stored.
    const keepFrom = counter - limits.maxSkippedKeysPerChain;
    for (let i = index; i < counter; i++) {
      if (i >= keepFrom) {
        const step = chainStep(crypto, key);
        grown.set(i, step.seed);
        key = step.next;
      } else {
        key = nextChainKey(crypto, key);
      }
    }
    let excess = grown.size - limits.maxSkippedKeysPerChain;
    for (const oldest of grown.keys()) {
      if (excess-- <= 0) break;
      grown.delete(oldest);
    }
    skipped = grown;
  }
  const { seed, next } = chainStep(crypto, key);
  return { seed, chain: { ...chain, chainKey: { key: next, index: counter + 1 }, skipped } };
}

export function assertJumpWithinLimit(counter: number, index: number, max: number): void {
  const gap = counter - index;
  if (gap > max) {
    throw new ProtocolError('TooFarInFuture', `message is ${gap} keys ahead of its chain, expected at most ${max}`, { gap, max, counter });
  }
}
