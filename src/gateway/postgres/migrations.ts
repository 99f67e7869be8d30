import { ProtocolError } from '../../errors.js';
import type { SqlExecutor } from './sql-executor.js';

/**
 * Versioned schema of the PostgreSQL gateway store. `migrateGatewaySchema` applies the missing
 * versions in order, in one transaction, under a transaction-scoped advisory lock: several
 * processes may call it at once (the others wait, then find nothing left to do), and a failure
 * leaves the schema as it was. Applied versions are rows of `parley_gateway_schema_migrations`.
 * Versions are never edited once released; a change is a new version.
 *
 * Times are BIGINT milliseconds since the epoch; days are `YYYY-MM-DD` text (UTC).
 */

/** Table names of one store, already quoted and schema-qualified. */
export interface GatewayTables {
  readonly schema: string | undefined;
  readonly migrations: string;
  readonly windows: string;
  readonly consent: string;
  readonly tiers: string;
  readonly reach: string;
  readonly messages: string;
  readonly statistics: string;
  /** Prefix of the advisory-lock class keys, so stores in different schemas never contend. */
  readonly lockNamespace: string;
}

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Statements, run one by one (one statement per query keeps every driver happy). */
  statements(t: GatewayTables): readonly string[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The gateway's table names in `schema` (default: unqualified, i.e. the connection's search_path). */
export function gatewayTables(schema?: string): GatewayTables {
  if (schema !== undefined && !IDENTIFIER.test(schema)) {
    throw new ProtocolError('InvalidArgument', `schema name must match ${String(IDENTIFIER)}, got ${JSON.stringify(schema)}`, { field: 'schema' });
  }
  const name = (table: string): string => (schema === undefined ? table : `"${schema}".${table}`);
  return {
    schema,
    migrations: name('parley_gateway_schema_migrations'),
    windows: name('parley_gateway_windows'),
    consent: name('parley_gateway_consent'),
    tiers: name('parley_gateway_tiers'),
    reach: name('parley_gateway_reach'),
    messages: name('parley_gateway_messages'),
    statistics: name('parley_gateway_statistics'),
    lockNamespace: `parley.gateway:${schema ?? ''}`,
  };
}

const PRICING = `('service', 'marketing', 'utility', 'authentication', 'referral_conversion')`;

export const GATEWAY_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'gateway store: windows, consent, tiers, reach, messages, statistics',
    statements: (t) => [
      `CREATE TABLE ${t.windows} (
        business text NOT NULL,
        customer text NOT NULL,
        last_customer_activity_at bigint,
        referral_entry_at bigint,
        referral_window_until bigint,
        PRIMARY KEY (business, customer)
      )`,
      `CREATE TABLE ${t.consent} (
        sequence bigserial PRIMARY KEY,
        business text NOT NULL,
        customer text NOT NULL,
        action text NOT NULL CHECK (action IN ('opt-in', 'opt-out', 'block', 'unblock', 'report-spam', 'restrict', 'unrestrict')),
        category text CHECK (category IN ('marketing', 'utility', 'authentication', 'all')),
        source text NOT NULL,
        at bigint NOT NULL,
        message_ids jsonb CHECK (message_ids IS NULL OR jsonb_typeof(message_ids) = 'array')
      )`,
      `CREATE INDEX ON ${t.consent} (business, customer, sequence)`,
      // Consent is evidence: append-only, enforced by the database as well.
      `CREATE FUNCTION ${t.consent}_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          RAISE EXCEPTION 'parley_gateway_consent is append-only' USING ERRCODE = 'restrict_violation';
        END
      $fn$`,
      `CREATE TRIGGER parley_gateway_consent_no_update BEFORE UPDATE OR DELETE ON ${t.consent}
        FOR EACH ROW EXECUTE FUNCTION ${t.consent}_append_only()`,
      `CREATE TRIGGER parley_gateway_consent_no_truncate BEFORE TRUNCATE ON ${t.consent}
        FOR EACH STATEMENT EXECUTE FUNCTION ${t.consent}_append_only()`,
      `CREATE TABLE ${t.tiers} (
        business text PRIMARY KEY,
        tier text NOT NULL CHECK (tier IN ('250', '2000', '10000', '100000', 'unlimited'))
      )`,
      `CREATE TABLE ${t.reach} (
        business text NOT NULL,
        customer text NOT NULL,
        last_at bigint NOT NULL,
        PRIMARY KEY (business, customer)
      )`,
      `CREATE INDEX ON ${t.reach} (business, last_at)`,
      `CREATE TABLE ${t.messages} (
        message_id text PRIMARY KEY,
        business text NOT NULL,
        customer text NOT NULL,
        category text NOT NULL CHECK (category IN ${PRICING}),
        template_name text NOT NULL,
        day text COLLATE "C" NOT NULL,
        progress smallint NOT NULL CHECK (progress BETWEEN 0 AND 3),
        failed boolean NOT NULL,
        deleted boolean NOT NULL
      )`,
      `CREATE TABLE ${t.statistics} (
        business text NOT NULL,
        day text COLLATE "C" NOT NULL,
        category text NOT NULL CHECK (category IN ${PRICING}),
        template_name text NOT NULL,
        sent bigint NOT NULL DEFAULT 0,
        delivered bigint NOT NULL DEFAULT 0,
        read bigint NOT NULL DEFAULT 0,
        failed bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (business, day, category, template_name)
      )`,
    ],
  },
];

export interface MigrationResult {
  /** Versions this call applied (empty when the schema was already current). */
  readonly applied: readonly number[];
  /** The highest version now in the database. */
  readonly version: number;
}

/**
 * Brings the gateway schema up to date. Idempotent and safe to run from several processes at
 * once. Creates `schema` when given and missing.
 */
export async function migrateGatewaySchema(
  executor: SqlExecutor,
  options: { readonly schema?: string; readonly migrations?: readonly Migration[] } = {},
): Promise<MigrationResult> {
  const t = gatewayTables(options.schema);
  const migrations = [...(options.migrations ?? GATEWAY_MIGRATIONS)].sort((a, b) => a.version - b.version);
  return executor.transaction(async (tx) => {
    // Everything below runs after the lock is granted, so it sees what an earlier holder committed.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1), 0)`, [`${t.lockNamespace}:migrate`]);
    if (t.schema !== undefined) await tx.query(`CREATE SCHEMA IF NOT EXISTS "${t.schema}"`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${t.migrations} (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await tx.query(`SELECT version FROM ${t.migrations}`);
    const done = new Set(rows.map((row) => Number(row['version'])));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements(t)) await tx.query(statement);
      await tx.query(`INSERT INTO ${t.migrations} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
      applied.push(migration.version);
      done.add(migration.version);
    }
    return { applied, version: Math.max(0, ...done) };
  });
}
