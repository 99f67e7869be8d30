import { callStore, ProtocolError } from '../../errors.js';
import type { GatewayStore } from '../gateway-store.js';
import { displayStatus, mergeStatus, type StatisticsDelta } from '../status-merge.js';
import type {
  ConsentAction,
  ConsentRecord,
  MessageRecord,
  MessageStatus,
  MessagingTier,
  PricingCategory,
  StatisticsRow,
  StatusEvent,
  StoredConsentRecord,
  TemplateCategory,
  WindowState,
} from '../types.js';
import { gatewayTables, migrateGatewaySchema, type GatewayTables, type MigrationResult } from './migrations.js';
import type { SqlExecutor, SqlRow } from './sql-executor.js';

export interface PostgresGatewayStoreOptions {
  /** PostgreSQL schema holding the tables (created by the migration); default: the search_path. */
  readonly schema?: string;
  /** Tier of a business that was never given one; default 250, where new portfolios start (BUSINESS.md §4.7). */
  readonly defaultTier?: MessagingTier;
  /** Attempts of an operation that fails with serialization_failure or deadlock_detected; default 3. */
  readonly maxAttempts?: number;
}

const CONSENT_ACTIONS: ReadonlySet<string> = new Set<ConsentAction>(['opt-in', 'opt-out', 'block', 'unblock', 'report-spam', 'restrict', 'unrestrict']);
const CONSENT_CATEGORIES: ReadonlySet<string> = new Set<TemplateCategory | 'all'>(['marketing', 'utility', 'authentication', 'all']);
const PRICING_CATEGORIES: ReadonlySet<string> = new Set<PricingCategory>(['service', 'marketing', 'utility', 'authentication', 'referral_conversion']);
const STATUSES: ReadonlySet<string> = new Set<MessageStatus>(['sent', 'delivered', 'read', 'failed', 'deleted']);
const TIERS: ReadonlyMap<string, MessagingTier> = new Map<string, MessagingTier>([
  ['250', 250],
  ['2000', 2_000],
  ['10000', 10_000],
  ['100000', 100_000],
  ['unlimited', 'unlimited'],
]);
/** Largest |time| a JavaScript Date can hold; times outside have no UTC day. */
const MAX_TIME = 8.64e15;
/** SQLSTATEs after which the whole transaction was rolled back and may simply be run again. */
const TRANSIENT = new Set(['40001', '40P01']);

/**
 * GatewayStore on PostgreSQL, written against a {@link SqlExecutor} (node-postgres or PGlite).
 * Several processes may share one database: every method is one statement or one transaction,
 * monotonic fields move with GREATEST in a single upsert, the per-business reach limit and the
 * per-pair consent sequence are serialized with transaction-scoped advisory locks, and a status
 * merge locks the message row (SELECT … FOR UPDATE) and bumps its statistics cell in the same
 * transaction. Correct under READ COMMITTED, the server default. Driver errors are rethrown as
 * ProtocolError 'StoreFailure' with the driver error as `cause`.
 *
 * Call {@link PostgresGatewayStore.open} (migrates, then returns the store), or run
 * {@link migrateGatewaySchema} yourself and use the constructor.
 */
export class PostgresGatewayStore implements GatewayStore {
  readonly #db: SqlExecutor;
  readonly #t: GatewayTables;
  readonly #defaultTier: MessagingTier;
  readonly #maxAttempts: number;

