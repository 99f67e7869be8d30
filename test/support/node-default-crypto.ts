/**
 * Stand-in for src/crypto/default.ts when the suite runs with PARLEY_CRYPTO=node: vitest.config.ts
 * redirects that module here, so every `resolveOptions()` default in the library uses the native
 * backend while the library itself stays unaware of the environment.
 */
export { nodeCrypto as defaultCrypto } from '../../src/crypto/node.js';
