/**
 * The backend used when `options.crypto` is not given: the pure @noble backend. Kept in its own
 * module so the test suite can run entirely on another backend by redirecting this one module
 * (vitest.config.ts, PARLEY_CRYPTO=node); the library itself never reads the environment.
 */
export { nobleCrypto as defaultCrypto } from './noble.js';