  constructor(executor: SqlExecutor, options: PostgresGatewayStoreOptions = {}) {
    this.#db = executor;
    this.#t = gatewayTables(options.schema);
    const defaultTier = options.defaultTier ?? 250;
    if (!TIERS.has(String(defaultTier))) throw invalid('defaultTier', `a messaging tier, got ${String(defaultTier)}`);
    this.#defaultTier = defaultTier;
    const maxAttempts = options.maxAttempts ?? 3;
    if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) throw invalid('maxAttempts', `a positive integer, got ${String(maxAttempts)}`);
    this.#maxAttempts = maxAttempts;
  }

  /** Migrates the schema (idempotent, safe from several processes at once) and returns a store. */
  static async open(executor: SqlExecutor, options: PostgresGatewayStoreOptions = {}): Promise<PostgresGatewayStore> {
    const store = new PostgresGatewayStore(executor, options);
    await store.migrate();
    return store;
  }

  /** Applies missing schema migrations. */
  migrate(): Promise<MigrationResult> {
    const schema = this.#t.schema;
    return callStore('migrate', () => migrateGatewaySchema(this.#db, schema === undefined ? {} : { schema }));
  }

  // ---- customer-service windows -------------------------------------------------------------

  getWindow(business: string, customer: string): Promise<WindowState | undefined> {
    return this.#run('getWindow', async () => {
      requireText(business, 'business');
      requireText(customer, 'customer');
      const { rows } = await this.#db.query(
        `SELECT last_customer_activity_at, referral_entry_at, referral_window_until
           FROM ${this.#t.windows} WHERE business = $1 AND customer = $2`,
        [business, customer],
      );
      return rows[0] === undefined ? undefined : windowFromRow(rows[0]);
    });
  }

  recordCustomerActivity(business: string, customer: string, at: number, referral: boolean): Promise<WindowState> {
    return this.#run('recordCustomerActivity', async () => {
      requireText(business, 'business');
      requireText(customer, 'customer');
      requireTime(at, 'at');
      if (typeof referral !== 'boolean') throw invalid('referral', 'a boolean');
      const { rows } = await this.#db.query(
        `INSERT INTO ${this.#t.windows} AS w (business, customer, last_customer_activity_at, referral_entry_at)
         VALUES ($1, $2, $3::bigint, CASE WHEN $4::boolean THEN $3::bigint END)
         ON CONFLICT (business, customer) DO UPDATE SET
           last_customer_activity_at = GREATEST(w.last_customer_activity_at, EXCLUDED.last_customer_activity_at),
           referral_entry_at = GREATEST(w.referral_entry_at, EXCLUDED.referral_entry_at)
         RETURNING last_customer_activity_at, referral_entry_at, referral_window_until`,
        [business, customer, at, referral],
      );
      return windowFromRow(single(rows));
    });
  }

  openReferralWindow(business: string, customer: string, until: number): Promise<WindowState> {
    return this.#run('openReferralWindow', async () => {
      requireText(business, 'business');
      requireText(customer, 'customer');
      requireTime(until, 'until');
      const { rows } = await this.#db.query(
        `INSERT INTO ${this.#t.windows} AS w (business, customer, referral_window_until)
         VALUES ($1, $2, $3::bigint)
         ON CONFLICT (business, customer) DO UPDATE SET
           referral_window_until = GREATEST(w.referral_window_until, EXCLUDED.referral_window_until)
         RETURNING last_customer_activity_at, referral_entry_at, referral_window_until`,
        [business, customer, until],
      );
      return windowFromRow(single(rows));
    });
  }

  // ---- consent ---------------------------------------------------------------------------------

  appendConsent(record: ConsentRecord): Promise<StoredConsentRecord> {
    return this.#run('appendConsent', async () => {
      const clean = validConsent(record);
      const sequence = await this.#db.transaction(async (tx) => {
        // Serializes appends of one pair, so their sequence order is also their commit order:
        // a reader never sees a record appear before one with a lower sequence of the same pair.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [
          `${this.#t.lockNamespace}:consent`,
          JSON.stringify([clean.business, clean.customer]),
        ]);
        const { rows } = await tx.query(
          `INSERT INTO ${this.#t.consent} (business, customer, action, category, source, at, message_ids)
           VALUES ($1, $2, $3, $4, $5, $6::bigint, $7::text::jsonb)
           RETURNING sequence`,
          [
            clean.business,
            clean.customer,
            clean.action,
            clean.category ?? null,
            clean.source,
            clean.at,
            clean.messageIds === undefined ? null : JSON.stringify(clean.messageIds),
          ],
        );
        return toInteger(single(rows)['sequence'], 'sequence');
      });
      return { ...clean, sequence };
    });
  }

  listConsent(business: string, customer: string): Promise<readonly StoredConsentRecord[]> {
    return this.#run('listConsent', async () => {
      requireText(business, 'business');
      requireText(customer, 'customer');
      const { rows } = await this.#db.query(
        `SELECT sequence, action, category, source, at, message_ids::text AS message_ids
           FROM ${this.#t.consent} WHERE business = $1 AND customer = $2 ORDER BY sequence`,
        [business, customer],
      );
      return rows.map((row) => consentFromRow(business, customer, row));
    });
  }

  // ---- tiers and the business-initiated reach ------------------------------------------------

  getTier(business: string): Promise<MessagingTier> {
    return this.#run('getTier', async () => {
      requireText(business, 'business');
      const { rows } = await this.#db.query(`SELECT tier FROM ${this.#t.tiers} WHERE business = $1`, [business]);
      if (rows[0] === undefined) return this.#defaultTier;
      const tier = TIERS.get(toText(rows[0]['tier'], 'tier'));
      if (tier === undefined) throw corrupt('tier', 'an unknown messaging tier');
      return tier;
    });
  }

  setTier(business: string, tier: MessagingTier): Promise<void> {
    return this.#run('setTier', async () => {
      requireText(business, 'business');
      if (!TIERS.has(String(tier))) throw invalid('tier', `250, 2000, 10000, 100000 or 'unlimited', got ${String(tier)}`);
      await this.#db.query(
        `INSERT INTO ${this.#t.tiers} (business, tier) VALUES ($1, $2)
         ON CONFLICT (business) DO UPDATE SET tier = EXCLUDED.tier`,
        [business, String(tier)],
      );
    });
  }

  reserveBusinessInitiated(business: string, customer: string, at: number, since: number, limit: number | undefined): Promise<boolean> {
    return this.#run('reserveBusinessInitiated', async () => {
      requireText(business, 'business');
      requireText(customer, 'customer');
      requireTime(at, 'at');
      requireTime(since, 'since');
      if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) throw invalid('limit', `a non-negative integer or undefined, got ${String(limit)}`);
      const record = `INSERT INTO ${this.#t.reach} AS r (business, customer, last_at)`;
      const upsert = `ON CONFLICT (business, customer) DO UPDATE SET last_at = GREATEST(r.last_at, EXCLUDED.last_at)`;
      if (limit === undefined) {
        await this.#db.query(`${record} VALUES ($1, $2, $3::bigint) ${upsert}`, [business, customer, at]);
        return true;
      }
      // Fast path, one statement and no business lock: a customer already reached since `since`
      // stays so (reach only moves forward), so re-admitting it cannot break the limit.
      const again = await this.#db.query(
        `UPDATE ${this.#t.reach} SET last_at = GREATEST(last_at, $3::bigint)
          WHERE business = $1 AND customer = $2 AND last_at >= $4::bigint RETURNING 1 AS again`,
        [business, customer, at, since],
      );
      if (again.rows.length > 0) return true;
      return this.#db.transaction(async (tx) => {
        // One reservation per business at a time: the count below and the insert after it see
        // every reservation committed before, and none can slip in between.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [`${this.#t.lockNamespace}:reach`, business]);
        const { rows } = await tx.query(
          `WITH state AS (
             SELECT EXISTS (SELECT 1 FROM ${this.#t.reach}
                             WHERE business = $1 AND customer = $2 AND last_at >= $4::bigint) AS already,
                    (SELECT count(*) FROM (SELECT 1 FROM ${this.#t.reach}
                                            WHERE business = $1 AND last_at >= $4::bigint
                                            LIMIT $5::bigint) AS capped) AS reached
           ), admitted AS (
             ${record}
             SELECT $1, $2, $3::bigint FROM state WHERE state.already OR state.reached < $5::bigint
             ${upsert}
             RETURNING 1
           )
           SELECT count(*) AS admitted FROM admitted`,
          [business, customer, at, since, limit],
        );
        return toInteger(single(rows)['admitted'], 'admitted') === 1;
      });
    });
  }

  countCustomersReached(business: string, since: number): Promise<number> {
    return this.#run('countCustomersReached', async () => {
      requireText(business, 'business');
      requireTime(since, 'since');
      const { rows } = await this.#db.query(`SELECT count(*) AS n FROM ${this.#t.reach} WHERE business = $1 AND last_at >= $2::bigint`, [
        business,
        since,
      ]);
      return toInteger(single(rows)['n'], 'count');
    });
  }

  // ---- message statuses and statistics -------------------------------------------------------

  applyStatus(event: StatusEvent): Promise<MessageRecord> {
    return this.#run('applyStatus', async () => {
      validEvent(event);
      return this.#db.transaction(async (tx) => {
        const select = `SELECT business, customer, category, template_name, day, progress, failed, deleted
                          FROM ${this.#t.messages} WHERE message_id = $1 FOR UPDATE`;
        let row = (await tx.query(select, [event.messageId])).rows[0];
        let merge: { record: MessageRecord; delta: StatisticsDelta } | undefined;
        if (row === undefined) {
          merge = mergeStatus(undefined, event);
          const r = merge.record;
          const inserted = await tx.query(
            `INSERT INTO ${this.#t.messages} (message_id, business, customer, category, template_name, day, progress, failed, deleted)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
            [r.messageId, r.business, r.customer, r.category, r.templateName ?? '', r.day, r.progress, r.failed, r.deleted],
          );
          if (inserted.rows.length === 0) {
            // Another process created the record after our SELECT: merge into theirs instead.
            merge = undefined;
            row = (await tx.query(select, [event.messageId])).rows[0];
            if (row === undefined) throw new ProtocolError('StoreFailure', `message ${event.messageId} vanished during applyStatus`, { operation: 'applyStatus' });
          }
        }
        if (merge === undefined) {
          const before = messageFromRow(event.messageId, row as SqlRow);
          merge = mergeStatus(before, event);
          const r = merge.record;
          if (r.progress !== before.progress || r.failed !== before.failed || r.deleted !== before.deleted) {
            await tx.query(`UPDATE ${this.#t.messages} SET progress = $2, failed = $3, deleted = $4 WHERE message_id = $1`, [
              r.messageId,
              r.progress,
              r.failed,
              r.deleted,
            ]);
          }
        }
        const { record, delta } = merge;
        if (delta.sent + delta.delivered + delta.read + delta.failed > 0) {
          await tx.query(
            `INSERT INTO ${this.#t.statistics} AS s (business, day, category, template_name, sent, delivered, read, failed)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (business, day, category, template_name) DO UPDATE SET
               sent = s.sent + EXCLUDED.sent,
               delivered = s.delivered + EXCLUDED.delivered,
               read = s.read + EXCLUDED.read,
               failed = s.failed + EXCLUDED.failed`,
            [record.business, record.day, record.category, record.templateName ?? '', delta.sent, delta.delivered, delta.read, delta.failed],
          );
        }
        return record;
      });
    });
  }

  getMessage(messageId: string): Promise<MessageRecord | undefined> {
    return this.#run('getMessage', async () => {
      requireText(messageId, 'messageId');
      const { rows } = await this.#db.query(
        `SELECT business, customer, category, template_name, day, progress, failed, deleted
           FROM ${this.#t.messages} WHERE message_id = $1`,
        [messageId],
      );
      return rows[0] === undefined ? undefined : messageFromRow(messageId, rows[0]);
    });
  }

  statistics(business: string, fromDay: string, toDay: string): Promise<readonly StatisticsRow[]> {
    return this.#run('statistics', async () => {
      requireText(business, 'business');
      requireText(fromDay, 'fromDay');
      requireText(toDay, 'toDay');
      const { rows } = await this.#db.query(
        `SELECT day, category, template_name, sent, delivered, read, failed
           FROM ${this.#t.statistics}
          WHERE business = $1 AND day >= $2 AND day <= $3
          ORDER BY day, category, template_name`,
        [business, fromDay, toDay],
      );
      return rows.map((row) => ({
        business,
        day: toText(row['day'], 'day'),
        category: toPricingCategory(row['category']),
        templateName: toText(row['template_name'], 'template_name'),
        sent: toInteger(row['sent'], 'sent'),
        delivered: toInteger(row['delivered'], 'delivered'),
        read: toInteger(row['read'], 'read'),
        failed: toInteger(row['failed'], 'failed'),
      }));
    });
  }

  /** Wraps errors (callStore) and reruns an operation the server rolled back as transient. */
  #run<T>(operation: string, body: () => Promise<T>): Promise<T> {
    return callStore(operation, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await body();
        } catch (e) {
          if (attempt >= this.#maxAttempts || !isTransient(e)) throw e;
        }
      }
    });
  }
}

