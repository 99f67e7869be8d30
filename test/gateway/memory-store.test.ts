import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import { InMemoryGatewayStore } from '../../src/gateway/index.js';
import { describeGatewayStoreContract, statusEvent } from './store-contract.js';

describeGatewayStoreContract('InMemoryGatewayStore', () => new InMemoryGatewayStore());

describe('InMemoryGatewayStore specifics', () => {
  it('returns frozen copies, so callers cannot change stored state', async () => {
    const store = new InMemoryGatewayStore();
    const window = await store.recordCustomerActivity('b', 'c', 1, false);
    expect(Object.isFrozen(window)).toBe(true);
    const record = await store.appendConsent({ business: 'b', customer: 'c', action: 'report-spam', source: 'api', at: 1, messageIds: ['m'] });
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record.messageIds)).toBe(true);
    const list = await store.listConsent('b', 'c');
    expect(Object.isFrozen(list)).toBe(true);
    const message = await store.applyStatus(statusEvent('m', 'sent'));
    expect(Object.isFrozen(message)).toBe(true);
    const rows = await store.statistics('b', '2000-01-01', '2100-01-01');
    expect(Object.isFrozen(rows[0])).toBe(true);
  });

  it('does not share ids across the pair key', async () => {
    const store = new InMemoryGatewayStore();
    await store.recordCustomerActivity('ab', 'c', 1, false);
    expect(await store.getWindow('a', 'bc')).toBeUndefined();
  });

  it.each([
    ['empty business', (s: InMemoryGatewayStore) => s.getWindow('', 'c')],
    ['fractional time', (s: InMemoryGatewayStore) => s.recordCustomerActivity('b', 'c', 1.5, false)],
    ['negative time', (s: InMemoryGatewayStore) => s.recordCustomerActivity('b', 'c', -1, false)],
    ['negative limit', (s: InMemoryGatewayStore) => s.reserveBusinessInitiated('b', 'c', 1, 0, -1)],
    ['unknown tier', (s: InMemoryGatewayStore) => s.setTier('b', 300 as 250)],
    ['an unknown consent action', (s: InMemoryGatewayStore) => s.appendConsent({ business: 'b', customer: 'c', action: 'mute' as 'block', source: 'x', at: 1 })],
    ['an unknown consent category', (s: InMemoryGatewayStore) => s.appendConsent({ business: 'b', customer: 'c', action: 'opt-in', category: 'promo' as 'all', source: 'x', at: 1 })],
    ['an empty reported id', (s: InMemoryGatewayStore) => s.appendConsent({ business: 'b', customer: 'c', action: 'report-spam', source: 'x', at: 1, messageIds: [''] })],
    ['unknown status', (s: InMemoryGatewayStore) => s.applyStatus(statusEvent('m', 'played' as 'read'))],
    ['bad day', (s: InMemoryGatewayStore) => s.statistics('b', '2026-3-1', '2026-03-02')],
  ])('rejects %s with InvalidArgument', async (_name, run) => {
    const error = await run(new InMemoryGatewayStore()).catch((e: unknown) => e);
    expect(ProtocolError.is(error, 'InvalidArgument')).toBe(true);
  });
});

// The PostgreSQL store's conformance suite, run against the reference store, so both agree.
import { describeGatewayStore } from './postgres-conformance.js';

describeGatewayStore('InMemoryGatewayStore', async () => new InMemoryGatewayStore());
