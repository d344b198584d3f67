import {
  CompiledQuery,
  Kysely,
  OperationNodeTransformer,
  PostgresDialect,
  PostgresDriver,
  type DatabaseConnection,
  type DataTypeNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PostgresPool,
  type PostgresPoolClient,
  type RootOperationNode,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import { withDriver } from './dialect-with-driver.js';
import type { DB } from './schema.js';

/** How to size a PostgreSQL pool. */
export interface PoolOptions {
  /** Connections at most (10 by default). */
  max?: number;
  /** Closes a connection idle this long (10 s by default); tests use less so finished files let go. */
  idleTimeoutMillis?: number;
}

/**
 * bigint columns hold epoch milliseconds and counters, far inside Number's exact range; `pg` would
 * return them (and count(*), sum()) as strings, which the app's numeric types do not expect.
 */
const NUMERIC_TYPES: Record<number, (value: string) => number> = { 20: Number, 1700: Number };

/** Opens a Kysely handle over a `pg` pool for a postgres:// URL. Connections open at the first query. */
export function openPostgres(url: string, options: PoolOptions = {}): Kysely<DB> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: options.idleTimeoutMillis ?? 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        NUMERIC_TYPES[oid] ?? pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const config = { pool: withoutNulCharacters(pool) };
  return new Kysely<DB>({ dialect: withDriver(new PostgresDialect(config), new SerializedWritesDriver(config)) });
}

/** An arbitrary constant naming the app's one transaction lock. */
const WRITE_LOCK = 5_312_008;

/**
 * The app's transactions read, decide, then write (first-owner setup, the sign-in throttle's check
 * and count, "earliest assignment wins"), relying on SQLite's one writer at a time (BEGIN
 * IMMEDIATE). Under PostgreSQL's READ COMMITTED two processes could both pass such a check, so every
 * transaction first takes one transaction-scoped advisory lock: the same guarantee, across processes.
 */
class SerializedWritesDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITE_LOCK})`));
  }
}

/**
 * PostgreSQL text cannot hold U+0000, which SQLite stores and clients can send (a path, a user id):
 * such a write would fail the whole request. Parameters get U+FFFD in its place, as a decoder does
 * for bytes it cannot represent. (JSON columns are unaffected: JSON.stringify escapes it.)
 */
function withoutNulCharacters(pool: pg.Pool): PostgresPool {
  const clean = (value: unknown): unknown => (typeof value === 'string' && value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value);
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        query: ((query: string, parameters: ReadonlyArray<unknown>) => client.query(query, parameters.map(clean))) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}

/**
 * Migrations declare `integer` columns, which SQLite stores in up to 64 bits; PostgreSQL's `integer`
 * has 32, and versions, step indexes, hours and counters sent by clients may exceed it. Applied to
 * the migrator on PostgreSQL, this plugin creates them as `bigint` so both databases accept the same
 * values (read back as numbers, see NUMERIC_TYPES).
 */
export class SixtyFourBitIntegers implements KyselyPlugin {
  readonly #transformer = new (class extends OperationNodeTransformer {
    protected override transformDataType(node: DataTypeNode): DataTypeNode {
      return node.dataType === 'integer' ? { ...node, dataType: 'bigint' } : node;
    }
  })();

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(node);
  }

  async transformResult<R>({ result }: { result: R }): Promise<R> {
    return result;
  }
}
