import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_SERVICE_WINDOW_MS,
  isReferralWindowOpen,
  isWindowOpen,
  referralWindowToOpen,
  windowOpenUntil,
} from '../../src/gateway/index.js';
import { ALICE, BIZ, DAY, HOUR, MARKETING, SERVICE, setup, T0, UTILITY } from './helpers.js';

describe('customer-service window (pure)', () => {
  it.each([
    ['never wrote', undefined, T0, false],
    ['at the activity', { lastCustomerActivityAt: T0 }, T0, true],
    ['1 ms before 24 h', { lastCustomerActivityAt: T0 }, T0 + DAY - 1, true],
    ['exactly 24 h', { lastCustomerActivityAt: T0 }, T0 + DAY, false],
    ['activity 1 min in the future (skew)', { lastCustomerActivityAt: T0 + 60_000 }, T0, true],
  ] as const)('%s', (_name, state, now, open) => {
    expect(isWindowOpen(state, now)).toBe(open);
  });

  it('runs 24 hours from the latest activity', () => {
    expect(CUSTOMER_SERVICE_WINDOW_MS).toBe(DAY);
    expect(windowOpenUntil({ lastCustomerActivityAt: T0 })).toBe(T0 + DAY);
    expect(windowOpenUntil(undefined)).toBeUndefined();
    expect(windowOpenUntil({ referralEntryAt: T0 })).toBeUndefined();
  });

  it.each([
    ['no referral entry', { lastCustomerActivityAt: T0 }, T0, undefined],
    ['reply at the entry', { lastCustomerActivityAt: T0, referralEntryAt: T0 }, T0, T0 + 72 * HOUR],
    ['reply 1 ms before 24 h', { lastCustomerActivityAt: T0, referralEntryAt: T0 }, T0 + DAY - 1, T0 + DAY - 1 + 72 * HOUR],
    ['reply at exactly 24 h', { lastCustomerActivityAt: T0, referralEntryAt: T0 }, T0 + DAY, undefined],
    ['window already open', { referralEntryAt: T0, referralWindowUntil: T0 + 73 * HOUR }, T0 + 2 * HOUR, undefined],
    ['previous window ended, new entry', { referralEntryAt: T0 + 100 * HOUR, referralWindowUntil: T0 + 73 * HOUR }, T0 + 101 * HOUR, T0 + 173 * HOUR],
  ] as const)('referral window to open: %s', (_name, state, now, until) => {
    expect(referralWindowToOpen(state, now)).toBe(until);
  });

  it('referral window is open until its end (exclusive)', () => {
    expect(isReferralWindowOpen({ referralWindowUntil: T0 }, T0 - 1)).toBe(true);
    expect(isReferralWindowOpen({ referralWindowUntil: T0 }, T0)).toBe(false);
    expect(isReferralWindowOpen(undefined, T0)).toBe(false);
  });
});

describe('customer-service window (gateway)', () => {
  it('is open 1 ms before 24 h and closed at exactly 24 h', async () => {
    const { clock, gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    clock.set(T0 + DAY - 1);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toEqual({
      allowed: true,
      pricing: 'service',
      charged: false,
      businessInitiated: false,
      windowOpenUntil: T0 + DAY,
    });
    clock.set(T0 + DAY);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: false, reason: 'window-closed' });
  });

  it('two activities at the same millisecond give the same window', async () => {
    const { gateway } = setup();
    const first = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, at: T0 });
    const second = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, at: T0 });
    expect(second.window).toEqual(first.window);
    expect(second.previousActivityAt).toBe(T0);
  });

  it('a later activity refreshes the window to 24 h from it', async () => {
    const { clock, gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    clock.set(T0 + 20 * HOUR);
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    clock.set(T0 + 30 * HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: true, windowOpenUntil: T0 + 44 * HOUR });
  });

  it('an older activity (late delivery, clock skew) never moves the window back', async () => {
    const { clock, gateway } = setup();
    clock.set(T0 + 10 * HOUR);
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, at: T0 + 10 * HOUR });
    const late = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, at: T0 });
    expect(late.window.lastCustomerActivityAt).toBe(T0 + 10 * HOUR);
    clock.set(T0 + 30 * HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: true, windowOpenUntil: T0 + 34 * HOUR });
  });

  it('an activity stamped in the future counts from the gateway clock', async () => {
    const { gateway } = setup();
    const result = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, at: T0 + 5 * DAY });
    expect(result.window.lastCustomerActivityAt).toBe(T0);
  });

  it('an activity recorded slightly ahead by another node keeps the window open from it', async () => {
    const { clock, store, gateway } = setup();
    await store.recordCustomerActivity(BIZ, ALICE, T0 + 60_000, false);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: true, windowOpenUntil: T0 + 60_000 + DAY });
    clock.set(T0 + DAY + 59_999);
    expect((await gateway.decideOutbound(BIZ, ALICE, SERVICE)).allowed).toBe(true);
  });

  it('a call opens the window too', async () => {
    const { gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, kind: 'call' });
    expect((await gateway.decideOutbound(BIZ, ALICE, SERVICE)).allowed).toBe(true);
  });

  it('business messages never open or refresh the window', async () => {
    const { clock, gateway } = setup();
    await gateway.optIn(BIZ, ALICE, 'all', 'website');
    // a customer who never wrote: a template reaches them, but the window stays closed
    expect(await gateway.decideOutbound(BIZ, ALICE, UTILITY)).toMatchObject({ allowed: true, businessInitiated: true, charged: true });
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: false, reason: 'template-required' });
    // a customer whose window closed: templates and refused messages change nothing
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    clock.set(T0 + 20 * HOUR);
    expect((await gateway.decideOutbound(BIZ, ALICE, SERVICE)).allowed).toBe(true);
    expect((await gateway.decideOutbound(BIZ, ALICE, MARKETING)).allowed).toBe(true);
    clock.set(T0 + 25 * HOUR);
    expect((await gateway.decideOutbound(BIZ, ALICE, MARKETING)).allowed).toBe(true);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: false, reason: 'window-closed' });
    expect(await gateway.window(BIZ, ALICE)).toEqual({ open: false, openUntil: T0 + DAY, referralOpen: false, lastCustomerActivityAt: T0 });
  });
});

