/**
 * The small SQL interface the PostgreSQL gateway store is written against, with adapters for
 * node-postgres (`pg`: a Pool, or one Client) and for PGlite. The adapters are typed structurally,
 * so this module imports neither driver: `pg` stays an optional peer dependency and the store runs
 * anywhere a driver does.
 *
 * Parameters use PostgreSQL's `$1, $2, …` placeholders. Rows come back as plain objects keyed by
 * column name; the store converts every value itself (BIGINT arrives as a string from `pg` and as a
 * number or bigint from PGlite).
 */

/** One result row: column name → driver value. */
export type SqlRow = Readonly<Record<string, unknown>>;

export interface SqlResult {
  readonly rows: readonly SqlRow[];
}

export interface SqlExecutor {
  /** Runs one statement. */
  query(text: string, params?: readonly unknown[]): Promise<SqlResult>;
  /**
   * Runs `fn` in one READ COMMITTED transaction on one connection: COMMIT when it resolves,
   * ROLLBACK when it throws (and the error is rethrown). Calling `transaction` on the executor
   * passed to `fn` joins the surrounding transaction.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

/** What the adapters need of a `pg` Client, PoolClient or Pool: `query(text, values)`. */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A `pg` PoolClient: a queryable that goes back to its pool with `release`. */
export interface PgPoolClientLike extends PgQueryable {
  /** `release(error)` destroys the connection instead of reusing it. */
  release(error?: Error | boolean): void;
}

/** A `pg` Pool. */
export interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgPoolClientLike>;
}

/** A PGlite instance (or anything with the same `query` and `transaction`). */
export interface PGliteLike {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  transaction<T>(fn: (tx: { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> }) => Promise<T>): Promise<T>;
}

/**
 * The store's locking (row locks, advisory locks taken before the statements they protect) is
 * designed for READ COMMITTED, where every statement sees what committed before it started. Under
 * REPEATABLE READ the snapshot would be taken before a lock is granted, so the `pg` adapters pin
 * the level whatever the server's default_transaction_isolation.
 */
const BEGIN = 'BEGIN ISOLATION LEVEL READ COMMITTED';

function asResult(result: { rows: unknown[] }): SqlResult {
  return { rows: result.rows as SqlRow[] };
}

/** An executor bound to one open transaction: queries go to its connection, nesting joins it. */
function joined(run: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }>): SqlExecutor {
  const tx: SqlExecutor = {
    query: async (text, params = []) => asResult(await run(text, [...params])),
    transaction: (fn) => fn(tx),
  };
  return tx;
}

/**
 * Runs `fn` between BEGIN and COMMIT on `connection`, rolling back when anything fails. When the
 * connection itself fails (BEGIN or ROLLBACK throws), `broken` is told, so a pool can discard it.
 */
async function inTransaction<T>(
  connection: PgQueryable,
  fn: (tx: SqlExecutor) => Promise<T>,
  broken: (e: unknown) => void = () => undefined,
): Promise<T> {
  const rollback = async (): Promise<void> => {
    try {
      await connection.query('ROLLBACK');
    } catch (e) {
      broken(e);
    }
  };
  try {
    await connection.query(BEGIN);
  } catch (e) {
    broken(e);
    throw e;
  }
  let result: T;
  try {
    result = await fn(joined((text, params) => connection.query(text, params)));
  } catch (e) {
    await rollback();
    throw e;
  }
  try {
    await connection.query('COMMIT');
  } catch (e) {
    // A failed COMMIT has already ended the transaction on the server (ROLLBACK is then a no-op);
    // if the connection is gone, ROLLBACK fails too and marks it broken.
    await rollback();
    throw e;
  }
  return result;
}

/**
 * An executor over a `pg` Pool: plain queries use any pooled connection; each transaction checks
 * one out for its duration. Safe for any number of concurrent callers.
 */
export function pgPoolExecutor(pool: PgPoolLike): SqlExecutor {
  return {
    query: async (text, params = []) => asResult(await pool.query(text, [...params])),
    async transaction(fn) {
      const client = await pool.connect();
      let failure: Error | undefined;
      try {
        return await inTransaction(client, fn, (e) => {
          failure = e instanceof Error ? e : new Error(String(e));
        });
      } finally {
        // A connection whose BEGIN or ROLLBACK failed is in an unknown state: destroy it.
        client.release(failure ?? false);
      }
    },
  };
}

/**
 * An executor over one `pg` Client (or PoolClient you manage). A connection runs one transaction
 * at a time, so calls are queued: a transaction has the connection to itself until it ends.
 * Inside `transaction(fn)`, query through the executor passed to `fn`: a call on the outer
 * executor would wait for the transaction to end, which waits for it (the same holds for PGlite).
 */
export function pgClientExecutor(client: PgQueryable): SqlExecutor {
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
  return {
    query: (text, params = []) => exclusive(async () => asResult(await client.query(text, [...params]))),
    transaction: (fn) => exclusive(() => inTransaction(client, fn)),
  };
}

/**
 * An executor over PGlite (PostgreSQL in WebAssembly, in-process). PGlite has one connection and
 * runs its transactions exclusively.
 */
export function pgliteExecutor(db: PGliteLike): SqlExecutor {
  return {
    query: async (text, params = []) => asResult(await db.query(text, [...params])),
    transaction: (fn) => db.transaction((tx) => fn(joined((text, params) => tx.query(text, params)))),
  };
}
