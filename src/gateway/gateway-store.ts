import type {
  ConsentRecord,
  MessageRecord,
  MessagingTier,
  StatisticsRow,
  StatusEvent,
  StoredConsentRecord,
  WindowState,
} from './types.js';

/**
 * Everything a gateway keeps, behind one async interface. Every method is atomic on its own, so
 * several gateway processes can share one store (the PostgreSQL store does this with single
 * statements and row locks). Implementations: InMemoryGatewayStore (gateway/memory-store.ts) and
 * PostgresGatewayStore (the `parley/gateway/postgres` subpath).
 */
export interface GatewayStore {
  /** Window state of a pair, or undefined when the customer never wrote. */
  getWindow(business: string, customer: string): Promise<WindowState | undefined>;
  /**
   * Records a customer message or call at `at`: lastCustomerActivityAt becomes the later of the
   * stored value and `at` (never moves back); with `referral`, referralEntryAt likewise.
   */
  recordCustomerActivity(business: string, customer: string, at: number, referral: boolean): Promise<WindowState>;
  /** Extends referralWindowUntil to `until` (never shortens it). */
  openReferralWindow(business: string, customer: string, until: number): Promise<WindowState>;

  /** Appends a consent record and returns it with its sequence number. Records are never changed. */
  appendConsent(record: ConsentRecord): Promise<StoredConsentRecord>;
  /** Every consent record of a pair, in sequence order. */
  listConsent(business: string, customer: string): Promise<readonly StoredConsentRecord[]>;

  getTier(business: string): Promise<MessagingTier>;
  setTier(business: string, tier: MessagingTier): Promise<void>;
  /**
   * Atomically admits a business-initiated message to `customer` under the messaging limit: true
   * (and recorded at `at`) when the customer was already reached since `since` or fewer than
   * `limit` distinct customers were; false (and nothing recorded) otherwise. `limit` undefined
   * means unlimited.
   */
  reserveBusinessInitiated(business: string, customer: string, at: number, since: number, limit: number | undefined): Promise<boolean>;
  /** Distinct customers reached by business-initiated messages since `since`. */
  countCustomersReached(business: string, since: number): Promise<number>;

  /**
   * Merges a status event into the message's record and the statistics, atomically: idempotent
   * (the same event twice changes nothing) and order-independent (any order of the same events
   * gives the same record and counters).
   */
  applyStatus(event: StatusEvent): Promise<MessageRecord>;
  getMessage(messageId: string): Promise<MessageRecord | undefined>;
  /** Statistics rows of a business for days in [fromDay, toDay] (inclusive, `YYYY-MM-DD`). */
  statistics(business: string, fromDay: string, toDay: string): Promise<readonly StatisticsRow[]>;
}
