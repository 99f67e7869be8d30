/**
 * `parley/gateway/postgres`: the gateway store on PostgreSQL. Bring your own driver: wrap a `pg`
 * Pool with {@link pgPoolExecutor} (or one Client with {@link pgClientExecutor}), or a PGlite
 * instance with {@link pgliteExecutor}, then `await PostgresGatewayStore.open(executor)`.
 */
export { PostgresGatewayStore, type PostgresGatewayStoreOptions } from './postgres-store.js';
export {
  GATEWAY_MIGRATIONS,
  gatewayTables,
  migrateGatewaySchema,
  type GatewayTables,
  type Migration,
  type MigrationResult,
} from './migrations.js';
export {
  pgClientExecutor,
  pgliteExecutor,
  pgPoolExecutor,
  type PGliteLike,
  type PgPoolClientLike,
  type PgPoolLike,
  type PgQueryable,
  type SqlExecutor,
  type SqlResult,
  type SqlRow,
} from './sql-executor.js';
