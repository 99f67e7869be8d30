import { describe, expect, it } from 'vitest';
import type { Decision, ReasonCode } from '../../src/gateway/index.js';
import { ALICE, BIZ, CLASSES, DAY, fillLimit, HOUR, setup, T0 } from './helpers.js';

/**
 * The outbound decision as a table: customer-service window × message class × consent ×
 * referral window × messaging limit, every expected outcome written out.
 *
 * Scenario behind each row (times from T0, a Monday 10:00 UTC):
 * - consent other than 'none' starts with an opt-in to every category at T0 − 2 days (website);
 *   'opt-out' (all), 'block' and 'restrict' are recorded on top of it at T0 + 2 h;
 * - window 'open'/'closed': the customer wrote at T0 (through an ad when referral is true);
 *   'never': the customer never wrote;
 * - referral: the business replied at T0 + 1 h, opening the 72-hour referral window;
 * - limit: tier 250, and 250 other customers were reached by business-initiated messages 1 h
 *   before the decision;
 * - the decision is at T0 + 3 h (window open) or T0 + 30 h (closed, never).
 *
 * Outcome: `pricing/free|charged/reply|initiated` when allowed, else the reason code.
 */
type WindowCase = 'open' | 'closed' | 'never';
type ClassCase = keyof typeof CLASSES;
type ConsentCase = 'none' | 'opt-in' | 'opt-out' | 'block' | 'restrict';
type Outcome = `${string}/${'free' | 'charged'}/${'reply' | 'initiated'}` | ReasonCode;
type Row = readonly [WindowCase, ClassCase, ConsentCase, boolean, boolean, Outcome];

