import { type Context, defaultContext } from './context.js';
import type { CryptoBackend } from './crypto/backend.js';
import { defaultCrypto } from './crypto/default.js';
import { type Limits, resolveLimits } from './limits.js';

/** Options every entry point accepts; all optional. */
export interface ProtocolOptions {
  /** Crypto backend; defaults to the pure @noble backend. */
  readonly crypto?: CryptoBackend;
  /** Clock and RNG; defaults to Date.now and crypto.getRandomValues. */
  readonly context?: Context;
  /** Overrides of {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<Limits>;
}

export interface ResolvedOptions {
  readonly crypto: CryptoBackend;
  readonly context: Context;
  readonly limits: Limits;
}

export function resolveOptions(options: ProtocolOptions = {}): ResolvedOptions {
  return {
    crypto: options.crypto ?? defaultCrypto,
    context: options.context ?? defaultContext,
    limits: resolveLimits(options.limits),
  };
}
