import type { TemplateCategory } from '../content/language-pack.js';

/**
 * Gateway domain types (BUSINESS.md §4, §6). A gateway cannot read messages; it sees envelopes
 * and events and enforces the business rules on them. Times are milliseconds since the epoch;
 * `business` and `customer` are opaque stable ids (e.g. phone numbers or LIDs).
 */
export type { TemplateCategory };

/** What the gateway may know about an outbound message's class. */
export type MessageClass =
  | { readonly kind: 'service' }
  | { readonly kind: 'template'; readonly category: TemplateCategory; readonly templateName: string; readonly language: string };

/** Webhook-style pricing categories (BUSINESS.md §4.2). */
export type PricingCategory = 'service' | 'marketing' | 'utility' | 'authentication' | 'referral_conversion';

/** Messaging-limit tiers: unique customers reached by business-initiated messages per rolling 24 h. */
export type MessagingTier = 250 | 2_000 | 10_000 | 100_000 | 'unlimited';

/** The customer-service window state of one (business, customer) pair. */
export interface WindowState {
  /** The customer's latest message or call; the 24-hour window runs from here. */
  readonly lastCustomerActivityAt?: number;
  /** The customer's latest arrival through a referral entry point (click-to-WhatsApp ad, page button). */
  readonly referralEntryAt?: number;
  /** End of the 72-hour free-template window, opened when the business replied within 24 h of a referral entry. */
  readonly referralWindowUntil?: number;
}

export type ConsentAction = 'opt-in' | 'opt-out' | 'block' | 'unblock' | 'report-spam' | 'restrict' | 'unrestrict';

/** One consent change. Records are append-only; current consent is derived from them. */
export interface ConsentRecord {
  readonly business: string;
  readonly customer: string;
  readonly action: ConsentAction;
  /** For opt-in / opt-out: one category or every category. */
  readonly category?: TemplateCategory | 'all';
  /** Where it came from: 'api', 'website', 'keyword:STOP', 'sms', 'in-person', … */
  readonly source: string;
  readonly at: number;
  /** For report-spam: the reported message ids. */
  readonly messageIds?: readonly string[];
}

/** A consent record as stored: with its store-assigned, strictly increasing sequence number. */
export interface StoredConsentRecord extends ConsentRecord {
  readonly sequence: number;
}

/** Per-message delivery status as shown: sent < delivered < read; failed is terminal; deleted by the customer. */
export type MessageStatus = 'sent' | 'delivered' | 'read' | 'failed' | 'deleted';

/** A status event (webhook or receipt). Events may arrive out of order, twice, or late. */
export interface StatusEvent {
  readonly messageId: string;
  readonly business: string;
  readonly customer: string;
  readonly status: MessageStatus;
  readonly at: number;
  /** Known to the gateway from its own send decision; the same on every event of a message. */
  readonly category: PricingCategory;
  readonly templateName?: string;
  /** When the message was sent; its UTC day is the statistics day. */
  readonly sentAt: number;
}

/** The merged state of one message: a join of every event seen, so order and repeats do not matter. */
export interface MessageRecord {
  readonly messageId: string;
  readonly business: string;
  readonly customer: string;
  readonly category: PricingCategory;
  readonly templateName?: string;
  /** UTC day of sentAt, `YYYY-MM-DD`. */
  readonly day: string;
  /** Highest progress seen: 0 none, 1 sent, 2 delivered, 3 read (read implies delivered implies sent). */
  readonly progress: 0 | 1 | 2 | 3;
  readonly failed: boolean;
  readonly deleted: boolean;
  /** The status a dashboard shows: deleted, else failed, else the progress. */
  readonly status: MessageStatus;
}

/** Counters for one (business, day, category, template) cell; templateName '' for non-templates. */
export interface StatisticsRow {
  readonly business: string;
  readonly day: string;
  readonly category: PricingCategory;
  readonly templateName: string;
  readonly sent: number;
  readonly delivered: number;
  readonly read: number;
  readonly failed: number;
}