const TABLE: readonly Row[] = [
  // window open, no referral, limit not reached
  ['open',   'service',        'none',     false, false, 'service/free/reply'],
  ['open',   'service',        'opt-in',   false, false, 'service/free/reply'],
  ['open',   'service',        'opt-out',  false, false, 'service/free/reply'],
  ['open',   'service',        'block',    false, false, 'blocked'],
  ['open',   'service',        'restrict', false, false, 'service/free/reply'],
  ['open',   'marketing',      'none',     false, false, 'marketing/charged/reply'],
  ['open',   'marketing',      'opt-in',   false, false, 'marketing/charged/reply'],
  ['open',   'marketing',      'opt-out',  false, false, 'opted-out'],
  ['open',   'marketing',      'block',    false, false, 'blocked'],
  ['open',   'marketing',      'restrict', false, false, 'restricted'],
  ['open',   'utility',        'none',     false, false, 'utility/free/reply'],
  ['open',   'utility',        'opt-in',   false, false, 'utility/free/reply'],
  ['open',   'utility',        'opt-out',  false, false, 'opted-out'],
  ['open',   'utility',        'block',    false, false, 'blocked'],
  ['open',   'utility',        'restrict', false, false, 'utility/free/reply'],
  ['open',   'authentication', 'none',     false, false, 'authentication/charged/reply'],
  ['open',   'authentication', 'opt-in',   false, false, 'authentication/charged/reply'],
  ['open',   'authentication', 'opt-out',  false, false, 'opted-out'],
  ['open',   'authentication', 'block',    false, false, 'blocked'],
  ['open',   'authentication', 'restrict', false, false, 'authentication/charged/reply'],
  // window open, no referral, messaging limit reached
  ['open',   'service',        'none',     false, true,  'service/free/reply'],
  ['open',   'service',        'opt-in',   false, true,  'service/free/reply'],
  ['open',   'service',        'opt-out',  false, true,  'service/free/reply'],
  ['open',   'service',        'block',    false, true,  'blocked'],
  ['open',   'service',        'restrict', false, true,  'service/free/reply'],
  ['open',   'marketing',      'none',     false, true,  'marketing/charged/reply'],
  ['open',   'marketing',      'opt-in',   false, true,  'marketing/charged/reply'],
  ['open',   'marketing',      'opt-out',  false, true,  'opted-out'],
  ['open',   'marketing',      'block',    false, true,  'blocked'],
  ['open',   'marketing',      'restrict', false, true,  'restricted'],
  ['open',   'utility',        'none',     false, true,  'utility/free/reply'],
  ['open',   'utility',        'opt-in',   false, true,  'utility/free/reply'],
  ['open',   'utility',        'opt-out',  false, true,  'opted-out'],
  ['open',   'utility',        'block',    false, true,  'blocked'],
  ['open',   'utility',        'restrict', false, true,  'utility/free/reply'],
  ['open',   'authentication', 'none',     false, true,  'authentication/charged/reply'],
  ['open',   'authentication', 'opt-in',   false, true,  'authentication/charged/reply'],
  ['open',   'authentication', 'opt-out',  false, true,  'opted-out'],
  ['open',   'authentication', 'block',    false, true,  'blocked'],
  ['open',   'authentication', 'restrict', false, true,  'authentication/charged/reply'],
  // window open, referral window open, limit not reached
  ['open',   'service',        'none',     true,  false, 'service/free/reply'],
  ['open',   'service',        'opt-in',   true,  false, 'service/free/reply'],
  ['open',   'service',        'opt-out',  true,  false, 'service/free/reply'],
  ['open',   'service',        'block',    true,  false, 'blocked'],
  ['open',   'service',        'restrict', true,  false, 'service/free/reply'],
  ['open',   'marketing',      'none',     true,  false, 'referral_conversion/free/reply'],
  ['open',   'marketing',      'opt-in',   true,  false, 'referral_conversion/free/reply'],
  ['open',   'marketing',      'opt-out',  true,  false, 'opted-out'],
  ['open',   'marketing',      'block',    true,  false, 'blocked'],
  ['open',   'marketing',      'restrict', true,  false, 'restricted'],
  ['open',   'utility',        'none',     true,  false, 'referral_conversion/free/reply'],
  ['open',   'utility',        'opt-in',   true,  false, 'referral_conversion/free/reply'],
  ['open',   'utility',        'opt-out',  true,  false, 'opted-out'],
  ['open',   'utility',        'block',    true,  false, 'blocked'],
  ['open',   'utility',        'restrict', true,  false, 'referral_conversion/free/reply'],
  ['open',   'authentication', 'none',     true,  false, 'referral_conversion/free/reply'],
  ['open',   'authentication', 'opt-in',   true,  false, 'referral_conversion/free/reply'],
  ['open',   'authentication', 'opt-out',  true,  false, 'opted-out'],
  ['open',   'authentication', 'block',    true,  false, 'blocked'],
  ['open',   'authentication', 'restrict', true,  false, 'referral_conversion/free/reply'],
  // window open, referral window open, messaging limit reached
  ['open',   'service',        'none',     true,  true,  'service/free/reply'],
  ['open',   'service',        'opt-in',   true,  true,  'service/free/reply'],
  ['open',   'service',        'opt-out',  true,  true,  'service/free/reply'],
  ['open',   'service',        'block',    true,  true,  'blocked'],
  ['open',   'service',        'restrict', true,  true,  'service/free/reply'],
  ['open',   'marketing',      'none',     true,  true,  'referral_conversion/free/reply'],
  ['open',   'marketing',      'opt-in',   true,  true,  'referral_conversion/free/reply'],
  ['open',   'marketing',      'opt-out',  true,  true,  'opted-out'],
  ['open',   'marketing',      'block',    true,  true,  'blocked'],
  ['open',   'marketing',      'restrict', true,  true,  'restricted'],
  ['open',   'utility',        'none',     true,  true,  'referral_conversion/free/reply'],
  ['open',   'utility',        'opt-in',   true,  true,  'referral_conversion/free/reply'],
  ['open',   'utility',        'opt-out',  true,  true,  'opted-out'],
  ['open',   'utility',        'block',    true,  true,  'blocked'],
  ['open',   'utility',        'restrict', true,  true,  'referral_conversion/free/reply'],
  ['open',   'authentication', 'none',     true,  true,  'referral_conversion/free/reply'],
  ['open',   'authentication', 'opt-in',   true,  true,  'referral_conversion/free/reply'],
  ['open',   'authentication', 'opt-out',  true,  true,  'opted-out'],
  ['open',   'authentication', 'block',    true,  true,  'blocked'],
  ['open',   'authentication', 'restrict', true,  true,  'referral_conversion/free/reply'],
  // window closed, no referral, limit not reached
  ['closed', 'service',        'none',     false, false, 'window-closed'],
  ['closed', 'service',        'opt-in',   false, false, 'window-closed'],
  ['closed', 'service',        'opt-out',  false, false, 'window-closed'],
  ['closed', 'service',        'block',    false, false, 'blocked'],
  ['closed', 'service',        'restrict', false, false, 'window-closed'],
  ['closed', 'marketing',      'none',     false, false, 'no-opt-in'],
  ['closed', 'marketing',      'opt-in',   false, false, 'marketing/charged/initiated'],
  ['closed', 'marketing',      'opt-out',  false, false, 'opted-out'],
  ['closed', 'marketing',      'block',    false, false, 'blocked'],
  ['closed', 'marketing',      'restrict', false, false, 'restricted'],
  ['closed', 'utility',        'none',     false, false, 'no-opt-in'],
  ['closed', 'utility',        'opt-in',   false, false, 'utility/charged/initiated'],
  ['closed', 'utility',        'opt-out',  false, false, 'opted-out'],
  ['closed', 'utility',        'block',    false, false, 'blocked'],
  ['closed', 'utility',        'restrict', false, false, 'utility/charged/initiated'],
  ['closed', 'authentication', 'none',     false, false, 'no-opt-in'],
  ['closed', 'authentication', 'opt-in',   false, false, 'authentication/charged/initiated'],
  ['closed', 'authentication', 'opt-out',  false, false, 'opted-out'],
  ['closed', 'authentication', 'block',    false, false, 'blocked'],
  ['closed', 'authentication', 'restrict', false, false, 'authentication/charged/initiated'],
  // window closed, no referral, messaging limit reached
  ['closed', 'service',        'none',     false, true,  'window-closed'],
  ['closed', 'service',        'opt-in',   false, true,  'window-closed'],
  ['closed', 'service',        'opt-out',  false, true,  'window-closed'],
  ['closed', 'service',        'block',    false, true,  'blocked'],
  ['closed', 'service',        'restrict', false, true,  'window-closed'],
  ['closed', 'marketing',      'none',     false, true,  'no-opt-in'],
  ['closed', 'marketing',      'opt-in',   false, true,  'messaging-limit'],
  ['closed', 'marketing',      'opt-out',  false, true,  'opted-out'],
  ['closed', 'marketing',      'block',    false, true,  'blocked'],
  ['closed', 'marketing',      'restrict', false, true,  'restricted'],
  ['closed', 'utility',        'none',     false, true,  'no-opt-in'],
  ['closed', 'utility',        'opt-in',   false, true,  'messaging-limit'],
  ['closed', 'utility',        'opt-out',  false, true,  'opted-out'],
  ['closed', 'utility',        'block',    false, true,  'blocked'],
  ['closed', 'utility',        'restrict', false, true,  'messaging-limit'],
  ['closed', 'authentication', 'none',     false, true,  'no-opt-in'],
  ['closed', 'authentication', 'opt-in',   false, true,  'messaging-limit'],
  ['closed', 'authentication', 'opt-out',  false, true,  'opted-out'],
  ['closed', 'authentication', 'block',    false, true,  'blocked'],
  ['closed', 'authentication', 'restrict', false, true,  'messaging-limit'],
  // window closed, referral window open, limit not reached
  ['closed', 'service',        'none',     true,  false, 'window-closed'],
  ['closed', 'service',        'opt-in',   true,  false, 'window-closed'],
  ['closed', 'service',        'opt-out',  true,  false, 'window-closed'],
  ['closed', 'service',        'block',    true,  false, 'blocked'],
  ['closed', 'service',        'restrict', true,  false, 'window-closed'],
  ['closed', 'marketing',      'none',     true,  false, 'no-opt-in'],
  ['closed', 'marketing',      'opt-in',   true,  false, 'referral_conversion/free/initiated'],
  ['closed', 'marketing',      'opt-out',  true,  false, 'opted-out'],
  ['closed', 'marketing',      'block',    true,  false, 'blocked'],
  ['closed', 'marketing',      'restrict', true,  false, 'restricted'],
  ['closed', 'utility',        'none',     true,  false, 'no-opt-in'],
  ['closed', 'utility',        'opt-in',   true,  false, 'referral_conversion/free/initiated'],
  ['closed', 'utility',        'opt-out',  true,  false, 'opted-out'],
  ['closed', 'utility',        'block',    true,  false, 'blocked'],
  ['closed', 'utility',        'restrict', true,  false, 'referral_conversion/free/initiated'],
  ['closed', 'authentication', 'none',     true,  false, 'no-opt-in'],
  ['closed', 'authentication', 'opt-in',   true,  false, 'referral_conversion/free/initiated'],
  ['closed', 'authentication', 'opt-out',  true,  false, 'opted-out'],
  ['closed', 'authentication', 'block',    true,  false, 'blocked'],
  ['closed', 'authentication', 'restrict', true,  false, 'referral_conversion/free/initiated'],
  // window closed, referral window open, messaging limit reached
  ['closed', 'service',        'none',     true,  true,  'window-closed'],
  ['closed', 'service',        'opt-in',   true,  true,  'window-closed'],
  ['closed', 'service',        'opt-out',  true,  true,  'window-closed'],
  ['closed', 'service',        'block',    true,  true,  'blocked'],
  ['closed', 'service',        'restrict', true,  true,  'window-closed'],
  ['closed', 'marketing',      'none',     true,  true,  'no-opt-in'],
  ['closed', 'marketing',      'opt-in',   true,  true,  'messaging-limit'],
  ['closed', 'marketing',      'opt-out',  true,  true,  'opted-out'],
  ['closed', 'marketing',      'block',    true,  true,  'blocked'],
  ['closed', 'marketing',      'restrict', true,  true,  'restricted'],
  ['closed', 'utility',        'none',     true,  true,  'no-opt-in'],
  ['closed', 'utility',        'opt-in',   true,  true,  'messaging-limit'],
  ['closed', 'utility',        'opt-out',  true,  true,  'opted-out'],
  ['closed', 'utility',        'block',    true,  true,  'blocked'],
  ['closed', 'utility',        'restrict', true,  true,  'messaging-limit'],
  ['closed', 'authentication', 'none',     true,  true,  'no-opt-in'],
  ['closed', 'authentication', 'opt-in',   true,  true,  'messaging-limit'],
  ['closed', 'authentication', 'opt-out',  true,  true,  'opted-out'],
  ['closed', 'authentication', 'block',    true,  true,  'blocked'],
  ['closed', 'authentication', 'restrict', true,  true,  'messaging-limit'],
  // window never, no referral, limit not reached
  ['never',  'service',        'none',     false, false, 'template-required'],
  ['never',  'service',        'opt-in',   false, false, 'template-required'],
  ['never',  'service',        'opt-out',  false, false, 'template-required'],
  ['never',  'service',        'block',    false, false, 'blocked'],
  ['never',  'service',        'restrict', false, false, 'template-required'],
  ['never',  'marketing',      'none',     false, false, 'no-opt-in'],
  ['never',  'marketing',      'opt-in',   false, false, 'marketing/charged/initiated'],
  ['never',  'marketing',      'opt-out',  false, false, 'opted-out'],
  ['never',  'marketing',      'block',    false, false, 'blocked'],
  ['never',  'marketing',      'restrict', false, false, 'restricted'],
  ['never',  'utility',        'none',     false, false, 'no-opt-in'],
  ['never',  'utility',        'opt-in',   false, false, 'utility/charged/initiated'],
  ['never',  'utility',        'opt-out',  false, false, 'opted-out'],
  ['never',  'utility',        'block',    false, false, 'blocked'],
  ['never',  'utility',        'restrict', false, false, 'utility/charged/initiated'],
  ['never',  'authentication', 'none',     false, false, 'no-opt-in'],
  ['never',  'authentication', 'opt-in',   false, false, 'authentication/charged/initiated'],
  ['never',  'authentication', 'opt-out',  false, false, 'opted-out'],
  ['never',  'authentication', 'block',    false, false, 'blocked'],
  ['never',  'authentication', 'restrict', false, false, 'authentication/charged/initiated'],
  // window never, no referral, messaging limit reached
  ['never',  'service',        'none',     false, true,  'template-required'],
  ['never',  'service',        'opt-in',   false, true,  'template-required'],
  ['never',  'service',        'opt-out',  false, true,  'template-required'],
  ['never',  'service',        'block',    false, true,  'blocked'],
  ['never',  'service',        'restrict', false, true,  'template-required'],
  ['never',  'marketing',      'none',     false, true,  'no-opt-in'],
  ['never',  'marketing',      'opt-in',   false, true,  'messaging-limit'],
  ['never',  'marketing',      'opt-out',  false, true,  'opted-out'],
  ['never',  'marketing',      'block',    false, true,  'blocked'],
  ['never',  'marketing',      'restrict', false, true,  'restricted'],
  ['never',  'utility',        'none',     false, true,  'no-opt-in'],
  ['never',  'utility',        'opt-in',   false, true,  'messaging-limit'],
  ['never',  'utility',        'opt-out',  false, true,  'opted-out'],
  ['never',  'utility',        'block',    false, true,  'blocked'],
  ['never',  'utility',        'restrict', false, true,  'messaging-limit'],
  ['never',  'authentication', 'none',     false, true,  'no-opt-in'],
  ['never',  'authentication', 'opt-in',   false, true,  'messaging-limit'],
  ['never',  'authentication', 'opt-out',  false, true,  'opted-out'],
  ['never',  'authentication', 'block',    false, true,  'blocked'],
  ['never',  'authentication', 'restrict', false, true,  'messaging-limit'],
];

