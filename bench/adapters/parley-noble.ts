// parley with its default, pure-JS @noble backend.
import { nobleCrypto } from '../../src/index.js';
import type { Adapter } from './adapter.js';
import { parleyAdapter } from './parley.js';

export function parleyNobleAdapter(): Adapter {
  return parleyAdapter('parley-noble', nobleCrypto);
}
