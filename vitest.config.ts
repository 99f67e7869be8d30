import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * PARLEY_CRYPTO=node runs the whole suite with the node:crypto backend as the library default:
 * the module src/crypto/default.ts (imported as `./crypto/default.js` by src/config.ts, or by path
 * from tests, with a .js or .ts extension) is redirected to test/support/node-default-crypto.ts.
 * An alias sees import specifiers, not resolved files, so the pattern accepts exactly the relative
 * ways to reach src/crypto/default.(js|ts) and its absolute path; test/crypto/default-backend.test.ts
 * checks that the redirection took effect.
 */
const nativeDefault =
  process.env.PARLEY_CRYPTO === 'node'
    ? [
        {
          find: /^(?:\.\/|(?:\.\.\/)+(?:src\/)?|\/(?:.*\/)?src\/)crypto\/default\.(?:js|ts)$/,
          replacement: fileURLToPath(new URL('./test/support/node-default-crypto.ts', import.meta.url)),
        },
      ]
    : [];

export default defineConfig({
  resolve: { alias: nativeDefault },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