async function decide(window: WindowCase, cls: ClassCase, consent: ConsentCase, referral: boolean, limit: boolean): Promise<Decision> {
  const { clock, store, gateway } = setup();
  if (consent !== 'none') {
    clock.set(T0 - 2 * DAY);
    await gateway.optIn(BIZ, ALICE, 'all', 'website');
  }
  if (window !== 'never') {
    clock.set(T0);
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, referral });
  }
  if (referral) {
    clock.set(T0 + HOUR);
    const reply = await gateway.decideOutbound(BIZ, ALICE, CLASSES.service);
    expect(reply).toMatchObject({ allowed: true, referralWindowUntil: T0 + HOUR + 72 * HOUR });
  }
  clock.set(T0 + 2 * HOUR);
  if (consent === 'opt-out') await gateway.optOut(BIZ, ALICE, 'all', 'api');
  if (consent === 'block') await gateway.block(BIZ, ALICE);
  if (consent === 'restrict') await gateway.restrict(BIZ, ALICE);
  const at = window === 'open' ? T0 + 3 * HOUR : T0 + 30 * HOUR;
  if (limit) await fillLimit(store, BIZ, 250, at - HOUR);
  clock.set(at);
  return gateway.decideOutbound(BIZ, ALICE, CLASSES[cls]);
}

