import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import {
  EMPTY_CONSENT,
  evaluateOutbound,
  foldConsent,
  Gateway,
  type GatewayStore,
  InMemoryGatewayStore,
  type MessageClass,
  priceOf,
  REASON_CODES,
} from '../../src/gateway/index.js';
import { ALICE, AUTHENTICATION, BIZ, DAY, HOUR, MARKETING, SERVICE, setup, T0, UTILITY } from './helpers.js';

describe('pricing (BUSINESS.md §4.2)', () => {
  it.each([
    // message, window open, referral window open → pricing, charged
    ['service', true, false, 'service', false],
    ['service', true, true, 'service', false],
    ['utility', true, false, 'utility', false],
    ['utility', false, false, 'utility', true],
    ['marketing', true, false, 'marketing', true],
    ['marketing', false, false, 'marketing', true],
    ['authentication', true, false, 'authentication', true],
    ['authentication', false, false, 'authentication', true],
    ['utility', true, true, 'referral_conversion', false],
    ['utility', false, true, 'referral_conversion', false],
    ['marketing', true, true, 'referral_conversion', false],
    ['marketing', false, true, 'referral_conversion', false],
    ['authentication', false, true, 'referral_conversion', false],
  ] as const)('%s, window %s, referral %s → %s, charged %s', (cls, open, referral, pricing, charged) => {
    const message: MessageClass = cls === 'service' ? SERVICE : { kind: 'template', category: cls, templateName: 't', language: 'en' };
    expect(priceOf(message, open, referral)).toEqual({ pricing, charged });
  });
});

describe('evaluateOutbound (pure)', () => {
  it('lists the reason codes in checking order', () => {
    expect(REASON_CODES).toEqual(['blocked', 'opted-out', 'restricted', 'template-required', 'window-closed', 'no-opt-in', 'messaging-limit']);
  });

  it('says which store steps remain', () => {
    const optedIn = foldConsent([{ business: BIZ, customer: ALICE, action: 'opt-in', category: 'all', source: 'web', at: 0, sequence: 1 }]);
    expect(evaluateOutbound({ now: T0, message: UTILITY, window: undefined, consent: optedIn })).toEqual({
      allowed: true,
      decision: { allowed: true, pricing: 'utility', charged: true, businessInitiated: true },
      reserve: true,
    });
    expect(evaluateOutbound({ now: T0 + HOUR, message: SERVICE, window: { lastCustomerActivityAt: T0, referralEntryAt: T0 }, consent: EMPTY_CONSENT })).toEqual({
      allowed: true,
      decision: { allowed: true, pricing: 'service', charged: false, businessInitiated: false, windowOpenUntil: T0 + DAY, referralWindowUntil: T0 + 73 * HOUR },
      reserve: false,
      openReferralWindowUntil: T0 + 73 * HOUR,
    });
    expect(evaluateOutbound({ now: T0, message: SERVICE, window: undefined, consent: EMPTY_CONSENT })).toMatchObject({ allowed: false, reason: 'template-required' });
  });

  it('refusal precedence: blocked before opted-out before restricted before the window before opt-in', () => {
    const at = (action: 'block' | 'opt-out' | 'restrict', sequence: number) =>
      ({ business: BIZ, customer: ALICE, action, ...(action === 'opt-out' ? { category: 'all' as const } : {}), source: 'api', at: 1, sequence });
    const all = foldConsent([at('block', 1), at('opt-out', 2), at('restrict', 3)]);
    const noBlock = foldConsent([at('opt-out', 2), at('restrict', 3)]);
    const restrictOnly = foldConsent([at('restrict', 3)]);
    expect(evaluateOutbound({ now: T0, message: MARKETING, window: undefined, consent: all })).toMatchObject({ reason: 'blocked' });
    expect(evaluateOutbound({ now: T0, message: MARKETING, window: undefined, consent: noBlock })).toMatchObject({ reason: 'opted-out' });
    expect(evaluateOutbound({ now: T0, message: MARKETING, window: undefined, consent: restrictOnly })).toMatchObject({ reason: 'restricted' });
    expect(evaluateOutbound({ now: T0, message: SERVICE, window: undefined, consent: noBlock })).toMatchObject({ reason: 'template-required' });
    expect(evaluateOutbound({ now: T0, message: UTILITY, window: undefined, consent: restrictOnly })).toMatchObject({ reason: 'no-opt-in' });
  });
});