// ---- validation of arguments -------------------------------------------------------------------

function invalid(field: string, expected: string): ProtocolError {
  return new ProtocolError('InvalidArgument', `${field} must be ${expected}`, { field });
}

function requireText(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string') throw invalid(field, 'a string');
}

function requireTime(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > MAX_TIME) {
    throw invalid(field, `an integer time in milliseconds, got ${String(value)}`);
  }
}

function validConsent(record: ConsentRecord): ConsentRecord {
  requireText(record.business, 'business');
  requireText(record.customer, 'customer');
  if (!CONSENT_ACTIONS.has(record.action)) throw invalid('action', `a consent action, got ${String(record.action)}`);
  if (record.category !== undefined && !CONSENT_CATEGORIES.has(record.category)) throw invalid('category', `a template category or 'all', got ${String(record.category)}`);
  requireText(record.source, 'source');
  requireTime(record.at, 'at');
  if (record.messageIds !== undefined && (!Array.isArray(record.messageIds) || !record.messageIds.every((id) => typeof id === 'string'))) {
    throw invalid('messageIds', 'an array of strings');
  }
  return {
    business: record.business,
    customer: record.customer,
    action: record.action,
    ...(record.category === undefined ? {} : { category: record.category }),
    source: record.source,
    at: record.at,
    ...(record.messageIds === undefined ? {} : { messageIds: [...record.messageIds] }),
  };
}