function outcome(decision: Decision): Outcome {
  if (!decision.allowed) return decision.reason;
  return `${decision.pricing}/${decision.charged ? 'charged' : 'free'}/${decision.businessInitiated ? 'initiated' : 'reply'}`;
}

describe('outbound decision table', () => {
  it('covers every combination once', () => {
    const keys = new Set(TABLE.map((row) => row.slice(0, 5).join(' ')));
    expect(keys.size).toBe(TABLE.length);
    expect(TABLE.length).toBe(2 * 2 * 2 * 4 * 5 + 2 * 4 * 5);
  });

  it.each(TABLE)('window %s, %s, consent %s, referral %s, limit reached %s → %s', async (window, cls, consent, referral, limit, expected) => {
    const decision = await decide(window, cls, consent, referral, limit);
    expect(outcome(decision)).toBe(expected);
    if (decision.allowed) {
      if (window === 'open') expect(decision.windowOpenUntil).toBe(T0 + DAY);
      else expect(decision.windowOpenUntil).toBeUndefined();
      if (referral) expect(decision.referralWindowUntil).toBe(T0 + HOUR + 72 * HOUR);
      else expect(decision.referralWindowUntil).toBeUndefined();
    } else {
      expect(Object.keys(decision).sort()).toEqual(['allowed', 'detail', 'reason']);
    }
  });
});