describe('referral window (gateway)', () => {
  it('a reply within 24 h of a referral entry opens 72 free-template hours from the reply', async () => {
    const { clock, gateway } = setup();
    await gateway.optIn(BIZ, ALICE, 'marketing', 'ad-form');
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    clock.set(T0 + DAY - 1);
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toEqual({
      allowed: true,
      pricing: 'referral_conversion',
      charged: false,
      businessInitiated: false,
      windowOpenUntil: T0 + DAY,
      referralWindowUntil: T0 + DAY - 1 + 72 * HOUR,
    });
    // after the customer-service window: templates still free, business-initiated
    clock.set(T0 + 50 * HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toEqual({
      allowed: true,
      pricing: 'referral_conversion',
      charged: false,
      businessInitiated: true,
      referralWindowUntil: T0 + DAY - 1 + 72 * HOUR,
    });
    // but free-form messages still need the customer-service window
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: false, reason: 'window-closed' });
    // the referral window ends
    clock.set(T0 + DAY - 1 + 72 * HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ allowed: true, pricing: 'marketing', charged: true });
  });

  it('a reply at exactly 24 h after the entry opens nothing', async () => {
    const { clock, gateway } = setup();
    await gateway.optIn(BIZ, ALICE, 'utility', 'website');
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    clock.set(T0 + DAY);
    expect(await gateway.decideOutbound(BIZ, ALICE, UTILITY)).toEqual({ allowed: true, pricing: 'utility', charged: true, businessInitiated: true });
    expect((await gateway.window(BIZ, ALICE)).referralOpen).toBe(false);
  });

  it('later replies do not extend the referral window', async () => {
    const { clock, gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    clock.set(T0 + HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ referralWindowUntil: T0 + 73 * HOUR });
    clock.set(T0 + 5 * HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ pricing: 'referral_conversion', referralWindowUntil: T0 + 73 * HOUR });
    expect((await gateway.window(BIZ, ALICE)).referralWindowUntil).toBe(T0 + 73 * HOUR);
  });

  it('an ordinary message after the referral entry does not cancel it', async () => {
    const { clock, gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    clock.set(T0 + HOUR);
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    clock.set(T0 + 2 * HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, UTILITY)).toMatchObject({ pricing: 'referral_conversion', referralWindowUntil: T0 + 74 * HOUR });
  });

  it('a refused reply opens nothing', async () => {
    const { clock, gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    await gateway.block(BIZ, ALICE);
    clock.set(T0 + HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: false, reason: 'blocked' });
    expect((await gateway.window(BIZ, ALICE)).referralWindowUntil).toBeUndefined();
  });

  it('a new referral entry after the window ended opens a new one', async () => {
    const { clock, gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    clock.set(T0 + HOUR);
    await gateway.decideOutbound(BIZ, ALICE, SERVICE);
    clock.set(T0 + 100 * HOUR);
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    clock.set(T0 + 101 * HOUR);
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ pricing: 'referral_conversion', referralWindowUntil: T0 + 173 * HOUR });
  });
});