function validEvent(event: StatusEvent): void {
  requireText(event.messageId, 'messageId');
  requireText(event.business, 'business');
  requireText(event.customer, 'customer');
  if (!STATUSES.has(event.status)) throw invalid('status', `a message status, got ${String(event.status)}`);
  requireTime(event.at, 'at');
  if (!PRICING_CATEGORIES.has(event.category)) throw invalid('category', `a pricing category, got ${String(event.category)}`);
  if (event.templateName !== undefined) requireText(event.templateName, 'templateName');
  requireTime(event.sentAt, 'sentAt');
}

function isTransient(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && TRANSIENT.has(code);
}

// ---- conversion of stored values ---------------------------------------------------------------

function corrupt(column: string, what: string): ProtocolError {
  return new ProtocolError('StoreFailure', `stored ${column} is ${what}`, { field: column });
}

function single(rows: readonly SqlRow[]): SqlRow {
  const row = rows[0];
  if (row === undefined || rows.length !== 1) throw new ProtocolError('StoreFailure', `expected one row, got ${rows.length}`);
  return row;
}

/** BIGINT / INTEGER / SMALLINT as a JavaScript number: `pg` gives strings, PGlite numbers or bigints. */
function toInteger(value: unknown, column: string): number {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'bigint') n = value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER) ? Number.NaN : Number(value);
  else if (typeof value === 'string' && /^-?[0-9]{1,20}$/.test(value)) n = Number(value);
  else throw corrupt(column, `not an integer (${typeof value})`);
  // A decimal string past 2^53 rounds to an unsafe number, so this also rejects those.
  if (!Number.isSafeInteger(n)) throw corrupt(column, `outside the safe integer range (${String(value)})`);
  return n;
}

