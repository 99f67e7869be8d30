import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/config.js';
import { defaultCrypto } from '../../src/crypto/default.js';
import { nobleCrypto } from '../../src/crypto/noble.js';
import { nodeCrypto } from '../../src/crypto/node.js';

/*
 * The library's default backend is the pure one; `PARLEY_CRYPTO=node vitest run` (npm run
 * test:node-crypto) redirects src/crypto/default.ts to the node:crypto backend through
 * vitest.config.ts, so that every test relying on the default runs natively. This checks that the
 * redirection really reaches the library (src/config.ts imports './crypto/default.js').
 */
const expected = process.env.PARLEY_CRYPTO === 'node' ? nodeCrypto : nobleCrypto;

describe(`default crypto backend (PARLEY_CRYPTO=${process.env.PARLEY_CRYPTO ?? 'unset'})`, () => {
  it(`is the ${expected.name} backend, as imported by tests and as picked by resolveOptions()`, () => {
    expect(defaultCrypto).toBe(expected);
    expect(resolveOptions().crypto).toBe(expected);
    expect(resolveOptions({}).crypto.name).toBe(expected.name);
  });

  it('an explicit options.crypto always wins', () => {
    expect(resolveOptions({ crypto: nobleCrypto }).crypto).toBe(nobleCrypto);
    expect(resolveOptions({ crypto: nodeCrypto }).crypto).toBe(nodeCrypto);
  });
});
