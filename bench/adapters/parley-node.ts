// parley with the native backend (src/crypto/node.ts: `nodeCrypto`, on node:crypto).
import type { CryptoBackend } from '../../src/index.js';
import type { Adapter } from './adapter.js';
import { parleyAdapter } from './parley.js';

/** The adapter, or the reason it cannot run (the backend module is missing or does not load). */
export async function parleyNodeAdapter(): Promise<Adapter | { absent: string }> {
  // A dynamic import, so the rest of the suite still runs (parley-node marked absent) if the
  // backend module fails to load.
  let backend: CryptoBackend | undefined;
  try {
    backend = (await import('../../src/crypto/node.js')).nodeCrypto;
  } catch (e) {
    return { absent: `src/crypto/node.ts does not load: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
  if (backend === undefined) return { absent: 'src/crypto/node.ts does not export nodeCrypto' };
  return parleyAdapter('parley-node', backend);
}