function toOptionalInteger(value: unknown, column: string): number | undefined {
  return value === null || value === undefined ? undefined : toInteger(value, column);
}

function toText(value: unknown, column: string): string {
  if (typeof value !== 'string') throw corrupt(column, `not text (${typeof value})`);
  return value;
}

function toBoolean(value: unknown, column: string): boolean {
  if (typeof value !== 'boolean') throw corrupt(column, `not a boolean (${typeof value})`);
  return value;
}

function toPricingCategory(value: unknown): PricingCategory {
  const text = toText(value, 'category');
  if (!PRICING_CATEGORIES.has(text)) throw corrupt('category', `an unknown pricing category`);
  return text as PricingCategory;
}

function windowFromRow(row: SqlRow): WindowState {
  const lastCustomerActivityAt = toOptionalInteger(row['last_customer_activity_at'], 'last_customer_activity_at');
  const referralEntryAt = toOptionalInteger(row['referral_entry_at'], 'referral_entry_at');
  const referralWindowUntil = toOptionalInteger(row['referral_window_until'], 'referral_window_until');
  return {
    ...(lastCustomerActivityAt === undefined ? {} : { lastCustomerActivityAt }),
    ...(referralEntryAt === undefined ? {} : { referralEntryAt }),
    ...(referralWindowUntil === undefined ? {} : { referralWindowUntil }),
  };
}

