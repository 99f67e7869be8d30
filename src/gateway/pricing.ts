import { ProtocolError } from '../errors.js';
import type { MessageClass, MessagingTier, PricingCategory } from './types.js';

/**
 * Pricing and messaging-limit tables (BUSINESS.md §4.1, §4.2, §4.7). Pure functions, no state.
 *
 * Pricing (per-message pricing, July 2025):
 *
 * | message        | window open                    | window closed (template only)   |
 * |----------------|--------------------------------|---------------------------------|
 * | service        | `service`, free                | — (refused by the policy)       |
 * | utility        | `utility`, free                | `utility`, charged              |
 * | marketing      | `marketing`, charged           | `marketing`, charged            |
 * | authentication | `authentication`, charged      | `authentication`, charged       |
 *
 * Inside an open referral (free entry point) window every template is `referral_conversion` and
 * free, whether or not the customer-service window is still open; service messages stay `service`
 * (free, and only while the customer-service window is open).
 */

/** The tiers in ascending order: new business portfolios start at 250 (BUSINESS.md §4.7). */
export const MESSAGING_TIERS: readonly MessagingTier[] = Object.freeze([250, 2_000, 10_000, 100_000, 'unlimited'] as const);

/** The tier a business has until one is set: new business portfolios start at 250. */
export const DEFAULT_MESSAGING_TIER: MessagingTier = 250;

export function isMessagingTier(value: unknown): value is MessagingTier {
  return (MESSAGING_TIERS as readonly unknown[]).includes(value);
}

/** The number of distinct customers a tier admits per rolling 24 hours; undefined for unlimited. */
export function tierLimit(tier: MessagingTier): number | undefined {
  if (!isMessagingTier(tier)) {
    throw new ProtocolError('InvalidArgument', `unknown messaging tier ${String(tier)}`, { field: 'tier', expected: MESSAGING_TIERS.join('|') });
  }
  return tier === 'unlimited' ? undefined : tier;
}

export interface Price {
  readonly pricing: PricingCategory;
  readonly charged: boolean;
}

/**
 * The price of a message the policy allows. `windowOpen` is the customer-service window,
 * `referralOpen` the 72-hour free-entry-point window. Does not decide whether the message may be
 * sent: a service message with the window closed is priced `service` here but refused by the policy.
 */
export function priceOf(message: MessageClass, windowOpen: boolean, referralOpen: boolean): Price {
  if (message.kind === 'service') return { pricing: 'service', charged: false };
  if (referralOpen) return { pricing: 'referral_conversion', charged: false };
  switch (message.category) {
    case 'utility':
      return { pricing: 'utility', charged: !windowOpen };
    case 'marketing':
      return { pricing: 'marketing', charged: true };
    case 'authentication':
      return { pricing: 'authentication', charged: true };
  }
}
