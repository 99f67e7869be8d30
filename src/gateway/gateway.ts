import { callStore, ProtocolError } from '../errors.js';
import { KeyedMutex } from '../internal/keyed-mutex.js';
import { type AutomatedReply, type AutomationConfig, automatedReplies } from './automation.js';
import { type ConsentState, foldConsent, type OptOutKeyword, OptOutKeywords, TEMPLATE_CATEGORIES, validateConsentRecord } from './consent.js';
import type { GatewayStore } from './gateway-store.js';
import { type Decision, evaluateOutbound, refuse, validateMessageClass } from './policy.js';
import { isMessagingTier, tierLimit } from './pricing.js';
import { applyStatusEvent, type StatisticsSummary, statisticsSummary } from './receipts.js';
import type {
  ConsentAction,
  ConsentRecord,
  MessageClass,
  MessageRecord,
  MessagingTier,
  StatusEvent,
  StoredConsentRecord,
  TemplateCategory,
  WindowState,
} from './types.js';
import { assertId, assertTime, DAY_MS, windowView, type WindowView } from './window.js';

/** A source of the current time in milliseconds since the epoch. Injected so that tests and replays control time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = Object.freeze({ now: () => Date.now() });

/** How far in the future a caller-supplied consent time may be (clock skew between nodes). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface GatewayOptions {
  readonly store: GatewayStore;
  /** Default: the system clock. */
  readonly clock?: Clock;
  /** Opt-out keywords; default DEFAULT_OPT_OUT_KEYWORDS. An empty list turns keyword opt-out off. */
  readonly optOutKeywords?: readonly OptOutKeyword[];
  /** The automation configuration of a business (greeting, away, quick replies), if any. */
  readonly automation?: (business: string) => AutomationConfig | undefined | Promise<AutomationConfig | undefined>;
}

/**
 * A customer's message or call, as the gateway learns of it. The gateway relays ciphertext: it
 * knows the text only when the business endpoint reports the decrypted text (or the customer used
 * a plain-text opt-out path), and only then can keyword opt-out and quick-reply keywords apply.
 */
export interface InboundMessage {
  readonly business: string;
  readonly customer: string;
  /** When it arrived; default now. A time in the future is taken as now (the gateway's clock bounds activity). */
  readonly at?: number;
  /** Default 'message'. Calls open and refresh the window too, but get no automated replies. */
  readonly kind?: 'message' | 'call';
  /** The customer arrived through a referral entry point (click-to-WhatsApp ad, page button). */
  readonly referral?: boolean;
  /** The decrypted text, when the business shares it. */
  readonly text?: string;
  /** Whether the customer is in the business's contacts (for the 'not-in-contacts' selector); default false. */
  readonly inContacts?: boolean;
}

/** An automated greeting or away reply with the outbound decision taken for it (a service message). */
export interface AutomatedSend {
  readonly reply: Extract<AutomatedReply, { kind: 'greeting' | 'away' }>;
  /** Final, like any decideOutbound result: an allowed reply is expected to be sent. */
  readonly decision: Decision;
}

export interface InboundResult {
  /** The window after recording this activity. */
  readonly window: WindowState;
  /** The customer's latest activity before this one (what the greeting's silence is measured from). */
  readonly previousActivityAt?: number;
  /** The opt-out recorded because the message was an opt-out keyword. */
  readonly optOut?: StoredConsentRecord;
  /** Greeting and away replies with their decisions; none after an opt-out keyword. */
  readonly automated: readonly AutomatedSend[];
  /** Quick replies the message's words suggest to the agent (not sent). */
  readonly suggestions: readonly Extract<AutomatedReply, { kind: 'quick-reply' }>[];
}

export interface MessagingLimitStatus {
  readonly tier: MessagingTier;
  /** Distinct customers per rolling 24 hours; absent when unlimited. */
  readonly limit?: number;
  /** Distinct customers reached by business-initiated messages in the last 24 hours (inclusive). */
  readonly reached: number;
  /** limit − reached, at least 0; absent when unlimited. */
  readonly remaining?: number;
}

/**
 * The gateway's business rules over one GatewayStore: customer-service window, pricing, consent,
 * messaging limits, receipts, statistics and automation (BUSINESS.md §4, §6). Stateless itself
 * apart from a per-(business, customer) queue that keeps inbound processing of one pair in order
 * in this process; several Gateway instances (processes) can share one store.
 */
export class Gateway {
  readonly #store: GatewayStore;
  readonly #clock: Clock;
  readonly #keywords: OptOutKeywords;
  readonly #automation: GatewayOptions['automation'];
  readonly #inbound = new KeyedMutex();

  constructor(options: GatewayOptions) {
    if (typeof options?.store !== 'object' || options.store === null) {
      throw new ProtocolError('InvalidArgument', 'a gateway needs a store', { field: 'store' });
    }
    this.#store = options.store;
    this.#clock = options.clock ?? systemClock;
    this.#keywords = new OptOutKeywords(options.optOutKeywords);
    this.#automation = options.automation;
  }