describe('Gateway', () => {
  it.each([
    ['an empty business', () => [' '.trim(), ALICE, SERVICE] as const],
    ['an unknown kind', () => [BIZ, ALICE, { kind: 'text' } as unknown as MessageClass] as const],
    ['an unknown category', () => [BIZ, ALICE, { kind: 'template', category: 'promo', templateName: 't', language: 'en' } as unknown as MessageClass] as const],
    ['a bad template name', () => [BIZ, ALICE, { ...MARKETING, templateName: 'Spring Sale!' }] as const],
    ['no language', () => [BIZ, ALICE, { ...AUTHENTICATION, language: '' }] as const],
  ])('decideOutbound rejects %s', async (_name, args) => {
    const { gateway } = setup();
    const [business, customer, message] = args();
    const error = await gateway.decideOutbound(business, customer, message).catch((e: unknown) => e);
    expect(ProtocolError.is(error, 'InvalidArgument')).toBe(true);
  });

  it('rejects a clock that does not give integer milliseconds', async () => {
    const gateway = new Gateway({ store: new InMemoryGatewayStore(), clock: { now: () => Number.NaN } });
    await expect(gateway.decideOutbound(BIZ, ALICE, SERVICE)).rejects.toMatchObject({ code: 'InvalidArgument', details: { field: 'clock.now()' } });
  });

  it('uses the system clock by default', async () => {
    const gateway = new Gateway({ store: new InMemoryGatewayStore() });
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    expect((await gateway.window(BIZ, ALICE)).open).toBe(true);
  });

  it('wraps store failures as StoreFailure and decides nothing', async () => {
    const store = new InMemoryGatewayStore();
    const failing = new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'listConsent') return () => Promise.reject(new Error('connection reset'));
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as GatewayStore;
    const gateway = new Gateway({ store: failing, clock: { now: () => T0 } });
    const error = await gateway.decideOutbound(BIZ, ALICE, SERVICE).catch((e: unknown) => e);
    expect(ProtocolError.is(error, 'StoreFailure')).toBe(true);
    expect((error as ProtocolError).details.operation).toBe('listConsent');
  });

  it('reports the window view', async () => {
    const { clock, gateway } = setup();
    expect(await gateway.window(BIZ, ALICE)).toEqual({ open: false, referralOpen: false });
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    clock.advance(HOUR);
    await gateway.decideOutbound(BIZ, ALICE, SERVICE);
    expect(await gateway.window(BIZ, ALICE)).toEqual({
      open: true,
      openUntil: T0 + DAY,
      referralOpen: true,
      referralWindowUntil: T0 + 73 * HOUR,
      lastCustomerActivityAt: T0,
    });
  });

  it('refusals carry a human-readable detail', async () => {
    const { gateway } = setup();
    await gateway.optOut(BIZ, ALICE, 'marketing', 'keyword:STOP');
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toEqual({
      allowed: false,
      reason: 'opted-out',
      detail: 'the customer opted out of marketing messages (keyword:STOP)',
    });
  });

  it('a refused decision reserves nothing and opens nothing', async () => {
    const { store, gateway } = setup();
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral: true });
    await gateway.restrict(BIZ, ALICE);
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ reason: 'restricted' });
    expect(await store.getWindow(BIZ, ALICE)).toEqual({ lastCustomerActivityAt: T0, referralEntryAt: T0 });
    expect(await store.countCustomersReached(BIZ, 0)).toBe(0);
  });
});
