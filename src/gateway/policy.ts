import { ProtocolError } from '../errors.js';
import type { ConsentState } from './consent.js';
import { TEMPLATE_CATEGORIES } from './consent.js';
import { priceOf } from './pricing.js';
import type { MessageClass, PricingCategory, WindowState } from './types.js';
import { isReferralWindowOpen, isWindowOpen, referralWindowToOpen, windowOpenUntil } from './window.js';

/**
 * The outbound decision: may the business send this message to this customer now, and at what
 * price. `evaluateOutbound` is pure; the Gateway adds the two steps that need the store (the
 * messaging-limit reservation and opening the referral window).
 *
 * Definitions:
 * - A message is **business-initiated** when it is a template sent while the customer-service
 *   window is closed (the referral window does not change this: it makes templates free, not
 *   customer-initiated). Business-initiated messages need an opt-in for their category and count
 *   toward the messaging limit. Everything sent inside the window is a reply.
 * - Opt-outs apply to templates of the opted-out category inside and outside the window; service
 *   (free-form) replies are not affected by opt-outs, so the business can answer a question or
 *   confirm the opt-out. Block refuses everything; restrict refuses marketing templates.
 *
 * Reason codes, in the order they are checked (the first that applies is returned):
 * 1. `blocked`: the customer blocked the business or reported it as spam; nothing passes.
 * 2. `opted-out`: a template of a category the customer opted out of (per category or 'all').
 * 3. `restricted`: a marketing template to a customer who restricted the business to important
 *    messages (utility and authentication still pass).
 * 4. `template-required`: a service (free-form) message to a customer who never wrote: only a
 *    template can reach them.
 * 5. `window-closed`: a service message after the 24-hour customer-service window closed.
 * 6. `no-opt-in`: a business-initiated template without an opt-in for its category.
 * 7. `messaging-limit`: a business-initiated template to a customer not yet reached in the last
 *    24 hours when the tier's number of distinct customers is reached (checked by the Gateway).
 */
export type ReasonCode = 'blocked' | 'opted-out' | 'restricted' | 'template-required' | 'window-closed' | 'no-opt-in' | 'messaging-limit';

/** Every reason code, in checking order. */
export const REASON_CODES: readonly ReasonCode[] = Object.freeze([
  'blocked',
  'opted-out',
  'restricted',
  'template-required',
  'window-closed',
  'no-opt-in',
  'messaging-limit',
] as const);

export interface Allowed {
  readonly allowed: true;
  readonly pricing: PricingCategory;
  readonly charged: boolean;
  /** A template sent while the customer-service window is closed (see above). */
  readonly businessInitiated: boolean;
  /** End (exclusive) of the customer-service window, when it is open. */
  readonly windowOpenUntil?: number;
  /** End (exclusive) of the referral window, when one is open (including one this message opened). */
  readonly referralWindowUntil?: number;
}

export interface Refused {
  readonly allowed: false;
  readonly reason: ReasonCode;
  readonly detail?: string;
}

export type Decision = Allowed | Refused;

/** What the pure evaluation needs. */
export interface OutboundContext {
  readonly now: number;
  readonly message: MessageClass;
  readonly window: WindowState | undefined;
  readonly consent: ConsentState;
}

/** A pure evaluation: a refusal, or an allowed decision with the store steps still to do. */
export type Evaluation =
  | Refused
  | {
      readonly allowed: true;
      readonly decision: Allowed;
      /** Reserve a messaging-limit slot first (business-initiated); refuse `messaging-limit` if none. */
      readonly reserve: boolean;
      /** Open the referral window until this time once the message is admitted. */
      readonly openReferralWindowUntil?: number;
    };

export function refuse(reason: ReasonCode, detail?: string): Refused {
  return detail === undefined ? { allowed: false, reason } : { allowed: false, reason, detail };
}

/** Throws InvalidArgument unless `message` is a well-formed MessageClass. */
export function validateMessageClass(message: MessageClass): void {
  if (typeof message !== 'object' || message === null) {
    throw new ProtocolError('InvalidArgument', 'message class must be an object', { field: 'message' });
  }
  if (message.kind === 'service') return;
  if (message.kind !== 'template') {
    throw new ProtocolError('InvalidArgument', `unknown message kind ${String((message as { kind?: unknown }).kind)}`, { field: 'kind' });
  }
  if (!TEMPLATE_CATEGORIES.includes(message.category)) {
    throw new ProtocolError('InvalidArgument', `unknown template category ${String(message.category)}`, { field: 'category' });
  }
  if (typeof message.templateName !== 'string' || !/^[a-z0-9_]{1,512}$/.test(message.templateName)) {
    throw new ProtocolError('InvalidArgument', 'template name must be 1..512 lowercase letters, digits and underscores', { field: 'templateName' });
  }
  if (typeof message.language !== 'string' || message.language.length === 0 || message.language.length > 32) {
    throw new ProtocolError('InvalidArgument', 'template language must be a code of 1..32 characters', { field: 'language' });
  }
}

/** Evaluates an outbound message without touching any store. */
export function evaluateOutbound(context: OutboundContext): Evaluation {
  const { now, message, window, consent } = context;
  if (consent.blocked) return refuse('blocked', 'the customer blocked the business');

  if (message.kind === 'template') {
    const category = consent.categories[message.category];
    if (category.status === 'opted-out') {
      const source = category.record === undefined ? '' : ` (${category.record.source})`;
      return refuse('opted-out', `the customer opted out of ${message.category} messages${source}`);
    }
    if (message.category === 'marketing' && consent.restricted) {
      return refuse('restricted', 'the customer restricted the business to important messages');
    }
  }

  const open = isWindowOpen(window, now);
  if (message.kind === 'service' && !open) {
    return window?.lastCustomerActivityAt === undefined
      ? refuse('template-required', 'the customer never wrote; only a template can start a conversation')
      : refuse('window-closed', 'the 24-hour customer-service window is closed; only templates can be sent');
  }

  const businessInitiated = message.kind === 'template' && !open;
  if (businessInitiated && consent.categories[message.category].status !== 'opted-in') {
    return refuse('no-opt-in', `business-initiated ${message.category} templates need the customer's opt-in`);
  }

  const opening = referralWindowToOpen(window, now);
  const referralUntil = opening ?? (isReferralWindowOpen(window, now) ? window?.referralWindowUntil : undefined);
  const price = priceOf(message, open, referralUntil !== undefined);
  const until = open ? windowOpenUntil(window) : undefined;
  const decision: Allowed = {
    allowed: true,
    pricing: price.pricing,
    charged: price.charged,
    businessInitiated,
    ...(until === undefined ? {} : { windowOpenUntil: until }),
    ...(referralUntil === undefined ? {} : { referralWindowUntil: referralUntil }),
  };
  return {
    allowed: true,
    decision,
    reserve: businessInitiated,
    ...(opening === undefined ? {} : { openReferralWindowUntil: opening }),
  };
}