  #now(): number {
    const now = this.#clock.now();
    assertTime(now, 'clock.now()');
    return now;
  }

  /**
   * Records a customer's message or call (opening or refreshing the 24-hour window, and the
   * referral entry), records an opt-out when the text is an opt-out keyword, and returns the
   * automated replies to send with their decisions plus quick-reply suggestions. Inbound messages
   * of one pair are processed one at a time, so two concurrent first messages get one greeting.
   */
  async onCustomerMessage(inbound: InboundMessage): Promise<InboundResult> {
    if (typeof inbound !== 'object' || inbound === null) throw new ProtocolError('InvalidArgument', 'inbound must be an object', { field: 'inbound' });
    assertId(inbound.business, 'business');
    assertId(inbound.customer, 'customer');
    const kind = inbound.kind ?? 'message';
    if (kind !== 'message' && kind !== 'call') throw new ProtocolError('InvalidArgument', `unknown inbound kind ${String(kind)}`, { field: 'kind' });
    if (inbound.text !== undefined && typeof inbound.text !== 'string') throw new ProtocolError('InvalidArgument', 'text must be a string', { field: 'text' });
    if (inbound.at !== undefined) assertTime(inbound.at, 'at');
    const { business, customer } = inbound;
    return this.#inbound.run(pairKey(business, customer), async () => {
      const now = this.#now();
      const at = Math.min(inbound.at ?? now, now);
      const before = await callStore('getWindow', () => this.#store.getWindow(business, customer));
      const previous = before?.lastCustomerActivityAt;
      const window = await callStore('recordCustomerActivity', () =>
        this.#store.recordCustomerActivity(business, customer, at, inbound.referral === true),
      );
      const base = { window, ...(previous === undefined ? {} : { previousActivityAt: previous }) };

      const keyword = kind === 'message' && inbound.text !== undefined ? this.#keywords.match(inbound.text) : undefined;
      if (keyword !== undefined) {
        const optOut = await this.#append({
          business,
          customer,
          action: 'opt-out',
          category: keyword.category ?? 'all',
          source: `keyword:${keyword.word}`,
          at,
        });
        return { ...base, optOut, automated: [], suggestions: [] };
      }

      const config = this.#automation === undefined ? undefined : await this.#automation(business);
      if (config === undefined) return { ...base, automated: [], suggestions: [] };
      const replies = automatedReplies(
        { customer, at, kind, ...(inbound.text === undefined ? {} : { text: inbound.text }) },
        config,
        { ...(previous === undefined ? {} : { previousActivityAt: previous }), inContacts: inbound.inContacts === true },
      );
      const automated: AutomatedSend[] = [];
      const suggestions: Extract<AutomatedReply, { kind: 'quick-reply' }>[] = [];
      for (const reply of replies) {
        if (reply.kind === 'quick-reply') suggestions.push(reply);
        else automated.push({ reply, decision: await this.decideOutbound(business, customer, { kind: 'service' }) });
      }
      return { ...base, automated, suggestions };
    });
  }

  /**
   * Decides an outbound business message now: allowed with its pricing category, whether it is
   * charged and whether it is business-initiated, or refused with a reason code (policy.ts). An
   * allowed business-initiated message takes a messaging-limit slot; an allowed reply within 24
   * hours of a referral entry opens the 72-hour referral window. Treat an allowed decision as the
   * admission of the message: decide when about to send.
   */
  async decideOutbound(business: string, customer: string, message: MessageClass): Promise<Decision> {
    assertId(business, 'business');
    assertId(customer, 'customer');
    validateMessageClass(message);
    const now = this.#now();
    const [window, records] = await Promise.all([
      callStore('getWindow', () => this.#store.getWindow(business, customer)),
      callStore('listConsent', () => this.#store.listConsent(business, customer)),
    ]);
    const evaluation = evaluateOutbound({ now, message, window, consent: foldConsent(records) });
    if (!evaluation.allowed) return evaluation;
    if (evaluation.reserve) {
      const tier = await callStore('getTier', () => this.#store.getTier(business));
      const limit = tierLimit(tier);
      const admitted = await callStore('reserveBusinessInitiated', () =>
        this.#store.reserveBusinessInitiated(business, customer, now, now - DAY_MS, limit),
      );
      if (!admitted) return refuse('messaging-limit', `messaging limit reached: ${String(limit)} distinct customers per 24 hours (tier ${String(tier)})`);
    }
    const until = evaluation.openReferralWindowUntil;
    if (until !== undefined) await callStore('openReferralWindow', () => this.#store.openReferralWindow(business, customer, until));
    return evaluation.decision;
  }

  /** Merges a status event (idempotent, order-independent) and returns the message's record. */
  async recordStatus(event: StatusEvent): Promise<MessageRecord> {
    return callStore('applyStatus', () => applyStatusEvent(this.#store, event));
  }

  /** Statistics of a business for [fromDay, toDay] (UTC days, `YYYY-MM-DD`): totals, per day, category and template, with read rates. */
  async summary(business: string, fromDay: string, toDay: string): Promise<StatisticsSummary> {
    return callStore('statistics', () => statisticsSummary(this.#store, business, fromDay, toDay));
  }

  // ---- consent -------------------------------------------------------------------------------

  /** Records an opt-in for a category (or 'all') with where it was collected and when (default now). */
  async optIn(business: string, customer: string, category: TemplateCategory | 'all', source: string, at?: number): Promise<StoredConsentRecord> {
    return this.#consentChange(business, customer, 'opt-in', source, at, { category: assertCategory(category) });
  }

  /** Records an opt-out for a category (or 'all'). */
  async optOut(business: string, customer: string, category: TemplateCategory | 'all', source = 'api', at?: number): Promise<StoredConsentRecord> {
    return this.#consentChange(business, customer, 'opt-out', source, at, { category: assertCategory(category) });
  }

  /** The customer blocked the business: nothing passes until unblock. */
  async block(business: string, customer: string, source = 'api', at?: number): Promise<StoredConsentRecord> {
    return this.#consentChange(business, customer, 'block', source, at, {});
  }

  async unblock(business: string, customer: string, source = 'api', at?: number): Promise<StoredConsentRecord> {
    return this.#consentChange(business, customer, 'unblock', source, at, {});
  }

  /** The customer reported the business as spam: blocks it, opts out of everything, and keeps the reported message ids. */
  async reportSpam(business: string, customer: string, messageIds: readonly string[], source = 'api', at?: number): Promise<StoredConsentRecord> {
    return this.#consentChange(business, customer, 'report-spam', source, at, { messageIds: Array.isArray(messageIds) ? [...messageIds] : messageIds });
  }

  /** The customer restricted the business to important messages: marketing is refused, utility and authentication pass. */
  async restrict(business: string, customer: string, source = 'api', at?: number): Promise<StoredConsentRecord> {
    return this.#consentChange(business, customer, 'restrict', source, at, {});
  }

  async unrestrict(business: string, customer: string, source = 'api', at?: number): Promise<StoredConsentRecord> {
    return this.#consentChange(business, customer, 'unrestrict', source, at, {});
  }

  /** The current consent of a pair, folded from its records. */
  async consent(business: string, customer: string): Promise<ConsentState> {
    assertId(business, 'business');
    assertId(customer, 'customer');
    return foldConsent(await callStore('listConsent', () => this.#store.listConsent(business, customer)));
  }

  // ---- window and limits -----------------------------------------------------------------------

  /** The pair's windows now. */
  async window(business: string, customer: string): Promise<WindowView> {
    assertId(business, 'business');
    assertId(customer, 'customer');
    return windowView(await callStore('getWindow', () => this.#store.getWindow(business, customer)), this.#now());
  }

  async setTier(business: string, tier: MessagingTier): Promise<void> {
    assertId(business, 'business');
    if (!isMessagingTier(tier)) throw new ProtocolError('InvalidArgument', `unknown messaging tier ${String(tier)}`, { field: 'tier' });
    await callStore('setTier', () => this.#store.setTier(business, tier));
  }

  /** The business's tier and how many distinct customers business-initiated messages reached in the last 24 hours. */
  async messagingLimit(business: string): Promise<MessagingLimitStatus> {
    assertId(business, 'business');
    const now = this.#now();
    const tier = await callStore('getTier', () => this.#store.getTier(business));
    const reached = await callStore('countCustomersReached', () => this.#store.countCustomersReached(business, now - DAY_MS));
    const limit = tierLimit(tier);
    return limit === undefined ? { tier, reached } : { tier, limit, reached, remaining: Math.max(0, limit - reached) };
  }

  async #consentChange(
    business: string,
    customer: string,
    action: ConsentAction,
    source: string,
    at: number | undefined,
    extra: { category?: TemplateCategory | 'all'; messageIds?: readonly string[] },
  ): Promise<StoredConsentRecord> {
    const now = this.#now();
    if (at !== undefined) {
      assertTime(at, 'at');
      if (at > now + MAX_CLOCK_SKEW_MS) throw new ProtocolError('InvalidArgument', 'a consent change cannot be dated in the future', { field: 'at' });
    }
    return this.#append({ business, customer, action, source, at: at ?? now, ...extra });
  }

  async #append(record: ConsentRecord): Promise<StoredConsentRecord> {
    // the store validates too; validating here keeps bad input away from every store
    validateConsentRecord(record);
    return callStore('appendConsent', () => this.#store.appendConsent(record));
  }
}

function assertCategory(category: TemplateCategory | 'all'): TemplateCategory | 'all' {
  if (category !== 'all' && !TEMPLATE_CATEGORIES.includes(category)) {
    throw new ProtocolError('InvalidArgument', `unknown template category ${String(category)}`, { field: 'category' });
  }
  return category;
}

function pairKey(business: string, customer: string): string {
  return `${business.length}:${business}${customer}`;
}
