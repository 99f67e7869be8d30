import { describe, expect, it } from 'vitest';
import { InMemoryGatewayStore, type MessagingTier, MESSAGING_TIERS, tierLimit } from '../../src/gateway/index.js';
import { ALICE, BIZ, DAY, fillLimit, HOUR, MARKETING, setup, T0, UTILITY } from './helpers.js';

/** Opts customers c0..c(n-1) in to everything. */
async function optInMany(gateway: ReturnType<typeof setup>['gateway'], n: number): Promise<string[]> {
  const customers = Array.from({ length: n }, (_, i) => `c${i}`);
  for (const c of customers) await gateway.optIn(BIZ, c, 'all', 'website', T0 - DAY);
  return customers;
}

describe('messaging limit', () => {
  it('maps tiers to distinct customers per 24 hours', () => {
    expect(MESSAGING_TIERS.map(tierLimit)).toEqual([250, 2_000, 10_000, 100_000, undefined]);
    expect(() => tierLimit(500 as MessagingTier)).toThrow(/unknown messaging tier/);
  });

  it('new businesses start at 250', async () => {
    const { gateway } = setup();
    expect(await gateway.messagingLimit(BIZ)).toEqual({ tier: 250, limit: 250, reached: 0, remaining: 250 });
  });

  it('admits the 250th distinct customer, refuses the 251st, admits a customer already reached, and rolls after 24 h', async () => {
    const { clock, gateway } = setup();
    const customers = await optInMany(gateway, 252);
    for (let i = 0; i < 250; i++) {
      expect(await gateway.decideOutbound(BIZ, customers[i] as string, UTILITY)).toMatchObject({ allowed: true, businessInitiated: true });
      clock.advance(1);
    }
    const firstReachedAt = T0;
    expect(await gateway.messagingLimit(BIZ)).toEqual({ tier: 250, limit: 250, reached: 250, remaining: 0 });
    expect(await gateway.decideOutbound(BIZ, 'c250', UTILITY)).toMatchObject({ allowed: false, reason: 'messaging-limit' });
    // the same customer again, any category: admitted without a new slot
    expect(await gateway.decideOutbound(BIZ, 'c0', MARKETING)).toMatchObject({ allowed: true, businessInitiated: true });
    // c0 is now reached again at the current time; c1 still at T0 + 1
    clock.set(firstReachedAt + 1 + DAY);
    expect(await gateway.decideOutbound(BIZ, 'c250', UTILITY)).toMatchObject({ allowed: false, reason: 'messaging-limit' });
    clock.set(firstReachedAt + 1 + DAY + 1);
    expect(await gateway.decideOutbound(BIZ, 'c250', UTILITY)).toMatchObject({ allowed: true });
    expect(await gateway.decideOutbound(BIZ, 'c251', UTILITY)).toMatchObject({ allowed: false, reason: 'messaging-limit' });
  });

  it('counts a reach for 24 hours inclusive', async () => {
    const store = new InMemoryGatewayStore();
    expect(await store.reserveBusinessInitiated(BIZ, 'a', T0, T0 - DAY, 1)).toBe(true);
    expect(await store.reserveBusinessInitiated(BIZ, 'b', T0 + DAY, T0, 1)).toBe(false);
    expect(await store.countCustomersReached(BIZ, T0)).toBe(1);
    expect(await store.countCustomersReached(BIZ, T0 + 1)).toBe(0);
    expect(await store.reserveBusinessInitiated(BIZ, 'b', T0 + DAY + 1, T0 + 1, 1)).toBe(true);
  });

  it.each([
    [250, 250],
    [2_000, 2_000],
    [10_000, 10_000],
    [100_000, 100_000],
  ] as const)('tier %s admits exactly %s distinct customers', async (tier, limit) => {
    const { store, gateway } = setup();
    await gateway.setTier(BIZ, tier);
    await fillLimit(store, BIZ, limit - 1, T0 - HOUR);
    await gateway.optIn(BIZ, ALICE, 'all', 'website', T0 - DAY);
    await gateway.optIn(BIZ, 'cust:late', 'all', 'website', T0 - DAY);
    expect(await gateway.decideOutbound(BIZ, ALICE, UTILITY)).toMatchObject({ allowed: true });
    expect(await gateway.decideOutbound(BIZ, 'cust:late', UTILITY)).toMatchObject({ allowed: false, reason: 'messaging-limit' });
    expect(await gateway.messagingLimit(BIZ)).toEqual({ tier, limit, reached: limit, remaining: 0 });
  });

  it('unlimited admits everyone', async () => {
    const { store, gateway } = setup();
    await gateway.setTier(BIZ, 'unlimited');
    await fillLimit(store, BIZ, 100_000, T0 - HOUR);
    await gateway.optIn(BIZ, ALICE, 'all', 'website', T0 - DAY);
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ allowed: true, businessInitiated: true });
    expect(await gateway.messagingLimit(BIZ)).toEqual({ tier: 'unlimited', reached: 100_001 });
  });

  it('only admitted business-initiated messages take a slot', async () => {
    const { gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ allowed: true, businessInitiated: false });
    expect(await gateway.decideOutbound(BIZ, 'cust:stranger', MARKETING)).toMatchObject({ allowed: false, reason: 'no-opt-in' });
    expect((await gateway.messagingLimit(BIZ)).reached).toBe(0);
  });

  it('limits are per business', async () => {
    const { store, gateway } = setup();
    await fillLimit(store, BIZ, 250, T0);
    await gateway.optIn('biz:other', ALICE, 'all', 'website', T0 - DAY);
    expect((await gateway.decideOutbound('biz:other', ALICE, UTILITY)).allowed).toBe(true);
  });

  it('rejects an unknown tier', async () => {
    const { gateway } = setup();
    await expect(gateway.setTier(BIZ, 1_000 as MessagingTier)).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('concurrent decisions never exceed the limit', async () => {
    const { gateway } = setup();
    const customers = await optInMany(gateway, 400);
    const decisions = await Promise.all(customers.map((c) => gateway.decideOutbound(BIZ, c, UTILITY)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(250);
    expect(decisions.filter((d) => !d.allowed && d.reason === 'messaging-limit')).toHaveLength(150);
    expect((await gateway.messagingLimit(BIZ)).reached).toBe(250);
  });
});