function consentFromRow(business: string, customer: string, row: SqlRow): StoredConsentRecord {
  const action = toText(row['action'], 'action');
  if (!CONSENT_ACTIONS.has(action)) throw corrupt('action', 'an unknown consent action');
  const category = row['category'] === null ? undefined : toText(row['category'], 'category');
  if (category !== undefined && !CONSENT_CATEGORIES.has(category)) throw corrupt('category', 'an unknown consent category');
  let messageIds: string[] | undefined;
  if (row['message_ids'] !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(toText(row['message_ids'], 'message_ids'));
    } catch {
      throw corrupt('message_ids', 'not JSON');
    }
    if (!Array.isArray(parsed) || !parsed.every((id): id is string => typeof id === 'string')) throw corrupt('message_ids', 'not an array of strings');
    messageIds = parsed;
  }
  return {
    business,
    customer,
    action: action as ConsentAction,
    ...(category === undefined ? {} : { category: category as TemplateCategory | 'all' }),
    source: toText(row['source'], 'source'),
    at: toInteger(row['at'], 'at'),
    ...(messageIds === undefined ? {} : { messageIds }),
    sequence: toInteger(row['sequence'], 'sequence'),
  };
}

function messageFromRow(messageId: string, row: SqlRow): MessageRecord {
  const progress = toInteger(row['progress'], 'progress');
  if (progress !== 0 && progress !== 1 && progress !== 2 && progress !== 3) throw corrupt('progress', `out of range (${progress})`);
  const failed = toBoolean(row['failed'], 'failed');
  const deleted = toBoolean(row['deleted'], 'deleted');
  const templateName = toText(row['template_name'], 'template_name');
  return {
    messageId,
    business: toText(row['business'], 'business'),
    customer: toText(row['customer'], 'customer'),
    category: toPricingCategory(row['category']),
    ...(templateName === '' ? {} : { templateName }),
    day: toText(row['day'], 'day'),
    progress,
    failed,
    deleted,
    status: displayStatus(progress, failed, deleted),
  };
}
